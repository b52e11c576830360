import { CacheService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { StaleCache, withDemoLatency } from '@runway/runway-node';
import { DeploymentsSettings } from '../config';
import { ArgoCdClient } from './argocd/ArgoCdClient';
import { GithubActionsClient } from './github/GithubActionsClient';
import { DemoDeploymentSource } from './DemoDeploymentSource';
import { LiveDeploymentSource } from './LiveDeploymentSource';
import { DeploymentSource } from './types';

/** The config keys that turn the live family on; named by the "not configured" answer. */
export const REQUIRED_KEYS = ['argocd.instances'];

/** What runs: a source, or nothing because the family is `off`. */
export type DeploymentSourceChoice =
  | { mode: 'demo' | 'live'; source: DeploymentSource }
  | { mode: 'off'; reason: string };

/**
 * Picks the source from `deployments.dataSource` (else `runway.dataSource`). `off`, or
 * live with no `argocd.instances` at all, is the family switched off, never a quiet switch
 * to demo data. `config` is only for the demo world and Backstage's GitHub integrations.
 */
export function createDeploymentSource(
  settings: DeploymentsSettings,
  config: Config,
  cache: CacheService,
): DeploymentSourceChoice {
  const { mode, freshForMs } = settings;
  if (mode === 'off') {
    return { mode, reason: 'deployments.dataSource is off' };
  }
  if (mode === 'demo') {
    return {
      mode,
      source: withDemoLatency(
        new DemoDeploymentSource(config),
        settings.demoLatencyMs,
      ),
    };
  }
  if (settings.instances.length === 0) {
    return { mode: 'off', reason: 'live, but argocd.instances is not set' };
  }
  return {
    mode,
    source: new LiveDeploymentSource(
      settings.instances.map(
        i => new ArgoCdClient(i, settings.argocdTimeoutMs),
      ),
      GithubActionsClient.fromConfig(config, settings.githubTimeoutMs),
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
