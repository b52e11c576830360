import { csvField, toCsv } from './csv';
import { scorecard } from '../__testUtils__/testData';

describe('CSV export', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    [null, ''],
    [-0.5, '-0.5'],
  ] as const)('quotes %p as %s', (input, output) => {
    expect(csvField(input)).toBe(output);
  });

  it('writes one line per row with raw values and colours', () => {
    const lines = toCsv(scorecard().data.services).trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0].split(',').slice(0, 5)).toEqual([
      'name',
      'owner',
      'system',
      'availability',
      'availability_status',
    ]);
    expect(lines[1].split(',').slice(0, 5)).toEqual([
      'checkout-api',
      'group:default/team-checkout',
      'system:default/shop',
      '99.75',
      'red',
    ]);
    expect(lines[0].split(',')).toHaveLength(3 + 16 * 2);
    expect(lines[0]).toContain(
      'testCoverage,testCoverage_status,loadTestP95,loadTestP95_status,compliance,compliance_status,backupRpo,backupRpo_status,staleFlags,staleFlags_status',
    );
  });

  it('writes rollups under their ref', () => {
    const [, line] = toCsv(scorecard().data.teams).split('\r\n');
    expect(line.startsWith('group:default/team-checkout,,,')).toBe(true);
  });
});

describe('toCsv with an off family (#12)', () => {
  it("leaves the off family's columns out", () => {
    const data = scorecard().data;
    data.families.cost = { family: 'cost', status: 'off', error: 'x' };
    const header = toCsv(data.services, data.families).split('\r\n')[0];
    expect(header).not.toContain('monthlyCost');
    expect(header).toContain('criticalVulns');
  });
});
