// ECR, Inspector2 and Security Hub answers for every bench service: the security family's
// own AWS-documented fixtures (written for `catalog-api`), re-targeted per repository.
/* eslint-disable @backstage/no-relative-monorepo-imports */
import crypto from 'crypto';
import {
  describeImagesPage1,
  describeImagesPage2,
  inspectorPage1,
  inspectorPage2,
  LATEST_DIGEST,
  OLD_DIGEST,
  scanFindingsPage1,
  scanFindingsPage2,
  securityHubFindingsPage,
} from '../../../plugins/security-backend/src/__fixtures__/aws';

const FIXTURE_REPOSITORY = 'catalog-api';

const digestOf = (repository: string, kind: string) =>
  `sha256:${crypto
    .createHash('sha256')
    .update(`${kind}:${repository}`)
    .digest('hex')}`;

/**
 * A fixture as it travels on the wire for `repository`: the SDK's `$metadata` dropped,
 * timestamps as epoch seconds (the JSON protocols' default), names and digests replaced.
 */
function retarget(value: unknown, repository: string): any {
  const latest = digestOf(repository, 'latest');
  const old = digestOf(repository, 'old');
  const walk = (v: unknown): unknown => {
    if (v instanceof Date) return v.getTime() / 1000;
    if (typeof v === 'string')
      return v
        .replaceAll(LATEST_DIGEST, latest)
        .replaceAll(OLD_DIGEST, old)
        .replace(
          new RegExp(`(?<![\\w-])${FIXTURE_REPOSITORY}(?![\\w])`, 'g'),
          repository,
        );
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object')
      return Object.fromEntries(
        Object.entries(v)
          .filter(([k]) => k !== '$metadata')
          .map(([k, x]) => [k, walk(x)]),
      );
    return v;
  };
  return walk(value);
}

/** Pages of `items` cut at the caller's page size; the token is the next offset. */
function page<T>(items: T[], size: number, token: string | undefined) {
  const offset = Number(token ?? 0);
  const next = offset + size < items.length ? String(offset + size) : undefined;
  return { items: items.slice(offset, offset + size), next };
}

/** Two-page answers, exactly as the fixtures page: the first page carries the token. */
function twoPages(first: any, second: any, token: string | undefined) {
  return token ? second : first;
}

export function securityAnswers(repositories: string[]) {
  const inspectorFindings = repositories.flatMap(r =>
    [...inspectorPage1.findings!, ...inspectorPage2.findings!].map(f =>
      retarget(f, r),
    ),
  );
  const hubFindings = repositories.flatMap(r =>
    securityHubFindingsPage.Findings!.map(f => retarget(f, r)),
  );
  return {
    describeImages(input: { repositoryName: string; nextToken?: string }) {
      return retarget(
        twoPages(describeImagesPage1, describeImagesPage2, input.nextToken),
        input.repositoryName,
      );
    },
    describeImageScanFindings(input: {
      repositoryName: string;
      nextToken?: string;
    }) {
      return retarget(
        twoPages(scanFindingsPage1, scanFindingsPage2, input.nextToken),
        input.repositoryName,
      );
    },
    inspectorListFindings(input: { maxResults?: number; nextToken?: string }) {
      const { items, next } = page(
        inspectorFindings,
        input.maxResults ?? 100,
        input.nextToken,
      );
      return { findings: items, ...(next ? { nextToken: next } : {}) };
    },
    securityHubGetFindings(input: { MaxResults?: number; NextToken?: string }) {
      const { items, next } = page(
        hubFindings,
        input.MaxResults ?? 100,
        input.NextToken,
      );
      return { Findings: items, ...(next ? { NextToken: next } : {}) };
    },
  };
}
