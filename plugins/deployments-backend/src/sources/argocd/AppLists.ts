import { CachedResult, StaleCache } from '@runway/runway-node';
import { JsonValue } from '@backstage/types';
import { ArgoCdClient } from './ArgoCdClient';
import { AppIndex } from './appIndex';
import { AppRecord } from './appRecord';

/** One instance's apps as a request sees them: the index and where it came from. */
export interface InstanceApps {
  fetchedAt: string;
  index: AppIndex;
  stale: boolean;
  /** Why the list is stale; only set when `stale` is true. */
  error?: string;
}

/**
 * The app list of each ArgoCD instance, parsed and indexed once per fetched list.
 *
 * The shared cache holds the list as JSON (3.5 MB for 1,500 apps); reading and parsing it
 * on every request cost seconds at 50 connections. So the indexed copy lives in process
 * memory, tied to the cache entry's `fetchedAt`: while that is fresh, a request reads
 * neither ArgoCD nor the cache. Past it, one caller per instance asks the StaleCache
 * (which refetches, or answers what another replica fetched); the index is rebuilt only
 * when the answer was fetched at another time, and a stale answer (upstream down) keeps
 * the index and says so.
 */
export class AppLists {
  private readonly held = new Map<
    string,
    { fetchedAt: string; index: AppIndex }
  >();
  private readonly loading = new Map<string, Promise<InstanceApps>>();

  constructor(
    private readonly cache: StaleCache,
    private readonly freshForMs: number,
    private readonly now: () => number,
  ) {}

  load(client: ArgoCdClient): Promise<InstanceApps> {
    const name = client.instance.name;
    const held = this.held.get(name);
    if (held && this.now() - Date.parse(held.fetchedAt) < this.freshForMs) {
      return Promise.resolve({ ...held, stale: false });
    }
    const pending = this.loading.get(name);
    if (pending) return pending;
    const promise = this.read(client)
      .then(result => {
        let list = this.held.get(name);
        if (!list || list.fetchedAt !== result.fetchedAt) {
          list = {
            fetchedAt: result.fetchedAt,
            index: AppIndex.build(name, result.value),
          };
          this.held.set(name, list);
        }
        return {
          ...list,
          stale: result.stale,
          ...(result.error ? { error: result.error } : {}),
        };
      })
      .finally(() => this.loading.delete(name));
    this.loading.set(name, promise);
    return promise;
  }

  /** StaleCache stores JSON; app records are plain JSON data behind an interface. */
  private read(client: ArgoCdClient): Promise<CachedResult<AppRecord[]>> {
    return this.cache.get(`argocd:${client.instance.name}:apps`, (() =>
      client.listApps()) as unknown as () => Promise<JsonValue>) as unknown as Promise<
      CachedResult<AppRecord[]>
    >;
  }
}
