import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { StaleCache } from '@runway/runway-node';
import { ArgoCdClient } from '../sources/argocd/ArgoCdClient';
import { GithubActionsClient } from '../sources/github/GithubActionsClient';
import { LiveDeploymentSource } from '../sources/LiveDeploymentSource';
import { DeployTarget } from '../sources/types';
import { EU_URL, MAIN_URL, TOKENS } from './fakeArgoCd';

export const checkout: DeployTarget = {
  entityRef: 'component:default/checkout-api',
  selector: 'app.kubernetes.io/name=checkout-api',
  instance: 'main',
};
export const payments: DeployTarget = {
  entityRef: 'component:default/payments-api',
  selector: 'app.kubernetes.io/name=payments-api',
};

export function makeSource(
  opts: { timeoutMs?: number; clock?: () => number } = {},
) {
  const cache = mockServices.cache.mock();
  const store = new Map<string, any>();
  cache.get.mockImplementation(async (k: string) => store.get(k));
  cache.set.mockImplementation(
    async (k: string, v: any) => void store.set(k, v),
  );
  const timeoutMs = opts.timeoutMs ?? 1000;
  return new LiveDeploymentSource(
    [
      new ArgoCdClient(
        { name: 'main', url: MAIN_URL, token: TOKENS.main },
        timeoutMs,
      ),
      new ArgoCdClient(
        { name: 'eu', url: EU_URL, token: TOKENS.eu },
        timeoutMs,
      ),
    ],
    GithubActionsClient.fromConfig(new ConfigReader({}), timeoutMs),
    new StaleCache(cache, { freshForMs: 60_000, now: opts.clock }),
    new StaleCache(cache, { freshForMs: 86_400_000, now: opts.clock }),
    { freshForMs: 60_000, now: opts.clock },
  );
}
