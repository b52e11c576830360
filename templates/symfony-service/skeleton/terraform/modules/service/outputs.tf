output "service_role_arn" {
  description = "Put into the chart's serviceAccount.roleArn."
  value       = aws_iam_role.service.arn
}

output "secret_arn" {
  description = "Secrets Manager secret the ExternalSecret reads."
  value       = aws_secretsmanager_secret.app.arn
}

output "secret_name" {
  description = "The chart's externalSecret.remoteKey."
  value       = aws_secretsmanager_secret.app.name
}

output "log_group_name" {
  description = "CloudWatch log group of the service."
  value       = aws_cloudwatch_log_group.app.name
}

output "ecr_repository_url" {
  description = "ECR repository (null in the roots that do not own it)."
  value       = try(aws_ecr_repository.this[0].repository_url, null)
}
