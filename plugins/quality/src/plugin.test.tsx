import {
  createExtensionTester,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { screen } from '@testing-library/react';
import { qualityApiRef } from './api/QualityApi';
import {
  qualityEntityCard,
  qualityEntityContent,
  qualityPlugin,
} from './plugin';
import { entity, entityRef, fakeApi, never } from './__testUtils__/testData';

describe('quality plugin extensions', () => {
  it('names every extension', () => {
    for (const id of [
      'api:quality/quality-api',
      'entity-content:quality/quality',
      'entity-card:quality/quality',
    ]) {
      expect(() => qualityPlugin.getExtension(id as any)).not.toThrow();
    }
  });

  it('puts the tab on services only', () => {
    const tester = createExtensionTester(qualityEntityContent, {
      apis: [[qualityApiRef, fakeApi()]],
    });
    const applies = tester.get(EntityContentBlueprint.dataRefs.filterFunction)!;
    expect(applies(entity)).toBe(true);
    expect(applies({ ...entity, spec: { type: 'library' } })).toBe(false);
    expect(applies({ ...entity, kind: 'Group' })).toBe(false);
  });

  it('draws the card from the batch endpoint, grey where never measured', async () => {
    const api = fakeApi({
      ...never,
      coverage: {
        measuredAt: '2026-11-20T10:00:00.000Z',
        reportId: 'r',
        linePct: 86.2,
        coveredLines: 862,
        totalLines: 1000,
      },
      state: { state: 'ok', at: '2026-11-20T10:00:00.000Z' },
    });
    const tester = createExtensionTester(qualityEntityCard, {
      apis: [[qualityApiRef, api]],
    });
    expect(
      tester.get(EntityCardBlueprint.dataRefs.filterFunction)!(entity),
    ).toBe(true);
    await renderInTestApp(
      <EntityProvider entity={entity}>{tester.reactElement()}</EntityProvider>,
      { apis: [[qualityApiRef, api]] },
    );
    expect(await screen.findByTestId('card-coverage')).toHaveTextContent(
      'Line coverage86.2 %',
    );
    expect(screen.getByTestId('card-p95')).toHaveTextContent('never measured');
    expect(screen.getByTestId('demo-badge')).toBeInTheDocument();
    expect(api.getSummaries).toHaveBeenCalledWith([entityRef]);
  });
});
