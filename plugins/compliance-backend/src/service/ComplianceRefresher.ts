import { LoggerService } from '@backstage/backend-plugin-api';
import { COMPLIANCE_ORIGINS } from '@runway/plugin-compliance-common';
import { ComplianceSource, OriginResult, OriginValue } from '../sources/types';
import { ComplianceStore } from './ComplianceStore';

/**
 * One refresh: the whole account from the source, each of its four sources stored on its
 * own. A failing source keeps its previous data (served stale, with "failed at T (why)");
 * the others are replaced. Run by the scheduler, whose lock prevents two at once.
 */
export class ComplianceRefresher {
  constructor(
    private readonly options: {
      source: ComplianceSource;
      store: ComplianceStore;
      logger: LoggerService;
      now?: () => Date;
    },
  ) {}

  async refresh(): Promise<{ failed: string[] }> {
    const { source, store, logger } = this.options;
    const now = this.options.now?.() ?? new Date();
    let collected: Record<string, OriginResult<OriginValue>>;
    try {
      collected = (await source.collect(now)) as unknown as Record<
        string,
        OriginResult<OriginValue>
      >;
    } catch (error) {
      // A source should settle each part itself; if it throws, every part failed.
      const message = (error as Error)?.message ?? String(error);
      collected = Object.fromEntries(
        COMPLIANCE_ORIGINS.map(o => [o, { ok: false, error: message }]),
      );
    }
    const failed: string[] = [];
    for (const origin of COMPLIANCE_ORIGINS) {
      const result = collected[origin];
      const state = {
        origin,
        sourceKind: source.kind,
        sourceName: source.name,
        attemptedAt: now.toISOString(),
      };
      if (result.ok) {
        await store.saveSuccess(state, result.data);
      } else {
        failed.push(origin);
        logger.warn(
          `compliance refresh: ${origin} failed, keeping its previous data: ${result.error}`,
        );
        await store.saveFailure(state, result.error);
      }
    }
    logger.info(
      `compliance refresh from ${source.name}: ${
        COMPLIANCE_ORIGINS.length - failed.length
      } of ${COMPLIANCE_ORIGINS.length} sources read`,
    );
    return { failed };
  }
}
