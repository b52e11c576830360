output "db_instance_identifier" {
  value = module.mysql.db_instance_identifier
}

output "db_instance_endpoint" {
  value = module.mysql.db_instance_endpoint
}

output "db_master_user_secret_arn" {
  value = module.mysql.db_instance_master_user_secret_arn
}

output "redis_primary_endpoint" {
  value = aws_elasticache_replication_group.redis.primary_endpoint_address
}

output "assets_bucket" {
  value = module.assets_bucket.s3_bucket_id
}

output "alb_logs_bucket" {
  value = module.alb_logs_bucket.s3_bucket_id
}
