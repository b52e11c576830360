import { CacheService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { readDataSource, readDemoLatencyMs, StaleCache, withDemoLatency } from '@runway/runway-node';
import { DEFAULT_SEED, DEFAULT_SIZE } from '@runway/demo-node';
import { ArgoCdClient } from './argocd/ArgoCdClient';
import { GithubActionsClient } from './github/GithubActionsClient';
import { DemoDeploymentSource } from './DemoDeploymentSource';
import { LiveDeploymentSource } from './LiveDeploymentSource';
import { DeploymentSource } from './types';

const DEFAULT_TIMEOUT_MS = 5000;
const DEFAULT_CACHE_SECONDS = 60;

/**
 * Picks the source from `runway.dataSource`. Live without any ArgoCD instance is a
 * configuration error and stops the backend, never a quiet switch to demo data.
 */
export function createDeploymentSource(
  config: Config,
  cache: CacheService,
): DeploymentSource {
  if (readDataSource(config) === 'demo') {
    return withDemoLatency(
      new DemoDeploymentSource({
        seed: config.getOptionalNumber('runway.demo.seed') ?? DEFAULT_SEED,
        size: config.getOptionalNumber('runway.demo.size') ?? DEFAULT_SIZE,
      }),
      readDemoLatencyMs(config),
    );
  }
  const instances = config.getOptionalConfigArray('argocd.instances') ?? [];
  if (instances.length === 0) {
    throw new Error('runway.dataSource is live but argocd.instances is empty');
  }
  const timeoutMs =
    config.getOptionalNumber('argocd.timeoutMs') ?? DEFAULT_TIMEOUT_MS;
  const clients = instances.map(
    c =>
      new ArgoCdClient(
        {
          name: c.getString('name'),
          url: c.getString('url'),
          token: c.getString('token'),
        },
        timeoutMs,
      ),
  );
  const names = clients.map(c => c.instance.name);
  if (new Set(names).size !== names.length) {
    throw new Error(
      `argocd.instances names must be unique, got ${names.join(', ')}`,
    );
  }
  const freshForMs =
    1000 *
    (config.getOptionalNumber('deployments.cacheSeconds') ??
      DEFAULT_CACHE_SECONDS);
  return new LiveDeploymentSource(
    clients,
    GithubActionsClient.fromConfig(
      config,
      config.getOptionalNumber('deployments.githubTimeoutMs') ??
        DEFAULT_TIMEOUT_MS,
    ),
    new StaleCache(cache, { freshForMs }),
    // Revision metadata never changes once a commit exists.
    new StaleCache(cache, {
      freshForMs: 30 * 24 * 3600_000,
      keepForMs: 30 * 24 * 3600_000,
    }),
  );
}
