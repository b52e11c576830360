import {
  AuthorizeResult,
  createPermission,
} from '@backstage/plugin-permission-common';
import { complianceReadPermission } from '@runway/plugin-compliance-common';
import { costReadPermission } from '@runway/plugin-cost-common';
import { deploymentsSyncPermission } from '@runway/plugin-deployments-common';
import { securitySuppressPermission } from '@runway/plugin-security-common';
import { RunwayPermissionPolicy } from './RunwayPermissionPolicy';

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
      { permission: deploymentsSyncPermission },
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
      { permission: deploymentsSyncPermission },
      user('group:default/leadership'),
    );
    expect(decision.result).toBe(AuthorizeResult.CONDITIONAL);
  });

  it('lets leadership read every cost, others only their own', async () => {
    const lead = await policy.handle(
      { permission: costReadPermission },
      user('group:default/leadership'),
    );
    expect(lead).toEqual({ result: AuthorizeResult.ALLOW });
    const other = await policy.handle(
      { permission: costReadPermission },
      user('group:default/team-catalog'),
    );
    expect(other.result).toBe(AuthorizeResult.CONDITIONAL);
  });

  it.each([
    ['cost.read', costReadPermission],
    ['compliance.read', complianceReadPermission],
  ])(
    'treats %s alike: leadership reads all, owners their own, no entity or no user denied',
    async (_, permission) => {
      expect(
        await policy.handle({ permission }, user('group:default/leadership')),
      ).toEqual({ result: AuthorizeResult.ALLOW });
      expect(
        await policy.handle({ permission }, user('group:default/team-catalog')),
      ).toMatchObject({
        result: AuthorizeResult.CONDITIONAL,
        conditions: {
          rule: 'IS_ENTITY_OWNER',
          params: { claims: ['group:default/team-catalog'] },
        },
      });
      const basic = createPermission({
        name: permission.name,
        attributes: { action: 'read' },
      });
      expect(
        await policy.handle(
          { permission: basic },
          user('group:default/team-catalog'),
        ),
      ).toEqual({ result: AuthorizeResult.DENY });
      expect(await policy.handle({ permission })).toEqual({
        result: AuthorizeResult.DENY,
      });
    },
  );

  it('makes suppressing findings conditional on owning the entity', async () => {
    const decision = await policy.handle(
      { permission: securitySuppressPermission },
      user('group:default/leadership'),
    );
    expect(decision).toMatchObject({
      result: AuthorizeResult.CONDITIONAL,
      conditions: {
        rule: 'IS_ENTITY_OWNER',
        params: { claims: ['group:default/leadership'] },
      },
    });
  });

  it('denies cost.read outside leadership when it names no entity, as ownership cannot be checked', async () => {
    const decision = await policy.handle(
      {
        permission: createPermission({
          name: costReadPermission.name,
          attributes: { action: 'read' },
        }),
      },
      user('group:default/team-catalog'),
    );
    expect(decision).toEqual({ result: AuthorizeResult.DENY });
  });

  it('denies restricted permissions without a user', async () => {
    const decision = await policy.handle({
      permission: costReadPermission,
    });
    expect(decision).toEqual({ result: AuthorizeResult.DENY });
  });
});
