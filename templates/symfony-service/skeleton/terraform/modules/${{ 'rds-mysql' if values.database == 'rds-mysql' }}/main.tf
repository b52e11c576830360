locals {
  is_prod = var.environment == "prod"
}

resource "aws_db_subnet_group" "this" {
  name       = "${var.name}-${var.environment}"
  subnet_ids = var.subnet_ids
  tags       = var.tags
}

resource "aws_security_group" "this" {
  name        = "${var.name}-${var.environment}-mysql"
  description = "MySQL for ${var.name} in ${var.environment}"
  vpc_id      = var.vpc_id
  tags        = var.tags
}

resource "aws_vpc_security_group_ingress_rule" "mysql" {
  for_each                     = toset(var.allowed_security_group_ids)
  security_group_id            = aws_security_group.this.id
  referenced_security_group_id = each.value
  ip_protocol                  = "tcp"
  from_port                    = 3306
  to_port                      = 3306
  tags                         = var.tags
}

resource "aws_db_instance" "primary" {
  identifier                    = "${var.name}-${var.environment}"
  engine                        = "mysql"
  engine_version                = "8.0"
  instance_class                = var.instance_class
  allocated_storage             = var.allocated_storage
  max_allocated_storage         = var.allocated_storage * 5
  storage_encrypted             = true
  db_name                       = replace(var.name, "-", "_")
  username                      = "app"
  manage_master_user_password   = true # the password lives in Secrets Manager, rotated by RDS
  db_subnet_group_name          = aws_db_subnet_group.this.name
  vpc_security_group_ids        = [aws_security_group.this.id]
  multi_az                      = local.is_prod
  backup_retention_period       = local.is_prod ? 14 : 7
  backup_window                 = "02:00-03:00"
  maintenance_window            = "sun:03:30-sun:04:30"
  copy_tags_to_snapshot         = true
  deletion_protection           = local.is_prod
  skip_final_snapshot           = !local.is_prod
  final_snapshot_identifier     = local.is_prod ? "${var.name}-${var.environment}-final" : null
  performance_insights_enabled  = true
  auto_minor_version_upgrade    = true
  enabled_cloudwatch_logs_exports = ["error", "slowquery"]
  tags                          = var.tags
}

# Reads scale out in prod; the replica inherits storage and encryption from the primary.
resource "aws_db_instance" "replica" {
  count                        = local.is_prod ? 1 : 0
  identifier                   = "${var.name}-${var.environment}-replica"
  replicate_source_db          = aws_db_instance.primary.identifier
  instance_class               = var.instance_class
  vpc_security_group_ids       = [aws_security_group.this.id]
  storage_encrypted            = true
  performance_insights_enabled = true
  skip_final_snapshot          = true
  tags                         = var.tags
}

resource "aws_cloudwatch_metric_alarm" "cpu" {
  alarm_name          = "${var.name}-${var.environment}-mysql-cpu"
  namespace           = "AWS/RDS"
  metric_name         = "CPUUtilization"
  dimensions          = { DBInstanceIdentifier = aws_db_instance.primary.identifier }
  statistic           = "Average"
  period              = 300
  evaluation_periods  = 3
  threshold           = 80
  comparison_operator = "GreaterThanThreshold"
  tags                = var.tags
}

resource "aws_cloudwatch_metric_alarm" "free_storage" {
  alarm_name          = "${var.name}-${var.environment}-mysql-free-storage"
  namespace           = "AWS/RDS"
  metric_name         = "FreeStorageSpace"
  dimensions          = { DBInstanceIdentifier = aws_db_instance.primary.identifier }
  statistic           = "Minimum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 2147483648
  comparison_operator = "LessThanThreshold"
  tags                = var.tags
}
