locals {
  name        = "${{ values.name }}"
  environment = "prod"
  # every resource carries these; "service" is the cost-allocation tag Runway's cost dashboard reads
  tags = {
    service     = "${{ values.name }}"
    environment = "prod"
    team        = "${{ values.owner | replace('group:default/', '') | replace('group:', '') }}"
    system      = "${{ values.system | replace('system:default/', '') | replace('system:', '') }}"
    managed-by  = "terraform"
  }
}

provider "aws" {
  region = "${{ values.awsRegion }}"
  default_tags {
    tags = local.tags
  }
}

data "aws_eks_cluster" "this" {
  name = "${{ values.clusters.prod }}"
}

data "aws_iam_openid_connect_provider" "eks" {
  url = data.aws_eks_cluster.this.identity[0].oidc[0].issuer
}

module "service" {
  source                = "../../modules/service"
  name                  = local.name
  environment           = local.environment
  namespace             = local.name
  oidc_provider_arn     = data.aws_iam_openid_connect_provider.eks.arn
  oidc_provider_url     = replace(data.aws_eks_cluster.this.identity[0].oidc[0].issuer, "https://", "")
  create_ecr_repository = ${{ 'true' if ('prod' if 'prod' in values.environments else ('staging' if 'staging' in values.environments else 'dev')) == 'prod' else 'false' }}
  log_retention_days    = ${{ '90' if 'prod' == 'prod' else '14' }}
{%- if values.s3Bucket %}
  s3_bucket_arn         = module.bucket.bucket_arn
{%- endif %}
  tags                  = local.tags
}
{%- if values.database == 'rds-mysql' %}

module "database" {
  source                     = "../../modules/rds-mysql"
  name                       = local.name
  environment                = local.environment
  vpc_id                     = data.aws_eks_cluster.this.vpc_config[0].vpc_id
  subnet_ids                 = data.aws_eks_cluster.this.vpc_config[0].subnet_ids
  allowed_security_group_ids = [data.aws_eks_cluster.this.vpc_config[0].cluster_security_group_id]
  tags                       = local.tags
}
{%- endif %}
{%- if values.cache == 'elasticache-redis' %}

module "cache" {
  source                     = "../../modules/elasticache-redis"
  name                       = local.name
  environment                = local.environment
  vpc_id                     = data.aws_eks_cluster.this.vpc_config[0].vpc_id
  subnet_ids                 = data.aws_eks_cluster.this.vpc_config[0].subnet_ids
  allowed_security_group_ids = [data.aws_eks_cluster.this.vpc_config[0].cluster_security_group_id]
  tags                       = local.tags
}
{%- endif %}
{%- if values.s3Bucket %}

data "aws_caller_identity" "current" {}

module "bucket" {
  source      = "../../modules/s3"
  bucket_name = "${local.name}-prod-${data.aws_caller_identity.current.account_id}"
  tags        = local.tags
}
{%- endif %}
