import { createApiRef } from '@backstage/frontend-plugin-api';
import { ScorecardResponse } from '@runway/plugin-scorecard-common';

/** @public */
export interface ScorecardApi {
  getScorecard(): Promise<ScorecardResponse>;
}

/** @public */
export const scorecardApiRef = createApiRef<ScorecardApi>({
  id: 'plugin.scorecard.api',
});
