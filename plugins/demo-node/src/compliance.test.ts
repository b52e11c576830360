import {
  createDemoWorld,
  demoCompliance,
  demoServiceCompliance,
  DemoServiceCompliance,
} from '.';

const now = new Date('2026-11-20T10:00:00Z');
const world = createDemoWorld({ now });
const ageOf = (s: DemoServiceCompliance, at: Date) =>
  at.getTime() - Date.parse(s.backup!.lastBackupAt!);

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
    const backed = demoCompliance(world).services.filter(s => s.backup);
    const story = backed.find(s => s.service === missingBackup.service)!;
    expect(story.backup!.lastBackupAt).toBe(missingBackup.lastBackupAt);
    expect(ageOf(story, now)).toBeGreaterThan(3 * 24 * 3600_000);
    const others = backed.filter(s => s !== story);
    expect(others.length).toBeGreaterThan(0);
    expect(Math.max(...others.map(s => ageOf(s, now)))).toBeLessThanOrEqual(
      15 * 60_000,
    );
    expect(
      Math.max(...backed.map(s => s.backup!.restoreMinutes!)),
    ).toBeLessThan(60);
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

describe('demo compliance later in the hour', () => {
  it('keeps continuous backups minutes old at the refresh time, the story one fixed', () => {
    const later = new Date(now.getTime() + 50 * 60_000);
    const { missingBackup } = world.story;
    const backed = demoCompliance(world, later).services.filter(s => s.backup);
    const others = backed.filter(s => s.service !== missingBackup.service);
    expect(Math.max(...others.map(s => ageOf(s, later)))).toBeLessThanOrEqual(
      15 * 60_000,
    );
    expect(
      backed.find(s => s.service === missingBackup.service)!.backup!
        .lastBackupAt,
    ).toBe(missingBackup.lastBackupAt);
  });
});
