import { z } from 'zod/v3';
import { ScannedFinding } from '../service/types';
import { toSeverity } from '../sources/aws/awsErrors';

// The subset of Trivy's JSON report (`trivy image --format json`, SchemaVersion 2) we read.
const vulnerability = z.object({
  VulnerabilityID: z.string().min(1),
  PkgName: z.string().min(1),
  InstalledVersion: z.string().optional(),
  FixedVersion: z.string().optional(),
  Severity: z.string(),
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
  CauseMetadata: z.object({ StartLine: z.number().optional() }).passthrough().optional(),
});

export const trivyReportSchema = z.object({
  SchemaVersion: z.literal(2),
  ArtifactName: z.string().min(1),
  ArtifactType: z.string().optional(),
  Metadata: z.object({ RepoDigests: z.array(z.string()).optional() }).passthrough().optional(),
  Results: z
    .array(
      z.object({
        Target: z.string(),
        Class: z.string().optional(),
        Type: z.string().optional(),
        Vulnerabilities: z.array(vulnerability).nullish(),
        Misconfigurations: z.array(misconfiguration).nullish(),
      }),
    )
    .default([]),
});

export type TrivyReport = z.infer<typeof trivyReportSchema>;

export function trivyFindings(report: TrivyReport): ScannedFinding[] {
  const image = report.ArtifactType === 'container_image';
  const digest = report.Metadata?.RepoDigests?.[0];
  const out: ScannedFinding[] = [];
  for (const result of report.Results) {
    // os-pkgs live in the image; lang-pkgs come from the app's lock files.
    const source = result.Class === 'os-pkgs' ? 'container' : 'dependency';
    for (const v of result.Vulnerabilities ?? []) {
      out.push({
        source,
        scanner: 'trivy',
        severity: toSeverity(v.Severity),
        title: v.Title ?? v.VulnerabilityID,
        vulnerabilityId: v.VulnerabilityID,
        packageName: v.PkgName,
        installedVersion: v.InstalledVersion,
        fixedVersion: v.FixedVersion || undefined,
        target: image && source === 'container' ? digest ?? report.ArtifactName : result.Target,
        url: v.PrimaryURL,
      });
    }
    for (const m of result.Misconfigurations ?? []) {
      if (m.Status && m.Status !== 'FAIL') continue;
      const line = m.CauseMetadata?.StartLine;
      out.push({
        source: 'iac',
        scanner: 'trivy',
        severity: toSeverity(m.Severity),
        title: m.Title,
        ruleId: m.AVDID ?? m.ID,
        target: line ? `${result.Target}:${line}` : result.Target,
        url: m.PrimaryURL,
      });
    }
  }
  return out;
}
