import { z } from 'zod/v3';
import { securityMetrics } from '../service/rawMetrics';
import { cell, vulnStatus } from '../service/rules';
import { FamilyDefinition, sum } from './types';

export const securityFamily: FamilyDefinition<'security'> = {
  family: 'security',
  item: z.object({ open: z.record(z.number()) }),
  fields: ['scan', 'open.critical', 'open.high'],
  read: securityMetrics,
  combine: { criticalVulns: sum, highVulns: sum },
  columns: {
    criticalVulns: (raw, t, note) =>
      cell(
        raw.criticalVulns,
        vulnStatus(raw.criticalVulns, raw.highVulns, t.criticalVulns),
        null,
        note,
      ),
  },
};
