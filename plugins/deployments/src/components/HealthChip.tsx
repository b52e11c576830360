import { Badge } from '@backstage/ui';
import { chipStyle } from '@runway/runway-react';
import { HEALTH_COLOR } from './format';

export function HealthChip({ health }: { health: string }) {
  return (
    <Badge style={chipStyle(HEALTH_COLOR[health] ?? HEALTH_COLOR.Unknown)}>
      {health}
    </Badge>
  );
}
