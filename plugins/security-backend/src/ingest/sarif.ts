import { FindingSource, Severity } from '@runway/plugin-security-common';
import { z } from 'zod/v3';
import { ScannedFinding } from '../service/types';

// The subset of SARIF 2.1.0 (OASIS) every SAST/DAST/IaC tool writes.
const rule = z
  .object({
    id: z.string(),
    name: z.string().optional(),
    shortDescription: z.object({ text: z.string() }).optional(),
    helpUri: z.string().optional(),
    defaultConfiguration: z.object({ level: z.string().optional() }).passthrough().optional(),
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
    message: z.object({ text: z.string().optional(), markdown: z.string().optional() }).passthrough(),
    locations: z
      .array(
        z
          .object({
            physicalLocation: z
              .object({
                artifactLocation: z.object({ uri: z.string().optional() }).passthrough().optional(),
                region: z.object({ startLine: z.number().optional() }).passthrough().optional(),
              })
              .passthrough()
              .optional(),
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
          tool: z.object({
            driver: z
              .object({ name: z.string().min(1), rules: z.array(rule).optional() })
              .passthrough(),
          }),
          results: z.array(result).optional(),
        })
        .passthrough(),
    )
    .min(1),
});

export type SarifLog = z.infer<typeof sarifSchema>;

const IAC_TOOLS = /checkov|tfsec|kics|terrascan|trivy/i;
const DAST_TOOLS = /zap|nuclei|burp|arachni/i;

function severityOf(score: string | undefined, level: string | undefined): Severity {
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

export function sarifScanner(log: SarifLog): string {
  return log.runs[0].tool.driver.name;
}

export function sarifFindings(log: SarifLog): ScannedFinding[] {
  const out: ScannedFinding[] = [];
  for (const run of log.runs) {
    const tool = run.tool.driver.name;
    const rules = run.tool.driver.rules ?? [];
    for (const r of run.results ?? []) {
      const ruleDef =
        (r.ruleIndex !== undefined ? rules[r.ruleIndex] : undefined) ?? rules.find(x => x.id === r.ruleId);
      const ruleId = r.ruleId ?? ruleDef?.id ?? 'unknown-rule';
      const loc = r.locations?.[0]?.physicalLocation;
      const file = loc?.artifactLocation?.uri ?? 'unknown';
      const line = loc?.region?.startLine;
      const tags = ruleDef?.properties?.tags ?? [];
      const cve = tags.find(t => /^CVE-\d{4}-\d+$/.test(t));
      out.push({
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
      });
    }
  }
  return out;
}
