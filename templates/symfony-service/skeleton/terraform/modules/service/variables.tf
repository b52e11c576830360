variable "name" {
  description = "Service name; also the ECR repository, log group and IAM role name prefix."
  type        = string
}

variable "environment" {
  description = "dev, staging or prod."
  type        = string
}

variable "namespace" {
  description = "Kubernetes namespace of the service account that assumes the role (IRSA)."
  type        = string
}

variable "oidc_provider_arn" {
  description = "ARN of the EKS cluster's IAM OIDC provider."
  type        = string
}

variable "oidc_provider_url" {
  description = "Issuer URL of the EKS cluster's OIDC provider, without https://."
  type        = string
}

variable "create_ecr_repository" {
  description = "Whether this environment's root owns the service's ECR repository."
  type        = bool
}

variable "s3_bucket_arn" {
  description = "Bucket the service may read and write; null when it has none."
  type        = string
  default     = null
}

variable "log_retention_days" {
  description = "CloudWatch log retention."
  type        = number
  default     = 30
}

variable "alarm_sns_topic_arn" {
  description = "Where CloudWatch alarms notify; null to only record them."
  type        = string
  default     = null
}

variable "tags" {
  description = "Tags for every resource, including the cost-allocation tag service=<name>."
  type        = map(string)
}
