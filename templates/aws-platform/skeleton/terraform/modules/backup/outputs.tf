output "vault_arn" {
  value = aws_backup_vault.this.arn
}

output "plan_id" {
  value = aws_backup_plan.daily.id
}

output "restore_testing_plan" {
  value = aws_backup_restore_testing_plan.weekly.name
}
