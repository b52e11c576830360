import { Badge } from '@backstage/ui';
import { FlagEnvironment } from '@runway/plugin-flags-common';
import { chipStyle } from '@runway/runway-react';
import { servingOf } from './format';

const COLOURS = { off: '#757575', partial: '#ed6c02', on: '#2e7d32' };

/** One flag in one environment: grey when off, amber during a gradual rollout, green when on. */
export function EnvironmentCell({ env }: { env?: FlagEnvironment }) {
  if (!env) return <span style={{ color: '#9e9e9e' }}>—</span>;
  const partial =
    env.enabled && env.rolloutPct !== null && env.rolloutPct < 100;
  let colour = COLOURS.on;
  if (!env.enabled) colour = COLOURS.off;
  else if (partial) colour = COLOURS.partial;
  return (
    <Badge style={chipStyle(colour)} data-testid={`env-${env.environment}`}>
      {servingOf(env)}
    </Badge>
  );
}
