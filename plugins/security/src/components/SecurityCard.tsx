import { Flex, Text } from '@backstage/ui';
import { useApi } from '@backstage/core-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { FamilyCard } from '@runway/runway-react';
import useAsync from 'react-use/esm/useAsync';
import { securityApiRef } from '../api/SecurityApi';
import { GateChip } from './GateChip';
import { SeverityChip } from './SeverityChip';

/** Overview card: open critical/high and the gate, from the batched endpoint. */
export function SecurityCard() {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const api = useApi(securityApiRef);
  const summary = useAsync(
    () => api.getSummaries([entityRef]),
    [api, entityRef],
  );

  return (
    <FamilyCard title="Security" {...summary}>
      {({ data }) => {
        const item = data.items[0];
        if (!item)
          return (
            <Text variant="body-large" color="secondary">
              Not scanned yet
            </Text>
          );
        const measured = item.scan
          ? !!item.scan.lastSuccessAt
          : !!item.lastScannedAt;
        if (!measured) {
          // No counts: zeros nobody measured would read as "clean".
          return (
            <Flex align="center" gap="2" style={{ flexWrap: 'wrap' }}>
              <GateChip
                gate={item.gate}
                scan={item.scan ?? { state: 'never' }}
              />
              {item.scan?.state === 'failed' && (
                <Text color="secondary" data-testid="scan-error">
                  {item.scan.error}
                </Text>
              )}
            </Flex>
          );
        }
        return (
          <Flex align="center" gap="2" style={{ flexWrap: 'wrap' }}>
            <SeverityChip severity="critical" count={item.open.critical} />
            <SeverityChip severity="high" count={item.open.high} />
            <GateChip gate={item.gate} scan={item.scan} />
          </Flex>
        );
      }}
    </FamilyCard>
  );
}
