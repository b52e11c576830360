import { parseSlothSpec, substituteWindow } from './slothSpec';

const spec = `
version: prometheus/v1
service: checkout-api
labels: { owner: team-checkout }
slos:
  - name: requests-availability
    objective: 99.9
    description: Share of requests not answered with a 5xx.
    sli:
      events:
        error_query: sum(rate(http_requests_total{service="checkout-api",code=~"5.."}[{{.window}}]))
        total_query: sum(rate(http_requests_total{service="checkout-api"}[{{ .window }}]))
    alerting:
      name: CheckoutApiHighErrorRate
      page_alert: { labels: { severity: page } }
      ticket_alert: { labels: { severity: ticket } }
  - name: raw-ratio
    objective: 99
    sli:
      raw:
        error_ratio_query: my:error_ratio[{{.window}}]
`;

describe('parseSlothSpec', () => {
  it('reads every SLO with its error-ratio query', () => {
    const slos = parseSlothSpec(spec);
    expect(slos.map(s => [s.service, s.name, s.objective])).toEqual([
      ['checkout-api', 'requests-availability', 99.9],
      ['checkout-api', 'raw-ratio', 99],
    ]);
    expect(substituteWindow(slos[0].errorRatioQuery!, '5m')).toBe(
      '(sum(rate(http_requests_total{service="checkout-api",code=~"5.."}[5m])))\n/\n(sum(rate(http_requests_total{service="checkout-api"}[5m])))',
    );
    expect(substituteWindow(slos[1].errorRatioQuery!, '30d')).toBe(
      'my:error_ratio[30d]',
    );
  });

  it('rejects a 100% objective', () => {
    expect(() =>
      parseSlothSpec(spec.replace('objective: 99.9', 'objective: 100')),
    ).toThrow(
      'SLO requests-availability: SLO objective must be above 0 and below 100 percent, got 100',
    );
  });

  it.each([
    [
      'version: prometheus/v1\nservice: x\nslos: []',
      'slos: Array must contain at least 1 element(s)',
    ],
    [
      'version: sloth/v1\nservice: x\nslos: []',
      'version: Invalid literal value',
    ],
    [
      'version: prometheus/v1\nservice: x\nslos:\n  - name: a\n    objective: 99\n    sli: {}',
      'slos.0.sli: sli needs events, raw or plugin',
    ],
    ['{ not: yaml', 'SLO spec is not valid YAML'],
  ])('explains a broken spec', (text, message) => {
    expect(() => parseSlothSpec(text)).toThrow(message);
  });
});
