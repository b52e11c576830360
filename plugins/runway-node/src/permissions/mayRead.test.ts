import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { mayRead, RunwayResourcePermission } from './mayRead';

// What createPermission builds for a resource permission.
const readPermission: RunwayResourcePermission = {
  type: 'resource',
  name: 'test.read',
  attributes: { action: 'read' },
  resourceType: 'catalog-entity',
};

describe('mayRead', () => {
  it('asks once for all refs and answers in their order', async () => {
    const permissions = mockServices.permissions.mock({
      authorize: async requests =>
        requests.map(r => ({
          result:
            'resourceRef' in r && r.resourceRef === 'component:default/b'
              ? ('DENY' as any)
              : ('ALLOW' as any),
        })),
    });
    const credentials = mockCredentials.user();
    const refs = [
      'component:default/a',
      'component:default/b',
      'component:default/c',
    ];
    await expect(
      mayRead(permissions, readPermission, refs, credentials),
    ).resolves.toEqual([true, false, true]);
    expect(permissions.authorize).toHaveBeenCalledTimes(1);
    expect(permissions.authorize).toHaveBeenCalledWith(
      refs.map(resourceRef => ({ permission: readPermission, resourceRef })),
      { credentials },
    );
  });

  it('makes no call for no refs', async () => {
    const permissions = mockServices.permissions.mock();
    await expect(
      mayRead(permissions, readPermission, [], mockCredentials.user()),
    ).resolves.toEqual([]);
    expect(permissions.authorize).not.toHaveBeenCalled();
  });
});
