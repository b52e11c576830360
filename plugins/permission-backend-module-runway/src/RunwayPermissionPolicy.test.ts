import {
  AuthorizeResult,
  createPermission,
} from '@backstage/plugin-permission-common';
import { RunwayPermissionPolicy } from './RunwayPermissionPolicy';

const entityPermission = (name: string) =>
  createPermission({ name, attributes: {}, resourceType: 'catalog-entity' });

const user = (...ownershipEntityRefs: string[]) => ({
  identity: {
    type: 'user' as const,
    userEntityRef: 'user:default/dana',
    ownershipEntityRefs,
  },
  info: { userEntityRef: 'user:default/dana', ownershipEntityRefs },
  credentials: {} as any,
  token: 't',
});

describe('RunwayPermissionPolicy', () => {
  const policy = new RunwayPermissionPolicy(['group:default/leadership']);

  it('allows what it does not restrict', async () => {
    const decision = await policy.handle(
      {
        permission: createPermission({
          name: 'catalog.entity.read',
          attributes: { action: 'read' },
        }),
      },
      user('group:default/team-payments'),
    );
    expect(decision).toEqual({ result: AuthorizeResult.ALLOW });
  });

  it('makes sync conditional on owning the entity', async () => {
    const decision = await policy.handle(
      { permission: entityPermission('deployments.sync') },
      user('user:default/dana', 'group:default/team-payments'),
    );
    expect(decision).toEqual({
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'catalog',
      resourceType: 'catalog-entity',
      conditions: {
        rule: 'IS_ENTITY_OWNER',
        resourceType: 'catalog-entity',
        params: {
          claims: ['user:default/dana', 'group:default/team-payments'],
        },
      },
    });
  });

  it('does not let leadership sync other teams services', async () => {
    const decision = await policy.handle(
      { permission: entityPermission('deployments.sync') },
      user('group:default/leadership'),
    );
    expect(decision.result).toBe(AuthorizeResult.CONDITIONAL);
  });

  it('lets leadership read every cost, others only their own', async () => {
    const lead = await policy.handle(
      { permission: entityPermission('cost.read') },
      user('group:default/leadership'),
    );
    expect(lead).toEqual({ result: AuthorizeResult.ALLOW });
    const other = await policy.handle(
      { permission: entityPermission('cost.read') },
      user('group:default/team-catalog'),
    );
    expect(other.result).toBe(AuthorizeResult.CONDITIONAL);
  });

  it('denies restricted permissions without a user', async () => {
    const decision = await policy.handle({
      permission: entityPermission('cost.read'),
    });
    expect(decision).toEqual({ result: AuthorizeResult.DENY });
  });
});
