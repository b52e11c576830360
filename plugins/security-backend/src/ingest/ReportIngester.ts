import { InputError } from '@backstage/errors';
import { IngestResult } from '@runway/plugin-security-common';
import { createHash } from 'crypto';
import { z } from 'zod/v3';
import { FindingStore } from '../service/FindingStore';
import { ScannedFinding } from '../service/types';
import { sarifFindings, sarifScanner, sarifSchema } from './sarif';
import { trivyFindings, trivyReportSchema } from './trivy';

function explain(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map(i => `${i.path.join('.') || '(root)'}: ${i.message}`)
    .join('; ');
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

  async ingest(entityRef: string, body: Buffer): Promise<IngestResult> {
    let json: unknown;
    try {
      json = JSON.parse(body.toString('utf8'));
    } catch (e) {
      throw new InputError(`Report is not valid JSON: ${(e as Error).message}`);
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
      throw new InputError('Report must be a JSON object (Trivy JSON or SARIF 2.1.0)');
    }
    const doc = json as Record<string, unknown>;

    let format: IngestResult['format'];
    let scanner: string;
    let findings: ScannedFinding[];
    if ('SchemaVersion' in doc || 'Results' in doc) {
      if (doc.SchemaVersion !== 2) {
        throw new InputError(
          `Unsupported Trivy SchemaVersion ${JSON.stringify(doc.SchemaVersion)}; expected 2 (trivy >= 0.20 with --format json)`,
        );
      }
      const parsed = trivyReportSchema.safeParse(doc);
      if (!parsed.success) throw new InputError(`Invalid Trivy report: ${explain(parsed.error)}`);
      format = 'trivy';
      scanner = 'trivy';
      findings = trivyFindings(parsed.data);
    } else if ('runs' in doc || 'version' in doc) {
      if (doc.version !== '2.1.0') {
        throw new InputError(`Unsupported SARIF version ${JSON.stringify(doc.version)}; expected 2.1.0`);
      }
      const parsed = sarifSchema.safeParse(doc);
      if (!parsed.success) throw new InputError(`Invalid SARIF log: ${explain(parsed.error)}`);
      format = 'sarif';
      scanner = sarifScanner(parsed.data);
      findings = sarifFindings(parsed.data);
    } else {
      throw new InputError('Unrecognised report: expected Trivy JSON (SchemaVersion 2) or SARIF 2.1.0');
    }

    const reportId = createHash('sha256').update(entityRef).update('\n').update(body).digest('hex');
    const known = await this.store.report(reportId);
    if (known) {
      return { reportId, entityRef, format, created: false, findings: known.findingCount };
    }
    // The latest report of a scanner replaces its previous one for the entity, so what
    // disappeared from the scan is marked fixed.
    try {
      await this.store.ingestReport(
        { id: reportId, entityRef, format, scanner, receivedAt: this.clock().toISOString(), findingCount: findings.length },
        `report:${format}:${scanner}`,
        findings,
      );
    } catch (error) {
      // Two identical uploads racing: the loser's insert hits the primary key.
      if (await this.store.report(reportId)) {
        return { reportId, entityRef, format, created: false, findings: findings.length };
      }
      throw error;
    }
    return { reportId, entityRef, format, created: true, findings: findings.length };
  }
}
