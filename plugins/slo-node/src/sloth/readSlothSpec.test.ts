import { readSlothSpec } from './readSlothSpec';

const spec = `version: prometheus/v1
service: orders-api
slos:
  - name: requests-availability
    objective: 99.9
    sli:
      raw:
        error_ratio_query: 1 - avg_over_time(probe_success[{{.window}}])
    alerting:
      name: OrdersApiDown
`;

describe('readSlothSpec', () => {
  it('reads a spec, with Sloth defaults filled in', () => {
    const read = readSlothSpec(spec);
    expect(
      'spec' in read && read.spec.slos[0].alerting.page_alert.disable,
    ).toBe(false);
    expect('spec' in read && read.spec.service).toBe('orders-api');
  });

  it('says the text is not YAML', () => {
    expect(readSlothSpec('slos: [unclosed')).toEqual({
      error: expect.stringMatching(/^SLO spec is not valid YAML: /),
    });
  });

  it('names the first field Sloth would refuse', () => {
    expect(readSlothSpec(spec.replace('99.9', '101'))).toEqual({
      error:
        'SLO spec is not a Sloth prometheus/v1 spec (slos.0.objective: objective must be at most 100)',
    });
  });
});
