import fs from 'fs';
import { substituteWindow } from '@runway/plugin-slo-node';
import { upstreamFixturePath } from '@runway/runway-node';
import { parseSlothSpec } from './slothSpec';

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
    alerting:
      page_alert: { disable: true }
      ticket_alert: { disable: true }
`;

describe('parseSlothSpec', () => {
  it("reads Sloth's own getting-started example", () => {
    const [slo] = parseSlothSpec(
      fs.readFileSync(upstreamFixturePath('sloth/getting-started.yml'), 'utf8'),
    );
    expect(slo).toMatchObject({
      service: 'myservice',
      name: 'requests-availability',
      objective: 99.9,
      totalQuery:
        'sum(rate(http_request_duration_seconds_count{job="myservice"}[{{.window}}]))',
    });
  });

  it("reads a plugin SLI, leaving the ratio to Sloth's recording rules", () => {
    const [slo] = parseSlothSpec(`
version: prometheus/v1
service: checkout-api
slos:
  - name: requests-availability
    objective: 99.9
    sli:
      plugin:
        id: sloth-common/http/availability
        options: { job: checkout-api }
    alerting:
      name: CheckoutApiHighErrorRate
`);
    expect(slo.name).toBe('requests-availability');
    expect(slo.errorRatioQuery).toBeUndefined();
  });

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
      'version: prometheus/v1\nservice: xy\nslos: []',
      'slos: at least one SLO is required',
    ],
    [
      'version: sloth/v1\nservice: xy\nslos: []',
      'version: must be prometheus/v1',
    ],
    [
      'version: prometheus/v1\nservice: xy\nslos:\n  - name: ab\n    objective: 99\n    sli: {}',
      'slos.0.sli: sli needs exactly one of events, raw or plugin',
    ],
    ['{ not: yaml', 'SLO spec is not valid YAML'],
  ])('explains a broken spec', (text, message) => {
    expect(() => parseSlothSpec(text)).toThrow(message);
  });
});
