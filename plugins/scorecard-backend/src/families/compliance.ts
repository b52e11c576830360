import type { ComplianceSummary } from '@runway/plugin-compliance-common';
import { z } from 'zod/v3';
import { cell, higherIsBetter, lowerIsBetter } from '../service/rules';
import {
  any,
  FamilyDefinition,
  FamilyReading,
  max,
  measurementNote,
  num,
  sum,
} from './types';

const SEVERITY = ['critical', 'high', 'medium', 'low', 'informational'];

/** The failing control to fix first: the most severe, then by id so the page is stable. */
export function worstControl(summary: ComplianceSummary) {
  return [...(summary.failing ?? [])].sort(
    (a, b) =>
      SEVERITY.indexOf(a.severity) - SEVERITY.indexOf(b.severity) ||
      a.controlId.localeCompare(b.controlId),
  )[0];
}

export const complianceFamily: FamilyDefinition<'compliance'> = {
  family: 'compliance',
  item: z.object({
    state: z.object({ state: z.string() }).passthrough(),
    failing: z.array(z.any()),
  }),
  // The failing controls' names only: the cell links the worst one, the page lists none.
  fields: [
    'state',
    'score',
    'passedControls',
    'applicableControls',
    'failing.controlId',
    'failing.title',
    'failing.severity',
    'failing.remediationUrl',
    'backup.protectedResources',
    'backup.lastBackupAt',
    'backup.rpoMinutes',
  ],
  read(summary) {
    if (!summary) return { note: 'not returned by the compliance service' };
    const why = measurementNote(summary.state, 'posture not read yet');
    if (why) return { note: why };
    const reading: FamilyReading = { notes: {} };
    // Passed and applicable are kept (not the ratio) so a team's score weighs every control.
    const score = num(summary.score);
    const applicable = num(summary.applicableControls);
    if (score !== null && applicable !== null && applicable > 0) {
      reading.compliancePassed = num(summary.passedControls);
      reading.complianceApplicable = applicable;
    } else {
      reading.notes!.compliance =
        applicable === 0
          ? 'no control applies to its resources'
          : 'no data: no score in the answer';
    }
    const worst = worstControl(summary);
    if (worst)
      reading.complianceAction = {
        title: `Fix ${worst.controlId}: ${worst.title}`,
        ...(worst.remediationUrl ? { url: worst.remediationUrl } : {}),
      };
    const backup = summary.backup;
    if (!backup || !(backup.protectedResources > 0)) {
      reading.notes!.backupRpo = 'no resource under AWS Backup';
    } else if (backup.lastBackupAt === null) {
      // Protected but never backed up is known to be bad, not unknown.
      reading.backupNever = true;
    } else {
      reading.backupRpoMinutes = num(backup.rpoMinutes);
      if (reading.backupRpoMinutes === null)
        reading.notes!.backupRpo = 'no data: no RPO in the answer';
    }
    return reading;
  },
  combine: {
    compliancePassed: sum,
    complianceApplicable: sum,
    // Recovery is as good as the worst-protected service.
    backupRpoMinutes: max,
    backupNever: any,
  },
  columns: {
    compliance: (raw, t, note) => {
      const score =
        raw.compliancePassed !== null &&
        raw.complianceApplicable !== null &&
        raw.complianceApplicable > 0
          ? raw.compliancePassed / raw.complianceApplicable
          : null;
      const judged = cell(
        score,
        higherIsBetter(score, t.complianceScore, 0.9),
        null,
        note,
      );
      return raw.complianceAction && judged.status !== 'green'
        ? { ...judged, action: raw.complianceAction }
        : judged;
    },
    // Amber up to four times the target (an hour at 15 min), red beyond.
    backupRpo: (raw, t, note) =>
      raw.backupNever
        ? {
            value: null,
            status: 'red',
            trend: null,
            note: 'protected, but no backup ever completed',
          }
        : cell(
            raw.backupRpoMinutes,
            lowerIsBetter(raw.backupRpoMinutes, t.backupRpoMinutes, 4),
            null,
            note,
          ),
  },
};
