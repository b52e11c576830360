# The environment's public edge: a Route53 zone, TLS certificates validated through it
# (regional for the ALB, us-east-1 for CloudFront) and CloudFront in front of the ALB that
# the AWS Load Balancer Controller creates for the shared IngressGroup.
resource "aws_route53_zone" "this" {
  name    = var.domain
  comment = "${var.name} (managed by Terraform)"
  tags    = var.tags
}

module "alb_certificate" {
  source  = "terraform-aws-modules/acm/aws"
  version = "5.1.1"

  domain_name               = var.domain
  subject_alternative_names = ["*.${var.domain}"]
  zone_id                   = aws_route53_zone.this.zone_id
  validation_method         = "DNS"
  wait_for_validation       = true

  tags = var.tags
}

module "cloudfront_certificate" {
  source  = "terraform-aws-modules/acm/aws"
  version = "5.1.1"
  providers = {
    aws = aws.us_east_1
  }

  domain_name               = var.domain
  subject_alternative_names = ["*.${var.domain}"]
  zone_id                   = aws_route53_zone.this.zone_id
  validation_method         = "DNS"
  # the regional certificate already wrote the (identical) validation records
  create_route53_records = false
  validation_record_fqdns = module.alb_certificate.validation_route53_record_fqdns

  tags = var.tags
}

# The ALB exists once the controller has reconciled the first Ingress of the group; until
# then (first apply) the origin record is left out.
data "aws_lb" "ingress" {
  count = var.ingress_alb_exists ? 1 : 0
  tags = {
    "elbv2.k8s.aws/cluster" = var.cluster_name
    "ingress.k8s.aws/stack" = var.ingress_group
  }
}

resource "aws_route53_record" "origin" {
  count   = var.ingress_alb_exists ? 1 : 0
  zone_id = aws_route53_zone.this.zone_id
  name    = "origin.${var.domain}"
  type    = "A"
  alias {
    name                   = data.aws_lb.ingress[0].dns_name
    zone_id                = data.aws_lb.ingress[0].zone_id
    evaluate_target_health = true
  }
}

module "cloudfront" {
  source  = "terraform-aws-modules/cloudfront/aws"
  version = "4.1.0"

  aliases             = [var.domain, "*.${var.domain}"]
  comment             = "${var.name}: CloudFront in front of the ALB"
  enabled             = true
  http_version        = "http2and3"
  is_ipv6_enabled     = true
  price_class         = var.price_class
  wait_for_deployment = false

  origin = {
    alb = {
      domain_name = "origin.${var.domain}"
      custom_origin_config = {
        http_port              = 80
        https_port             = 443
        origin_protocol_policy = "https-only"
        origin_ssl_protocols   = ["TLSv1.2"]
      }
    }
  }

  default_cache_behavior = {
    target_origin_id       = "alb"
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD", "OPTIONS", "PUT", "POST", "PATCH", "DELETE"]
    cached_methods         = ["GET", "HEAD"]
    compress               = true
    use_forwarded_values   = false
    # AWS managed policies: CachingDisabled, AllViewer (APIs behind it decide their caching)
    cache_policy_id          = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad"
    origin_request_policy_id = "216adef6-5c7f-47e4-b989-5492eafa07d3"
  }

  viewer_certificate = {
    acm_certificate_arn      = module.cloudfront_certificate.acm_certificate_arn
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.2_2021"
  }

  tags = var.tags
}

resource "aws_route53_record" "apex" {
  for_each = toset([var.domain, "*.${var.domain}"])
  zone_id  = aws_route53_zone.this.zone_id
  name     = each.key
  type     = "A"
  alias {
    name                   = module.cloudfront.cloudfront_distribution_domain_name
    zone_id                = module.cloudfront.cloudfront_distribution_hosted_zone_id
    evaluate_target_health = false
  }
}
