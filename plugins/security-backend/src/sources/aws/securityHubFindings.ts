import {
  AwsSecurityFinding,
  GetFindingsCommand,
  SecurityHubClient,
} from '@aws-sdk/client-securityhub';
import { ScannedFinding } from '../../service/types';
import { paginate, withAwsTimeout } from '@runway/runway-node';
import { isoOf, toSeverity } from './findingFields';

// Inspector and ECR findings are read from their own APIs; Security Hub adds what other
// tools send it (Trivy, Checkov, GuardDuty...), so the AWS products are excluded here to
// avoid counting the same CVE twice.
const READ_ELSEWHERE = ['Inspector', 'ECR'];

/** Active Security Hub findings of the account, by repository name their resources name. */
export type SecurityHubIndex = Map<string, AwsSecurityFinding[]>;

/**
 * Repository names a resource id can mean: each `/<name>` run that ends at `:`, `@`, `/`
 * or the end (`.../catalog-api@sha`, `repository/catalog-api/...`, `.../catalog-api:tag`).
 * Names may hold slashes (`team/app`), so every such run is a candidate; the set of
 * scanned repositories picks the real ones, exactly as the former per-repository
 * `/<name>(:|@|/|$)` match did.
 */
function candidateRepositories(resourceId: string): string[] {
  const out: string[] = [];
  for (
    let start = resourceId.indexOf('/');
    start >= 0;
    start = resourceId.indexOf('/', start + 1)
  ) {
    for (let end = start + 1; end <= resourceId.length; end++) {
      if (end === resourceId.length || ':@/'.includes(resourceId[end])) {
        if (end > start + 1) out.push(resourceId.slice(start + 1, end));
      }
    }
  }
  return out;
}

/**
 * Every active Security Hub finding of the account except Inspector's and ECR's, in one
 * paginated query per refresh, attributed in memory to the repositories being scanned.
 */
export async function securityHubAccountFindings(
  hub: SecurityHubClient,
  repositories: Set<string>,
  timeoutMs: number,
  maxPages = 1000,
): Promise<SecurityHubIndex> {
  const findings = await paginate<AwsSecurityFinding>(async NextToken => {
    const res = await withAwsTimeout(
      timeoutMs,
      options =>
        hub.send(
          new GetFindingsCommand({
            Filters: {
              RecordState: [{ Value: 'ACTIVE', Comparison: 'EQUALS' }],
              WorkflowStatus: [
                { Value: 'NEW', Comparison: 'EQUALS' },
                { Value: 'NOTIFIED', Comparison: 'EQUALS' },
              ],
              ProductName: READ_ELSEWHERE.map(Value => ({
                Value,
                Comparison: 'NOT_EQUALS' as const,
              })),
            },
            MaxResults: 100,
            NextToken,
          }),
          options,
        ),
      { family: 'security', upstream: 'aws:securityhub' },
    );
    return { items: res.Findings ?? [], next: res.NextToken };
  }, maxPages);
  const index: SecurityHubIndex = new Map();
  for (const f of findings) {
    const repos = new Set(
      (f.Resources ?? [])
        .flatMap(r => candidateRepositories(r.Id ?? ''))
        .filter(name => repositories.has(name)),
    );
    for (const repo of repos) index.set(repo, [...(index.get(repo) ?? []), f]);
  }
  return index;
}

/** One repository's Security Hub findings, from the account-wide index. */
export function securityHubFindings(
  index: SecurityHubIndex,
  repositoryName: string,
): ScannedFinding[] {
  return (index.get(repositoryName) ?? []).map(f => {
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
