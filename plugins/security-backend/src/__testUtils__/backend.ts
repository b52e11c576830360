import { authServiceFactory } from '@backstage/backend-defaults/auth';
import { httpAuthServiceFactory } from '@backstage/backend-defaults/httpAuth';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { securityPlugin } from '../plugin';

export const CI_TOKEN = 'test-ci-token-0123456789';

const component = (name: string, owner: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name,
    namespace: 'default',
    annotations: { 'runway.dev/ecr-repository': name },
  },
  spec: { type: 'service', owner, lifecycle: 'production' },
});

export const entities = [
  component('catalog-api', 'team-catalog'),
  component('checkout-api', 'team-checkout'),
  component('search-api', 'team-catalog'),
  component('inventory-api', 'team-platform'),
];

/**
 * The plugin in a test backend with the real auth and httpAuth services, so the static
 * external-access token from app-config.yaml is checked exactly as in production.
 */
export async function startSecurityBackend(
  options: {
    permission?: AuthorizeResult.ALLOW | AuthorizeResult.DENY;
    config?: Record<string, unknown>;
    /** Mock auth: every request is `mockCredentials.user()` unless it says otherwise. */
    mockAuth?: boolean;
  } = {},
) {
  const scheduler = mockServices.scheduler.mock();
  const backend = await startTestBackend({
    features: [
      securityPlugin,
      ...(options.mockAuth ? [] : [authServiceFactory, httpAuthServiceFactory]),
      scheduler.factory,
      catalogServiceMock.factory({ entities }),
      mockServices.permissions.factory({
        result: options.permission ?? AuthorizeResult.ALLOW,
      }),
      mockServices.rootConfig.factory({
        data: {
          runway: { dataSource: 'demo', demo: { seed: 42, size: 12 } },
          backend: {
            baseUrl: 'http://localhost:7007',
            auth: {
              externalAccess: [
                {
                  type: 'static',
                  options: { token: CI_TOKEN, subject: 'ci' },
                  accessRestrictions: [{ plugin: 'security' }],
                },
              ],
            },
          },
          ...options.config,
        },
      }),
    ],
  });
  const refresh = async () => {
    const task = scheduler.scheduleTask.mock.calls.find(
      ([t]) => t.id === 'security-refresh',
    )?.[0];
    if (!task) throw new Error('security-refresh was not scheduled');
    await (task.fn as () => Promise<void>)();
  };
  return { ...backend, scheduler, refresh };
}
