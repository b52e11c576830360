import { Finding } from '@runway/plugin-security-common';

/**
 * What a source or a report parser yields: a finding before it is stored. History fields
 * are optional; sources that know them (Inspector, the demo world) pass them on.
 */
export type ScannedFinding = Omit<
  Finding,
  | 'id'
  | 'entityRef'
  | 'status'
  | 'lastSeen'
  | 'firstSeen'
  | 'fixedAt'
  | 'suppression'
> & { firstSeen?: string; fixedAt?: string };
