output "cluster_name" {
  value = module.eks.cluster_name
}

output "cluster_endpoint" {
  description = "kubernetes.io/api-server of the catalog Resource"
  value       = module.eks.cluster_endpoint
}

output "cluster_certificate_authority_data" {
  description = "kubernetes.io/api-server-certificate-authority of the catalog Resource"
  value       = module.eks.cluster_certificate_authority_data
}

output "oidc_provider_arn" {
  value = module.eks.oidc_provider_arn
}

output "node_security_group_id" {
  value = module.eks.node_security_group_id
}

output "aws_load_balancer_controller_role_arn" {
  value = module.aws_load_balancer_controller_irsa.iam_role_arn
}

output "external_secrets_role_arn" {
  value = module.external_secrets_irsa.iam_role_arn
}
