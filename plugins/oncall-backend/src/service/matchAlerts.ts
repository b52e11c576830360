import { createHash } from 'crypto';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  AlertSeverity,
  OncallAlert,
  SEVERITY_RANK,
} from '@runway/plugin-oncall-common';
import { RawAlert } from '../sources/AlertSource';

/** Sloth labels its alerts `sloth_service`; hand-written rules usually say `service`. */
export function serviceOf(alert: RawAlert): string | undefined {
  return alert.labels.sloth_service ?? alert.labels.service;
}

/** Prometheus gives alerts no id; a hash of the sorted labels is stable while the alert fires. */
export function alertId(alert: RawAlert): string {
  if (alert.fingerprint) return alert.fingerprint;
  const labels = Object.entries(alert.labels).sort(([a], [b]) =>
    a.localeCompare(b),
  );
  return createHash('sha256')
    .update(JSON.stringify(labels))
    .digest('hex')
    .slice(0, 16);
}

function severityOf(alert: RawAlert): AlertSeverity {
  const s = (alert.labels.severity ?? 'none').toLowerCase();
  return s in SEVERITY_RANK ? (s as AlertSeverity) : 'none';
}

const stateRank = (a: OncallAlert) => (a.state === 'firing' ? 0 : 1);

/** Pages first, then the longest-firing; firing before pending. */
export function compareAlerts(a: OncallAlert, b: OncallAlert): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    stateRank(a) - stateRank(b) ||
    (a.since ?? '\uffff').localeCompare(b.since ?? '\uffff') ||
    a.alertname.localeCompare(b.alertname)
  );
}

/** Turns upstream alerts into Runway's, each matched to its entity by component name. */
export function matchAlerts(
  raw: RawAlert[],
  entitiesByName: Map<string, Entity>,
): OncallAlert[] {
  return raw
    .map(alert => {
      const service = serviceOf(alert);
      const entity = service ? entitiesByName.get(service) : undefined;
      const owner = entity?.spec?.owner;
      return {
        id: alertId(alert),
        alertname: alert.labels.alertname ?? 'unnamed',
        state: alert.state,
        severity: severityOf(alert),
        since: alert.activeAt,
        service,
        entityRef: entity ? stringifyEntityRef(entity) : undefined,
        owner: typeof owner === 'string' ? normalizeOwner(owner) : undefined,
        summary:
          alert.annotations.summary ??
          alert.annotations.description ??
          alert.annotations.title,
        labels: alert.labels,
        annotations: alert.annotations,
      };
    })
    .sort(compareAlerts);
}

/** `team-x` and `group:team-x` both mean `group:default/team-x`. */
export function normalizeOwner(owner: string): string {
  const [kind, rest] = owner.includes(':')
    ? owner.split(':', 2)
    : ['group', owner];
  return `${kind.toLowerCase()}:${
    rest.includes('/') ? rest : `default/${rest}`
  }`;
}
