import { InputError } from '@backstage/errors';
import { IngestResult } from '@runway/plugin-security-common';
import { createHash } from 'crypto';
import { z } from 'zod/v3';
import { fingerprint, FindingStore } from '../service/FindingStore';
import {
  ReportContext,
  ReportStream,
  sarifSchema,
  sarifStreams,
} from './sarif';
import { trivyFindings, trivyReportSchema } from './trivy';
import { looksLikeZap, zapReportSchema, zapStreams } from './zap';

/**
 * The ingest answer. `findings` and `stored` are the findings stored, counted after the
 * findings sharing an id merged; `new` were not open before in their stream, `fixed` were
 * open and are gone from it, `suppressed` are stored suppressed in source by the report
 * (visible, not counted by the gate). A report posted again stores nothing new.
 */
export type ReportIngestResult = IngestResult & {
  stored: number;
  new: number;
  fixed: number;
  suppressed: number;
};

const contextSchema = z.object({
  scanner: z.string().trim().min(1).max(100).optional(),
  artifact: z.string().trim().min(1).max(500).optional(),
  // Optional: without it the format is recognised by its shape.
  format: z.enum(['trivy', 'sarif', 'zap']).optional(),
});

function explain(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map(i => `${i.path.join('.') || '(root)'}: ${i.message}`)
    .join('; ');
}

/** The stream a report replaces: one scanner's findings about one artifact. */
export function reportOrigin(
  format: IngestResult['format'],
  stream: ReportStream,
): string {
  return `report:${format}:${stream.scanner}:${stream.artifact}`;
}

function parseReport(
  doc: Record<string, unknown>,
  context: ReportContext & { format?: IngestResult['format'] },
): { format: IngestResult['format']; streams: ReportStream[] } {
  if (context.format === 'zap' || (!context.format && looksLikeZap(doc))) {
    const parsed = zapReportSchema.safeParse(doc);
    if (!parsed.success)
      throw new InputError(`Invalid ZAP JSON report: ${explain(parsed.error)}`);
    return { format: 'zap', streams: zapStreams(parsed.data, context) };
  }
  if (
    context.format === 'trivy' ||
    (!context.format && ('SchemaVersion' in doc || 'Results' in doc))
  ) {
    if (doc.SchemaVersion !== 2) {
      throw new InputError(
        `Unsupported Trivy SchemaVersion ${JSON.stringify(
          doc.SchemaVersion,
        )}; expected 2 (trivy >= 0.20 with --format json)`,
      );
    }
    const parsed = trivyReportSchema.safeParse(doc);
    if (!parsed.success)
      throw new InputError(`Invalid Trivy report: ${explain(parsed.error)}`);
    const artifact = context.artifact ?? parsed.data.ArtifactName;
    return {
      format: 'trivy',
      streams: [
        { scanner: 'trivy', artifact, findings: trivyFindings(parsed.data) },
      ],
    };
  }
  if ('runs' in doc || 'version' in doc || '$schema' in doc) {
    if (doc.version !== '2.1.0') {
      throw new InputError(
        `Unsupported SARIF version ${JSON.stringify(
          doc.version,
        )}; expected 2.1.0`,
      );
    }
    if (!Array.isArray(doc.runs)) {
      throw new InputError(
        'Invalid SARIF log: runs must be an array of runs (SARIF 2.1.0 §3.13.4)',
      );
    }
    const parsed = sarifSchema.safeParse(doc);
    if (!parsed.success)
      throw new InputError(`Invalid SARIF log: ${explain(parsed.error)}`);
    return { format: 'sarif', streams: sarifStreams(parsed.data, context) };
  }
  throw new InputError(
    'Unrecognised report: expected Trivy JSON (SchemaVersion 2), SARIF 2.1.0 or ZAP JSON (site[].alerts[])',
  );
}

/**
 * Turns an uploaded Trivy or SARIF report into findings. Everything is parsed and
 * validated before anything is written; the write is one transaction; the same report
 * posted twice is recognised by its hash and changes nothing.
 */
export class ReportIngester {
  constructor(
    private readonly store: FindingStore,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /**
   * `context` is what the request says (`?scanner=&artifact=`): `artifact` names what was
   * scanned (an image, a repository) when two reports of one scanner cover different
   * things; `scanner` names a SARIF tool that does not name itself.
   */
  async ingest(
    entityRef: string,
    body: Buffer,
    context: Record<string, unknown> = {},
  ): Promise<ReportIngestResult> {
    const ctx = contextSchema.safeParse({
      scanner: context.scanner,
      artifact: context.artifact,
      format: context.format,
    });
    if (!ctx.success)
      throw new InputError(`Invalid report parameters: ${explain(ctx.error)}`);
    let json: unknown;
    try {
      json = JSON.parse(body.toString('utf8'));
    } catch (e) {
      throw new InputError(`Report is not valid JSON: ${(e as Error).message}`);
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
      throw new InputError(
        'Report must be a JSON object (Trivy JSON, SARIF 2.1.0 or ZAP JSON)',
      );
    }
    const { format, streams } = parseReport(
      json as Record<string, unknown>,
      ctx.data,
    );

    // Counted as stored: findings sharing an id are one.
    const stored = streams.map(stream => {
      const origin = reportOrigin(format, stream);
      const byId = new Map(
        stream.findings.map(f => [fingerprint(entityRef, origin, f), f]),
      );
      // Before streams were per artifact, one stream per scanner: retired on first use.
      const legacyOrigin = `report:${format}:${stream.scanner}`;
      return { origin, findings: [...byId.values()], legacyOrigin };
    });
    const count = stored.reduce((n, s) => n + s.findings.length, 0);
    const suppressed = stored.reduce(
      (n, s) => n + s.findings.filter(f => f.suppressedInSource).length,
      0,
    );

    // The context changes what is replaced, so it is part of the report's identity.
    const hash = createHash('sha256').update(entityRef);
    if (ctx.data.scanner || ctx.data.artifact)
      hash.update(JSON.stringify([ctx.data.scanner, ctx.data.artifact]));
    const reportId = hash.update('\n').update(body).digest('hex');
    const replay = {
      reportId,
      entityRef,
      format,
      created: false,
      findings: count,
      stored: count,
      new: 0,
      fixed: 0,
      suppressed,
    };
    if (await this.store.report(reportId)) return replay;
    const record = {
      id: reportId,
      entityRef,
      format,
      scanner: streams[0]?.scanner ?? ctx.data.scanner ?? 'unknown',
      receivedAt: this.clock().toISOString(),
      findingCount: count,
    };
    try {
      // Each stream's latest report replaces its previous one, so what disappeared from
      // that scan of that artifact is marked fixed, and nothing else.
      const outcome = await this.store.ingestReportStreams(record, stored);
      return {
        reportId,
        entityRef,
        format,
        created: true,
        findings: outcome.stored,
        ...outcome,
      };
    } catch (error) {
      // Two identical uploads racing: the loser's insert hits the primary key.
      if (await this.store.report(reportId)) return replay;
      throw error;
    }
  }
}
