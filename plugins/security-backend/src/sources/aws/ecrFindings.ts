import {
  DescribeImageScanFindingsCommand,
  DescribeImagesCommand,
  ECRClient,
  ImageDetail,
  ScanNotFoundException,
} from '@aws-sdk/client-ecr';
import { ScannedFinding } from '../../service/types';
import { paginate, withAwsTimeout } from '@runway/runway-node';
import { isoOf, toSeverity } from './findingFields';

export interface LatestImage {
  digest: string;
  tags: string[];
}

/** The most recently pushed tagged image: what the service runs after its last deploy. */
export async function latestImage(
  ecr: ECRClient,
  repositoryName: string,
  timeoutMs: number,
): Promise<LatestImage | undefined> {
  const images = await paginate<ImageDetail>(async nextToken => {
    const res = await withAwsTimeout(
      timeoutMs,
      options =>
        ecr.send(
          new DescribeImagesCommand({
            repositoryName,
            filter: { tagStatus: 'TAGGED' },
            maxResults: 1000,
            nextToken,
          }),
          options,
        ),
      { family: 'security', upstream: 'aws:ecr' },
    );
    return { items: res.imageDetails ?? [], next: res.nextToken };
  });
  const latest = images
    .filter(i => i.imageDigest)
    .sort(
      (a, b) =>
        (b.imagePushedAt?.getTime() ?? 0) - (a.imagePushedAt?.getTime() ?? 0),
    )[0];
  return (
    latest && { digest: latest.imageDigest!, tags: latest.imageTags ?? [] }
  );
}

/**
 * The image has no scan whose findings can be counted: never scanned (`ScanNotFoundException`,
 * e.g. scan on push is off), or its scan is not done (`IN_PROGRESS`, `PENDING`) or gave
 * nothing (`FAILED`, `UNSUPPORTED_IMAGE`, `SCAN_ELIGIBILITY_EXPIRED`,
 * `FINDINGS_UNAVAILABLE`). No findings then means "not measured", never "clean".
 */
export class NoImageScanError extends Error {
  readonly name = 'NoImageScanError';
}

/** Basic scanning's finished scan and enhanced scanning's continuous one: real findings. */
const MEASURED_STATUSES = new Set(['COMPLETE', 'ACTIVE']);

/**
 * ECR scan findings of one image: `findings` from basic scanning (CVE name plus
 * `package_name` / `package_version` attributes) and `enhancedFindings` when the registry
 * uses enhanced (Inspector) scanning.
 */
export async function ecrImageFindings(
  ecr: ECRClient,
  repositoryName: string,
  image: LatestImage,
  timeoutMs: number,
): Promise<ScannedFinding[]> {
  const target = `${repositoryName}@${image.digest}`;
  const pages = await paginate(async nextToken => {
    const res = await withAwsTimeout(
      timeoutMs,
      options =>
        ecr.send(
          new DescribeImageScanFindingsCommand({
            repositoryName,
            imageId: { imageDigest: image.digest },
            maxResults: 1000,
            nextToken,
          }),
          options,
        ),
      { family: 'security', upstream: 'aws:ecr' },
    ).catch(error => {
      if (error instanceof ScanNotFoundException)
        throw new NoImageScanError(`ECR has never scanned ${target}`);
      throw error;
    });
    const status = res.imageScanStatus?.status;
    if (!status || !MEASURED_STATUSES.has(status)) {
      const why = res.imageScanStatus?.description;
      throw new NoImageScanError(
        `ECR has no finished scan of ${target} (${status ?? 'no status'}${
          why ? `: ${why}` : ''
        })`,
      );
    }
    return { items: [res.imageScanFindings ?? {}], next: res.nextToken };
  });
  const out: ScannedFinding[] = [];
  for (const page of pages) {
    for (const f of page.findings ?? []) {
      const attr = (key: string) =>
        f.attributes?.find(a => a.key === key)?.value;
      out.push({
        source: 'container',
        scanner: 'ecr',
        severity: toSeverity(f.severity),
        title:
          f.description?.split('\n')[0]?.slice(0, 200) ||
          f.name ||
          'ECR finding',
        vulnerabilityId: f.name,
        packageName: attr('package_name'),
        installedVersion: attr('package_version'),
        target,
        url: f.uri,
      });
    }
    for (const f of page.enhancedFindings ?? []) {
      const details = f.packageVulnerabilityDetails;
      const pkg = details?.vulnerablePackages?.[0];
      out.push({
        source: 'container',
        scanner: 'ecr',
        severity: toSeverity(f.severity),
        title: f.title ?? details?.vulnerabilityId ?? 'ECR enhanced finding',
        vulnerabilityId: details?.vulnerabilityId,
        packageName: pkg?.name,
        installedVersion: pkg?.version,
        fixedVersion:
          pkg?.fixedInVersion && pkg.fixedInVersion !== 'NotAvailable'
            ? pkg.fixedInVersion
            : undefined,
        target,
        url: details?.sourceUrl,
        firstSeen: isoOf(f.firstObservedAt),
      });
    }
  }
  return out;
}
