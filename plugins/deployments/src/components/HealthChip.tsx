import Chip from '@material-ui/core/Chip';
import { HEALTH_COLOR } from './format';

export function HealthChip({ health }: { health: string }) {
  return (
    <Chip
      size="small"
      label={health}
      style={{
        backgroundColor: HEALTH_COLOR[health] ?? HEALTH_COLOR.Unknown,
        color: '#fff',
      }}
    />
  );
}
