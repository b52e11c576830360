output "eks_reader_role_arn" {
  value = module.access.eks_reader_role_arn
}

output "team_role_arns" {
  value = module.access.team_role_arns
}

output "audit_bucket" {
  value = module.audit.audit_bucket
}

output "trail_arn" {
  value = module.audit.trail_arn
}

output "security_hub_standards" {
  value = module.audit.security_hub_standards
}

output "budget_names" {
  value = module.cost.budget_names
}
