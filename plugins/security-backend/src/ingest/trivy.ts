import { Severity } from '@runway/plugin-security-common';
import { z } from 'zod/v3';
import { ReportFinding } from '../service/FindingStore';
import { toSeverity } from '../sources/aws/findingFields';

// Trivy's integer severities (pkg/types: VendorSeverity): 0 UNKNOWN .. 4 CRITICAL.
const VENDOR_SEVERITY: Severity[] = [
  'unknown',
  'low',
  'medium',
  'high',
  'critical',
];

// The subset of Trivy's JSON report (`trivy image --format json`, SchemaVersion 2) we read.
const vulnerability = z.object({
  VulnerabilityID: z.string().min(1),
  PkgName: z.string().min(1),
  PkgPath: z.string().optional(),
  InstalledVersion: z.string().optional(),
  FixedVersion: z.string().optional(),
  // `affected`, `fixed`, `will_not_fix`, `fix_deferred`, `end_of_life`, ...
  Status: z.string().optional(),
  Severity: z.string().optional(),
  SeveritySource: z.string().optional(),
  VendorSeverity: z.record(z.union([z.number(), z.string()])).optional(),
  Title: z.string().optional(),
  Description: z.string().optional(),
  PrimaryURL: z.string().optional(),
});

const misconfiguration = z.object({
  ID: z.string().min(1),
  AVDID: z.string().optional(),
  Title: z.string(),
  Severity: z.string(),
  Status: z.string().optional(),
  PrimaryURL: z.string().optional(),
  CauseMetadata: z
    .object({ StartLine: z.number().optional() })
    .passthrough()
    .optional(),
});

// `trivy fs --scanners secret`: Class `secret`, one entry per match.
const secret = z.object({
  RuleID: z.string().min(1),
  Category: z.string().optional(),
  Severity: z.string(),
  Title: z.string().optional(),
  StartLine: z.number().optional(),
  EndLine: z.number().optional(),
});

export const trivyReportSchema = z.object({
  SchemaVersion: z.literal(2),
  ArtifactName: z.string().min(1),
  ArtifactType: z.string().optional(),
  Metadata: z
    .object({ RepoDigests: z.array(z.string()).nullish() })
    .passthrough()
    .optional(),
  Results: z
    .array(
      z.object({
        Target: z.string(),
        Class: z.string().optional(),
        Type: z.string().optional(),
        Vulnerabilities: z.array(vulnerability).nullish(),
        Misconfigurations: z.array(misconfiguration).nullish(),
        MisconfSummary: z
          .object({
            Successes: z.number().optional(),
            Failures: z.number().optional(),
          })
          .nullish(),
        Secrets: z.array(secret).nullish(),
      }),
    )
    .nullish()
    .transform(r => r ?? []),
});

export type TrivyReport = z.infer<typeof trivyReportSchema>;
type TrivyVulnerability = z.infer<typeof vulnerability>;

function vendorSeverity(value: number | string | undefined): Severity {
  if (typeof value === 'number') return VENDOR_SEVERITY[value] ?? 'unknown';
  return toSeverity(value);
}

/**
 * Trivy's own `Severity` when it names one; otherwise the vendor it took it from
 * (`SeveritySource`), else the most severe vendor rating.
 */
function severityOf(v: TrivyVulnerability): Severity {
  const own = toSeverity(v.Severity);
  if (own !== 'unknown' || !v.VendorSeverity) return own;
  const chosen = v.SeveritySource
    ? v.VendorSeverity[v.SeveritySource]
    : undefined;
  if (chosen !== undefined) return vendorSeverity(chosen);
  const ratings = Object.values(v.VendorSeverity).map(vendorSeverity);
  return (
    VENDOR_SEVERITY.slice()
      .reverse()
      .find(s => ratings.includes(s)) ?? 'unknown'
  );
}

export function trivyFindings(report: TrivyReport): ReportFinding[] {
  const image = report.ArtifactType === 'container_image';
  const digest = report.Metadata?.RepoDigests?.[0];
  const out: ReportFinding[] = [];
  for (const result of report.Results) {
    // os-pkgs live in the image; lang-pkgs come from the app's lock files.
    const source = result.Class === 'os-pkgs' ? 'container' : 'dependency';
    for (const v of result.Vulnerabilities ?? []) {
      // An image CVE keeps its id across rebuilds (no digest); a lock-file CVE is told
      // apart by the file, as one package may sit in two lock files.
      const where =
        source === 'container'
          ? [v.PkgPath ?? '']
          : [result.Target, v.PkgPath ?? '', v.InstalledVersion ?? ''];
      out.push({
        source,
        scanner: 'trivy',
        severity: severityOf(v),
        title: v.Title ?? v.VulnerabilityID,
        vulnerabilityId: v.VulnerabilityID,
        packageName: v.PkgName,
        installedVersion: v.InstalledVersion,
        // `affected` (no fix yet) has no FixedVersion: the finding stays, without one.
        fixedVersion: v.FixedVersion || undefined,
        target:
          image && source === 'container'
            ? digest ?? report.ArtifactName
            : result.Target,
        url: v.PrimaryURL,
        identity: [v.VulnerabilityID, v.PkgName, ...where],
      });
    }
    for (const m of result.Misconfigurations ?? []) {
      if (m.Status && m.Status !== 'FAIL') continue;
      const line = m.CauseMetadata?.StartLine;
      const ruleId = m.AVDID ?? m.ID;
      out.push({
        source: 'iac',
        scanner: 'trivy',
        severity: toSeverity(m.Severity),
        title: m.Title,
        ruleId,
        target: line ? `${result.Target}:${line}` : result.Target,
        url: m.PrimaryURL,
        identity: [ruleId, result.Target, String(line ?? '')],
      });
    }
    // A summary without the failures themselves (`--report summary`): the failures are
    // not hidden, they are one finding that says how many and where.
    const failures = result.MisconfSummary?.Failures ?? 0;
    if (failures > 0 && !result.Misconfigurations?.length) {
      out.push({
        source: 'iac',
        scanner: 'trivy',
        severity: 'unknown',
        title: `${failures} misconfiguration${
          failures === 1 ? '' : 's'
        } failed (summary only; rerun without --report summary for details)`,
        ruleId: 'trivy:misconf-summary',
        target: result.Target,
        identity: ['trivy:misconf-summary', result.Target],
      });
    }
    for (const s of result.Secrets ?? []) {
      const target = s.StartLine
        ? `${result.Target}:${s.StartLine}`
        : result.Target;
      out.push({
        source: 'sast',
        scanner: 'trivy',
        severity: toSeverity(s.Severity),
        title: s.Title ?? s.RuleID,
        ruleId: s.RuleID,
        target,
        identity: [
          'secret',
          s.RuleID,
          result.Target,
          String(s.StartLine ?? ''),
          String(s.EndLine ?? ''),
        ],
      });
    }
  }
  return out;
}
