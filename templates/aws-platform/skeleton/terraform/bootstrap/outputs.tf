output "state_bucket" {
  value = module.state_bucket.s3_bucket_id
}

output "lock_table" {
  value = aws_dynamodb_table.lock.name
}
