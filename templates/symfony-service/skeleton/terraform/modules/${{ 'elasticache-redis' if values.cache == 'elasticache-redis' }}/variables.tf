variable "name" {
  description = "Identifier prefix of the cache resources."
  type        = string
}

variable "environment" {
  description = "dev, staging or prod: prod gets a replica with automatic failover."
  type        = string
}

variable "vpc_id" {
  description = "VPC of the EKS cluster."
  type        = string
}

variable "subnet_ids" {
  description = "Private subnets for the cache subnet group."
  type        = list(string)
}

variable "allowed_security_group_ids" {
  description = "Security groups allowed to connect on 6379."
  type        = list(string)
}

variable "node_type" {
  description = "ElastiCache node type."
  type        = string
  default     = "cache.t4g.small"
}

variable "tags" {
  description = "Tags for every resource, including service=<name>."
  type        = map(string)
}
