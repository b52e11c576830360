import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { ScanSource, ScanTarget } from '../sources/types';
import { FindingStore } from './FindingStore';

export const ECR_ANNOTATION = 'runway.dev/ecr-repository';

/** Services scanned at once: enough to finish 500 within the timeout, few enough for ECR's rate limits. */
export const DEFAULT_CONCURRENCY = 12;

export interface RefreshResult {
  targets: number;
  /** Streams (one per origin and service) that failed, counted exactly. */
  failedStreams: number;
  /** Services with at least one failed stream, or whose scan failed as a whole. */
  failedServices: number;
}

/** Maps `items` with at most `limit` calls in flight; results keep the input order. */
export async function mapBounded<T, R>(
  items: T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  };
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, worker),
  );
  return results;
}

/**
 * Pulls findings for every service carrying `runway.dev/ecr-repository`, on the
 * scheduler (never per page view), a bounded number of services at a time to stay under
 * AWS rate limits. Each service's attempt is recorded, failed or not, so a service whose
 * scanners never answered reads "never scanned" or "scan failed", not "clean".
 */
export class Refresher {
  constructor(
    private readonly deps: {
      catalog: CatalogService;
      auth: AuthService;
      source: ScanSource<any>;
      store: FindingStore;
      logger: LoggerService;
      concurrency?: number;
      /**
       * Time a refresh may take (ms). Services not started by then are recorded as failed
       * ("ran out of time") instead of being left to the scheduler's timeout, which would
       * record nothing.
       */
      budgetMs?: number;
      clock?: () => Date;
    },
  ) {}

  async targets(): Promise<ScanTarget[]> {
    const { items } = await this.deps.catalog.getEntities(
      {
        filter: {
          kind: 'Component',
          [`metadata.annotations.${ECR_ANNOTATION}`]: CATALOG_FILTER_EXISTS,
        },
        fields: [
          'kind',
          'metadata.name',
          'metadata.namespace',
          `metadata.annotations`,
        ],
      },
      { credentials: await this.deps.auth.getOwnServiceCredentials() },
    );
    return items.map(e => ({
      entityRef: stringifyEntityRef(e),
      ecrRepository: e.metadata.annotations![ECR_ANNOTATION],
    }));
  }

  async refreshAll(): Promise<RefreshResult> {
    return this.refresh(await this.targets(), 'security refresh');
  }

  /**
   * Scans only the services that have never been scanned: one registered after the last
   * full refresh (a new service from the template, or the catalog still ingesting when the
   * first refresh ran) is scanned within minutes instead of at the next hourly run. With
   * nothing new it makes one catalog call and no upstream call.
   */
  async refreshNew(): Promise<RefreshResult> {
    const scanned = new Set(await this.deps.store.serviceScanRefs());
    const fresh = (await this.targets()).filter(t => !scanned.has(t.entityRef));
    if (fresh.length === 0) {
      return { targets: 0, failedStreams: 0, failedServices: 0 };
    }
    return this.refresh(fresh, 'security refresh of new services');
  }

  private async refresh(
    targets: ScanTarget[],
    label: string,
  ): Promise<RefreshResult> {
    const started = Date.now();
    const round = await this.deps.source.prepare(targets);
    const budgetMs = this.deps.budgetMs;
    // Per-service counts are returned and summed once all are in: adding to a shared
    // counter across an await (`n += await ...`) loses the updates of concurrent workers.
    const failures = await mapBounded(
      targets,
      this.deps.concurrency ?? DEFAULT_CONCURRENCY,
      target => {
        if (budgetMs !== undefined && Date.now() - started > budgetMs) {
          return this.recordFailure(
            target,
            `refresh ran out of time (${Math.round(
              budgetMs / 1000,
            )} s) before this service`,
          );
        }
        return this.refreshOne(target, round);
      },
    );
    const failedStreams = failures.reduce((sum, n) => sum + n, 0);
    const failedServices = failures.filter(n => n > 0).length;
    this.deps.logger.info(
      `${label}: ${targets.length} services in ${Math.round(
        (Date.now() - started) / 1000,
      )} s, ${failedServices} failed services, ${failedStreams} failed streams`,
    );
    return { targets: targets.length, failedStreams, failedServices };
  }

  /** Returns the number of streams that failed for this target; never rejects. */
  async refreshOne(target: ScanTarget, round?: unknown): Promise<number> {
    const now = this.now();
    try {
      const errors: string[] = [];
      for (const scan of await this.deps.source.scan(target, round)) {
        const base = {
          entityRef: target.entityRef,
          origin: scan.origin,
          lastAttemptAt: now,
        };
        if ('error' in scan) {
          errors.push(`${scan.origin}: ${scan.error}`);
          this.deps.logger.warn(
            `security refresh ${target.entityRef} ${scan.origin}: ${scan.error}`,
          );
          await this.deps.store.recordScan({ ...base, error: scan.error });
          continue;
        }
        await this.deps.store.replaceOrigin(
          target.entityRef,
          scan.origin,
          scan.findings,
          now,
        );
        await this.deps.store.recordScan({ ...base, lastSuccessAt: now });
      }
      await this.deps.store.recordServiceScan({
        entityRef: target.entityRef,
        at: now,
        ...(errors.length ? { error: errors.join('; ') } : {}),
      });
      return errors.length;
    } catch (error) {
      return this.recordFailure(
        target,
        `scan failed: ${(error as Error)?.message ?? String(error)}`,
      );
    }
  }

  private async recordFailure(
    target: ScanTarget,
    reason: string,
  ): Promise<number> {
    this.deps.logger.warn(`security refresh ${target.entityRef}: ${reason}`);
    try {
      await this.deps.store.recordServiceScan({
        entityRef: target.entityRef,
        at: this.now(),
        error: reason,
      });
    } catch (e) {
      this.deps.logger.error(
        `security refresh ${target.entityRef}: could not record the failure: ${e}`,
      );
    }
    return 1;
  }

  private now(): string {
    return (this.deps.clock?.() ?? new Date()).toISOString();
  }
}
