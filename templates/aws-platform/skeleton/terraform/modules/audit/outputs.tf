output "audit_bucket" {
  value = module.audit_bucket.s3_bucket_id
}

output "trail_arn" {
  value = aws_cloudtrail.this.arn
}

output "config_recorder" {
  value = aws_config_configuration_recorder.this.name
}

output "security_hub_standards" {
  value = [
    aws_securityhub_standards_subscription.fsbp.standards_arn,
    aws_securityhub_standards_subscription.cis.standards_arn,
  ]
}
