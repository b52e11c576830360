variable "name" {
  description = "VPC name (<platform>-<environment>)"
  type        = string
}

variable "cidr" {
  description = "VPC CIDR, a /16"
  type        = string
}

variable "nat_gateway_per_az" {
  description = "One NAT gateway per AZ (HA) instead of a single shared one"
  type        = bool
}

variable "flow_log_retention_days" {
  description = "Days VPC flow logs are kept in CloudWatch"
  type        = number
  default     = 90
}

variable "tags" {
  description = "Tags for every resource, the cost-allocation tags among them"
  type        = map(string)
}
