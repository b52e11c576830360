import {
  ConfigServiceClient,
  DescribeConfigRulesCommand,
  GetComplianceDetailsByConfigRuleCommand,
  SelectResourceConfigCommand,
} from '@aws-sdk/client-config-service';
import { paginate } from '@runway/runway-node';
import { ControlResult, OriginData } from '../types';
import { AwsCall } from './call';

/** SelectResourceConfig's and GetComplianceDetailsByConfigRule's largest page. */
export const CONFIG_PAGE = 100;

/** A tagged resource as AWS Config's advanced query returns it. */
interface InventoryRow {
  resourceId: string;
  resourceType: string;
  arn?: string;
  tags?: Array<{ key: string; value: string }>;
}

export interface Inventory {
  /** `<resourceType>/<resourceId>` -> { tag, arn } */
  byId: Map<string, { tag: string; arn: string }>;
  /** ARN -> tag */
  byArn: Map<string, string>;
}

/**
 * Every resource carrying `tagKey`, account-wide, in ceil(resources / 100) calls: AWS
 * Config's advanced query is the one listing that filters on a tag, so neither Config's
 * results nor AWS Backup's (which carry no tags) need a call per resource.
 */
export async function readInventory(
  client: ConfigServiceClient,
  call: AwsCall,
  tagKey: string,
): Promise<Inventory> {
  if (!/^[\w.:/=+@-]+$/.test(tagKey)) {
    throw new Error(`compliance.tagKey ${tagKey} is not a valid tag key`);
  }
  const rows = await paginate(async token => {
    const page = await call(
      'AWS Config SelectResourceConfig',
      'config:SelectResourceConfig',
      o =>
        client.send(
          new SelectResourceConfigCommand({
            Expression: `SELECT resourceId, resourceType, arn, tags WHERE tags.key = '${tagKey}'`,
            Limit: CONFIG_PAGE,
            NextToken: token,
          }),
          o,
        ),
    );
    return { items: page.Results ?? [], next: page.NextToken };
  });
  const byId = new Map<string, { tag: string; arn: string }>();
  const byArn = new Map<string, string>();
  for (const text of rows) {
    const row = JSON.parse(text) as InventoryRow;
    const tag = row.tags?.find(t => t.key === tagKey)?.value;
    if (!tag) continue;
    const arn = row.arn ?? `${row.resourceType}/${row.resourceId}`;
    byId.set(`${row.resourceType}/${row.resourceId}`, { tag, arn });
    byArn.set(arn, tag);
  }
  return { byId, byArn };
}

/** AWS documents each managed rule on a page named after its identifier. */
function managedRuleUrl(identifier: string | undefined) {
  return identifier
    ? `https://docs.aws.amazon.com/config/latest/developerguide/${identifier
        .toLowerCase()
        .replace(/_/g, '-')}.html`
    : undefined;
}

/**
 * Rule results per service: one DescribeConfigRules page per 25 rules, then per rule
 * ceil(evaluations / 100) GetComplianceDetailsByConfigRule pages. Bounded by the rules
 * (the conformance pack), not by services. The rules Security Hub creates for its own
 * controls (`securityhub-*`) are left out: Security Hub already reports them.
 */
export async function readConfigRules(
  client: ConfigServiceClient,
  call: AwsCall,
  inventory: Inventory,
): Promise<OriginData<ControlResult[]>> {
  const rules = await paginate(async token => {
    const page = await call(
      'AWS Config DescribeConfigRules',
      'config:DescribeConfigRules',
      o => client.send(new DescribeConfigRulesCommand({ NextToken: token }), o),
    );
    return { items: page.ConfigRules ?? [], next: page.NextToken };
  });
  const services = new Map<string, ControlResult[]>();
  for (const rule of rules) {
    const name = rule.ConfigRuleName!;
    if (name.startsWith('securityhub-')) continue;
    const evaluations = await paginate(async token => {
      const page = await call(
        'AWS Config GetComplianceDetailsByConfigRule',
        'config:GetComplianceDetailsByConfigRule',
        o =>
          client.send(
            new GetComplianceDetailsByConfigRuleCommand({
              ConfigRuleName: name,
              ComplianceTypes: ['COMPLIANT', 'NON_COMPLIANT'],
              Limit: CONFIG_PAGE,
              NextToken: token,
            }),
            o,
          ),
      );
      return { items: page.EvaluationResults ?? [], next: page.NextToken };
    });
    for (const evaluation of evaluations) {
      const q =
        evaluation.EvaluationResultIdentifier?.EvaluationResultQualifier;
      const owner = inventory.byId.get(`${q?.ResourceType}/${q?.ResourceId}`);
      if (!owner) continue;
      const list = services.get(owner.tag) ?? [];
      list.push({
        controlId: name,
        title: rule.Description || name,
        severity: 'medium',
        resourceArn: owner.arn,
        status: evaluation.ComplianceType === 'COMPLIANT' ? 'passed' : 'failed',
        remediationUrl:
          rule.Source?.Owner === 'AWS'
            ? managedRuleUrl(rule.Source.SourceIdentifier)
            : undefined,
      });
      services.set(owner.tag, list);
    }
  }
  return { services };
}
