import type { MeasurementState, Sourced } from '@runway/runway-common';

/** Where a control or rule result comes from. @public */
export type ComplianceOrigin =
  | 'securityhub'
  | 'config'
  | 'backup'
  | 'cloudtrail';

/** One failing control or rule on one of the service's resources. @public */
export interface FailingControl {
  origin: ComplianceOrigin;
  /** e.g. `RDS.11` (Security Hub control id) or the AWS Config rule name. */
  controlId: string;
  title: string;
  severity: 'critical' | 'high' | 'medium' | 'low' | 'informational';
  resourceArn: string;
  /** The remediation page AWS links for the control. */
  remediationUrl?: string;
}

/** Backup recovery posture of the service's resources. @public */
export interface BackupPosture {
  protectedResources: number;
  /** Latest completed backup job over the service's resources; null when none ever. */
  lastBackupAt: string | null;
  /** Minutes since the latest completed backup, at `measuredAt`. Null when none ever. */
  rpoMinutes: number | null;
  rpoTargetMinutes: number;
  /** Latest completed restore-testing job; null when none ever. */
  lastRestoreTestAt: string | null;
  /** How long that restore took, in minutes. */
  restoreMinutes: number | null;
  rtoTargetMinutes: number;
}

/**
 * One service's compliance and recovery posture. `score` is passed / applicable controls
 * (0..1), null when no control applies or the source never answered.
 *
 * @public
 */
export interface ComplianceSummary {
  entityRef: string;
  score: number | null;
  passedControls: number;
  applicableControls: number;
  failing: FailingControl[];
  /** Null when the service has no resource under AWS Backup, or it was never read. */
  backup: BackupPosture | null;
  /** Account-wide: is CloudTrail enabled and logging. Null when never read. */
  cloudTrailLogging: boolean | null;
  state: MeasurementState;
}

/** @public */
export type ComplianceSummariesResponse = Sourced<{
  items: ComplianceSummary[];
}>;

/** The sources a refresh reads, each measured (and failing) on its own. @public */
export const COMPLIANCE_ORIGINS: ComplianceOrigin[] = [
  'securityhub',
  'config',
  'backup',
  'cloudtrail',
];

/**
 * A summary with each source's own state: one source failing ("failed at T (why)") does
 * not hide what the others measured. @public
 */
export interface ComplianceServiceDetail extends ComplianceSummary {
  sources: Record<ComplianceOrigin, MeasurementState>;
  /** Security Hub standards enabled in the account, e.g. `AWS Foundational Security Best Practices v1.0.0`. */
  standards: string[];
}

/** @public */
export type ComplianceEntityResponse = Sourced<ComplianceServiceDetail>;

/**
 * A team's posture over the services the viewer may read: controls summed over them,
 * `score` null when none applies.
 *
 * @public
 */
export interface TeamCompliance {
  teamRef: string;
  score: number | null;
  passedControls: number;
  applicableControls: number;
  /** Services whose latest backup is older than the RPO target (or that have none). */
  rpoBreaches: number;
  /** Services whose latest restore test is missing or took longer than the RTO target. */
  rtoBreaches: number;
  services: ComplianceSummary[];
  /** Components of the team not shown: no access. */
  hidden: number;
}

/** @public */
export type TeamComplianceResponse = Sourced<TeamCompliance>;
