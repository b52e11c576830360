import { createBackend } from '@backstage/backend-defaults';
import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { catalogComponents, createDemoWorld } from '@runway/demo-node';

// Standalone cost backend on the demo world: `yarn start`, then
//   curl 'http://localhost:7007/api/cost/entity?entityRef=component:default/search-api'
const backend = createBackend();
backend.add(mockServices.auth.factory());
backend.add(mockServices.httpAuth.factory());
backend.add(
  catalogServiceMock.factory({
    entities: catalogComponents(createDemoWorld()),
  }),
);
backend.add(import('../src'));
backend.start();
