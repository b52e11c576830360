import { createDemoWorld } from './world';
import { demoSecurityFindings } from './security';

const now = new Date('2026-11-20T10:00:00Z');

describe('demoSecurityFindings', () => {
  const world = createDemoWorld({ now });

  it('is deterministic per seed and service', () => {
    const a = demoSecurityFindings(world, 'checkout-api');
    expect(a).toEqual(
      demoSecurityFindings(createDemoWorld({ now }), 'checkout-api'),
    );
    const other = createDemoWorld({ now, seed: 7 });
    const all = (w: typeof world) =>
      w.services.flatMap(s => demoSecurityFindings(w, s.name));
    expect(all(other)).not.toEqual(all(world));
  });

  it('agrees with the story: the critical CVE was introduced and later fixed', () => {
    const { criticalCve } = world.story;
    const found = demoSecurityFindings(world, criticalCve.service).find(
      f => f.vulnerabilityId === criticalCve.cve,
    );
    expect(found).toMatchObject({
      severity: 'critical',
      packageName: criticalCve.package,
      firstSeen: criticalCve.introducedAt,
      fixedAt: criticalCve.fixedAt,
    });
  });

  it('has exactly one open critical, on another service than the story', () => {
    const open = world.services.flatMap(s =>
      demoSecurityFindings(world, s.name)
        .filter(f => f.severity === 'critical' && !f.fixedAt)
        .map(f => [s.name, f.vulnerabilityId]),
    );
    const expected = world.story.openCritical;
    expect(open).toEqual([[expected.service, expected.cve]]);
    expect(expected.service).not.toBe(world.story.criticalCve.service);
  });

  it('keeps every finding inside the 90-day window, fixed after first seen', () => {
    for (const s of world.services) {
      for (const f of demoSecurityFindings(world, s.name)) {
        const first = Date.parse(f.firstSeen);
        expect(first).toBeLessThanOrEqual(now.getTime());
        expect(now.getTime() - first).toBeLessThanOrEqual(90 * 86_400_000);
        // A finding is fixed after it appeared, by upgrading to a published fix.
        const fixedMs = f.fixedAt ? Date.parse(f.fixedAt) : Infinity;
        expect(fixedMs).toBeGreaterThan(first);
        expect(!f.fixedAt || !!f.fixedVersion).toBe(true);
      }
    }
  });

  it('gives most services some findings and unknown services none', () => {
    const withFindings = world.services.filter(
      s => demoSecurityFindings(world, s.name).length > 0,
    );
    expect(withFindings.length).toBeGreaterThan(world.services.length / 2);
    expect(demoSecurityFindings(world, 'no-such-service')).toEqual([]);
  });
});
