import {
  PluginBackendClient,
  PluginBackendClientDeps,
} from '@runway/runway-react';
import { ScorecardResponse } from '@runway/plugin-scorecard-common';
import { ScorecardApi } from './ScorecardApi';

/** Reads `/api/scorecard`. @public */
export class ScorecardClient implements ScorecardApi {
  private readonly backend: PluginBackendClient;

  constructor(deps: PluginBackendClientDeps) {
    this.backend = new PluginBackendClient('scorecard', deps);
  }

  getScorecard() {
    return this.backend.get<ScorecardResponse>('/scorecard');
  }
}
