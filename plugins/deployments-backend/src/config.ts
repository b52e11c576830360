import { Config } from '@backstage/config';
import { DataSourceMode } from '@runway/runway-common';
import {
  readDemoLatencyMs,
  readFamilyDataSource,
  readPositiveNumber,
} from '@runway/runway-node';
import { ArgoCdInstanceConfig } from './sources/argocd/ArgoCdClient';

/**
 * Everything the deployments family reads from config. GitHub credentials come from
 * Backstage's `integrations.github` and the demo world from `runway.demo.*`.
 */
export interface DeploymentsSettings {
  /** `deployments.dataSource`, else `runway.dataSource`. */
  mode: DataSourceMode;
  demoLatencyMs: number;
  /** `argocd.instances`: empty means live is off. */
  instances: ArgoCdInstanceConfig[];
  /** `argocd.timeoutMs`, per call. */
  argocdTimeoutMs: number;
  /** `deployments.githubTimeoutMs`, per call. */
  githubTimeoutMs: number;
  /** `deployments.cacheSeconds`, in ms. */
  freshForMs: number;
  /** `deployments.dora.timeoutMs`: the change events call for DORA. */
  doraTimeoutMs: number;
  /** `deployments.dora.failureWindowHours`; the service's default when absent. */
  failureWindowHours?: number;
}

/**
 * Reads `deployments.*` and `argocd.*` once, at start-up. Instances that are present but
 * wrong (no url, duplicate names) stop the backend here, with the key named.
 */
export function readDeploymentsConfig(config: Config): DeploymentsSettings {
  const instances = (
    config.getOptionalConfigArray('argocd.instances') ?? []
  ).map((c): ArgoCdInstanceConfig => {
    const projects = c.getOptionalStringArray('projects');
    return {
      name: c.getString('name'),
      url: c.getString('url'),
      token: c.getString('token'),
      ...(projects?.length ? { projects } : {}),
    };
  });
  const names = instances.map(i => i.name);
  if (new Set(names).size !== names.length) {
    throw new Error(
      `argocd.instances names must be unique, got ${names.join(', ')}`,
    );
  }
  const failureWindowKey = 'deployments.dora.failureWindowHours';
  return {
    mode: readFamilyDataSource(config, 'deployments'),
    demoLatencyMs: readDemoLatencyMs(config),
    instances,
    argocdTimeoutMs: readPositiveNumber(config, 'argocd.timeoutMs', 5000),
    githubTimeoutMs: readPositiveNumber(
      config,
      'deployments.githubTimeoutMs',
      5000,
    ),
    freshForMs:
      1000 * readPositiveNumber(config, 'deployments.cacheSeconds', 60),
    doraTimeoutMs: readPositiveNumber(
      config,
      'deployments.dora.timeoutMs',
      5000,
    ),
    failureWindowHours: config.has(failureWindowKey)
      ? readPositiveNumber(config, failureWindowKey, 1)
      : undefined,
  };
}
