import { createDemoWorld } from './world';
import {
  DEMO_RUNBOOK_ALERTS,
  demoFiringAlerts,
  demoRunbookFiles,
} from './oncall';

describe('demo on-call', () => {
  const world = createDemoWorld({ now: new Date('2026-03-10T12:00:00Z') });

  it('fires exactly the story alerts, labelled like Sloth labels them', () => {
    const alerts = demoFiringAlerts(world);
    expect(
      alerts.map(a => [
        a.labels.sloth_service,
        a.labels.alertname,
        a.labels.severity,
        a.activeAt,
      ]),
    ).toEqual(
      world.story.firingAlerts.map(a => [
        a.service,
        a.alertname,
        a.severity,
        a.since,
      ]),
    );
    expect(alerts.every(a => a.state === 'firing')).toBe(true);
    expect(alerts[0].labels.owner).toBe(
      world.services.find(s => s.name === alerts[0].labels.sloth_service)!
        .owner,
    );
  });

  it('gives every firing alert a runbook in its service folder', () => {
    for (const alert of demoFiringAlerts(world)) {
      const service = world.services.find(
        s => s.name === alert.labels.sloth_service,
      )!;
      const runbook = demoRunbookFiles(service).get(
        `${alert.labels.alertname}.md`,
      );
      expect(runbook).toContain(
        `# ${alert.labels.alertname} on ${service.name}`,
      );
    }
  });

  it('writes database advice only for services with a database', () => {
    for (const service of world.services) {
      const files = demoRunbookFiles(service);
      expect([...files.keys()]).toEqual(
        DEMO_RUNBOOK_ALERTS.map(n => `${n}.md`),
      );
      expect(
        files.get('SloErrorBudgetBurnFast.md')!.includes('pg_stat_activity'),
      ).toBe(service.database);
    }
  });
});
