import { costTagValue } from './tags';

const entity = (tags?: string) => {
  const annotations: Record<string, string> = {};
  if (tags) annotations['aws.amazon.com/cost-insights-tags'] = tags;
  return { metadata: { annotations } };
};

describe('costTagValue', () => {
  it('reads the tag key from the cost-allocation annotation', () => {
    expect(
      costTagValue(entity('team=pay, service = checkout-api'), 'service'),
    ).toBe('checkout-api');
  });

  it('is undefined without the annotation, the key, or a value', () => {
    expect(costTagValue(entity(), 'service')).toBeUndefined();
    expect(costTagValue(entity('team=pay'), 'service')).toBeUndefined();
    expect(costTagValue(entity('service='), 'service')).toBeUndefined();
  });
});
