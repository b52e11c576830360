import { parseReport } from './parseReport';
import { fixture } from '../__testUtils__/backend';

const json = (value: unknown) => Buffer.from(JSON.stringify(value));

describe('parseReport', () => {
  it("reads line coverage from Clover's project-level metrics, not the files'", () => {
    expect(parseReport('clover', fixture('clover.xml'))).toEqual({
      kind: 'coverage',
      figures: { linePct: 92.5, coveredLines: 37, totalLines: 40 },
    });
  });

  it("reads Infection's MSI, covered-code MSI and mutant counts", () => {
    expect(parseReport('infection', fixture('infection.json'))).toEqual({
      kind: 'mutation',
      figures: { msi: 83.64, coveredMsi: 87.32, killed: 171, escaped: 27 },
    });
  });

  it('counts PHPStan file errors plus general errors', () => {
    expect(parseReport('phpstan', fixture('phpstan.json'))).toEqual({
      kind: 'phpstan',
      figures: { errors: 3 },
    });
    const general = JSON.parse(fixture('phpstan.json').toString());
    general.totals.errors = 1;
    expect(parseReport('phpstan', json(general)).figures).toEqual({
      errors: 4,
    });
  });

  it('counts Psalm issues of severity error, not info', () => {
    expect(parseReport('psalm', fixture('psalm.json'))).toEqual({
      kind: 'psalm',
      figures: { errors: 2 },
    });
    expect(parseReport('psalm', json([])).figures).toEqual({ errors: 0 });
  });

  it('reads k6 --summary-export and handleSummary JSON alike', () => {
    expect(parseReport('k6', fixture('k6-summary-export.json'))).toEqual({
      kind: 'loadTest',
      figures: {
        p95Ms: 187.36,
        errorRate: 0.0016140702398842322,
        rps: 59.80738165232584,
      },
    });
    expect(parseReport('k6', fixture('k6-handle-summary.json'))).toEqual({
      kind: 'loadTest',
      figures: { p95Ms: 412.75, errorRate: 0.0184, rps: 41.556 },
    });
  });

  it.each([
    ['clover', '<coverage><project>', /not well-formed XML/],
    [
      'clover',
      '<coverage><project><file name="a"/></project></coverage>',
      /no project-level <metrics>/,
    ],
    [
      'clover',
      '<coverage><project><metrics statements="0" coveredstatements="0"/></project></coverage>',
      /0 statements/,
    ],
    [
      'clover',
      '<coverage><project><metrics statements="ten" coveredstatements="1"/></project></coverage>',
      /metrics@statements must be a non-negative integer, got "ten"/,
    ],
    [
      'clover',
      '{"stats":{}}',
      /not well-formed XML|expected <coverage><project>/,
    ],
    [
      'infection',
      '{"stats":{"msi":"83%"}}',
      /Invalid Infection JSON log: stats\.totalMutantsCount: Required/,
    ],
    ['infection', 'nope', /Infection JSON log is not valid JSON/],
    ['phpstan', '{"totals":{"errors":0}}', /totals\.file_errors: Required/],
    ['psalm', '{"issues":[]}', /writes an array of issues/],
    ['psalm', '[{"severity":"error"}]', /0\.type: Required/],
    ['k6', '{"metrics":{}}', /metrics\.http_req_duration/],
    [
      'k6',
      '{"metrics":{"http_req_duration":{"avg":1},"http_req_failed":{"value":0},"http_reqs":{"rate":1}}}',
      /keep p\(95\) in summaryTrendStats/,
    ],
  ] as const)(
    'answers a clear 400 for bad %s input %#',
    (format, body, message) => {
      let error: any;
      try {
        parseReport(format, Buffer.from(body));
      } catch (e) {
        error = e;
      }
      expect(error?.name).toBe('InputError');
      expect(error.message).toMatch(message);
    },
  );
});
