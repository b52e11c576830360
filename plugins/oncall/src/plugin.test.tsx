import { Entity } from '@backstage/catalog-model';
import { coreExtensionData } from '@backstage/frontend-plugin-api';
import {
  createExtensionTester,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { screen } from '@testing-library/react';
import { oncallApiRef } from './api/OncallApi';
import { oncallPage, oncallPlugin, runbooksEntityContent } from './plugin';
import { alertRouteRef } from './routes';
import { fakeOncallApi } from './__testUtils__/testData';

const component: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'payments-api', namespace: 'default' },
};

describe('oncall plugin extensions', () => {
  it('names every extension', () => {
    for (const id of [
      'api:oncall/oncall-api',
      'page:oncall/oncall',
      'page:oncall/alert',
      'entity-content:oncall/runbooks',
    ]) {
      expect(() => oncallPlugin.getExtension(id as any)).not.toThrow();
    }
  });

  it('mounts the On-call page at /oncall', () => {
    expect(
      createExtensionTester(oncallPage).get(coreExtensionData.routePath),
    ).toBe('/oncall');
  });

  it('puts the Runbooks tab on components and draws the runbooks from the API', async () => {
    const api = fakeOncallApi();
    const tester = createExtensionTester(runbooksEntityContent, {
      apis: [[oncallApiRef, api]],
    });
    expect(tester.get(coreExtensionData.routePath)).toBe('runbooks');
    const applies = tester.get(EntityContentBlueprint.dataRefs.filterFunction)!;
    expect(applies(component)).toBe(true);
    expect(applies({ ...component, kind: 'System' })).toBe(false);

    await renderInTestApp(
      <EntityProvider entity={component}>
        {tester.reactElement()}
      </EntityProvider>,
      {
        apis: [[oncallApiRef, api]],
        mountedRoutes: {
          '/oncall/alerts/:id': alertRouteRef,
          '/catalog/:namespace/:kind/:name': entityRouteRef,
        },
      },
    );
    expect(await screen.findByText('Roll back first.')).toBeInTheDocument();
    expect(api.listRunbooks).toHaveBeenCalledWith(
      'component:default/payments-api',
    );
  });
});
