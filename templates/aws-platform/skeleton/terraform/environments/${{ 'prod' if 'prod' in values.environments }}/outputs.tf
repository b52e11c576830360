# What the catalog Resources and gitops/addons need once the environment exists.
output "cluster_name" {
  value = module.eks.cluster_name
}

output "cluster_endpoint" {
  description = "kubernetes.io/api-server of this cluster's catalog Resource"
  value       = module.eks.cluster_endpoint
}

output "cluster_certificate_authority_data" {
  description = "kubernetes.io/api-server-certificate-authority of this cluster's catalog Resource"
  value       = module.eks.cluster_certificate_authority_data
}

output "vpc_id" {
  description = "vpcId of the AWS Load Balancer Controller"
  value       = module.network.vpc_id
}

output "aws_load_balancer_controller_role_arn" {
  value = module.eks.aws_load_balancer_controller_role_arn
}

output "external_secrets_role_arn" {
  value = module.eks.external_secrets_role_arn
}

output "alb_certificate_arn" {
  value = module.edge.alb_certificate_arn
}

output "name_servers" {
  value = module.edge.name_servers
}

output "db_instance_endpoint" {
  value = module.data.db_instance_endpoint
}

output "redis_primary_endpoint" {
  value = module.data.redis_primary_endpoint
}

output "backup_vault_arn" {
  value = module.backup.vault_arn
}
