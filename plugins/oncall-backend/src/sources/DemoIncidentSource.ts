import {
  demoEscalationPolicyId,
  demoIncidents,
  demoOnCall,
  demoPagerDutyServiceId,
  DemoWorldSource,
} from '@runway/demo-node';
import {
  IncidentLogEntry,
  OncallIncident,
  OnCallNow,
} from '@runway/plugin-oncall-common';
import { IncidentSource } from './IncidentSource';

/** The demo world's PagerDuty: the story's incidents and each team's weekly rotation. */
export class DemoIncidentSource
  extends DemoWorldSource
  implements IncidentSource
{
  async listIncidents(
    serviceIds: string[],
    since: Date,
  ): Promise<OncallIncident[]> {
    const ids = new Set(serviceIds);
    return demoIncidents(this.world())
      .filter(
        i =>
          ids.has(i.serviceId) &&
          Date.parse(i.resolvedAt ?? i.triggeredAt) >= since.getTime(),
      )
      .map(({ log: _log, service: _service, assignee, ...i }) => ({
        ...i,
        assignees: [assignee],
      }));
  }

  async logEntries(incidentId: string): Promise<IncidentLogEntry[]> {
    return (
      demoIncidents(this.world()).find(i => i.id === incidentId)?.log ?? []
    );
  }

  async onCall(serviceId: string): Promise<OnCallNow | null> {
    const world = this.world();
    const service = world.services.find(
      s => demoPagerDutyServiceId(s.name) === serviceId,
    );
    const now = service && demoOnCall(world, service.owner);
    if (!now) return null;
    return {
      escalationPolicy: {
        id: demoEscalationPolicyId(service.owner),
        name: now.escalationPolicyName,
      },
      people: now.people.map(p => ({
        ...p,
        schedule: `${service.owner} weekly`,
      })),
    };
  }

  async serviceIdsOfIntegrationKeys(): Promise<Map<string, string>> {
    // Demo services carry the service id annotation, never an integration key.
    return new Map();
  }
}
