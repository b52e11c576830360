import { InputError } from '@backstage/errors';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ParsedReport } from './types';

// Entities stay unexpanded: Clover needs none, and a DOCTYPE could otherwise blow up.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  processEntities: false,
});

const count = (value: unknown, name: string): number => {
  const n = typeof value === 'string' ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < 0)
    throw new InputError(
      `Invalid Clover report: coverage.project.metrics@${name} must be a non-negative integer, got ${JSON.stringify(
        value,
      )}`,
    );
  return n;
};

/**
 * Line coverage from a Clover XML report as PHPUnit writes it (`--coverage-clover`): the
 * project-level `<metrics statements= coveredstatements=>`, the direct child of
 * `<project>` (files and classes carry their own `metrics`, which are not summed here).
 */
export function parseClover(text: string): ParsedReport {
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new InputError(
      `Clover report is not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`,
    );
  }
  const doc = parser.parse(text);
  const project = doc?.coverage?.project;
  if (!project || typeof project !== 'object') {
    throw new InputError(
      'Invalid Clover report: expected <coverage><project> (phpunit --coverage-clover)',
    );
  }
  const metrics = project.metrics;
  if (!metrics || typeof metrics !== 'object' || Array.isArray(metrics)) {
    throw new InputError(
      'Invalid Clover report: <project> has no project-level <metrics> element',
    );
  }
  const totalLines = count(metrics.statements, 'statements');
  const coveredLines = count(metrics.coveredstatements, 'coveredstatements');
  if (totalLines === 0) {
    throw new InputError(
      'Clover report counts 0 statements: nothing was measured (is the coverage driver, pcov or xdebug, enabled?)',
    );
  }
  if (coveredLines > totalLines) {
    throw new InputError(
      `Invalid Clover report: coveredstatements (${coveredLines}) exceeds statements (${totalLines})`,
    );
  }
  return {
    kind: 'coverage',
    figures: {
      linePct: Math.round((coveredLines / totalLines) * 10_000) / 100,
      coveredLines,
      totalLines,
    },
  };
}
