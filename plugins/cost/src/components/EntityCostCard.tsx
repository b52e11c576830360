import { Text } from '@backstage/ui';
import { useApi } from '@backstage/frontend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { FamilyCard } from '@runway/runway-react';
import useAsync from 'react-use/esm/useAsync';
import { costApiRef } from '../api/CostApi';
import { costStatuses } from './CostState';
import { change, usd, usdPrecise } from './format';

/** Overview card: month to date, change against last month, cost per 1,000 requests. */
export function EntityCostCard() {
  const { entity } = useEntity();
  const api = useApi(costApiRef);
  const ref = stringifyEntityRef(entity);
  // The batch endpoint's summary is all the card needs (no 90-day series).
  const batch = useAsync(() => api.getBatch([ref]), [api, ref]);
  return (
    <FamilyCard title="Cost" statuses={costStatuses} {...batch}>
      {({ data }) => {
        const item = data.items[0];
        if (item?.status === 'forbidden')
          return (
            <Text as="p" variant="body-large">
              Cost is visible to the owning team and to leadership.
            </Text>
          );
        if (item?.status !== 'ok')
          return (
            <Text as="p" variant="body-large">
              No cost data for this entity.
            </Text>
          );
        const { summary } = item;
        return (
          <>
            <Text as="p" variant="title-small" data-testid="card-mtd">
              {usd(summary.monthToDate)} <Text>month to date</Text>
            </Text>
            <Text as="p" data-testid="card-change">
              {change(summary.changeRatio)} against last month, same days
            </Text>
            <Text as="p" data-testid="card-per-1k">
              {usdPrecise(summary.costPer1kRequests)} per 1,000 requests
            </Text>
          </>
        );
      }}
    </FamilyCard>
  );
}
