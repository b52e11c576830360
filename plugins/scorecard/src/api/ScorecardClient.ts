import { DiscoveryApi, FetchApi } from '@backstage/frontend-plugin-api';
import { ResponseError } from '@backstage/errors';
import { ScorecardApi } from './ScorecardApi';
import { ScorecardResponse } from '@runway/plugin-scorecard-common';

/** Reads `/api/scorecard` through Backstage's fetch, which adds the user's token. @public */
export class ScorecardClient implements ScorecardApi {
  constructor(
    private readonly deps: { discoveryApi: DiscoveryApi; fetchApi: FetchApi },
  ) {}

  async getScorecard(): Promise<ScorecardResponse> {
    const base = await this.deps.discoveryApi.getBaseUrl('scorecard');
    const res = await this.deps.fetchApi.fetch(`${base}/scorecard`);
    if (!res.ok) throw await ResponseError.fromResponse(res);
    return res.json();
  }
}
