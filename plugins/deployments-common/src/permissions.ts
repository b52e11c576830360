import { createPermission } from '@backstage/plugin-permission-common';

/**
 * Syncing or rolling back a service's ArgoCD application. A resource permission on the
 * catalog entity, so the default policy can hand it to the entity's owners only.
 *
 * @public
 */
export const deploymentsSyncPermission = createPermission({
  name: 'deployments.sync',
  attributes: { action: 'update' },
  resourceType: 'catalog-entity',
});

/** @public */
export const deploymentsPermissions = [deploymentsSyncPermission];
