import { leastBudgetLeft, worstStatus } from './types';

describe('worstStatus', () => {
  it('ranks page over ticket over ok over no-data', () => {
    expect(
      worstStatus([{ status: 'ok' }, { status: 'page' }, { status: 'ticket' }]),
    ).toBe('page');
    expect(worstStatus([{ status: 'no-data' }, { status: 'ok' }])).toBe('ok');
    expect(worstStatus([])).toBe('no-data');
  });
});

describe('leastBudgetLeft', () => {
  const b = (remaining: number | null) => ({
    budget: { total: 0.001, consumed: null, remaining },
  });
  it('takes the lowest remaining budget and ignores SLOs without traffic', () => {
    expect(leastBudgetLeft([b(0.8), b(null), b(-0.2)])).toBe(-0.2);
    expect(leastBudgetLeft([b(null)])).toBeNull();
  });
});
