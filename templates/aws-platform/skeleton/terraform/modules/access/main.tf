# The IAM roles the clusters' access entries map (eks module): the platform team's admin
# role, one role per team, and the read-only role Runway's Kubernetes plugin assumes. They
# are assumable from this account (SSO permission sets grant sts:AssumeRole on them).
data "aws_caller_identity" "current" {}

data "aws_iam_policy_document" "assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::${data.aws_caller_identity.current.account_id}:root"]
    }
  }
}

resource "aws_iam_role" "platform_admin" {
  name               = "${var.name}-platform-admin"
  assume_role_policy = data.aws_iam_policy_document.assume.json
  tags               = var.tags
}

resource "aws_iam_role" "team" {
  for_each           = toset(var.teams)
  name               = "${var.name}-${each.key}"
  assume_role_policy = data.aws_iam_policy_document.assume.json
  tags               = merge(var.tags, { team = each.key })
}

resource "aws_iam_role" "eks_reader" {
  name               = "${var.name}-eks-reader"
  assume_role_policy = data.aws_iam_policy_document.assume.json
  tags               = var.tags
}

# eks:DescribeCluster is all the token exchange needs; Kubernetes RBAC comes from the access entry
data "aws_iam_policy_document" "describe_clusters" {
  statement {
    actions   = ["eks:DescribeCluster", "eks:ListClusters"]
    resources = ["*"]
  }
}

resource "aws_iam_role_policy" "eks_reader" {
  name   = "describe-clusters"
  role   = aws_iam_role.eks_reader.id
  policy = data.aws_iam_policy_document.describe_clusters.json
}

resource "aws_iam_role_policy" "team" {
  for_each = aws_iam_role.team
  name     = "describe-clusters"
  role     = each.value.id
  policy   = data.aws_iam_policy_document.describe_clusters.json
}
