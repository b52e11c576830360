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

/** The family's one source interface: the AWS scanners, or the demo world. */
export interface ScanSource {
  readonly kind: DataSourceKind;
  readonly name: string;
  scan(target: ScanTarget): Promise<OriginScan[]>;
}
