import { isResourcePermission } from '@backstage/plugin-permission-common';
import { costReadPermission } from './permissions';

describe('costReadPermission', () => {
  it('is the catalog-entity resource permission the default policy knows as cost.read', () => {
    // The policy matches on the name and answers with the catalog's isEntityOwner condition,
    // which only applies to catalog-entity resource permissions.
    expect(costReadPermission.name).toBe('cost.read');
    expect(isResourcePermission(costReadPermission, 'catalog-entity')).toBe(
      true,
    );
  });
});
