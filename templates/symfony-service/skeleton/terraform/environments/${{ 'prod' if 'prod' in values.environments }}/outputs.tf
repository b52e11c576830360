output "service_role_arn" {
  description = "chart/values-prod.yaml serviceAccount.roleArn"
  value       = module.service.service_role_arn
}

output "secret_name" {
  description = "chart/values-prod.yaml externalSecret.remoteKey"
  value       = module.service.secret_name
}

output "ecr_repository_url" {
  description = "Where CI pushes images"
  value       = module.service.ecr_repository_url
}
{%- if values.database == 'rds-mysql' %}

output "database_endpoint" {
  description = "Primary endpoint (DATABASE_HOST in the service's secret)"
  value       = module.database.endpoint
}

output "database_reader_endpoint" {
  description = "Read replica endpoint in prod"
  value       = module.database.reader_endpoint
}
{%- endif %}
{%- if values.cache == 'elasticache-redis' %}

output "redis_endpoint" {
  description = "REDIS_HOST in the service's secret"
  value       = module.cache.primary_endpoint
}
{%- endif %}
{%- if values.s3Bucket %}

output "bucket_name" {
  description = "S3_BUCKET in the ConfigMap"
  value       = module.bucket.bucket_name
}
{%- endif %}
