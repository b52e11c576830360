import {
  discoveryApiRef,
  fetchApiRef,
  useApi,
} from '@backstage/frontend-plugin-api';
import { ResponseError } from '@backstage/errors';
import { useEffect, useMemo, useState } from 'react';
import { PluginBackendClient } from '../api/PluginBackendClient';
import { TimelineGap, TimelineMarker, TimelineSpan } from './types';

// The fields read from the on-call and flags answers (their -common types, not imported:
// runway-react sits below every family).
interface IncidentsAnswer {
  data: {
    serviceId: string | null;
    incidents: Array<{
      number?: number;
      title: string;
      triggeredAt: string;
      resolvedAt?: string;
    }>;
  };
}
interface FlagsAnswer {
  data: {
    summary?: { state?: { state?: string; error?: string } };
    changes: Array<{
      flag: string;
      environment: string | null;
      createdAt: string;
      summary: string;
    }>;
  };
}

/** @public */
export interface ChangeEvents {
  /** Flag changes as markers (deploys come from the caller, which has them already). */
  markers: TimelineMarker[];
  /** Incidents as spans. */
  spans: TimelineSpan[];
  gaps: TimelineGap[];
  loading: boolean;
}

function why(error: unknown, family: string): string {
  if (error instanceof ResponseError) {
    const status = error.response.status;
    if (status === 404) return `the ${family} backend is not served here`;
    return error.body?.error?.message ?? `${family} answered HTTP ${status}`;
  }
  return (error as Error)?.message ?? String(error);
}

/**
 * Incidents (on-call) and flag changes (flags) of one entity for a timeline. A family that
 * is absent, off or failing is a gap with its reason, never an empty timeline.
 *
 * @public
 */
export function useChangeEvents(entityRef: string): ChangeEvents {
  const discoveryApi = useApi(discoveryApiRef);
  const fetchApi = useApi(fetchApiRef);
  const clients = useMemo(
    () => ({
      oncall: new PluginBackendClient('oncall', { discoveryApi, fetchApi }),
      flags: new PluginBackendClient('flags', { discoveryApi, fetchApi }),
    }),
    [discoveryApi, fetchApi],
  );
  const [state, setState] = useState<ChangeEvents>({
    markers: [],
    spans: [],
    gaps: [],
    loading: true,
  });

  useEffect(() => {
    let live = true;
    const query = { entityRef };
    Promise.allSettled([
      clients.oncall.get<IncidentsAnswer>('/incidents', query),
      clients.flags.get<FlagsAnswer>('/entity', query),
    ]).then(([incidents, flags]) => {
      if (!live) return;
      const gaps: TimelineGap[] = [];
      let spans: TimelineSpan[] = [];
      let markers: TimelineMarker[] = [];
      if (incidents.status === 'rejected') {
        gaps.push({
          kind: 'incidents',
          reason: why(incidents.reason, 'on-call'),
        });
      } else if (incidents.value.data.serviceId === null) {
        gaps.push({
          kind: 'incidents',
          reason: 'no pagerduty.com/service-id or integration-key annotation',
        });
      } else {
        spans = incidents.value.data.incidents.map(i => ({
          start: i.triggeredAt,
          ...(i.resolvedAt ? { end: i.resolvedAt } : {}),
          label: i.number ? `#${i.number}` : i.title,
        }));
      }
      if (flags.status === 'rejected') {
        gaps.push({ kind: 'flags', reason: why(flags.reason, 'flags') });
      } else {
        const measured = flags.value.data.summary?.state;
        if (measured?.state === 'never' || measured?.state === 'failed')
          gaps.push({
            kind: 'flags',
            reason:
              measured.error ?? `flags ${measured.state} read for this service`,
          });
        markers = flags.value.data.changes.map(c => ({
          at: c.createdAt,
          kind: 'flag' as const,
          label: `${c.flag}: ${c.summary}`,
        }));
      }
      setState({ markers, spans, gaps, loading: false });
    });
    return () => {
      live = false;
    };
  }, [clients, entityRef]);

  return state;
}
