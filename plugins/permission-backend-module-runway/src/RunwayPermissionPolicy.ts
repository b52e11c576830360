import {
  AuthorizeResult,
  isResourcePermission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';

/** Actions that change a service or its records: only its owners may take them. */
const OWNER_ONLY = new Set(['deployments.sync', 'security.suppress']);
/** Reads restricted to owners, widened to leadership. */
const OWNER_OR_LEADERSHIP = new Set(['cost.read']);

/**
 * Runway's default policy. Owner checks are conditional decisions evaluated by the catalog
 * against the entity's `spec.owner`, so the families never re-implement ownership.
 * Everything not named here is allowed to any signed-in user or service.
 */
export class RunwayPermissionPolicy implements PermissionPolicy {
  constructor(private readonly leadershipGroups: string[]) {}

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    const { permission } = request;
    const restricted =
      OWNER_ONLY.has(permission.name) ||
      OWNER_OR_LEADERSHIP.has(permission.name);
    if (!restricted) return { result: AuthorizeResult.ALLOW };
    if (!user) return { result: AuthorizeResult.DENY };

    const claims = user.info.ownershipEntityRefs;
    if (
      OWNER_OR_LEADERSHIP.has(permission.name) &&
      claims.some(ref => this.leadershipGroups.includes(ref))
    ) {
      return { result: AuthorizeResult.ALLOW };
    }
    if (!isResourcePermission(permission, 'catalog-entity')) {
      return { result: AuthorizeResult.DENY };
    }
    return createCatalogConditionalDecision(
      permission,
      catalogConditions.isEntityOwner({ claims }),
    );
  }
}
