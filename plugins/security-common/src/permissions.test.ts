import { isResourcePermission } from '@backstage/plugin-permission-common';
import { securitySuppressPermission } from './permissions';

describe('securitySuppressPermission', () => {
  it('is the catalog-entity resource permission the Runway policy limits to owners', () => {
    // RunwayPermissionPolicy matches on this exact name and evaluates isEntityOwner.
    expect(securitySuppressPermission.name).toBe('security.suppress');
    expect(
      isResourcePermission(securitySuppressPermission, 'catalog-entity'),
    ).toBe(true);
  });
});
