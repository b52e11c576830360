import { InputError } from '@backstage/errors';
import { QualityReportFormat } from '@runway/plugin-quality-common';
import { parseClover } from './clover';
import { parseInfection } from './infection';
import { parseK6 } from './k6';
import { parsePhpstan, parsePsalm } from './staticAnalysis';
import { ParsedReport } from './types';

const JSON_PARSERS: Record<
  Exclude<QualityReportFormat, 'clover'>,
  [string, (doc: unknown) => ParsedReport]
> = {
  infection: ['Infection JSON log', parseInfection],
  phpstan: ['PHPStan report', parsePhpstan],
  psalm: ['Psalm report', parsePsalm],
  k6: ['k6 summary', parseK6],
};

/** Parses and validates one report of the format the request names; anything else is a 400. */
export function parseReport(
  format: QualityReportFormat,
  body: Buffer,
): ParsedReport {
  const text = body.toString('utf8');
  if (format === 'clover') return parseClover(text);
  const [name, parse] = JSON_PARSERS[format];
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new InputError(`${name} is not valid JSON: ${(e as Error).message}`);
  }
  return parse(doc);
}
