# IRSA: only the service's own Kubernetes service account can assume this role.
data "aws_iam_policy_document" "assume" {
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = [var.oidc_provider_arn]
    }
    condition {
      test     = "StringEquals"
      variable = "${var.oidc_provider_url}:sub"
      values   = ["system:serviceaccount:${var.namespace}:${var.name}"]
    }
    condition {
      test     = "StringEquals"
      variable = "${var.oidc_provider_url}:aud"
      values   = ["sts.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "service" {
  name               = local.prefix
  assume_role_policy = data.aws_iam_policy_document.assume.json
  tags               = var.tags
}

# Least privilege: its own secret, its own log group, its own bucket objects.
data "aws_iam_policy_document" "service" {
  statement {
    sid       = "ReadOwnSecret"
    actions   = ["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"]
    resources = [aws_secretsmanager_secret.app.arn]
  }
  statement {
    sid       = "WriteOwnLogs"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["${aws_cloudwatch_log_group.app.arn}:*"]
  }
  dynamic "statement" {
    for_each = var.s3_bucket_arn == null ? [] : [var.s3_bucket_arn]
    content {
      sid       = "UseOwnBucket"
      actions   = ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"]
      resources = ["${statement.value}/*"]
    }
  }
  dynamic "statement" {
    for_each = var.s3_bucket_arn == null ? [] : [var.s3_bucket_arn]
    content {
      sid       = "ListOwnBucket"
      actions   = ["s3:ListBucket"]
      resources = [statement.value]
    }
  }
}

resource "aws_iam_role_policy" "service" {
  name   = "${local.prefix}-least-privilege"
  role   = aws_iam_role.service.id
  policy = data.aws_iam_policy_document.service.json
}
