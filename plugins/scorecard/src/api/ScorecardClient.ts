import type { AdrListResponse } from '@runway/plugin-adr-common';
import type { RunbookListResponse } from '@runway/plugin-oncall-common';
import {
  PluginBackendClient,
  PluginBackendClientDeps,
} from '@runway/runway-react';
import { ScorecardResponse } from '@runway/plugin-scorecard-common';
import type { RecordsByEntity, RiskRecord } from '../components/risks';
import { ScorecardApi } from './ScorecardApi';

/** Never more services than this per readout: the records are for its top risks only. */
export const RISK_RECORDS_LIMIT = 8;

/** Reads `/api/scorecard`, and the top risks' ADRs (`/api/adr`) and runbooks (`/api/oncall`). @public */
export class ScorecardClient implements ScorecardApi {
  private readonly backend: PluginBackendClient;
  private readonly adr: PluginBackendClient;
  private readonly oncall: PluginBackendClient;

  constructor(deps: PluginBackendClientDeps) {
    this.backend = new PluginBackendClient('scorecard', deps);
    this.adr = new PluginBackendClient('adr', deps);
    this.oncall = new PluginBackendClient('oncall', deps);
  }

  getScorecard() {
    return this.backend.get<ScorecardResponse>('/scorecard');
  }

  async getRiskRecords(entityRefs: string[]): Promise<RecordsByEntity> {
    const refs = entityRefs.slice(0, RISK_RECORDS_LIMIT);
    const lists = await Promise.all(
      refs.map(async entityRef => {
        const [adrs, runbooks] = await Promise.all([
          this.adr
            .get<AdrListResponse>('/adrs', { entityRef })
            .then(r =>
              r.data.adrs.map(
                (a): RiskRecord => ({
                  kind: 'ADR',
                  title: a.title,
                  url: a.url,
                }),
              ),
            )
            .catch(() => []),
          this.oncall
            .get<RunbookListResponse>('/runbooks', { entityRef })
            .then(r =>
              r.runbooks.map(
                (b): RiskRecord => ({
                  kind: 'Runbook',
                  title: b.title || b.name,
                  url: b.url,
                }),
              ),
            )
            .catch(() => []),
        ]);
        return [entityRef, [...runbooks, ...adrs]];
      }),
    );
    return Object.fromEntries(lists);
  }
}
