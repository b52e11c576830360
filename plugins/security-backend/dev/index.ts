import { createBackend } from '@backstage/backend-defaults';
import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';

// Standalone dev backend with mock auth and one annotated component. With the demo data
// source the first scheduled refresh fills it a few seconds after start:
//
//   curl 'http://localhost:7007/api/security/entity?entityRef=component:default/catalog-api'
//   curl -X POST 'http://localhost:7007/api/security/reports?entityRef=component:default/catalog-api' \
//     -H 'Content-Type: application/json' --data-binary @src/__fixtures__/trivy-image.json

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
          name: 'catalog-api',
          annotations: { 'runway.dev/ecr-repository': 'catalog-api' },
        },
        spec: { type: 'service', owner: 'team-catalog' },
      },
    ],
  }),
);
backend.add(import('../src'));
backend.start();
