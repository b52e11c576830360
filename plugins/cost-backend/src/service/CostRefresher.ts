import { LoggerService } from '@backstage/backend-plugin-api';
import { isoDay, lastDays } from '../sources/dates';
import {
  CostSource,
  DailyRequests,
  RequestCountSource,
} from '../sources/types';
import { buildRecords } from './buildRecords';
import { mergeHistory, REVISION_DAYS } from './mergeHistory';
import { CostStore } from './CostStore';

export interface CostRefresherOptions {
  costs: CostSource;
  /** Absent when no request source is configured: costs are stored without cost per request. */
  requests?: RequestCountSource;
  store: CostStore;
  logger: LoggerService;
  days: number;
  now?: () => Date;
}

/**
 * One refresh: the whole account from the cost source, every service's requests in one
 * Prometheus query, stored in one transaction. A failing cost source keeps the previous
 * data (now stale, with the reason); failing request counts only blank cost per request.
 * Run by the scheduler, whose lock makes two concurrent refreshes impossible.
 */
export class CostRefresher {
  constructor(private readonly options: CostRefresherOptions) {}

  async refresh(): Promise<void> {
    const { costs, requests, store, logger, days } = this.options;
    const now = this.options.now?.() ?? new Date();
    const base = {
      sourceKind: costs.kind,
      sourceName: costs.name,
      attemptedAt: now.toISOString(),
    };
    // With a good previous refresh, only recent days are read again: fewer, cheaper calls.
    const previous = await store.state();
    const oldest = lastDays(now, days)[0];
    const since =
      previous?.fetchedAt && previous.account && !previous.stale
        ? isoDay(Date.parse(previous.fetchedAt) - REVISION_DAYS * 86_400_000)
        : undefined;
    let collected;
    try {
      collected = await costs.collect(now, { dailySince: since });
      if (since && since > oldest) {
        collected = mergeHistory(
          collected,
          await store.allServices(),
          previous!.account,
          since,
          oldest,
        );
      }
    } catch (error) {
      const message = (error as Error).message;
      logger.warn(`Cost refresh failed, keeping the previous data: ${message}`);
      await store.saveFailure({ ...base, error: message });
      return;
    }
    let counts: DailyRequests = new Map();
    let requestsError: string | null = null;
    if (!requests) {
      requestsError =
        'No request source: prometheus.url is not configured, so there is no cost per request';
    } else {
      try {
        counts = await requests.dailyRequests(lastDays(now, days), now);
      } catch (error) {
        requestsError = `Request counts unavailable (${requests.name}): ${
          (error as Error).message
        }`;
        logger.warn(requestsError);
      }
    }
    const { services, account } = buildRecords(collected, counts, now);
    await store.saveRefresh(services, {
      ...base,
      fetchedAt: now.toISOString(),
      stale: false,
      error: requestsError,
      account,
    });
    logger.info(
      `Cost refresh stored ${services.length} services from ${costs.name}`,
    );
  }
}
