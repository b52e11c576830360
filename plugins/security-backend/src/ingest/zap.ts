import { Severity } from '@runway/plugin-security-common';
import { z } from 'zod/v3';
import { ReportFinding } from '../service/FindingStore';
import { ReportContext, ReportStream } from './sarif';

// ZAP's "Traditional JSON" report (`zap-baseline.py -J`, the `traditional-json` template):
// every value is a string, as ZAP's template writes them.
const instance = z
  .object({
    uri: z.string(),
    method: z.string().optional(),
    param: z.string().optional(),
  })
  .passthrough();

const alert = z
  .object({
    pluginid: z.string().min(1),
    alertRef: z.string().optional(),
    alert: z.string().min(1),
    name: z.string().optional(),
    // 0 Informational, 1 Low, 2 Medium, 3 High (ZAP's Alert.RISK_*).
    riskcode: z.enum(['0', '1', '2', '3'], {
      errorMap: () => ({ message: 'riskcode must be "0".."3"' }),
    }),
    // 0 False Positive, 1 Low, 2 Medium, 3 High, 4 User Confirmed.
    confidence: z.string().optional(),
    instances: z.array(instance).default([]),
    count: z.string().optional(),
    cweid: z.string().optional(),
    wascid: z.string().optional(),
  })
  .passthrough();

export const zapReportSchema = z.object({
  '@programName': z.string().optional(),
  '@version': z.string().optional(),
  site: z
    .array(
      z
        .object({
          '@name': z.string().min(1),
          alerts: z.array(alert).default([]),
        })
        .passthrough(),
    )
    .min(1),
});

export type ZapReport = z.infer<typeof zapReportSchema>;

/** ZAP's own severity names; Informational is not a vulnerability and is not stored. */
const RISK: Record<string, Severity | undefined> = {
  '3': 'high',
  '2': 'medium',
  '1': 'low',
  '0': undefined,
};

/** A ZAP JSON report by its shape: a `site` array of sites with `alerts`. */
export function looksLikeZap(doc: Record<string, unknown>): boolean {
  return (
    doc['@programName'] === 'ZAP' ||
    (Array.isArray(doc.site) && !('runs' in doc) && !('Results' in doc))
  );
}

/**
 * One finding per alert type per site (ZAP groups a rule's hits into `instances`; a
 * baseline scan lists the same header missing on hundreds of URLs), on one stream per
 * site, or one stream for the request's `artifact`. A confidence of 0 is ZAP's "False
 * Positive" mark, kept visible as suppressed in the report.
 */
export function zapStreams(
  report: ZapReport,
  context: ReportContext = {},
): ReportStream[] {
  const streams = new Map<string, ReportStream>();
  for (const site of report.site) {
    const artifact = context.artifact ?? site['@name'];
    const stream = streams.get(artifact) ?? {
      scanner: 'zap',
      artifact,
      findings: [],
    };
    streams.set(artifact, stream);
    for (const a of site.alerts) {
      const severity = RISK[a.riskcode];
      if (!severity) continue;
      const ruleId = a.alertRef || a.pluginid;
      const urls = a.instances.length;
      const cwe = a.cweid && a.cweid !== '-1' ? ` (CWE-${a.cweid})` : '';
      const finding: ReportFinding = {
        source: 'dast',
        scanner: 'zap',
        severity,
        title: `${a.alert}${cwe}`,
        ruleId,
        target:
          urls > 1
            ? `${a.instances[0].uri} and ${urls - 1} more`
            : a.instances[0]?.uri ?? site['@name'],
        url: `https://www.zaproxy.org/docs/alerts/${ruleId}/`,
        identity: ['zap', ruleId, site['@name']],
      };
      if (a.confidence === '0')
        finding.suppressedInSource =
          'Suppressed in the report (marked False Positive in ZAP)';
      stream.findings.push(finding);
    }
  }
  return [...streams.values()];
}
