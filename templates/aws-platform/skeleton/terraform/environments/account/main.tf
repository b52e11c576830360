# Account-wide resources, applied once before the environments: the IAM roles their access
# entries map, CloudTrail, AWS Config and Security Hub, cost-allocation tags and team budgets.
locals {
  environment = "account"
  name        = "${{ values.name }}"
  # the cost-allocation tags (activated by the account root) on every resource
  tags = {
    platform    = "${{ values.name }}"
    environment = "account"
    team        = "${{ values.owner | replace('group:default/', '') | replace('group:', '') }}"
    managed-by  = "terraform"
  }
  teams = [
{%- for team in values.teams %}
    "${{ team.name }}",
{%- endfor %}
  ]
}

module "access" {
  source = "../../modules/access"

  name  = "${{ values.name }}"
  teams = local.teams
  tags  = local.tags
}

module "audit" {
  source = "../../modules/audit"

  name = "${{ values.name }}"
  tags = local.tags
}

module "cost" {
  source = "../../modules/cost"

  name        = "${{ values.name }}"
  alert_email = "${{ values.budgetAlertEmail }}"
  team_budgets = {
{%- for team in values.teams %}
    "${{ team.name }}" = ${{ team.monthlyBudgetUsd }}
{%- endfor %}
  }
  tags = local.tags
}
