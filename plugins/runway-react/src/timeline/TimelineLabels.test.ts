import { fitLabels } from './TimelineLabels';

describe('fitLabels', () => {
  it('keeps labels that clear each other, left to right', () => {
    // 7-char labels are ~43 px wide: at 20 px apart every other one collides.
    const candidates = Array.from({ length: 10 }, (_, i) => ({
      x: 30 + i * 20,
      text: 'abcdef0',
    }));
    const kept = [...fitLabels(candidates, 400)].sort((a, b) => a - b);
    expect(kept).toEqual([0, 3, 6, 9]);
  });

  it('places by priority first: an incident beside deploys keeps its label', () => {
    const kept = fitLabels(
      [
        { x: 100, text: 'v1.2.3', priority: 3 },
        { x: 110, text: '#1000', priority: 0 },
        { x: 300, text: 'v1.2.4', priority: 3 },
      ],
      400,
    );
    expect([...kept].sort()).toEqual([1, 2]);
  });

  it('keeps labels inside the plot and none without a width', () => {
    expect(
      fitLabels([{ x: 395, text: 'rollback 9b33d0d', align: 'start' }], 400)
        .size,
    ).toBe(0);
    expect(fitLabels([{ x: 10, text: 'a' }], 0).size).toBe(0);
  });
});
