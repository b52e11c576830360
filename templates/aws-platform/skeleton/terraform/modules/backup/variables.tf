variable "name" {
  description = "<platform>-<environment>"
  type        = string
}

variable "backups_kms_key_arn" {
  description = "The platform's backups key (vault encryption)"
  type        = string
}

variable "retention_days" {
  type    = number
  default = 30
}

variable "cross_region_copy" {
  description = "Copy every recovery point to a vault in the aws.backup_copy region"
  type        = bool
}

variable "copy_kms_key_arn" {
  description = "Key of the copy vault (in the copy region); null uses the AWS managed key"
  type        = string
  default     = null
}

variable "tags" {
  type = map(string)
}
