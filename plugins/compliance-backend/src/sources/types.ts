import {
  ComplianceOrigin,
  FailingControl,
} from '@runway/plugin-compliance-common';

/** One control or rule evaluated on one resource of a service. */
export interface ControlResult {
  controlId: string;
  title: string;
  severity: FailingControl['severity'];
  resourceArn: string;
  status: 'passed' | 'failed';
  remediationUrl?: string;
}

/** What AWS Backup says about one service's resources. */
export interface BackupResult {
  protectedResources: number;
  lastBackupAt: string | null;
  lastRestoreTestAt: string | null;
  restoreMinutes: number | null;
}

/** Per source, keyed by the value of the service tag; `account` is the account-wide part. */
export interface OriginData<T> {
  services: Map<string, T>;
  account?: { cloudTrailLogging?: boolean; standards?: string[] };
}

/** A source either answered or says why not; one failing never hides the others. */
export type OriginResult<T> =
  | { ok: true; data: OriginData<T> }
  | { ok: false; error: string };

export interface CollectedPosture {
  securityhub: OriginResult<ControlResult[]>;
  config: OriginResult<ControlResult[]>;
  backup: OriginResult<BackupResult>;
  cloudtrail: OriginResult<never>;
}

export type OriginValue = ControlResult[] | BackupResult;

/** The family's source: the whole account in a bounded number of calls, never per page view. */
export interface ComplianceSource {
  readonly kind: 'demo' | 'live';
  readonly name: string;
  collect(now: Date): Promise<CollectedPosture>;
}

export const CONTROL_ORIGINS: ComplianceOrigin[] = ['securityhub', 'config'];

/** Runs one source's read, turning a failure into its reason. */
export async function settle<T>(
  read: () => Promise<OriginData<T>>,
): Promise<OriginResult<T>> {
  try {
    return { ok: true, data: await read() };
  } catch (error) {
    return { ok: false, error: (error as Error)?.message ?? String(error) };
  }
}
