output "platform_admin_role_arn" {
  value = aws_iam_role.platform_admin.arn
}

output "team_role_arns" {
  value = { for team, role in aws_iam_role.team : team => role.arn }
}

output "eks_reader_role_arn" {
  description = "kubernetes.io/aws-assume-role of the clusters' catalog Resources"
  value       = aws_iam_role.eks_reader.arn
}
