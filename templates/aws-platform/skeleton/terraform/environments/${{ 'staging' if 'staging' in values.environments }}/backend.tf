# Remote state in the bucket terraform/bootstrap creates; the DynamoDB table holds the lock,
# so two applies of this root never run at once.
terraform {
  backend "s3" {
    bucket         = "${{ values.name }}-tfstate-${{ values.awsAccountId }}"
    key            = "platform/staging/terraform.tfstate"
    region         = "${{ values.awsRegion }}"
    dynamodb_table = "${{ values.name }}-tflock"
    encrypt        = true
  }
}
