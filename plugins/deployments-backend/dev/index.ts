import { createBackend } from '@backstage/backend-defaults';
import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';

// Runs the plugin alone on the demo world: curl
// 'http://localhost:7007/api/deployments/overview?entityRef=component:default/checkout-api'
const backend = createBackend();
backend.add(mockServices.auth.factory());
backend.add(mockServices.httpAuth.factory());
backend.add(
  catalogServiceMock.factory({
    entities: [
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: {
          name: 'checkout-api',
          annotations: {
            'argocd/app-selector': 'app.kubernetes.io/name=checkout-api',
          },
        },
        spec: { type: 'service', owner: 'team-checkout' },
      },
    ],
  }),
);
backend.add(import('../src'));
backend.start();
