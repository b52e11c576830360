import { demoPagerDutyServiceId } from './catalog';
import { demoIncidents, demoOnCall } from './incidents';
import { createDemoWorld } from './world';

describe('demo incidents', () => {
  const world = createDemoWorld({ now: new Date('2026-03-10T12:00:00Z') });

  it('are the story incidents: the canary one resolved, the paging one open', () => {
    const incidents = demoIncidents(world);
    expect(incidents.map(i => [i.service, i.status])).toEqual([
      [world.story.failedCanary.service, 'resolved'],
      [world.story.firingAlerts[0].service, 'acknowledged'],
    ]);
    expect(incidents[0].resolvedAt).toBe(world.story.incidents[0].resolvedAt);
    expect(incidents[0].serviceId).toBe(
      demoPagerDutyServiceId(world.story.failedCanary.service),
    );
    expect(incidents[0].log.map(l => l.type)).toEqual([
      'trigger_log_entry',
      'acknowledge_log_entry',
      'resolve_log_entry',
    ]);
  });

  it('puts one member of the team on call all week, the next as secondary', () => {
    const team = world.teams[0];
    const now = demoOnCall(world, team.name)!;
    const later = demoOnCall(
      createDemoWorld({ now: new Date('2026-03-10T18:00:00Z') }),
      team.name,
    )!;
    expect(now.people[0].name).toBe(later.people[0].name);
    expect(team.members).toContain(now.people[0].name);
    expect(now.people[1]?.name).not.toBe(now.people[0].name);
    expect(demoOnCall(world, 'no-such-team')).toBeUndefined();
  });
});
