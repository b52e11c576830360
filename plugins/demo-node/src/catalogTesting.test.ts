import {
  catalogComponents,
  ownerOrLeadershipDecisions,
} from './catalogTesting';
import { createDemoWorld } from './world';

const world = createDemoWorld();
const [first, second] = world.services.filter(
  (s, _i, all) => s.owner !== all[0].owner || s === all[0],
);

describe('catalogComponents', () => {
  it('gives every demo service its namespace and ownedBy relation', () => {
    const entities = catalogComponents(world);
    expect(entities).toHaveLength(world.services.length);
    expect(entities[0].metadata.namespace).toBe('default');
    expect(entities[0].relations).toEqual([
      {
        type: 'ownedBy',
        targetRef: `group:default/${world.services[0].owner}`,
      },
    ]);
  });
});

describe('ownerOrLeadershipDecisions', () => {
  const decide = ownerOrLeadershipDecisions(world, {
    'user:default/owner': [`group:default/${first.owner}`],
    'user:default/boss': ['group:default/leadership'],
  });
  const refs = [first, second].map(s => ({
    resourceRef: `component:default/${s.name}`,
  }));
  const as = (userEntityRef: string) => ({
    credentials: { principal: { userEntityRef } },
  });

  it('lets an owner read only what their group owns', async () => {
    expect(
      (await decide(refs, as('user:default/owner'))).map(d => d.result),
    ).toEqual(['ALLOW', 'DENY']);
  });

  it('lets leadership read everything, and a stranger nothing', async () => {
    expect(
      (await decide(refs, as('user:default/boss'))).map(d => d.result),
    ).toEqual(['ALLOW', 'ALLOW']);
    expect(
      (await decide(refs, as('user:default/nobody'))).map(d => d.result),
    ).toEqual(['DENY', 'DENY']);
  });
});
