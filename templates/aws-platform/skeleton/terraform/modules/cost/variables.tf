variable "name" {
  description = "Platform name"
  type        = string
}

variable "cost_allocation_tags" {
  description = "Tag keys to activate for cost allocation"
  type        = list(string)
  default     = ["platform", "environment", "team", "service"]
}

variable "team_budgets" {
  description = "Monthly budget in USD by team"
  type        = map(number)
}

variable "alert_email" {
  type = string
}

variable "tags" {
  type = map(string)
}
