import { FlagChange } from '@runway/plugin-flags-common';
import { rolloutOf, strategyOf, UnleashEvent } from './schema';

/** A short sentence for one Unleash event, from its type and the strategy before/after. */
export function summarise(event: UnleashEvent): string {
  const env = event.environment ? ` in ${event.environment}` : '';
  const after = strategyOf(event.data);
  const before = strategyOf(event.preData);
  switch (event.type) {
    case 'feature-created':
      return 'created';
    case 'feature-environment-enabled':
      return `enabled${env}`;
    case 'feature-environment-disabled':
      return `disabled${env}`;
    case 'feature-stale-on':
      return 'marked stale';
    case 'feature-stale-off':
      return 'no longer stale';
    case 'feature-archived':
      return 'archived';
    case 'feature-strategy-add': {
      const pct = rolloutOf(after?.parameters);
      return `${after?.name ?? 'strategy'} added${env}${
        pct === null ? '' : ` at ${pct} %`
      }`;
    }
    case 'feature-strategy-update': {
      const from = rolloutOf(before?.parameters);
      const to = rolloutOf(after?.parameters);
      if (to !== null && from !== to) {
        return `rollout ${from ?? '?'} % → ${to} %${env}`;
      }
      return `${after?.name ?? 'strategy'} updated${env}`;
    }
    case 'feature-strategy-remove':
      return `${before?.name ?? 'strategy'} removed${env}`;
    default:
      return `${event.label ?? event.type}${env}`;
  }
}

export function toChange(event: UnleashEvent): FlagChange {
  return {
    id: event.id,
    flag: event.featureName ?? '',
    environment: event.environment ?? null,
    type: event.type,
    createdAt: event.createdAt,
    createdBy: event.createdBy,
    summary: summarise(event),
  };
}
