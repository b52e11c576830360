import { createApiRef } from '@backstage/frontend-plugin-api';
import { ScorecardResponse } from '@runway/plugin-scorecard-common';
import type { RecordsByEntity } from '../components/risks';

/** @public */
export interface ScorecardApi {
  getScorecard(): Promise<ScorecardResponse>;
  /**
   * The ADRs and runbooks of a few services (the readout's top risks). A service whose
   * records cannot be read has none; the readout says "none recorded".
   */
  getRiskRecords(entityRefs: string[]): Promise<RecordsByEntity>;
}

/** @public */
export const scorecardApiRef = createApiRef<ScorecardApi>({
  id: 'plugin.scorecard.api',
});
