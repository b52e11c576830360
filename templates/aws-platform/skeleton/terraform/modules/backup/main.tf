# AWS Backup for everything tagged backup=daily: a daily plan kept 30 days (copied to a vault
# in another region where cross_region_copy is set), and a restore-testing plan that restores
# the latest RDS recovery point every week, so the RTO is measured rather than assumed.
locals {
  # restore-testing names take letters, digits and underscores only
  restore_name = replace(var.name, "-", "_")
}

resource "aws_backup_vault" "this" {
  name        = var.name
  kms_key_arn = var.backups_kms_key_arn
  tags        = var.tags
}

resource "aws_backup_vault" "copy" {
  count       = var.cross_region_copy ? 1 : 0
  provider    = aws.backup_copy
  name        = "${var.name}-copy"
  kms_key_arn = var.copy_kms_key_arn
  tags        = var.tags
}

resource "aws_backup_plan" "daily" {
  name = "${var.name}-daily"

  rule {
    rule_name         = "daily"
    target_vault_name = aws_backup_vault.this.name
    schedule          = "cron(0 3 * * ? *)"
    start_window      = 60
    completion_window = 180

    lifecycle {
      delete_after = var.retention_days
    }

    dynamic "copy_action" {
      for_each = aws_backup_vault.copy
      content {
        destination_vault_arn = copy_action.value.arn
        lifecycle {
          delete_after = var.retention_days
        }
      }
    }
  }

  tags = var.tags
}

data "aws_iam_policy_document" "backup_assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["backup.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "backup" {
  name               = "${var.name}-backup"
  assume_role_policy = data.aws_iam_policy_document.backup_assume.json
  tags               = var.tags
}

resource "aws_iam_role_policy_attachment" "backup" {
  for_each = toset([
    "arn:aws:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup",
    "arn:aws:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForRestores",
  ])
  role       = aws_iam_role.backup.name
  policy_arn = each.key
}

resource "aws_backup_selection" "tagged" {
  name         = "${var.name}-tagged"
  plan_id      = aws_backup_plan.daily.id
  iam_role_arn = aws_iam_role.backup.arn

  selection_tag {
    type  = "STRINGEQUALS"
    key   = "backup"
    value = "daily"
  }
}

resource "aws_backup_restore_testing_plan" "weekly" {
  name                         = "${local.restore_name}_weekly"
  schedule_expression          = "cron(0 5 ? * SUN *)"
  schedule_expression_timezone = "Etc/UTC"
  start_window_hours           = 1

  recovery_point_selection {
    algorithm             = "LATEST_WITHIN_WINDOW"
    include_vaults        = [aws_backup_vault.this.arn]
    recovery_point_types  = ["SNAPSHOT"]
    selection_window_days = 7
  }

  tags = var.tags
}

resource "aws_backup_restore_testing_selection" "rds" {
  name                      = "${local.restore_name}_rds"
  restore_testing_plan_name = aws_backup_restore_testing_plan.weekly.name
  protected_resource_type   = "RDS"
  iam_role_arn              = aws_iam_role.backup.arn
  # the restored copy is validated within the RTO target, then deleted
  validation_window_hours = 1

  protected_resource_conditions {
    string_equals {
      key   = "aws:ResourceTag/backup"
      value = "daily"
    }
  }
}
