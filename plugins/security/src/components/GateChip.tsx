import Chip from '@material-ui/core/Chip';
import Tooltip from '@material-ui/core/Tooltip';
import { GateResult } from '@runway/plugin-security-common';

export function GateChip({ gate }: { gate: GateResult }) {
  const policy = `max ${gate.maxCritical} critical${gate.maxHigh !== undefined ? `, ${gate.maxHigh} high` : ''}`;
  return (
    <Tooltip title={gate.reason ? `${gate.reason}; policy: ${policy}` : `Policy: ${policy}`}>
      <Chip
        size="small"
        data-testid="gate"
        label={gate.passed ? 'Gate: pass' : 'Gate: fail'}
        style={{ backgroundColor: gate.passed ? '#2e7d32' : '#b71c1c', color: '#fff' }}
      />
    </Tooltip>
  );
}
