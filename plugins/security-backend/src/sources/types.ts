import { DataSourceKind } from '@runway/runway-common';
import { ScannedFinding } from '../service/types';

/** A catalog service to scan. */
export interface ScanTarget {
  entityRef: string;
  /** `runway.dev/ecr-repository` annotation. */
  ecrRepository: string;
}

/**
 * What one scan stream knows about a target, or why it could not tell. A stream that
 * failed leaves the stored findings of that stream untouched (served as stale).
 */
export type OriginScan =
  | { origin: string; findings: ScannedFinding[] }
  | { origin: string; error: string };

/**
 * The family's one source interface: the AWS scanners, or the demo world.
 *
 * Contract: a refresh calls `prepare` once with every target, then `scan` per target with
 * what `prepare` returned. Account-wide queries belong in `prepare`, so their cost does
 * not grow with the number of services; `scan` may cost a bounded number of calls per
 * target. Neither may hang: every upstream call has a timeout, and a failure is an
 * `OriginScan` error, not a rejection.
 */
export interface ScanSource<Round = unknown> {
  readonly kind: DataSourceKind;
  readonly name: string;
  prepare(targets: ScanTarget[]): Promise<Round>;
  scan(target: ScanTarget, round: Round): Promise<OriginScan[]>;
}
