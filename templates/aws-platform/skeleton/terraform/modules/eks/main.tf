# terraform-aws-modules/eks: API authentication mode (access entries, no aws-auth ConfigMap),
# IRSA through the cluster's OIDC provider, managed node groups, the core add-ons, envelope
# encryption of Secrets with the platform's secrets key and control-plane logs.
locals {
  account_id = data.aws_caller_identity.current.account_id
  # the platform team administers; Runway's backend reads (kubernetes.io/aws-assume-role)
  platform_access = {
    platform-admin = {
      principal_arn = "arn:aws:iam::${local.account_id}:role/${var.platform}-platform-admin"
      policy_arn    = "arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy"
      namespaces    = []
    }
    runway-reader = {
      principal_arn = var.reader_role_arn
      policy_arn    = "arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy"
      namespaces    = []
    }
  }
  # each team edits its own namespace (views it in prod, where Argo CD alone deploys)
  team_access = {
    for team in var.teams : team => {
      principal_arn = "arn:aws:iam::${local.account_id}:role/${var.platform}-${team}"
      policy_arn    = "arn:aws:eks::aws:cluster-access-policy/${var.teams_can_edit ? "AmazonEKSEditPolicy" : "AmazonEKSViewPolicy"}"
      namespaces    = [team]
    }
  }
  access_entries = {
    for name, entry in merge(local.platform_access, local.team_access) : name => {
      principal_arn = entry.principal_arn
      policy_associations = {
        access = {
          policy_arn = entry.policy_arn
          access_scope = length(entry.namespaces) == 0 ? { type = "cluster" } : {
            type       = "namespace"
            namespaces = entry.namespaces
          }
        }
      }
    }
  }
}

data "aws_caller_identity" "current" {}

module "eks" {
  source  = "terraform-aws-modules/eks/aws"
  version = "20.37.1"

  cluster_name    = var.cluster_name
  cluster_version = var.kubernetes_version

  vpc_id     = var.vpc_id
  subnet_ids = var.subnet_ids

  cluster_endpoint_public_access  = true
  cluster_endpoint_private_access = true

  authentication_mode                      = "API"
  enable_cluster_creator_admin_permissions = false
  access_entries                           = local.access_entries

  enable_irsa = true

  create_kms_key = false
  cluster_encryption_config = {
    resources        = ["secrets"]
    provider_key_arn = var.secrets_kms_key_arn
  }

  cluster_enabled_log_types              = ["api", "audit", "authenticator", "controllerManager", "scheduler"]
  cloudwatch_log_group_retention_in_days = var.log_retention_days
  cloudwatch_log_group_kms_key_id        = var.logs_kms_key_arn

  cluster_addons = {
    coredns                = { most_recent = true }
    kube-proxy             = { most_recent = true }
    vpc-cni                = { most_recent = true, before_compute = true }
    eks-pod-identity-agent = { most_recent = true }
    aws-ebs-csi-driver = {
      most_recent              = true
      service_account_role_arn = module.ebs_csi_irsa.iam_role_arn
    }
  }

  eks_managed_node_groups = {
    general = {
      ami_type       = "AL2023_x86_64_STANDARD"
      instance_types = var.node_instance_types
      capacity_type  = var.node_capacity_type
      min_size       = var.node_min_size
      max_size       = var.node_max_size
      desired_size   = var.node_desired_size
      # dev keeps its nodes in one AZ; staging and prod spread over all three
      subnet_ids = var.node_subnet_ids
    }
  }

  tags = var.tags
}
