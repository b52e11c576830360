# The prod environment: multi-AZ, highly available, enhanced monitoring, backups copied to
# ${{ values.backupRegion }}.
locals {
  environment = "prod"
  name        = "${{ values.name }}-prod"
  # the cost-allocation tags (activated by the account root) on every resource
  tags = {
    platform    = "${{ values.name }}"
    environment = "prod"
    team        = "${{ values.owner | replace('group:default/', '') | replace('group:', '') }}"
    managed-by  = "terraform"
  }
  teams = [
{%- for team in values.teams %}
    "${{ team.name }}",
{%- endfor %}
  ]
}

module "network" {
  source = "../../modules/network"

  name               = local.name
  cidr               = "10.30.0.0/16"
  nat_gateway_per_az = true
  tags               = local.tags
}

module "kms" {
  source = "../../modules/kms"

  name = local.name
  tags = local.tags
}

module "eks" {
  source = "../../modules/eks"

  platform            = "${{ values.name }}"
  cluster_name        = local.name
  vpc_id              = module.network.vpc_id
  subnet_ids          = module.network.private_subnet_ids
  node_subnet_ids     = module.network.private_subnet_ids
  node_instance_types = ["m6i.xlarge", "m7i.xlarge"]
  node_capacity_type  = "ON_DEMAND"
  node_min_size       = 3
  node_max_size       = 12
  node_desired_size   = 3
  teams               = local.teams
  teams_can_edit      = false
  reader_role_arn     = "arn:aws:iam::${{ values.awsAccountId }}:role/${{ values.name }}-eks-reader"
  secrets_kms_key_arn = module.kms.key_arns["secrets"]
  logs_kms_key_arn    = module.kms.key_arns["logs"]
  tags                = local.tags
}

module "edge" {
  source = "../../modules/edge"
  providers = {
    aws           = aws
    aws.us_east_1 = aws.us_east_1
  }

  name          = local.name
  domain        = "${{ values.domain }}"
  cluster_name  = module.eks.cluster_name
  ingress_group = local.name
  tags          = local.tags
}

module "data" {
  source = "../../modules/data"

  name                          = local.name
  account_id                    = "${{ values.awsAccountId }}"
  vpc_id                        = module.network.vpc_id
  database_subnet_group_name    = module.network.database_subnet_group_name
  elasticache_subnet_group_name = module.network.elasticache_subnet_group_name
  client_security_group_id      = module.eks.node_security_group_id
  data_kms_key_arn              = module.kms.key_arns["data"]
  secrets_kms_key_arn           = module.kms.key_arns["secrets"]
  high_availability             = true
  enhanced_monitoring           = true
  db_instance_class             = "db.r6g.large"
  db_allocated_storage          = 100
  cache_node_type               = "cache.r6g.large"
  tags                          = local.tags
}

module "backup" {
  source = "../../modules/backup"
  providers = {
    aws             = aws
    aws.backup_copy = aws.backup_copy
  }

  name                = local.name
  backups_kms_key_arn = module.kms.key_arns["backups"]
  retention_days      = 30
  cross_region_copy   = true
  tags                = local.tags
}
