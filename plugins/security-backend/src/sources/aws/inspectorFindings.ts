import { Finding as InspectorFinding, Inspector2Client, ListFindingsCommand } from '@aws-sdk/client-inspector2';
import { ScannedFinding } from '../../service/types';
import { isoOf, paginate, toSeverity } from './awsErrors';
import { LatestImage } from './ecrFindings';

/** Active Inspector findings of the repository's current image (filtered server-side). */
export async function inspectorImageFindings(
  inspector: Inspector2Client,
  repositoryName: string,
  image: LatestImage,
  signal: () => AbortSignal,
): Promise<ScannedFinding[]> {
  const findings = await paginate<InspectorFinding>(async nextToken => {
    const res = await inspector.send(
      new ListFindingsCommand({
        filterCriteria: {
          ecrImageRepositoryName: [{ comparison: 'EQUALS', value: repositoryName }],
          ecrImageHash: [{ comparison: 'EQUALS', value: image.digest }],
          findingStatus: [{ comparison: 'EQUALS', value: 'ACTIVE' }],
        },
        maxResults: 100,
        nextToken,
      }),
      { abortSignal: signal() },
    );
    return { items: res.findings ?? [], next: res.nextToken };
  });
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
      fixedVersion: pkg?.fixedInVersion && pkg.fixedInVersion !== 'NotAvailable' ? pkg.fixedInVersion : undefined,
      target: `${repositoryName}@${image.digest}`,
      url: details?.sourceUrl,
      firstSeen: isoOf(f.firstObservedAt),
    } satisfies ScannedFinding;
  });
}
