# Remote state in S3; use_lockfile takes a lock object next to the state (Terraform >= 1.10),
# so two applies of dev never run at once.
terraform {
  backend "s3" {
    bucket       = "runway-terraform-state-${{ values.awsRegion }}"
    key          = "services/${{ values.name }}/dev/terraform.tfstate"
    region       = "${{ values.awsRegion }}"
    encrypt      = true
    use_lockfile = true
  }
}
