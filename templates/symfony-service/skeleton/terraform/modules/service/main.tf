locals {
  prefix = "${var.name}-${var.environment}"
}

# Images: one repository per service (created by one environment's root, shared by all),
# scanned on push, tags never overwritten.
resource "aws_ecr_repository" "this" {
  count                = var.create_ecr_repository ? 1 : 0
  name                 = var.name
  image_tag_mutability = "IMMUTABLE"

  image_scanning_configuration {
    scan_on_push = true
  }

  encryption_configuration {
    encryption_type = "KMS"
  }

  tags = var.tags
}

resource "aws_ecr_lifecycle_policy" "this" {
  count      = var.create_ecr_repository ? 1 : 0
  repository = aws_ecr_repository.this[0].name
  policy = jsonencode({
    rules = [{
      rulePriority = 1
      description  = "keep the last 50 images"
      selection    = { tagStatus = "any", countType = "imageCountMoreThan", countNumber = 50 }
      action       = { type = "expire" }
    }]
  })
}

# Application secrets as one JSON document; the chart's ExternalSecret reads it.
resource "aws_secretsmanager_secret" "app" {
  name                    = "${var.name}/${var.environment}"
  description             = "Environment variables of ${var.name} in ${var.environment}"
  recovery_window_in_days = var.environment == "prod" ? 30 : 7
  tags                    = var.tags
}

resource "aws_cloudwatch_log_group" "app" {
  name              = "/runway/${var.environment}/${var.name}"
  retention_in_days = var.log_retention_days
  tags              = var.tags
}

resource "aws_cloudwatch_log_metric_filter" "errors" {
  name           = "${local.prefix}-errors"
  log_group_name = aws_cloudwatch_log_group.app.name
  pattern        = "{ $.level_name = \"ERROR\" || $.level_name = \"CRITICAL\" }"

  metric_transformation {
    name          = "ErrorLogLines"
    namespace     = "Runway/${var.name}"
    value         = "1"
    default_value = "0"
  }
}

resource "aws_cloudwatch_metric_alarm" "error_logs" {
  alarm_name          = "${local.prefix}-error-logs"
  alarm_description   = "${var.name} logs errors in ${var.environment}"
  namespace           = "Runway/${var.name}"
  metric_name         = "ErrorLogLines"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 2
  threshold           = 50
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = var.alarm_sns_topic_arn == null ? [] : [var.alarm_sns_topic_arn]
  tags                = var.tags
}
