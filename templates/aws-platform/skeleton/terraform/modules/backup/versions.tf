terraform {
  required_version = ">= 1.6.0"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.95"
      # prod copies every recovery point to a vault in another region
      configuration_aliases = [aws.backup_copy]
    }
  }
}
