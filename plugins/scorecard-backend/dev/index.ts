import { createBackend } from '@backstage/backend-defaults';
import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';

// Runs the scorecard alone against a mock catalog. Without the family backends every
// column shows as unavailable, which is how the partial-data states look:
//   curl http://localhost:7007/api/scorecard/scorecard
const backend = createBackend();
backend.add(mockServices.auth.factory());
backend.add(mockServices.httpAuth.factory());
backend.add(
  catalogServiceMock.factory({
    entities: [
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: { name: 'sample' },
        spec: { type: 'service', owner: 'team-sample' },
      },
    ],
  }),
);
backend.add(import('../src'));
backend.start();
