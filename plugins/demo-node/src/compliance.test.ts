import { createDemoWorld, demoCompliance, demoServiceCompliance } from '.';

const now = new Date('2026-11-20T10:00:00Z');
const world = createDemoWorld({ now });

describe('demo compliance', () => {
  it('fails the story control on the over-budget team service, and nowhere else', () => {
    const { failingControl, budgetBreach } = world.story;
    expect(failingControl.team).toBe(budgetBreach.team);
    const failing = demoCompliance(world).services.flatMap(s =>
      s.controls
        .filter(c => c.controlId === failingControl.controlId)
        .filter(c => c.status === 'failed')
        .map(() => s.service),
    );
    expect(failing).toEqual([failingControl.service]);
    const rds3 = demoServiceCompliance(
      world,
      failingControl.service,
    ).controls.find(c => c.controlId === 'RDS.3')!;
    expect(rds3.remediationUrl).toBe(
      'https://docs.aws.amazon.com/console/securityhub/RDS.3/remediation',
    );
  });

  it('leaves the story database without a backup for three days, others within minutes', () => {
    const { missingBackup } = world.story;
    for (const s of demoCompliance(world).services) {
      if (!s.backup) continue;
      const age = now.getTime() - Date.parse(s.backup.lastBackupAt!);
      if (s.service === missingBackup.service) {
        expect(s.backup.lastBackupAt).toBe(missingBackup.lastBackupAt);
        expect(age).toBeGreaterThan(3 * 24 * 3600_000);
      } else {
        expect(age).toBeLessThanOrEqual(15 * 60_000);
      }
      expect(s.backup.restoreMinutes).toBeLessThan(60);
    }
  });

  it('is deterministic and only backs up services with a database', () => {
    expect(demoCompliance(world)).toEqual(
      demoCompliance(createDemoWorld({ now })),
    );
    for (const s of world.services.filter(x => !x.database)) {
      expect(demoServiceCompliance(world, s.name).backup).toBeNull();
    }
  });
});
