import {
  AwsSecurityFinding,
  GetFindingsCommand,
  SecurityHubClient,
} from '@aws-sdk/client-securityhub';
import { ScannedFinding } from '../../service/types';
import { isoOf, paginate, toSeverity } from './awsErrors';

// Inspector and ECR findings are read from their own APIs; Security Hub adds what other
// tools send it (Trivy, Checkov, GuardDuty...), so the AWS products are excluded here to
// avoid counting the same CVE twice.
const READ_ELSEWHERE = ['Inspector', 'ECR'];

function mentionsRepository(f: AwsSecurityFinding, repositoryName: string): boolean {
  // CONTAINS is a substring match server-side; keep only exact repository matches
  // (`.../catalog-api@sha`, `repository/catalog-api/...`, `.../catalog-api:tag`).
  const exact = new RegExp(`/${repositoryName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:[:@/]|$)`);
  return (f.Resources ?? []).some(r => exact.test(r.Id ?? ''));
}

/** Active Security Hub findings whose resource is the service's image or repository. */
export async function securityHubFindings(
  hub: SecurityHubClient,
  repositoryName: string,
  signal: () => AbortSignal,
): Promise<ScannedFinding[]> {
  const findings = await paginate<AwsSecurityFinding>(async NextToken => {
    const res = await hub.send(
      new GetFindingsCommand({
        Filters: {
          ResourceId: [{ Value: `/${repositoryName}`, Comparison: 'CONTAINS' }],
          RecordState: [{ Value: 'ACTIVE', Comparison: 'EQUALS' }],
          WorkflowStatus: [
            { Value: 'NEW', Comparison: 'EQUALS' },
            { Value: 'NOTIFIED', Comparison: 'EQUALS' },
          ],
          ProductName: READ_ELSEWHERE.map(Value => ({ Value, Comparison: 'NOT_EQUALS' as const })),
        },
        MaxResults: 100,
        NextToken,
      }),
      { abortSignal: signal() },
    );
    return { items: res.Findings ?? [], next: res.NextToken };
  });

  return findings
    .filter(f => mentionsRepository(f, repositoryName))
    .map(f => {
      const vuln = f.Vulnerabilities?.[0];
      const pkg = vuln?.VulnerablePackages?.[0];
      const resource = f.Resources?.[0];
      const isImage = /Container|EcrContainerImage/i.test(resource?.Type ?? '');
      let source: ScannedFinding['source'] = 'iac';
      if (vuln) source = isImage ? 'container' : 'dependency';
      return {
        source,
        scanner: `securityhub:${f.ProductName ?? 'unknown'}`,
        severity: toSeverity(f.Severity?.Label),
        title: f.Title ?? 'Security Hub finding',
        vulnerabilityId: vuln?.Id,
        ruleId: vuln ? undefined : f.GeneratorId,
        packageName: pkg?.Name,
        installedVersion: pkg?.Version,
        fixedVersion: pkg?.FixedInVersion,
        target: resource?.Id ?? repositoryName,
        url: vuln?.ReferenceUrls?.[0] ?? f.Remediation?.Recommendation?.Url,
        firstSeen: isoOf(f.FirstObservedAt ?? f.CreatedAt),
      } satisfies ScannedFinding;
    });
}
