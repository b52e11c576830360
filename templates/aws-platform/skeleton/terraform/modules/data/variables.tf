variable "name" {
  description = "<platform>-<environment>"
  type        = string
}

variable "account_id" {
  description = "Suffix of the bucket names (they are global)"
  type        = string
}

variable "vpc_id" {
  type = string
}

variable "database_subnet_group_name" {
  type = string
}

variable "elasticache_subnet_group_name" {
  type = string
}

variable "client_security_group_id" {
  description = "The EKS nodes' security group"
  type        = string
}

variable "data_kms_key_arn" {
  type = string
}

variable "secrets_kms_key_arn" {
  description = "Encrypts the RDS master password secret"
  type        = string
}

variable "high_availability" {
  description = "Multi-AZ RDS, a Redis replica with failover, longer retention, deletion protection"
  type        = bool
}

variable "enhanced_monitoring" {
  description = "RDS enhanced monitoring (15 s) and Performance Insights"
  type        = bool
  default     = false
}

variable "db_instance_class" {
  type = string
}

variable "db_allocated_storage" {
  description = "GiB; autoscaling up to five times this"
  type        = number
}

variable "cache_node_type" {
  type = string
}

variable "tags" {
  type = map(string)
}
