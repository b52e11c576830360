import { FindingSource, Severity } from '@runway/plugin-security-common';
import { z } from 'zod/v3';
import { ReportFinding } from '../service/FindingStore';

// The subset of SARIF 2.1.0 (OASIS) every SAST/DAST/IaC tool writes.
const rule = z
  .object({
    id: z.string(),
    name: z.string().optional(),
    shortDescription: z.object({ text: z.string() }).optional(),
    helpUri: z.string().optional(),
    defaultConfiguration: z
      .object({ level: z.string().optional() })
      .passthrough()
      .optional(),
    properties: z
      .object({
        'security-severity': z.string().optional(),
        tags: z.array(z.string()).optional(),
      })
      .passthrough()
      .optional(),
  })
  .passthrough();

const result = z
  .object({
    ruleId: z.string().optional(),
    ruleIndex: z.number().int().nonnegative().optional(),
    level: z.enum(['none', 'note', 'warning', 'error']).optional(),
    message: z
      .object({ text: z.string().optional(), markdown: z.string().optional() })
      .passthrough(),
    locations: z
      .array(
        z
          .object({
            physicalLocation: z
              .object({
                artifactLocation: z
                  .object({ uri: z.string().optional() })
                  .passthrough()
                  .optional(),
                region: z
                  .object({
                    startLine: z.number().optional(),
                    startColumn: z.number().optional(),
                  })
                  .passthrough()
                  .optional(),
              })
              .passthrough()
              .optional(),
          })
          .passthrough(),
      )
      .optional(),
    fingerprints: z.record(z.string()).optional(),
    partialFingerprints: z.record(z.string()).optional(),
    // SARIF 3.35: a suppression without `status` is accepted; `rejected` is not one.
    suppressions: z
      .array(
        z
          .object({
            kind: z.string().optional(),
            status: z.string().optional(),
            justification: z.string().optional(),
          })
          .passthrough(),
      )
      .optional(),
  })
  .passthrough();

export const sarifSchema = z.object({
  version: z.literal('2.1.0'),
  runs: z
    .array(
      z
        .object({
          // Required by the spec, yet some tools (Checkov) leave it out: the scanner is then
          // named by the request, or `unknown`.
          tool: z
            .object({
              driver: z
                .object({
                  name: z.string().min(1),
                  rules: z.array(rule).optional(),
                })
                .passthrough(),
            })
            .passthrough()
            .optional(),
          automationDetails: z
            .object({ id: z.string().optional() })
            .passthrough()
            .optional(),
          results: z.array(result).nullish(),
        })
        .passthrough(),
    )
    .min(1),
});

export type SarifLog = z.infer<typeof sarifSchema>;

const IAC_TOOLS = /checkov|tfsec|kics|terrascan|trivy/i;
const DAST_TOOLS = /zap|nuclei|burp|arachni/i;

function severityOf(
  score: string | undefined,
  level: string | undefined,
): Severity {
  const n = score !== undefined ? Number(score) : NaN;
  // GitHub's `security-severity` convention: CVSS-like score.
  if (!Number.isNaN(n)) {
    if (n >= 9) return 'critical';
    if (n >= 7) return 'high';
    if (n >= 4) return 'medium';
    return n > 0 ? 'low' : 'unknown';
  }
  if (level === 'error') return 'high';
  if (level === 'warning') return 'medium';
  if (level === 'note') return 'low';
  return 'unknown';
}

function sourceOf(tool: string, tags: string[]): FindingSource {
  if (tags.includes('dast') || DAST_TOOLS.test(tool)) return 'dast';
  if (tags.includes('iac') || IAC_TOOLS.test(tool)) return 'iac';
  return 'sast';
}

/** Who the request says wrote the report and what it scanned, when the report does not. */
export interface ReportContext {
  scanner?: string;
  artifact?: string;
}

/** The findings of one scanner about one artifact: what a later report of the same replaces. */
export interface ReportStream {
  scanner: string;
  artifact: string;
  findings: ReportFinding[];
}

type SarifResult = z.infer<typeof result>;

function inSourceSuppression(r: SarifResult): string | undefined {
  const accepted = (r.suppressions ?? []).filter(
    x => !x.status || x.status === 'accepted',
  );
  if (!accepted.length) return undefined;
  const kinds = [...new Set(accepted.map(x => x.kind ?? 'external'))].join(
    ', ',
  );
  const why = accepted.map(x => x.justification).find(Boolean);
  return `Suppressed in the report (${kinds})${why ? `: ${why}` : ''}`;
}

const sorted = (record: Record<string, string> | undefined) =>
  record && Object.keys(record).length
    ? JSON.stringify(Object.entries(record).sort())
    : undefined;

/**
 * One stream per tool and artifact (the request's `artifact`, else the run's
 * `automationDetails.id`). Results are told apart by rule, file, line and column, by the
 * tool's fingerprints when it writes them (else the message: Trivy writes one result per
 * package with the same CVE and location), and by the run when one log holds the same
 * tool twice.
 */
export function sarifStreams(
  log: SarifLog,
  context: ReportContext = {},
): ReportStream[] {
  const streams = new Map<string, ReportStream & { runs: number }>();
  for (const run of log.runs) {
    const tool = run.tool?.driver.name ?? context.scanner ?? 'unknown';
    const artifact = context.artifact ?? run.automationDetails?.id ?? '';
    const key = JSON.stringify([tool, artifact]);
    const stream = streams.get(key) ?? {
      scanner: tool,
      artifact,
      findings: [],
      runs: 0,
    };
    streams.set(key, stream);
    const runOrdinal = String(stream.runs++);
    const rules = run.tool?.driver.rules ?? [];
    for (const r of run.results ?? []) {
      const ruleDef =
        (r.ruleIndex !== undefined ? rules[r.ruleIndex] : undefined) ??
        rules.find(x => x.id === r.ruleId);
      const ruleId = r.ruleId ?? ruleDef?.id ?? 'unknown-rule';
      const loc = r.locations?.[0]?.physicalLocation;
      const file = loc?.artifactLocation?.uri ?? 'unknown';
      const line = loc?.region?.startLine;
      const column = loc?.region?.startColumn;
      const tags = ruleDef?.properties?.tags ?? [];
      const cve = tags.find(t => /^CVE-\d{4}-\d+$/.test(t));
      const suppressedInSource = inSourceSuppression(r);
      stream.findings.push({
        source: sourceOf(tool, tags),
        scanner: `sarif:${tool}`,
        severity: severityOf(
          ruleDef?.properties?.['security-severity'],
          r.level ?? ruleDef?.defaultConfiguration?.level ?? 'warning',
        ),
        title: ruleDef?.shortDescription?.text ?? r.message.text ?? ruleId,
        ruleId,
        vulnerabilityId: cve,
        target: line ? `${file}:${line}` : file,
        url: ruleDef?.helpUri,
        identity: [
          ruleId,
          file,
          String(line ?? ''),
          String(column ?? ''),
          sorted(r.fingerprints) ??
            sorted(r.partialFingerprints) ??
            r.message.text ??
            r.message.markdown ??
            '',
          runOrdinal,
        ],
        ...(suppressedInSource ? { suppressedInSource } : {}),
      });
    }
  }
  return [...streams.values()].map(({ runs: _runs, ...stream }) => stream);
}
