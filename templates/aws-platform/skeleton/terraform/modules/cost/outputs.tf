output "budget_names" {
  value = [for b in aws_budgets_budget.team : b.name]
}

output "active_cost_allocation_tags" {
  value = [for t in aws_ce_cost_allocation_tag.this : t.tag_key]
}
