// Runs the SLO backend alone on the demo world with a mock catalog: `yarn start` in this
// folder (runway.dataSource demo), then
//   curl 'http://localhost:7007/api/slo/entity?entityRef=component:default/checkout-api'
import path from 'path';
import { createBackend } from '@backstage/backend-defaults';
import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { createDemoWorld, serviceEntity } from '@runway/demo-node';
import { localFilesUrlReaderFactory } from '@runway/runway-node';

const examples = path.resolve(__dirname, '../../../examples');
const backend = createBackend();
backend.add(mockServices.auth.factory());
backend.add(mockServices.httpAuth.factory());
backend.add(localFilesUrlReaderFactory);
backend.add(
  catalogServiceMock.factory({
    entities: createDemoWorld().services.map(s => {
      const entity = serviceEntity(s);
      const file = path.join(examples, 'services', s.name, 'catalog-info.yaml');
      entity.metadata.annotations = {
        ...entity.metadata.annotations,
        'backstage.io/managed-by-location': `file:${file}`,
      };
      return entity;
    }),
  }),
);
backend.add(import('../src'));
backend.start();
