output "primary_endpoint" {
  description = "Address of the primary node (TLS on 6379)."
  value       = aws_elasticache_replication_group.this.primary_endpoint_address
}
