import { Flex, Text } from '@backstage/ui';
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
      body = (
        <Text variant="body-large" color="secondary">
          Not scanned yet
        </Text>
      );
    else if (!measured) {
      // No counts: zeros nobody measured would read as "clean".
      body = (
        <Flex align="center" gap="2" style={{ flexWrap: 'wrap' }}>
          <GateChip gate={item.gate} scan={item.scan ?? { state: 'never' }} />
          {item.scan?.state === 'failed' && (
            <Text color="secondary" data-testid="scan-error">
              {item.scan.error}
            </Text>
          )}
        </Flex>
      );
    } else {
      body = (
        <Flex align="center" gap="2" style={{ flexWrap: 'wrap' }}>
          <SeverityChip severity="critical" count={item.open.critical} />
          <SeverityChip severity="high" count={item.open.high} />
          <GateChip gate={item.gate} scan={item.scan} />
        </Flex>
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
