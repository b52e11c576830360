import { ConfigReader } from '@backstage/config';
import { readDeploymentsConfig } from './config';

describe('readDeploymentsConfig', () => {
  it('defaults: live, no instances, 5 s timeouts, a minute of cache', () => {
    expect(readDeploymentsConfig(new ConfigReader({}))).toEqual({
      mode: 'live',
      demoLatencyMs: 0,
      instances: [],
      argocdTimeoutMs: 5000,
      githubTimeoutMs: 5000,
      freshForMs: 60_000,
      doraTimeoutMs: 5000,
      failureWindowHours: undefined,
    });
  });

  it('reads instances, keeping projects only when given', () => {
    const settings = readDeploymentsConfig(
      new ConfigReader({
        argocd: {
          instances: [
            { name: 'prod', url: 'https://argo', token: 't', projects: ['a'] },
            { name: 'dev', url: 'https://argo-dev', token: 'u' },
          ],
        },
        deployments: { dora: { failureWindowHours: 2 } },
      }),
    );
    expect(settings.instances).toEqual([
      { name: 'prod', url: 'https://argo', token: 't', projects: ['a'] },
      { name: 'dev', url: 'https://argo-dev', token: 'u' },
    ]);
    expect(settings.failureWindowHours).toBe(2);
  });

  it('names the key of a bad value', () => {
    expect(() =>
      readDeploymentsConfig(
        new ConfigReader({ deployments: { cacheSeconds: 0 } }),
      ),
    ).toThrow('deployments.cacheSeconds must be a number above 0, got 0');
    expect(() =>
      readDeploymentsConfig(
        new ConfigReader({
          argocd: {
            instances: [
              { name: 'a', url: 'https://1', token: 't' },
              { name: 'a', url: 'https://2', token: 't' },
            ],
          },
        }),
      ),
    ).toThrow('argocd.instances names must be unique, got a, a');
  });
});
