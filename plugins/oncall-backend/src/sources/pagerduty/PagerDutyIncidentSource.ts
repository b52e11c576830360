import {
  IncidentLogEntry,
  OncallIncident,
  OnCallNow,
} from '@runway/plugin-oncall-common';
import { z } from 'zod/v3';
import { IncidentSource } from '../IncidentSource';
import { PagerDutyClient } from './PagerDutyClient';
import {
  incidentSchema,
  logEntrySchema,
  oncallSchema,
  serviceSchema,
  serviceWithIntegrationsSchema,
} from './schema';

/** Service ids per incidents list call: keeps the query string well under URL limits. */
const IDS_PER_CALL = 100;

/**
 * Incidents, on-call and service mapping from PagerDuty's REST API v2. Callers cache:
 * this class makes exactly the calls it is asked for.
 */
export class PagerDutyIncidentSource implements IncidentSource {
  readonly name = 'pagerduty';
  readonly kind = 'live' as const;

  constructor(readonly client: PagerDutyClient) {}

  async listIncidents(
    serviceIds: string[],
    since: Date,
  ): Promise<OncallIncident[]> {
    const chunks: string[][] = [];
    for (let i = 0; i < serviceIds.length; i += IDS_PER_CALL)
      chunks.push(serviceIds.slice(i, i + IDS_PER_CALL));
    const until = new Date().toISOString();
    const lists = await Promise.all(
      chunks.map(ids =>
        this.client.all('incidents', 'incidents', incidentSchema, {
          'service_ids[]': ids,
          since: since.toISOString(),
          until,
        }),
      ),
    );
    return lists.flat().map(toIncident);
  }

  async logEntries(incidentId: string): Promise<IncidentLogEntry[]> {
    const entries = await this.client.all(
      `incidents/${encodeURIComponent(incidentId)}/log_entries`,
      'log_entries',
      logEntrySchema,
      { is_overview: 'true' },
    );
    return entries
      .map(e => ({
        at: e.created_at,
        type: e.type,
        summary: e.summary ?? e.type,
      }))
      .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  }

  async onCall(serviceId: string): Promise<OnCallNow | null> {
    const { service } = await this.client.get(
      `services/${encodeURIComponent(serviceId)}`,
      serviceSchema,
    );
    const policy = service.escalation_policy;
    if (!policy) return null;
    const oncalls = await this.client.all('oncalls', 'oncalls', oncallSchema, {
      'escalation_policy_ids[]': [policy.id],
    });
    const people = oncalls
      .sort((a, b) => a.escalation_level - b.escalation_level)
      .map(o => ({
        level: o.escalation_level,
        name: o.user.summary ?? o.user.id,
        ...(o.user.html_url ? { url: o.user.html_url } : {}),
        ...(o.schedule?.summary ? { schedule: o.schedule.summary } : {}),
        ...(o.end ? { until: o.end } : {}),
      }));
    // The service's reference names the policy (its `summary`); an on-call entry's reference
    // to the same policy names it too. The id is the last resort, never the first.
    const named =
      policy.summary ??
      oncalls.find(o => o.escalation_policy.id === policy.id)?.escalation_policy
        .summary;
    const url =
      policy.html_url ??
      oncalls.find(o => o.escalation_policy.id === policy.id)?.escalation_policy
        .html_url;
    return {
      escalationPolicy: {
        id: policy.id,
        name: named ?? policy.id,
        ...(url ? { url } : {}),
      },
      people,
    };
  }

  async serviceIdsOfIntegrationKeys(
    keys: string[],
  ): Promise<Map<string, string>> {
    const wanted = new Set(keys);
    const byKey = new Map<string, string>();
    if (wanted.size === 0) return byKey;
    const services: z.infer<typeof serviceWithIntegrationsSchema>[] =
      await this.client.all(
        'services',
        'services',
        serviceWithIntegrationsSchema,
        {
          'include[]': ['integrations'],
        },
      );
    for (const service of services)
      for (const integration of service.integrations)
        if (
          integration.integration_key &&
          wanted.has(integration.integration_key)
        )
          byKey.set(integration.integration_key, service.id);
    return byKey;
  }
}

function toIncident(raw: z.infer<typeof incidentSchema>): OncallIncident {
  // `resolved_at` where the account's API answers it, else the last status change.
  const resolvedAt =
    raw.status === 'resolved'
      ? raw.resolved_at ?? raw.last_status_change_at ?? undefined
      : undefined;
  return {
    id: raw.id,
    ...(raw.incident_number !== undefined
      ? { number: raw.incident_number }
      : {}),
    title: raw.title,
    status: raw.status,
    urgency: raw.urgency,
    serviceId: raw.service.id,
    triggeredAt: raw.created_at,
    ...(resolvedAt ? { resolvedAt } : {}),
    assignees: raw.assignments.map(a => a.assignee.summary ?? a.assignee.id),
    ...(raw.html_url ? { url: raw.html_url } : {}),
  };
}
