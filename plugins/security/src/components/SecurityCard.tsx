import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { FamilyErrorPanel, SourceBadge } from '@runway/runway-react';
import useAsync from 'react-use/esm/useAsync';
import { securityApiRef } from '../api/SecurityApi';
import { GateChip } from './GateChip';
import { SeverityChip } from './SeverityChip';

/** Overview card: open critical/high and the gate, from the batched endpoint. */
export function SecurityCard() {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const api = useApi(securityApiRef);
  const { value, loading, error } = useAsync(
    () => api.getSummaries([entityRef]),
    [api, entityRef],
  );

  let body;
  if (loading) body = <Progress />;
  else if (error)
    body = <FamilyErrorPanel error={error} title="Security unavailable" />;
  else {
    const item = value?.data.items[0];
    const measured = item?.scan
      ? !!item.scan.lastSuccessAt
      : !!item?.lastScannedAt;
    if (!item)
      body = <Typography color="textSecondary">Not scanned yet</Typography>;
    else if (!measured) {
      // No counts: zeros nobody measured would read as "clean".
      body = (
        <Box
          display="flex"
          alignItems="center"
          flexWrap="wrap"
          style={{ gap: 8 }}
        >
          <GateChip gate={item.gate} scan={item.scan ?? { state: 'never' }} />
          {item.scan?.state === 'failed' && (
            <Typography
              variant="body2"
              color="textSecondary"
              data-testid="scan-error"
            >
              {item.scan.error}
            </Typography>
          )}
        </Box>
      );
    } else {
      body = (
        <Box
          display="flex"
          alignItems="center"
          flexWrap="wrap"
          style={{ gap: 8 }}
        >
          <SeverityChip severity="critical" count={item.open.critical} />
          <SeverityChip severity="high" count={item.open.high} />
          <GateChip gate={item.gate} scan={item.scan} />
        </Box>
      );
    }
  }
  return (
    <InfoCard
      title="Security"
      action={value ? <SourceBadge source={value.source} /> : undefined}
    >
      {body}
    </InfoCard>
  );
}
