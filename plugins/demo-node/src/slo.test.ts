import { parse } from 'yaml';
import {
  DEMO_AVAILABILITY_SLO,
  DEMO_LATENCY_SLO,
  demoSloAlerts,
  demoSloDefinitions,
  demoSloMeasurement,
  demoSloSpecYaml,
} from './slo';
import { createDemoWorld } from './world';

const world = createDemoWorld({ now: new Date('2026-03-11T10:00:00Z') });
const service = (name: string) => world.services.find(s => s.name === name)!;
const measure = (name: string, slo: string) => {
  const s = service(name);
  return demoSloMeasurement(
    world,
    s,
    demoSloDefinitions(s).find(d => d.name === slo)!,
  );
};
const burn = (ratio: number | null, objective: number) =>
  ratio! / (1 - objective / 100);

describe('demo SLO specs', () => {
  it('writes a Sloth prometheus/v1 spec with both SLOs', () => {
    const spec = parse(demoSloSpecYaml(service('checkout-api')));
    expect(spec.version).toBe('prometheus/v1');
    expect(spec.service).toBe('checkout-api');
    expect(spec.slos.map((s: any) => s.name)).toEqual([
      DEMO_AVAILABILITY_SLO,
      DEMO_LATENCY_SLO,
    ]);
    expect(spec.slos[0].sli.events.error_query).toContain('[{{.window}}]');
  });
});

describe('demoSloMeasurement', () => {
  it('is deterministic', () => {
    expect(measure('payments-api', DEMO_AVAILABILITY_SLO)).toEqual(
      measure('payments-api', DEMO_AVAILABILITY_SLO),
    );
  });

  it('burns budget in the very hour the canary failed', () => {
    const { failedCanary } = world.story;
    const m = measure(failedCanary.service, DEMO_AVAILABILITY_SLO);
    const canaryHourEnd =
      (Math.floor(Date.parse(failedCanary.at) / 3600_000) + 1) * 3600;
    const slice = m.slices.find(s => s.t === canaryHourEnd)!;
    const others = m.slices
      .filter(s => s.t !== canaryHourEnd)
      .map(s => s.ratio!);
    expect(slice.ratio!).toBeGreaterThan(0.05);
    expect(Math.max(...others)).toBeLessThan(0.005);
  });

  it('puts the page alert service above 14.4x on 1h and 5m', () => {
    const alert = demoSloAlerts(world).find(a => a.severity === 'page')!;
    const objective = service(alert.service).availabilityTarget;
    const m = measure(alert.service, alert.slo);
    expect(burn(m.ratios['1h'], objective)).toBeGreaterThanOrEqual(14.4);
    expect(burn(m.ratios['5m'], objective)).toBeGreaterThanOrEqual(14.4);
  });

  it('puts the ticket alert service above 1x over 3d and 6h but below page thresholds', () => {
    const alert = demoSloAlerts(world).find(a => a.severity === 'ticket')!;
    expect(alert.slo).toBe(DEMO_LATENCY_SLO);
    const m = measure(alert.service, alert.slo);
    expect(burn(m.ratios['3d'], 95)).toBeGreaterThanOrEqual(1);
    expect(burn(m.ratios['6h'], 95)).toBeGreaterThanOrEqual(1);
    expect(burn(m.ratios['1h'], 95)).toBeLessThan(14.4);
    expect(burn(m.ratios['6h'], 95)).toBeLessThan(6);
  });

  it('keeps quiet services inside their budget', () => {
    const m = measure('reviews-api', DEMO_AVAILABILITY_SLO);
    const objective = service('reviews-api').availabilityTarget;
    expect(burn(m.ratios['30d'], objective)).toBeLessThan(1);
    expect(burn(m.ratios['6h'], objective)).toBeLessThan(1);
    expect(m.slices).toHaveLength(720);
  });
});
