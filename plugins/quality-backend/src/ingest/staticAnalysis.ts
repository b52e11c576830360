import { InputError } from '@backstage/errors';
import { z } from 'zod/v3';
import { explainIssues, ParsedReport } from './types';

const errorCount = z.number().int().nonnegative();

// `phpstan analyse --error-format=json`.
const phpstanReport = z.object({
  totals: z.object({ errors: errorCount, file_errors: errorCount }),
  files: z.union([z.record(z.unknown()), z.array(z.never())]),
});

// `psalm --output-format=json`: one object per issue, info-level ones included.
const psalmReport = z.array(
  z
    .object({
      severity: z.string(),
      type: z.string(),
      message: z.string(),
    })
    .passthrough(),
);

/**
 * Errors PHPStan reports: those in files plus the general ones (`totals.errors`, e.g. a
 * bootstrap file that failed), since either fails the build.
 */
export function parsePhpstan(doc: unknown): ParsedReport {
  const parsed = phpstanReport.safeParse(doc);
  if (!parsed.success) {
    throw new InputError(
      `Invalid PHPStan JSON report (--error-format=json): ${explainIssues(
        parsed.error,
      )}`,
    );
  }
  const { totals } = parsed.data;
  return {
    kind: 'phpstan',
    figures: { errors: totals.errors + totals.file_errors },
  };
}

/** Psalm issues of severity `error`; `info` issues do not fail a build. */
export function parsePsalm(doc: unknown): ParsedReport {
  if (!Array.isArray(doc)) {
    throw new InputError(
      'Invalid Psalm JSON report: psalm --output-format=json writes an array of issues',
    );
  }
  const parsed = psalmReport.safeParse(doc);
  if (!parsed.success) {
    throw new InputError(
      `Invalid Psalm JSON report: ${explainIssues(parsed.error)}`,
    );
  }
  return {
    kind: 'psalm',
    figures: {
      errors: parsed.data.filter(i => i.severity === 'error').length,
    },
  };
}
