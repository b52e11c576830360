import {
  AuthorizeResult,
  isPermission,
  isResourcePermission,
  Permission,
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
import { complianceReadPermission } from '@runway/plugin-compliance-common';
import { costReadPermission } from '@runway/plugin-cost-common';
import { deploymentsSyncPermission } from '@runway/plugin-deployments-common';
import { securitySuppressPermission } from '@runway/plugin-security-common';

/** Actions that change a service or its records: only its owners may take them. */
const OWNER_ONLY: Permission[] = [
  deploymentsSyncPermission,
  securitySuppressPermission,
];
/** Reads restricted to owners, widened to leadership. */
const OWNER_OR_LEADERSHIP: Permission[] = [
  costReadPermission,
  complianceReadPermission,
];

const isOneOf = (permission: Permission, list: Permission[]) =>
  list.some(p => isPermission(permission, p));

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
    const leadershipMayRead = isOneOf(permission, OWNER_OR_LEADERSHIP);
    if (!leadershipMayRead && !isOneOf(permission, OWNER_ONLY)) {
      return { result: AuthorizeResult.ALLOW };
    }
    if (!user) return { result: AuthorizeResult.DENY };

    const claims = user.info.ownershipEntityRefs;
    if (
      leadershipMayRead &&
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
