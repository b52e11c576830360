import { createPermission } from '@backstage/plugin-permission-common';

/**
 * Reading a service's compliance and recovery posture. A resource permission on the
 * catalog entity, handled by Runway's default policy exactly like `cost.read`: owners see
 * their own services, the leadership group sees everything.
 *
 * @public
 */
export const complianceReadPermission = createPermission({
  name: 'compliance.read',
  attributes: { action: 'read' },
  resourceType: 'catalog-entity',
});

/** @public */
export const compliancePermissions = [complianceReadPermission];
