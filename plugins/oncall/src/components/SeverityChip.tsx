import Chip from '@material-ui/core/Chip';
import { AlertSeverity } from '@runway/plugin-oncall-common';
import { SEVERITY_COLOR } from './format';

export function SeverityChip({ severity }: { severity: AlertSeverity }) {
  return (
    <Chip
      size="small"
      label={severity}
      style={{ backgroundColor: SEVERITY_COLOR[severity], color: '#fff' }}
    />
  );
}
