import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';

/** A resource permission, as `PermissionsService.authorize` takes it (e.g. `costReadPermission`). @public */
export type RunwayResourcePermission = Extract<
  Parameters<PermissionsService['authorize']>[0][number]['permission'],
  { type: 'resource' }
>;

/**
 * Which of `refs` the caller may read under `permission`, in their order: one batched
 * permission call for all of them. Who may read what (leadership everything, others what
 * their teams own) is the policy's answer, resolved against the catalog; a family service
 * only leaves out, or marks forbidden, what this says no to.
 *
 * @public
 */
export async function mayRead(
  permissions: PermissionsService,
  permission: RunwayResourcePermission,
  refs: string[],
  credentials: BackstageCredentials,
): Promise<boolean[]> {
  if (refs.length === 0) return [];
  const decisions = await permissions.authorize(
    refs.map(resourceRef => ({ permission, resourceRef })),
    { credentials },
  );
  return decisions.map(d => d.result === 'ALLOW');
}
