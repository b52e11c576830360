variable "name" {
  description = "<platform>-<environment>"
  type        = string
}

variable "domain" {
  description = "The environment's domain (its Route53 zone)"
  type        = string
}

variable "cluster_name" {
  description = "EKS cluster whose ALB is the origin"
  type        = string
}

variable "ingress_group" {
  description = "alb.ingress.kubernetes.io/group.name every service's Ingress joins"
  type        = string
}

variable "ingress_alb_exists" {
  description = "Set once the controller has created the ALB (after the add-ons' first sync)"
  type        = bool
  default     = false
}

variable "price_class" {
  type    = string
  default = "PriceClass_100"
}

variable "tags" {
  type = map(string)
}
