import { createBackend } from '@backstage/backend-defaults';
import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';

// Stand-alone backend for the ADR plugin:
//   curl 'http://localhost:7007/api/adr/adrs?entityRef=component:default/sample'
const backend = createBackend();
backend.add(mockServices.auth.factory());
backend.add(mockServices.httpAuth.factory());
backend.add(
  mockServices.rootConfig.factory({ data: { runway: { dataSource: 'demo' } } }),
);
backend.add(catalogServiceMock.factory({ entities: [] }));
backend.add(import('../src'));
backend.start();
