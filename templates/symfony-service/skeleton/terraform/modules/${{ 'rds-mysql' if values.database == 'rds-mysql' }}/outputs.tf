output "endpoint" {
  description = "host:port of the primary."
  value       = aws_db_instance.primary.endpoint
}

output "reader_endpoint" {
  description = "host:port of the read replica (the primary outside prod)."
  value       = try(aws_db_instance.replica[0].endpoint, aws_db_instance.primary.endpoint)
}

output "master_user_secret_arn" {
  description = "Secrets Manager secret holding the generated master password."
  value       = aws_db_instance.primary.master_user_secret[0].secret_arn
}
