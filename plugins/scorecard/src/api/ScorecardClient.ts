import type { AdrBatchResponse } from '@runway/plugin-adr-common';
import type { RunbookBatchResponse } from '@runway/plugin-oncall-common';
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

  /** One call per family (its batch route), whatever the number of services. */
  async getRiskRecords(entityRefs: string[]): Promise<RecordsByEntity> {
    const refs = entityRefs.slice(0, RISK_RECORDS_LIMIT);
    if (refs.length === 0) return {};
    const body = { entityRefs: refs };
    // A family that is off or not installed leaves its records out, never the readout.
    const [adrs, runbooks] = await Promise.all([
      this.adr
        .post<AdrBatchResponse>('/batch', body)
        .then(r => r.data.items)
        .catch(() => []),
      this.oncall
        .post<RunbookBatchResponse>('/runbooks/batch', body)
        .then(r => r.data.items)
        .catch(() => []),
    ]);
    // Both batches answer in the order asked, so item i is refs[i] however it was spelled.
    return Object.fromEntries(
      refs.map((ref, i): [string, RiskRecord[]] => [
        ref,
        [
          ...(runbooks[i]?.runbooks ?? []).map(
            (b): RiskRecord => ({
              kind: 'Runbook',
              title: b.title || b.name,
              url: b.url,
            }),
          ),
          ...(adrs[i]?.adrs ?? []).map(
            (a): RiskRecord => ({ kind: 'ADR', title: a.title, url: a.url }),
          ),
        ],
      ]),
    );
  }
}
