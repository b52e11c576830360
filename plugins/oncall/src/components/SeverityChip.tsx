import { Badge } from '@backstage/ui';
import { chipStyle } from '@runway/runway-react';
import { AlertSeverity } from '@runway/plugin-oncall-common';
import { SEVERITY_COLOR } from './format';

export function SeverityChip({ severity }: { severity: AlertSeverity }) {
  return <Badge style={chipStyle(SEVERITY_COLOR[severity])}>{severity}</Badge>;
}
