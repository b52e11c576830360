import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { ScanSource, ScanTarget } from '../sources/types';
import { FindingStore } from './FindingStore';

export const ECR_ANNOTATION = 'runway.dev/ecr-repository';

/**
 * Pulls findings for every service carrying `runway.dev/ecr-repository`, on the
 * scheduler (never per page view), a few services at a time to stay under AWS rate limits.
 */
export class Refresher {
  constructor(
    private readonly deps: {
      catalog: CatalogService;
      auth: AuthService;
      source: ScanSource;
      store: FindingStore;
      logger: LoggerService;
      concurrency?: number;
      clock?: () => Date;
    },
  ) {}

  async targets(): Promise<ScanTarget[]> {
    const { items } = await this.deps.catalog.getEntities(
      {
        filter: { kind: 'Component', [`metadata.annotations.${ECR_ANNOTATION}`]: CATALOG_FILTER_EXISTS },
        fields: ['kind', 'metadata.name', 'metadata.namespace', `metadata.annotations`],
      },
      { credentials: await this.deps.auth.getOwnServiceCredentials() },
    );
    return items.map(e => ({
      entityRef: stringifyEntityRef(e),
      ecrRepository: e.metadata.annotations![ECR_ANNOTATION],
    }));
  }

  async refreshAll(): Promise<{ targets: number; failedStreams: number }> {
    const targets = await this.targets();
    let failedStreams = 0;
    const queue = [...targets];
    const worker = async () => {
      for (let t = queue.shift(); t; t = queue.shift()) {
        failedStreams += await this.refreshOne(t);
      }
    };
    await Promise.all(Array.from({ length: this.deps.concurrency ?? 4 }, worker));
    this.deps.logger.info(`security refresh: ${targets.length} services, ${failedStreams} failed streams`);
    return { targets: targets.length, failedStreams };
  }

  /** Returns the number of streams that failed for this target. */
  async refreshOne(target: ScanTarget): Promise<number> {
    const now = (this.deps.clock?.() ?? new Date()).toISOString();
    let failed = 0;
    for (const scan of await this.deps.source.scan(target)) {
      const base = { entityRef: target.entityRef, origin: scan.origin, lastAttemptAt: now };
      if ('error' in scan) {
        failed += 1;
        this.deps.logger.warn(`security refresh ${target.entityRef} ${scan.origin}: ${scan.error}`);
        await this.deps.store.recordScan({ ...base, error: scan.error });
        continue;
      }
      await this.deps.store.replaceOrigin(target.entityRef, scan.origin, scan.findings, now);
      await this.deps.store.recordScan({ ...base, lastSuccessAt: now });
    }
    return failed;
  }
}
