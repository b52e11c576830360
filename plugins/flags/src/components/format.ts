import { FlagEnvironment, FlagsSummary } from '@runway/plugin-flags-common';

export const when = (iso: string | null | undefined) =>
  iso ? `${iso.slice(0, 16).replace('T', ' ')} UTC` : '—';

/** What one environment serves: off, on for everyone, or a share of traffic. */
export function servingOf(env: FlagEnvironment): string {
  if (!env.enabled) return 'off';
  if (env.rolloutPct !== null) return `${env.rolloutPct} %`;
  return env.strategies.length ? 'on' : 'on (no strategy)';
}

/** Why a summary has no numbers, in a few words; null when it has them. */
export function unknownReason(summary: FlagsSummary): string | null {
  const { state } = summary.state;
  if (state === 'ok' || summary.total !== null) return null;
  if (!summary.project) return 'No unleash.io/project annotation';
  if (state === 'failed')
    return `Unleash failed: ${summary.state.error ?? 'unknown'}`;
  return 'Never read';
}
