import { QualityHistory } from '@runway/plugin-quality-common';

/** What one report measured, whatever tool wrote it. */
export type QualityKind = keyof QualityHistory;

/** Every kind, in the order the API lists them. */
export const QUALITY_KINDS: QualityKind[] = [
  'coverage',
  'mutation',
  'phpstan',
  'psalm',
  'loadTest',
];

/** The figures one report yields, before provenance is attached. */
export type ParsedReport =
  | {
      kind: 'coverage';
      figures: { linePct: number; coveredLines: number; totalLines: number };
    }
  | {
      kind: 'mutation';
      figures: {
        msi: number;
        coveredMsi: number | null;
        killed: number;
        escaped: number;
      };
    }
  | { kind: 'phpstan' | 'psalm'; figures: { errors: number } }
  | {
      kind: 'loadTest';
      figures: { p95Ms: number; errorRate: number; rps: number };
    };

/** `path: message` for the first few problems zod found. */
export function explainIssues(error: {
  issues: Array<{ path: Array<string | number>; message: string }>;
}): string {
  return error.issues
    .slice(0, 3)
    .map(i => `${i.path.join('.') || '(root)'}: ${i.message}`)
    .join('; ');
}
