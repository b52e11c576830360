import { Badge } from '@backstage/ui';
import { Severity } from '@runway/plugin-security-common';
import { chipStyle } from '@runway/runway-react';
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
    <Badge
      data-testid={`severity-${severity}`}
      style={{
        ...chipStyle(SEVERITY_COLORS[severity]),
        textTransform: 'capitalize',
      }}
    >
      {label}
    </Badge>
  );
}
