import { isResourcePermission } from '@backstage/plugin-permission-common';
import {
  deploymentsPermissions,
  deploymentsSyncPermission,
} from './permissions';

describe('deployments permissions', () => {
  it('is the resource permission the Runway policy grants to entity owners', () => {
    // The policy matches on this exact name and evaluates isEntityOwner on catalog entities.
    expect(deploymentsSyncPermission.name).toBe('deployments.sync');
    expect(
      isResourcePermission(deploymentsSyncPermission, 'catalog-entity'),
    ).toBe(true);
    expect(deploymentsPermissions).toEqual([deploymentsSyncPermission]);
  });
});
