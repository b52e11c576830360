import { CacheService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import {
  readDemoLatencyMs,
  readFamilyDataSource,
  StaleCache,
  withDemoLatency,
} from '@runway/runway-node';
import { ArgoCdClient } from './argocd/ArgoCdClient';
import { GithubActionsClient } from './github/GithubActionsClient';
import { DemoDeploymentSource } from './DemoDeploymentSource';
import { LiveDeploymentSource } from './LiveDeploymentSource';
import { DeploymentSource } from './types';

const DEFAULT_TIMEOUT_MS = 5000;
const DEFAULT_CACHE_SECONDS = 60;

/** The config keys that turn the live family on; named by the "not configured" answer. */
export const REQUIRED_KEYS = ['argocd.instances'];

/** What runs: a source, or nothing because the family is `off`. */
export type DeploymentSourceChoice =
  | { mode: 'demo' | 'live'; source: DeploymentSource }
  | { mode: 'off'; reason: string };

/**
 * Picks the source from `deployments.dataSource` (else `runway.dataSource`). `off`, or
 * live with no `argocd.instances` at all, is the family switched off, never a quiet switch
 * to demo data; instances that are present but wrong (no url, duplicate names) stop the
 * backend at start-up.
 */
export function createDeploymentSource(
  config: Config,
  cache: CacheService,
): DeploymentSourceChoice {
  const mode = readFamilyDataSource(config, 'deployments');
  if (mode === 'off') {
    return { mode, reason: 'deployments.dataSource is off' };
  }
  if (mode === 'demo') {
    return {
      mode,
      source: withDemoLatency(
        new DemoDeploymentSource(config),
        readDemoLatencyMs(config),
      ),
    };
  }
  const instances = config.getOptionalConfigArray('argocd.instances') ?? [];
  if (instances.length === 0) {
    return { mode: 'off', reason: 'live, but argocd.instances is not set' };
  }
  const timeoutMs =
    config.getOptionalNumber('argocd.timeoutMs') ?? DEFAULT_TIMEOUT_MS;
  const clients = instances.map(c => {
    const projects = c.getOptionalStringArray('projects');
    return new ArgoCdClient(
      {
        name: c.getString('name'),
        url: c.getString('url'),
        token: c.getString('token'),
        ...(projects?.length ? { projects } : {}),
      },
      timeoutMs,
    );
  });
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
  return {
    mode,
    source: new LiveDeploymentSource(
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
      { freshForMs },
    ),
  };
}
