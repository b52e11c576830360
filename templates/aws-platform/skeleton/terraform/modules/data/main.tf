# The environment's shared data stores: RDS MySQL (terraform-aws-modules/rds), ElastiCache
# Redis (a plain replication group: the community module adds nothing needed here) and the
# buckets (terraform-aws-modules/s3-bucket). All encrypted with the "data" key and tagged
# backup=daily, which the AWS Backup selection picks up.
locals {
  tags = merge(var.tags, { backup = "daily" })
}

resource "aws_security_group" "data" {
  name        = "${var.name}-data"
  description = "MySQL and Redis from the EKS nodes"
  vpc_id      = var.vpc_id

  ingress {
    description     = "MySQL"
    from_port       = 3306
    to_port         = 3306
    protocol        = "tcp"
    security_groups = [var.client_security_group_id]
  }

  ingress {
    description     = "Redis"
    from_port       = 6379
    to_port         = 6379
    protocol        = "tcp"
    security_groups = [var.client_security_group_id]
  }

  tags = var.tags
}

module "mysql" {
  source  = "terraform-aws-modules/rds/aws"
  version = "6.10.0"

  identifier           = "${var.name}-mysql"
  engine               = "mysql"
  engine_version       = "8.0"
  family               = "mysql8.0"
  major_engine_version = "8.0"
  instance_class       = var.db_instance_class

  allocated_storage     = var.db_allocated_storage
  max_allocated_storage = var.db_allocated_storage * 5
  storage_encrypted     = true
  kms_key_id            = var.data_kms_key_arn

  db_name                       = "app"
  username                      = "admin"
  manage_master_user_password   = true
  master_user_secret_kms_key_id = var.secrets_kms_key_arn

  multi_az               = var.high_availability
  db_subnet_group_name   = var.database_subnet_group_name
  vpc_security_group_ids = [aws_security_group.data.id]

  backup_retention_period = var.high_availability ? 14 : 7
  backup_window           = "02:00-03:00"
  maintenance_window      = "Sun:03:30-Sun:04:30"
  deletion_protection     = var.high_availability
  skip_final_snapshot     = !var.high_availability

  # enhanced monitoring and Performance Insights where it is asked for (prod)
  monitoring_interval                   = var.enhanced_monitoring ? 15 : 0
  create_monitoring_role                = var.enhanced_monitoring
  monitoring_role_name                  = "${var.name}-rds-monitoring"
  performance_insights_enabled          = var.enhanced_monitoring
  performance_insights_kms_key_id       = var.enhanced_monitoring ? var.data_kms_key_arn : null
  performance_insights_retention_period = var.enhanced_monitoring ? 7 : null
  enabled_cloudwatch_logs_exports       = ["error", "slowquery"]

  tags = local.tags
}

resource "aws_elasticache_replication_group" "redis" {
  replication_group_id = "${var.name}-redis"
  description          = "${var.name} shared Redis"
  engine               = "redis"
  engine_version       = "7.1"
  node_type            = var.cache_node_type
  port                 = 6379

  num_cache_clusters         = var.high_availability ? 2 : 1
  automatic_failover_enabled = var.high_availability
  multi_az_enabled           = var.high_availability

  subnet_group_name  = var.elasticache_subnet_group_name
  security_group_ids = [aws_security_group.data.id]

  at_rest_encryption_enabled = true
  kms_key_id                 = var.data_kms_key_arn
  transit_encryption_enabled = true

  snapshot_retention_limit = var.high_availability ? 7 : 1
  snapshot_window          = "01:00-02:00"

  tags = local.tags
}

module "assets_bucket" {
  source  = "terraform-aws-modules/s3-bucket/aws"
  version = "4.6.0"

  bucket = "${var.name}-assets-${var.account_id}"

  versioning = { enabled = true }
  server_side_encryption_configuration = {
    rule = {
      apply_server_side_encryption_by_default = {
        sse_algorithm     = "aws:kms"
        kms_master_key_id = var.data_kms_key_arn
      }
      bucket_key_enabled = true
    }
  }

  block_public_acls                     = true
  block_public_policy                   = true
  ignore_public_acls                    = true
  restrict_public_buckets               = true
  control_object_ownership              = true
  object_ownership                      = "BucketOwnerEnforced"
  attach_deny_insecure_transport_policy = true

  tags = local.tags
}

# ALB access logs: ELB log delivery only writes to SSE-S3 buckets
module "alb_logs_bucket" {
  source  = "terraform-aws-modules/s3-bucket/aws"
  version = "4.6.0"

  bucket = "${var.name}-alb-logs-${var.account_id}"

  server_side_encryption_configuration = {
    rule = {
      apply_server_side_encryption_by_default = { sse_algorithm = "AES256" }
    }
  }

  block_public_acls                     = true
  block_public_policy                   = true
  ignore_public_acls                    = true
  restrict_public_buckets               = true
  control_object_ownership              = true
  object_ownership                      = "BucketOwnerEnforced"
  attach_deny_insecure_transport_policy = true
  attach_elb_log_delivery_policy        = true
  attach_lb_log_delivery_policy         = true

  lifecycle_rule = [
    {
      id         = "expire"
      enabled    = true
      expiration = { days = 90 }
    }
  ]

  tags = var.tags
}
