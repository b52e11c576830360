variable "name" {
  description = "Platform name"
  type        = string
}

variable "organization_trail" {
  description = "An organisation trail (run from the management account) instead of an account trail"
  type        = bool
  default     = false
}

variable "log_retention_days" {
  description = "Days CloudTrail and Config logs are kept (Glacier after 90)"
  type        = number
  default     = 400
}

variable "tags" {
  type = map(string)
}
