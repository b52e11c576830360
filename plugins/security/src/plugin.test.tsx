import {
  createExtensionTester,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { screen } from '@testing-library/react';
import { securityApiRef } from './api/SecurityApi';
import { securityEntityCard, securityPlugin } from './plugin';
import { entity, fakeApi } from './__testUtils__/testData';

describe('security plugin extensions', () => {
  it('names every extension', () => {
    for (const id of [
      'api:security/security-api',
      'entity-content:security/security',
      'entity-card:security/security',
      'page:security/security',
    ]) {
      expect(() => securityPlugin.getExtension(id as any)).not.toThrow();
    }
  });

  it('puts the card on components and draws open findings from the API', async () => {
    const api = fakeApi();
    const tester = createExtensionTester(securityEntityCard, {
      apis: [[securityApiRef, api]],
    });
    const applies = tester.get(EntityCardBlueprint.dataRefs.filterFunction)!;
    expect(applies(entity)).toBe(true);
    expect(applies({ ...entity, kind: 'Group' })).toBe(false);

    await renderInTestApp(
      <EntityProvider entity={entity}>{tester.reactElement()}</EntityProvider>,
      { apis: [[securityApiRef, api]] },
    );
    expect(await screen.findByTestId('severity-critical')).toBeInTheDocument();
    expect(api.getSummaries).toHaveBeenCalledWith([
      'component:default/catalog-api',
    ]);
  });
});
