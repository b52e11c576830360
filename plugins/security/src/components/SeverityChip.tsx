import Chip from '@material-ui/core/Chip';
import { Severity } from '@runway/plugin-security-common';
import { SEVERITY_COLORS } from './format';

export function SeverityChip({
  severity,
  count,
}: {
  severity: Severity;
  count?: number;
}) {
  const label = count === undefined ? severity : `${severity}: ${count}`;
  return (
    <Chip
      size="small"
      label={label}
      data-testid={`severity-${severity}`}
      style={{
        backgroundColor: SEVERITY_COLORS[severity],
        color: '#fff',
        textTransform: 'capitalize',
      }}
    />
  );
}
