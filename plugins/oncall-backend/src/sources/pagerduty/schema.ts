import { z } from 'zod/v3';

// The fields Runway reads, as PagerDuty's REST API v2 reference documents them.
const reference = z.object({
  id: z.string(),
  summary: z.string().optional(),
  html_url: z.string().nullish(),
});

export const incidentSchema = z.object({
  id: z.string(),
  incident_number: z.number().optional(),
  title: z.string(),
  status: z.enum(['triggered', 'acknowledged', 'resolved']),
  urgency: z.enum(['high', 'low']).default('high'),
  created_at: z.string(),
  resolved_at: z.string().nullish(),
  last_status_change_at: z.string().nullish(),
  html_url: z.string().nullish(),
  service: reference,
  assignments: z.array(z.object({ assignee: reference })).default([]),
});

export const logEntrySchema = z.object({
  type: z.string(),
  summary: z.string().nullish(),
  created_at: z.string(),
});

export const serviceSchema = z.object({
  service: z.object({
    id: z.string(),
    name: z.string(),
    escalation_policy: reference.nullish(),
  }),
});

export const serviceWithIntegrationsSchema = z.object({
  id: z.string(),
  integrations: z
    .array(z.object({ id: z.string(), integration_key: z.string().nullish() }))
    .default([]),
});

export const oncallSchema = z.object({
  escalation_policy: reference,
  escalation_level: z.number(),
  user: reference,
  schedule: reference.nullish(),
  end: z.string().nullish(),
});
