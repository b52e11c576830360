output "zone_id" {
  value = aws_route53_zone.this.zone_id
}

output "name_servers" {
  description = "Delegate the domain to these"
  value       = aws_route53_zone.this.name_servers
}

output "alb_certificate_arn" {
  description = "alb.ingress.kubernetes.io/certificate-arn for the services' Ingresses"
  value       = module.alb_certificate.acm_certificate_arn
}

output "cloudfront_distribution_id" {
  value = module.cloudfront.cloudfront_distribution_id
}
