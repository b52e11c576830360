# Applied once, with local state, before any other root: the S3 bucket that holds every
# root's state (versioned, encrypted, TLS only) and the DynamoDB table their locks live in.
terraform {
  required_version = ">= 1.6.0"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.95"
    }
  }
}

provider "aws" {
  region              = "${{ values.awsRegion }}"
  allowed_account_ids = ["${{ values.awsAccountId }}"]
  default_tags {
    tags = {
      platform   = "${{ values.name }}"
      managed-by = "terraform"
    }
  }
}

module "state_bucket" {
  source  = "terraform-aws-modules/s3-bucket/aws"
  version = "4.6.0"

  bucket = "${{ values.name }}-tfstate-${{ values.awsAccountId }}"

  versioning = { enabled = true }
  server_side_encryption_configuration = {
    rule = {
      apply_server_side_encryption_by_default = { sse_algorithm = "aws:kms" }
      bucket_key_enabled                      = true
    }
  }

  block_public_acls                     = true
  block_public_policy                   = true
  ignore_public_acls                    = true
  restrict_public_buckets               = true
  attach_deny_insecure_transport_policy = true
}

resource "aws_dynamodb_table" "lock" {
  name         = "${{ values.name }}-tflock"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "LockID"

  attribute {
    name = "LockID"
    type = "S"
  }

  point_in_time_recovery {
    enabled = true
  }

  server_side_encryption {
    enabled = true
  }
}
