variable "platform" {
  description = "Platform name: prefixes the team and admin role names"
  type        = string
}

variable "cluster_name" {
  description = "EKS cluster name (<platform>-<environment>)"
  type        = string
}

variable "kubernetes_version" {
  description = "EKS Kubernetes minor version"
  type        = string
  default     = "1.33"
}

variable "vpc_id" {
  type = string
}

variable "subnet_ids" {
  description = "Control-plane subnets (EKS needs at least two AZs)"
  type        = list(string)
}

variable "node_subnet_ids" {
  description = "Subnets the managed node group runs in"
  type        = list(string)
}

variable "node_instance_types" {
  type = list(string)
}

variable "node_capacity_type" {
  description = "ON_DEMAND or SPOT"
  type        = string
  default     = "ON_DEMAND"
}

variable "node_min_size" {
  type = number
}

variable "node_max_size" {
  type = number
}

variable "node_desired_size" {
  type = number
}

variable "teams" {
  description = "Teams with a namespace and an access entry"
  type        = list(string)
}

variable "teams_can_edit" {
  description = "Teams edit their namespace (dev, staging) or only view it (prod)"
  type        = bool
}

variable "reader_role_arn" {
  description = "The role Runway's Kubernetes plugin assumes (kubernetes.io/aws-assume-role)"
  type        = string
}

variable "secrets_kms_key_arn" {
  description = "Envelope encryption of Kubernetes Secrets"
  type        = string
}

variable "logs_kms_key_arn" {
  description = "Encrypts the control-plane log group"
  type        = string
}

variable "log_retention_days" {
  type    = number
  default = 90
}

variable "tags" {
  type = map(string)
}
