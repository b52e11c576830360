variable "name" {
  description = "Platform name (role name prefix)"
  type        = string
}

variable "teams" {
  type = list(string)
}

variable "tags" {
  type = map(string)
}
