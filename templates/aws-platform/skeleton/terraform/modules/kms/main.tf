# One customer-managed key per data class, so a key policy (and its audit trail) follows the
# sensitivity of the data rather than the service: secrets, data at rest, logs, backups.
data "aws_caller_identity" "current" {}
data "aws_region" "current" {}

module "key" {
  source   = "terraform-aws-modules/kms/aws"
  version  = "3.1.1"
  for_each = toset(var.data_classes)

  description             = "${var.name} ${each.key}"
  aliases                 = ["${var.name}/${each.key}"]
  enable_key_rotation     = true
  deletion_window_in_days = var.deletion_window_in_days

  # CloudWatch Logs encrypts flow logs and EKS control-plane logs with the logs key
  key_statements = each.key != "logs" ? [] : [
    {
      sid     = "CloudWatchLogs"
      actions = ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"]
      resources = ["*"]
      principals = [
        {
          type        = "Service"
          identifiers = ["logs.${data.aws_region.current.name}.amazonaws.com"]
        }
      ]
      conditions = [
        {
          test     = "ArnLike"
          variable = "kms:EncryptionContext:aws:logs:arn"
          values   = ["arn:aws:logs:${data.aws_region.current.name}:${data.aws_caller_identity.current.account_id}:*"]
        }
      ]
    }
  ]

  tags = merge(var.tags, { data-class = each.key })
}
