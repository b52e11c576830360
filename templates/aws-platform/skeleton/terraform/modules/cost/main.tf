# Cost allocation: the platform's tag keys activated in Cost Explorer (they only appear in
# cost reports once active) and a monthly budget per team, filtered on the team tag, alerting
# at 80 % forecast and 100 % actual.
resource "aws_ce_cost_allocation_tag" "this" {
  for_each = toset(var.cost_allocation_tags)
  tag_key  = each.key
  status   = "Active"
}

resource "aws_budgets_budget" "team" {
  for_each = var.team_budgets

  name         = "${var.name}-${each.key}"
  budget_type  = "COST"
  limit_amount = tostring(each.value)
  limit_unit   = "USD"
  time_unit    = "MONTHLY"

  cost_filter {
    name = "TagKeyValue"
    # Budgets' tag filter syntax is user:<key>$<value>
    values = [join("$", ["user:team", each.key])]
  }

  notification {
    comparison_operator        = "GREATER_THAN"
    threshold                  = 80
    threshold_type             = "PERCENTAGE"
    notification_type          = "FORECASTED"
    subscriber_email_addresses = [var.alert_email]
  }

  notification {
    comparison_operator        = "GREATER_THAN"
    threshold                  = 100
    threshold_type             = "PERCENTAGE"
    notification_type          = "ACTUAL"
    subscriber_email_addresses = [var.alert_email]
  }

  tags = merge(var.tags, { team = each.key })
}
