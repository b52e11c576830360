import {
  OncallAlert,
  OncallAlertDetailResponse,
} from '@runway/plugin-oncall-common';
import { SourceInfo } from '@runway/runway-common';
import { OncallApi } from '../api/OncallApi';

export const demoSource: SourceInfo = {
  kind: 'demo',
  name: 'demo',
  stale: false,
  fetchedAt: '2026-01-01T00:00:00Z',
};

const minutesAgo = (m: number) =>
  new Date(Date.now() - m * 60_000).toISOString();

export const pageAlert: OncallAlert = {
  id: 'a1',
  alertname: 'SloErrorBudgetBurnFast',
  state: 'firing',
  severity: 'page',
  since: minutesAgo(40),
  service: 'payments-api',
  entityRef: 'component:default/payments-api',
  owner: 'group:default/team-payments',
  summary: 'payments-api burns its budget 25x',
  labels: {
    alertname: 'SloErrorBudgetBurnFast',
    severity: 'page',
    sloth_service: 'payments-api',
  },
  annotations: {},
};

export const ticketAlert: OncallAlert = {
  ...pageAlert,
  id: 'a2',
  alertname: 'SloLatencyBurnSlow',
  severity: 'ticket',
  since: minutesAgo(300),
  service: 'search-api',
  entityRef: 'component:default/search-api',
  owner: 'group:default/team-catalog',
  summary: 'search-api is slow',
  labels: {
    alertname: 'SloLatencyBurnSlow',
    severity: 'ticket',
    sloth_service: 'search-api',
  },
};

export function detail(
  overrides: Partial<OncallAlertDetailResponse['data']> = {},
): OncallAlertDetailResponse {
  return {
    source: demoSource,
    data: {
      alert: pageAlert,
      runbook: {
        status: 'found',
        url: 'file:///srv/payments-api/runbooks/SloErrorBudgetBurnFast.md',
        markdown: '# Burn on payments-api\n\n1. Roll back the last deploy',
      },
      burnRates: [
        { slo: 'requests-availability', burnRate: 24.5 },
        { slo: 'requests-latency', burnRate: 0.4 },
      ],
      ...overrides,
    },
  };
}

export function fakeOncallApi(
  overrides: Partial<OncallApi> = {},
): jest.Mocked<OncallApi> {
  return {
    listAlerts: jest.fn(async () => ({
      source: demoSource,
      data: { alerts: [pageAlert, ticketAlert] },
    })),
    getAlert: jest.fn(async () => detail()),
    getIncidents: jest.fn(async (entityRef: string) => ({
      source: demoSource,
      data: {
        entityRef,
        serviceId: 'PPAYAPI',
        onCall: {
          escalationPolicy: { id: 'PEP1', name: 'Payments escalation' },
          people: [
            { level: 1, name: 'dana', schedule: 'Payments primary' },
            { level: 2, name: 'eli' },
          ],
        },
        incidents: [
          {
            id: 'Q1',
            number: 1202,
            title: 'payments-api: SloErrorBudgetBurnFast',
            status: 'acknowledged' as const,
            urgency: 'high' as const,
            serviceId: 'PPAYAPI',
            triggeredAt: new Date(Date.now() - 38 * 60_000).toISOString(),
            assignees: ['dana'],
            log: [
              {
                at: new Date(Date.now() - 35 * 60_000).toISOString(),
                type: 'acknowledge_log_entry',
                summary: 'Acknowledged by dana',
              },
            ],
          },
          {
            id: 'Q0',
            number: 1201,
            title: 'old one',
            status: 'resolved' as const,
            urgency: 'high' as const,
            serviceId: 'PPAYAPI',
            triggeredAt: '2026-01-01T00:00:00Z',
            resolvedAt: '2026-01-01T00:30:00Z',
            assignees: [],
          },
        ],
      },
    })),
    listRunbooks: jest.fn(async (entityRef: string) => ({
      entityRef,
      location: 'file:///srv/payments-api/runbooks',
      runbooks: [
        {
          name: 'SloErrorBudgetBurnFast',
          url: 'u1',
          title: 'Error budget burn',
          markdown: '# Error budget burn\n\nRoll back first.',
        },
        {
          name: 'SloLatencyBurnSlow',
          url: 'u2',
          title: 'Latency burn',
          markdown: '# Latency burn\n\nCheck slow queries.',
        },
      ],
    })),
    ...overrides,
  } as jest.Mocked<OncallApi>;
}

/** The typed 503 a family answers while it is off. */
export { notConfiguredResponseError as notConfiguredError } from '@runway/runway-react';
