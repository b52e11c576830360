# terraform-aws-modules/vpc: public and private subnets in every AZ, database and cache
# subnets for the data module, NAT (one per AZ where HA matters), flow logs to CloudWatch.
locals {
  azs = slice(data.aws_availability_zones.available.names, 0, 3)
}

data "aws_availability_zones" "available" {
  state = "available"
}

module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "5.21.0"

  name = var.name
  cidr = var.cidr
  azs  = local.azs

  public_subnets      = [for i in range(3) : cidrsubnet(var.cidr, 8, i)]
  private_subnets     = [for i in range(3) : cidrsubnet(var.cidr, 4, i + 1)]
  database_subnets    = [for i in range(3) : cidrsubnet(var.cidr, 8, i + 100)]
  elasticache_subnets = [for i in range(3) : cidrsubnet(var.cidr, 8, i + 110)]

  create_database_subnet_group    = true
  create_elasticache_subnet_group = true

  enable_nat_gateway     = true
  single_nat_gateway     = !var.nat_gateway_per_az
  one_nat_gateway_per_az = var.nat_gateway_per_az

  enable_dns_hostnames = true
  enable_dns_support   = true

  enable_flow_log                                 = true
  create_flow_log_cloudwatch_log_group            = true
  create_flow_log_cloudwatch_iam_role             = true
  flow_log_traffic_type                           = "ALL"
  flow_log_max_aggregation_interval               = 60
  flow_log_cloudwatch_log_group_retention_in_days = var.flow_log_retention_days

  # the AWS Load Balancer Controller finds its subnets by these tags
  public_subnet_tags  = { "kubernetes.io/role/elb" = 1 }
  private_subnet_tags = { "kubernetes.io/role/internal-elb" = 1 }

  tags = var.tags
}
