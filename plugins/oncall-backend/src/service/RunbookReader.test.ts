import { mockServices } from '@backstage/backend-test-utils';
import { StaleCache } from '@runway/runway-node';
import { component, fakeUrlReader } from '../__testUtils__';
import { RunbookReader } from './RunbookReader';

const reader = (files: Record<string, string>) =>
  new RunbookReader(
    fakeUrlReader(files),
    new StaleCache(mockServices.cache.mock() as any, { freshForMs: 0 }),
  );

describe('RunbookReader', () => {
  it('resolves the runbooks folder of a file: location to a file: URL', async () => {
    const entity = component('cart-api', 'team-a', {
      'backstage.io/managed-by-location':
        'file:/srv/examples/services/cart-api/catalog-info.yaml',
    });
    const runbook = await reader({
      'file:///srv/examples/services/cart-api/runbooks/Down.md': '# Down',
    }).forAlert({ alertname: 'Down', annotations: {} }, entity);
    expect(runbook).toEqual({
      status: 'found',
      url: 'file:///srv/examples/services/cart-api/runbooks/Down.md',
      markdown: '# Down',
    });
  });

  it('links to a runbook_url it is not allowed to read', async () => {
    const runbook = await reader({}).forAlert({
      alertname: 'X',
      annotations: { runbook_url: 'https://wiki.example.com/X' },
    });
    expect(runbook).toMatchObject({
      status: 'external',
      url: 'https://wiki.example.com/X',
    });
  });

  it('explains a missing runbook when the entity has no runbooks annotation', async () => {
    const entity = component('cart-api', 'team-a');
    delete entity.metadata.annotations!['runway.dev/runbooks-location'];
    expect(
      await reader({}).forAlert({ alertname: 'X', annotations: {} }, entity),
    ).toEqual({
      status: 'missing',
      reason:
        'component:default/cart-api has no runway.dev/runbooks-location annotation and the alert has no runbook_url',
    });
  });

  it('refuses alert names that would walk out of the folder', async () => {
    const runbook = await reader({}).forAlert(
      { alertname: '../../secrets', annotations: {} },
      component('a', 't'),
    );
    expect(runbook).toEqual({
      status: 'missing',
      reason: '"../../secrets" is not a valid alert name',
    });
  });

  it('reports a runbooks folder that does not exist', async () => {
    const list = await reader({}).list(component('cart-api', 'team-a'));
    expect(list.runbooks).toEqual([]);
    expect(list.error).toBe(
      'Cannot list the runbooks in https://git.example.com/org/cart-api/blob/main/runbooks: the folder does not exist',
    );
  });
});

describe('RunbookReader logging', () => {
  it('logs a failed read once, naming the family and the upstream', async () => {
    const logger = mockServices.logger.mock();
    const failing = {
      readUrl: async () => {
        throw new Error('503 Service Unavailable');
      },
    } as any;
    const runbook = await new RunbookReader(
      failing,
      new StaleCache(mockServices.cache.mock() as any, { freshForMs: 0 }),
      logger,
    ).forAlert({
      alertname: 'X',
      annotations: { runbook_url: 'https://github.com/o/r/blob/main/X.md' },
    });
    expect(runbook.status).toBe('external');
    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(logger.warn).toHaveBeenCalledWith(
      'oncall: github.com failed reading https://github.com/o/r/blob/main/X.md, nothing served: 503 Service Unavailable',
    );
  });
});
