import { authServiceFactory } from '@backstage/backend-defaults/auth';
import { httpAuthServiceFactory } from '@backstage/backend-defaults/httpAuth';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import fs from 'fs';
import path from 'path';
import { qualityPlugin } from '../plugin';

export const CI_TOKEN = 'test-ci-token-0123456789';
export const SPEC_URL =
  'https://github.com/runway-demo/checkout-api/blob/main/slo/slo.yaml';

export const fixture = (name: string) =>
  fs.readFileSync(path.join(__dirname, '../ingest/__fixtures__', name));

const component = (name: string, slo: boolean): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name,
    namespace: 'default',
    annotations: {
      'backstage.io/managed-by-location': `url:https://github.com/runway-demo/${name}/blob/main/catalog-info.yaml`,
      ...(slo ? { 'runway.dev/slo-location': './slo/slo.yaml' } : {}),
    },
  },
  spec: { type: 'service', owner: 'team-checkout', lifecycle: 'production' },
});

export const entities = [
  component('checkout-api', true),
  component('cart-api', false),
];

/** A Sloth spec as the template writes it: the latency SLO counts against le="0.3". */
export const SLO_SPEC = `version: prometheus/v1
service: checkout-api
slos:
  - name: requests-availability
    objective: 99.9
    sli:
      events:
        error_query: sum(rate(http_requests_total{service="checkout-api",code=~"5.."}[{{.window}}]))
        total_query: sum(rate(http_requests_total{service="checkout-api"}[{{.window}}]))
    alerting:
      name: CheckoutApiHighErrorRate
  - name: requests-latency
    objective: 95
    sli:
      events:
        error_query: (sum(rate(http_request_duration_seconds_count{service="checkout-api"}[{{.window}}])) - sum(rate(http_request_duration_seconds_bucket{service="checkout-api",le="0.3"}[{{.window}}])))
        total_query: sum(rate(http_request_duration_seconds_count{service="checkout-api"}[{{.window}}]))
    alerting:
      name: CheckoutApiHighLatency
`;

/**
 * The plugin in a test backend with the real auth and httpAuth services, so the static
 * external-access token is checked exactly as in production. Live mode unless asked: an
 * empty store.
 */
export async function startQualityBackend(
  options: { config?: Record<string, unknown>; entities?: Entity[] } = {},
) {
  const readUrl = jest.fn(async (url: string) => {
    if (url !== SPEC_URL) throw new Error(`NotFoundError: ${url} not found`);
    return {
      buffer: async () => Buffer.from(SLO_SPEC),
      stream: () => {
        throw new Error('not used');
      },
    };
  });
  const backend = await startTestBackend({
    features: [
      qualityPlugin,
      authServiceFactory,
      httpAuthServiceFactory,
      mockServices.urlReader.mock({ readUrl: readUrl as any }).factory,
      catalogServiceMock.factory({ entities: options.entities ?? entities }),
      mockServices.rootConfig.factory({
        data: {
          runway: { dataSource: 'demo', demo: { seed: 42, size: 12 } },
          quality: { dataSource: 'live' },
          backend: {
            baseUrl: 'http://localhost:7007',
            auth: {
              externalAccess: [
                {
                  type: 'static',
                  options: { token: CI_TOKEN, subject: 'ci' },
                  accessRestrictions: [{ plugin: 'quality' }],
                },
              ],
            },
          },
          ...options.config,
        },
      }),
    ],
  });
  return { ...backend, readUrl };
}
