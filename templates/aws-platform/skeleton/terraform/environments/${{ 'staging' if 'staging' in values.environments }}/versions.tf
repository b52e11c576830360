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
    tags = local.tags
  }
}

provider "aws" {
  alias  = "us_east_1"
  region = "us-east-1"
  default_tags {
    tags = local.tags
  }
}

provider "aws" {
  alias  = "backup_copy"
  region = "${{ values.backupRegion }}"
  default_tags {
    tags = local.tags
  }
}
