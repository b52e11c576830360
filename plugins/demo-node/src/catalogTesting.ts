import { Entity } from '@backstage/catalog-model';
import { serviceEntity } from './catalog';
import { DemoWorld } from './world';

/**
 * The demo services as the catalog serves them, with the `ownedBy` relation it computes:
 * the entities a family backend's tests give `catalogServiceMock`.
 *
 * @public
 */
export function catalogComponents(world: DemoWorld): Entity[] {
  return world.services.map(service => {
    const entity = serviceEntity(service);
    return {
      ...entity,
      metadata: { ...entity.metadata, namespace: 'default' },
      relations: [
        { type: 'ownedBy', targetRef: `group:default/${service.owner}` },
      ],
    };
  });
}

/**
 * Who belongs to which groups in the backend tests, as the catalog's membership would
 * resolve it: an owner of checkout services, one of catalog services, and leadership.
 *
 * @public
 */
export const DEMO_PERSONAS: Record<string, string[]> = {
  'user:default/alice': ['group:default/team-checkout'],
  'user:default/gabriel': ['group:default/team-catalog'],
  'user:default/boss': ['group:default/leadership'],
};

/**
 * Runway's default read policy (`cost.read`, `compliance.read`, ...) as the permission
 * framework applies it to the demo world: members of `group:default/leadership` read
 * every service; anyone else only the services their groups own. `groupsOf` maps a user
 * ref to its groups (by default {@link DEMO_PERSONAS}). The answer is what
 * `PermissionsService.authorize` returns, for `mockServices.permissions.mock`.
 *
 * @public
 */
export function ownerOrLeadershipDecisions(
  world: DemoWorld,
  groupsOf: Record<string, string[]> = DEMO_PERSONAS,
) {
  const ownerOf = new Map(
    world.services.map(s => [
      `component:default/${s.name}`,
      `group:default/${s.owner}`,
    ]),
  );
  return async (
    requests: Array<{ resourceRef?: string }>,
    options: { credentials: { principal: unknown } },
  ): Promise<Array<{ result: 'ALLOW' | 'DENY' }>> => {
    const principal = options.credentials.principal as {
      userEntityRef?: string;
    };
    const claims = groupsOf[principal.userEntityRef ?? ''] ?? [];
    return requests.map(r => ({
      result:
        claims.includes('group:default/leadership') ||
        claims.includes(ownerOf.get(r.resourceRef ?? '') ?? '')
          ? 'ALLOW'
          : 'DENY',
    }));
  };
}
