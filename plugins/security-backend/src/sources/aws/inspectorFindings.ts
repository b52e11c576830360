import {
  Finding as InspectorFinding,
  Inspector2Client,
  ListFindingsCommand,
} from '@aws-sdk/client-inspector2';
import { ScannedFinding } from '../../service/types';
import { paginate, withAwsTimeout } from '@runway/runway-node';
import { isoOf, toSeverity } from './findingFields';
import { LatestImage } from './ecrFindings';

/** Active Inspector image findings of the account, by repository, then by image digest. */
export type InspectorIndex = Map<string, Map<string, InspectorFinding[]>>;

/**
 * Every active Inspector finding on an ECR image of the account, in one paginated query
 * per refresh (filtered server-side), indexed in memory by repository and digest. Inspector
 * filters accept at most ten values each, so asking per repository would cost one query
 * per service.
 */
export async function inspectorAccountFindings(
  inspector: Inspector2Client,
  timeoutMs: number,
  maxPages = 1000,
): Promise<InspectorIndex> {
  const findings = await paginate<InspectorFinding>(async nextToken => {
    const res = await withAwsTimeout(
      timeoutMs,
      options =>
        inspector.send(
          new ListFindingsCommand({
            filterCriteria: {
              findingStatus: [{ comparison: 'EQUALS', value: 'ACTIVE' }],
              resourceType: [
                { comparison: 'EQUALS', value: 'AWS_ECR_CONTAINER_IMAGE' },
              ],
            },
            maxResults: 100,
            nextToken,
          }),
          options,
        ),
      { family: 'security', upstream: 'aws:inspector2' },
    );
    return { items: res.findings ?? [], next: res.nextToken };
  }, maxPages);
  const index: InspectorIndex = new Map();
  for (const f of findings) {
    for (const r of f.resources ?? []) {
      const image = r.details?.awsEcrContainerImage;
      if (!image?.repositoryName || !image.imageHash) continue;
      const byDigest =
        index.get(image.repositoryName) ??
        new Map<string, InspectorFinding[]>();
      byDigest.set(image.imageHash, [
        ...(byDigest.get(image.imageHash) ?? []),
        f,
      ]);
      index.set(image.repositoryName, byDigest);
    }
  }
  return index;
}

/** The Inspector findings of one repository's current image, from the account-wide index. */
export function inspectorImageFindings(
  index: InspectorIndex,
  repositoryName: string,
  image: LatestImage,
): ScannedFinding[] {
  const findings = index.get(repositoryName)?.get(image.digest) ?? [];
  return findings.map(f => {
    const details = f.packageVulnerabilityDetails;
    const pkg = details?.vulnerablePackages?.[0];
    const isCode = f.type === 'CODE_VULNERABILITY';
    return {
      source: isCode ? 'sast' : 'container',
      scanner: 'inspector',
      severity: toSeverity(f.severity),
      title: f.title ?? details?.vulnerabilityId ?? 'Inspector finding',
      vulnerabilityId: details?.vulnerabilityId,
      ruleId: isCode ? f.codeVulnerabilityDetails?.ruleId : undefined,
      packageName: pkg?.name,
      installedVersion: pkg?.version,
      fixedVersion:
        pkg?.fixedInVersion && pkg.fixedInVersion !== 'NotAvailable'
          ? pkg.fixedInVersion
          : undefined,
      target: `${repositoryName}@${image.digest}`,
      url: details?.sourceUrl,
      firstSeen: isoOf(f.firstObservedAt),
    } satisfies ScannedFinding;
  });
}
