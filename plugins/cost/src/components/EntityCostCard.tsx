import Typography from '@material-ui/core/Typography';
import { InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { SourceBadge } from '@runway/runway-react';
import useAsync from 'react-use/esm/useAsync';
import { costApiRef } from '../api/CostApi';
import { CostState } from './CostState';
import { change, usd, usdPrecise } from './format';

/** Overview card: month to date, change against last month, cost per 1,000 requests. */
export function EntityCostCard() {
  const { entity } = useEntity();
  const api = useApi(costApiRef);
  const ref = stringifyEntityRef(entity);
  // The batch endpoint's summary is all the card needs (no 90-day series).
  const { value, loading, error } = useAsync(
    () => api.getBatch([ref]),
    [api, ref],
  );
  const item = value?.data.items[0];

  return (
    <InfoCard
      title="Cost"
      action={value && <SourceBadge source={value.source} />}
    >
      <CostState loading={loading} error={error}>
        {() => {
          if (item?.status === 'forbidden')
            return (
              <Typography>
                Cost is visible to the owning team and to leadership.
              </Typography>
            );
          if (item?.status !== 'ok')
            return <Typography>No cost data for this entity.</Typography>;
          const { summary } = item;
          return (
            <>
              <Typography variant="h5" data-testid="card-mtd">
                {usd(summary.monthToDate)}{' '}
                <Typography component="span" variant="body2">
                  month to date
                </Typography>
              </Typography>
              <Typography variant="body2" data-testid="card-change">
                {change(summary.changeRatio)} against last month, same days
              </Typography>
              <Typography variant="body2" data-testid="card-per-1k">
                {usdPrecise(summary.costPer1kRequests)} per 1,000 requests
              </Typography>
            </>
          );
        }}
      </CostState>
    </InfoCard>
  );
}
