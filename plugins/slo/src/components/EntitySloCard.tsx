import { Flex, Text } from '@backstage/ui';
import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { leastBudgetLeft, worstStatus } from '@runway/plugin-slo-common';
import { FamilyErrorPanel, SourceBadge } from '@runway/runway-react';
import useAsync from 'react-use/esm/useAsync';
import { sloApiRef } from '../api/SloApi';
import { StatusChip } from './StatusChip';
import { budgetLeft } from './format';

/** Overview card: the worst SLO status and the least budget left, from one batch call. */
export function EntitySloCard() {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const api = useApi(sloApiRef);
  const { value, loading, error } = useAsync(
    () => api.getBatch([entityRef]),
    [api, entityRef],
  );

  let body;
  if (loading) body = <Progress />;
  else if (error)
    body = <FamilyErrorPanel error={error} title="SLOs unavailable" />;
  else if (value) {
    const item = value.data.items.find(i => i.entityRef === entityRef);
    if (!item || item.error || item.slos.length === 0) {
      body = <Text as="p">{item?.error ?? 'No SLOs defined.'}</Text>;
    } else {
      body = (
        <Flex align="center" gap="3">
          <StatusChip status={worstStatus(item.slos)} />
          <Text variant="body-large" data-testid="card-budget">
            {budgetLeft(leastBudgetLeft(item.slos))} budget left (worst of{' '}
            {item.slos.length} SLOs)
          </Text>
          <SourceBadge source={value.source} />
        </Flex>
      );
    }
  }
  return <InfoCard title="SLOs">{body}</InfoCard>;
}
