import { matchLabelSelector } from './labelSelector';

const labels = { 'app.kubernetes.io/name': 'checkout-api', tier: 'web' };

describe('matchLabelSelector', () => {
  it('matches equality terms, all of them', () => {
    expect(
      matchLabelSelector('app.kubernetes.io/name=checkout-api')(labels),
    ).toBe(true);
    expect(
      matchLabelSelector('app.kubernetes.io/name==checkout-api, tier=web')(
        labels,
      ),
    ).toBe(true);
    expect(
      matchLabelSelector('app.kubernetes.io/name=checkout-api,tier=worker')(
        labels,
      ),
    ).toBe(false);
    expect(matchLabelSelector('app.kubernetes.io/name=cart-api')(labels)).toBe(
      false,
    );
  });

  it('lets != match objects without the label, as the API server does', () => {
    expect(matchLabelSelector('tier!=worker')(labels)).toBe(true);
    expect(matchLabelSelector('track!=canary')(labels)).toBe(true);
    expect(matchLabelSelector('tier!=web')(labels)).toBe(false);
    expect(matchLabelSelector('tier=web')(undefined)).toBe(false);
  });

  it('matches everything without a selector', () => {
    expect(matchLabelSelector(undefined)(undefined)).toBe(true);
  });

  it('refuses set-based terms instead of matching them wrongly', () => {
    expect(() => matchLabelSelector('tier in (web,worker)')).toThrow(
      "Unsupported label selector 'tier in (web,worker)'",
    );
    expect(() => matchLabelSelector('!tier')).toThrow(/Unsupported/);
  });
});
