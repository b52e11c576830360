import { registerMswTestHooks } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { NotFoundError } from '@backstage/errors';
import { setupServer } from 'msw/node';
import {
  EU_URL,
  fakeArgoCd,
  fixtures,
  MAIN_URL,
  TOKENS,
} from '../__testUtils__/fakeArgoCd';
import { checkout, makeSource } from '../__testUtils__/liveSource';
import { DemoDeploymentSource } from './DemoDeploymentSource';
import { DeploymentSource, DeployTarget } from './types';

// The same cases against the demo source and the live one (ArgoCD faked at the wire): a
// caller cannot tell from errors or answer shapes which one it talks to.
const server = setupServer();
registerMswTestHooks(server);

const nobody: DeployTarget = {
  entityRef: 'component:default/no-such-service',
  selector: 'app.kubernetes.io/name=no-such-service',
};

const sources: Array<[string, () => DeploymentSource]> = [
  [
    'demo',
    () =>
      new DemoDeploymentSource(new ConfigReader({}), () =>
        Date.parse('2026-11-20T10:30:00Z'),
      ),
  ],
  [
    'live',
    () => {
      server.use(
        ...fakeArgoCd(MAIN_URL, TOKENS.main, fixtures.mainApps, []),
        ...fakeArgoCd(EU_URL, TOKENS.eu, fixtures.euApps, []),
      );
      return makeSource();
    },
  ],
];

const syncResult = {
  app: 'checkout-api-prod',
  instance: expect.any(String),
  message: expect.any(String),
};

describe.each(sources)('DeploymentSource contract: %s', (_, create) => {
  it('lists a known service with its environments and history, and leaves out an unknown one', async () => {
    const { byEntity, errors } = await create().list([checkout, nobody]);
    expect(errors).toEqual([]);
    expect([...byEntity.keys()]).toEqual([checkout.entityRef]);
    const prod = byEntity
      .get(checkout.entityRef)!
      .environments.find(e => e.environment === 'prod');
    expect(prod).toMatchObject({
      app: 'checkout-api-prod',
      revision: expect.any(String),
      health: expect.any(String),
    });
  });

  it('syncs a known app and answers which app and instance', async () => {
    await expect(create().sync(checkout, 'prod')).resolves.toEqual(syncResult);
  });

  it('rolls back to an id from its own history', async () => {
    const source = create();
    const { byEntity } = await source.list([checkout]);
    const entry = byEntity
      .get(checkout.entityRef)!
      .history.find(h => h.environment === 'prod')!;
    await expect(source.rollback(checkout, 'prod', entry.id)).resolves.toEqual(
      syncResult,
    );
  });

  it('answers NotFoundError for an unknown history id of a known app', async () => {
    const error = await create()
      .rollback(checkout, 'prod', 99999)
      .catch(e => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toBe('checkout-api-prod has no history entry 99999');
  });

  it('answers NotFoundError for a service it has no app for', async () => {
    await expect(create().sync(nobody, 'prod')).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(create().rollback(nobody, 'prod', 1)).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});
