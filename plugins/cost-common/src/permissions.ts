import { createPermission } from '@backstage/plugin-permission-common';

/**
 * Reading a service's spend. A resource permission on the catalog entity, so the default
 * policy can answer with the catalog's `isEntityOwner` condition (owners see their own
 * services) and allow the leadership group everything.
 *
 * @public
 */
export const costReadPermission = createPermission({
  name: 'cost.read',
  attributes: { action: 'read' },
  resourceType: 'catalog-entity',
});

/** @public */
export const costPermissions = [costReadPermission];
