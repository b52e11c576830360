import { isResourcePermission } from '@backstage/plugin-permission-common';
import { complianceReadPermission } from './permissions';

describe('complianceReadPermission', () => {
  it('is the catalog-entity resource permission the default policy knows as compliance.read', () => {
    expect(complianceReadPermission.name).toBe('compliance.read');
    expect(
      isResourcePermission(complianceReadPermission, 'catalog-entity'),
    ).toBe(true);
  });
});
