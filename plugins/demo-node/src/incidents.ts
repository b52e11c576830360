import { demoPagerDutyServiceId } from './catalog';
import { DemoWorld } from './world';

/**
 * The demo world's PagerDuty: the story's incidents (the failed canary's, resolved; the
 * paging alert's, open) and who is on call for each team, rotating weekly so it is the
 * same person all week and the same answer in every family.
 */

/** One log entry of a demo incident, as PagerDuty's log entry types name them. @public */
export interface DemoIncidentLogEntry {
  at: string;
  type: 'trigger_log_entry' | 'acknowledge_log_entry' | 'resolve_log_entry';
  summary: string;
}

/** @public */
export interface DemoIncident {
  id: string;
  number: number;
  service: string;
  serviceId: string;
  title: string;
  status: 'triggered' | 'acknowledged' | 'resolved';
  urgency: 'high' | 'low';
  triggeredAt: string;
  resolvedAt?: string;
  assignee: string;
  log: DemoIncidentLogEntry[];
}

/** @public */
export interface DemoOnCall {
  escalationPolicyId: string;
  escalationPolicyName: string;
  /** Level 1 first. */
  people: Array<{ level: number; name: string; until: string }>;
}

const WEEK = 7 * 24 * 3600_000;
const MINUTE = 60_000;

/** A PagerDuty-style id for a team's escalation policy. @public */
export function demoEscalationPolicyId(team: string): string {
  return demoPagerDutyServiceId(`escalation:${team}`);
}

/** Who is on call for a team now: this week's primary and secondary. @public */
export function demoOnCall(
  world: DemoWorld,
  team: string,
): DemoOnCall | undefined {
  const found = world.teams.find(t => t.name === team);
  if (!found || found.members.length === 0) return undefined;
  const nowMs = Date.parse(world.now);
  const week = Math.floor(nowMs / WEEK);
  const until = new Date((week + 1) * WEEK).toISOString();
  const { members } = found;
  const primary = members[week % members.length];
  const secondary = members[(week + 1) % members.length];
  return {
    escalationPolicyId: demoEscalationPolicyId(team),
    escalationPolicyName: `${found.displayName} escalation`,
    people: [
      { level: 1, name: primary, until },
      ...(secondary !== primary ? [{ level: 2, name: secondary, until }] : []),
    ],
  };
}

/** The story's incidents, oldest first, each with its log. @public */
export function demoIncidents(world: DemoWorld): DemoIncident[] {
  return world.story.incidents.map((incident, i) => {
    const service = world.services.find(s => s.name === incident.service);
    const assignee =
      demoOnCall(world, service?.owner ?? '')?.people[0].name ?? 'unknown';
    const acknowledgedAt = new Date(
      Date.parse(incident.triggeredAt) + 3 * MINUTE,
    ).toISOString();
    const acknowledged = Date.parse(acknowledgedAt) <= Date.parse(world.now);
    const log: DemoIncidentLogEntry[] = [
      {
        at: incident.triggeredAt,
        type: 'trigger_log_entry',
        summary: `Triggered through the Prometheus integration`,
      },
    ];
    if (acknowledged)
      log.push({
        at: acknowledgedAt,
        type: 'acknowledge_log_entry',
        summary: `Acknowledged by ${assignee}`,
      });
    if (incident.resolvedAt)
      log.push({
        at: incident.resolvedAt,
        type: 'resolve_log_entry',
        summary: `Resolved by ${assignee}`,
      });
    let status: DemoIncident['status'] = 'triggered';
    if (incident.resolvedAt) status = 'resolved';
    else if (acknowledged) status = 'acknowledged';
    return {
      id: demoPagerDutyServiceId(
        `incident:${incident.service}:${incident.triggeredAt}`,
      ),
      number: 1000 + i,
      service: incident.service,
      serviceId: demoPagerDutyServiceId(incident.service),
      title: incident.title,
      status,
      urgency: incident.urgency,
      triggeredAt: incident.triggeredAt,
      ...(incident.resolvedAt ? { resolvedAt: incident.resolvedAt } : {}),
      assignee,
      log,
    };
  });
}
