import {
  AwsSecurityFinding,
  GetEnabledStandardsCommand,
  GetFindingsCommand,
  SecurityHubClient,
} from '@aws-sdk/client-securityhub';
import { paginate } from '@runway/runway-node';
import { ControlResult, OriginData } from '../types';
import { AwsCall } from './call';

/** GetFindings' largest page. */
export const FINDINGS_PAGE = 100;

const SEVERITIES: Record<string, ControlResult['severity']> = {
  CRITICAL: 'critical',
  HIGH: 'high',
  MEDIUM: 'medium',
  LOW: 'low',
  INFORMATIONAL: 'informational',
};

/** The names Security Hub's console gives the standards' ids. */
const STANDARD_NAMES: Record<string, string> = {
  'aws-foundational-security-best-practices':
    'AWS Foundational Security Best Practices',
  'cis-aws-foundations-benchmark': 'CIS AWS Foundations Benchmark',
  'pci-dss': 'PCI DSS',
  'nist-800-53': 'NIST SP 800-53',
  'aws-resource-tagging-standard': 'AWS Resource Tagging Standard',
};

/** `arn:aws:securityhub:eu-west-1::standards/aws-foundational-security-best-practices/v/1.0.0` -> `AWS Foundational Security Best Practices v1.0.0`. */
export function standardName(arn: string): string {
  const path = arn.split(':standards/')[1] ?? arn.split(':ruleset/')[1] ?? arn;
  const [id, , version] = path.split('/');
  const name = STANDARD_NAMES[id] ?? id;
  return version ? `${name} v${version}` : name;
}

/** The service a finding belongs to: the tag on its first tagged resource. */
export function findingTag(
  finding: AwsSecurityFinding,
  tagKey: string,
): { tag: string; arn: string } | undefined {
  for (const resource of finding.Resources ?? []) {
    const tag = resource.Tags?.[tagKey];
    if (tag && resource.Id) return { tag, arn: resource.Id };
  }
  return undefined;
}

/**
 * Security Hub's control findings for the whole account, in ceil(findings / 100) GetFindings
 * pages plus one GetEnabledStandards: the filter asks for active control findings (those
 * with a compliance status) only, never per service. Findings are attributed by the
 * resources' `tagKey` tag, which ASFF carries on each resource.
 */
export async function readSecurityHub(
  client: SecurityHubClient,
  call: AwsCall,
  tagKey: string,
): Promise<{
  data: OriginData<ControlResult[]>;
  resources: Map<string, string>;
}> {
  const standards = await paginate(async token => {
    const page = await call(
      'Security Hub GetEnabledStandards',
      'securityhub:GetEnabledStandards',
      o =>
        client.send(
          new GetEnabledStandardsCommand({ NextToken: token, MaxResults: 100 }),
          o,
        ),
    );
    return { items: page.StandardsSubscriptions ?? [], next: page.NextToken };
  });
  const findings = await paginate(async token => {
    const page = await call(
      'Security Hub GetFindings',
      'securityhub:GetFindings',
      o =>
        client.send(
          new GetFindingsCommand({
            Filters: {
              RecordState: [{ Value: 'ACTIVE', Comparison: 'EQUALS' }],
              ProductName: [{ Value: 'Security Hub', Comparison: 'EQUALS' }],
              ComplianceStatus: ['PASSED', 'WARNING', 'FAILED'].map(Value => ({
                Value,
                Comparison: 'EQUALS',
              })),
            },
            MaxResults: FINDINGS_PAGE,
            NextToken: token,
          }),
          o,
        ),
    );
    return { items: page.Findings ?? [], next: page.NextToken };
  });
  const services = new Map<string, ControlResult[]>();
  const resources = new Map<string, string>();
  for (const finding of findings) {
    const owner = findingTag(finding, tagKey);
    if (!owner) continue;
    resources.set(owner.arn, owner.tag);
    const controlId =
      finding.Compliance?.SecurityControlId ??
      finding.ProductFields?.ControlId ??
      finding.GeneratorId ??
      finding.Id!;
    const result: ControlResult = {
      controlId,
      title: finding.Title ?? controlId,
      severity: SEVERITIES[finding.Severity?.Label ?? ''] ?? 'informational',
      resourceArn: owner.arn,
      // WARNING means Security Hub could not decide: not a pass.
      status: finding.Compliance?.Status === 'PASSED' ? 'passed' : 'failed',
      remediationUrl:
        finding.Remediation?.Recommendation?.Url ??
        finding.ProductFields?.RecommendationUrl,
    };
    const list = services.get(owner.tag) ?? [];
    list.push(result);
    services.set(owner.tag, list);
  }
  return {
    data: {
      services,
      account: {
        standards: standards
          .filter(s => s.StandardsStatus === 'READY' && s.StandardsArn)
          .map(s => standardName(s.StandardsArn!)),
      },
    },
    resources,
  };
}
