variable "name" {
  description = "Alias prefix (<platform>-<environment>)"
  type        = string
}

variable "data_classes" {
  description = "One key per class"
  type        = list(string)
  default     = ["secrets", "data", "logs", "backups"]
}

variable "deletion_window_in_days" {
  description = "Waiting period before a scheduled key deletion"
  type        = number
  default     = 30
}

variable "tags" {
  description = "Tags for every key"
  type        = map(string)
}
