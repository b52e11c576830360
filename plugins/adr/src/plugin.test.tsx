import { Entity } from '@backstage/catalog-model';
import { coreExtensionData } from '@backstage/frontend-plugin-api';
import {
  createExtensionTester,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { screen } from '@testing-library/react';
import { adrApiRef, AdrApi } from './api/AdrApi';
import { adrEntityContent, adrPlugin } from './plugin';

const annotated: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'payments-api',
    namespace: 'default',
    annotations: { 'backstage.io/adr-location': './docs/adr' },
  },
};

describe('adr plugin extensions', () => {
  it('names every extension', () => {
    for (const id of ['api:adr/adr-api', 'entity-content:adr/adrs']) {
      expect(() => adrPlugin.getExtension(id as any)).not.toThrow();
    }
  });

  it('puts the ADRs tab only on components that say where their ADRs are, and draws them', async () => {
    const api: jest.Mocked<AdrApi> = {
      listAdrs: jest.fn(async entityRef => ({
        source: {
          kind: 'demo' as const,
          name: 'demo',
          stale: false,
          fetchedAt: '2026-01-01T00:00:00Z',
        },
        data: {
          entityRef,
          location: 'file:///x',
          adrs: [
            {
              file: '0001-record-decisions.md',
              number: 1,
              title: 'Record decisions',
              status: 'accepted',
              format: 'madr3' as const,
              url: 'file:///x/0001.md',
              markdown: '# Record decisions\n\nWe write ADRs.',
            },
          ],
        },
      })),
    };
    const tester = createExtensionTester(adrEntityContent, {
      apis: [[adrApiRef, api]],
    });
    expect(tester.get(coreExtensionData.routePath)).toBe('adrs');
    const applies = tester.get(EntityContentBlueprint.dataRefs.filterFunction)!;
    expect(applies(annotated)).toBe(true);
    expect(
      applies({ ...annotated, metadata: { name: 'no-adrs', annotations: {} } }),
    ).toBe(false);

    await renderInTestApp(
      <EntityProvider entity={annotated}>
        {tester.reactElement()}
      </EntityProvider>,
      { apis: [[adrApiRef, api]] },
    );
    expect(await screen.findByText('We write ADRs.')).toBeInTheDocument();
    expect(api.listAdrs).toHaveBeenCalledWith('component:default/payments-api');
  });
});
