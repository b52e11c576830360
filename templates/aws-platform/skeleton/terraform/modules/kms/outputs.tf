output "key_arns" {
  description = "Key ARN by data class"
  value       = { for class, key in module.key : class => key.key_arn }
}
