variable "name" {
  description = "Identifier prefix of the database resources."
  type        = string
}

variable "environment" {
  description = "dev, staging or prod: prod gets Multi-AZ, longer backups and a read replica."
  type        = string
}

variable "vpc_id" {
  description = "VPC of the EKS cluster."
  type        = string
}

variable "subnet_ids" {
  description = "Private subnets for the DB subnet group."
  type        = list(string)
}

variable "allowed_security_group_ids" {
  description = "Security groups allowed to connect on 3306 (the cluster's nodes)."
  type        = list(string)
}

variable "instance_class" {
  description = "RDS instance class."
  type        = string
  default     = "db.t4g.medium"
}

variable "allocated_storage" {
  description = "Initial storage in GiB; autoscaling up to 5x."
  type        = number
  default     = 20
}

variable "tags" {
  description = "Tags for every resource, including service=<name>."
  type        = map(string)
}
