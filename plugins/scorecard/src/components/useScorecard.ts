import { useApi } from '@backstage/frontend-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { scorecardApiRef } from '../api/ScorecardApi';

export function useScorecard() {
  const api = useApi(scorecardApiRef);
  return useAsyncRetry(() => api.getScorecard(), [api]);
}

/** The scorecard as it loads: what a page renders, handed down from its route. */
export type ScorecardState = ReturnType<typeof useScorecard>;
