import { InputError } from '@backstage/errors';
import { z } from 'zod/v3';
import { explainIssues, ParsedReport } from './types';

const percent = z.number().min(0).max(100);
const mutants = z.number().int().nonnegative();

// Infection's JSON log (`logs.json` in infection.json5): its `stats` block.
const infectionLog = z.object({
  stats: z.object({
    totalMutantsCount: mutants,
    killedCount: mutants,
    escapedCount: mutants,
    msi: percent,
    coveredCodeMsi: percent.optional(),
  }),
});

/** Mutation score from Infection's JSON log. */
export function parseInfection(doc: unknown): ParsedReport {
  const parsed = infectionLog.safeParse(doc);
  if (!parsed.success) {
    throw new InputError(
      `Invalid Infection JSON log: ${explainIssues(parsed.error)}`,
    );
  }
  const { stats } = parsed.data;
  if (stats.totalMutantsCount === 0) {
    throw new InputError(
      'Infection JSON log has no mutants: nothing was measured',
    );
  }
  return {
    kind: 'mutation',
    figures: {
      msi: stats.msi,
      coveredMsi: stats.coveredCodeMsi ?? null,
      killed: stats.killedCount,
      escaped: stats.escapedCount,
    },
  };
}
