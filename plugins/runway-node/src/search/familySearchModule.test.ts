import { createExtensionPoint } from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  createFamilySearchModule,
  FamilyCollatorRegistry,
} from './familySearchModule';

type Factory = { type: string; catalog: unknown };
const registryRef = createExtensionPoint<FamilyCollatorRegistry<Factory>>({
  id: 'search.index.registry',
});

async function start(config: object) {
  const addCollator = jest.fn();
  const module = createFamilySearchModule<Factory>({
    family: 'adr',
    moduleId: 'runway-test',
    indexRegistry: registryRef,
    factory: ({ catalog }) => ({ type: 'adr', catalog }),
  });
  await startTestBackend({
    extensionPoints: [[registryRef, { addCollator }]],
    features: [
      module,
      mockServices.rootConfig.factory({ data: config }),
      catalogServiceMock.factory(),
    ],
  });
  return addCollator;
}

describe('createFamilySearchModule', () => {
  it('registers the family collator, built from the catalog, on an hourly schedule', async () => {
    const addCollator = await start({ runway: { dataSource: 'demo' } });
    expect(addCollator).toHaveBeenCalledTimes(1);
    const [{ schedule, factory }] = addCollator.mock.calls[0];
    expect(factory.type).toBe('adr');
    expect(factory.catalog).toBeDefined();
    expect(typeof schedule.run).toBe('function');
  });

  it('indexes nothing while the family is switched off', async () => {
    const addCollator = await start({
      runway: { dataSource: 'demo' },
      adr: { dataSource: 'off' },
    });
    expect(addCollator).not.toHaveBeenCalled();
  });
});
