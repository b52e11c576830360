import { createPermission } from '@backstage/plugin-permission-common';

/**
 * Suppressing a finding hides it from the gate, so only the entity's owners may do it
 * (the Runway policy evaluates `isEntityOwner` against the catalog entity).
 *
 * @public
 */
export const securitySuppressPermission = createPermission({
  name: 'security.suppress',
  attributes: { action: 'update' },
  resourceType: 'catalog-entity',
});

/** @public */
export const securityPermissions = [securitySuppressPermission];
