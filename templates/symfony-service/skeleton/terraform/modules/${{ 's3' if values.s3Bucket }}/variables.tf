variable "bucket_name" {
  description = "Globally unique bucket name."
  type        = string
}

variable "tags" {
  description = "Tags for every resource, including service=<name>."
  type        = map(string)
}
