import { mockServices } from '@backstage/backend-test-utils';
import { NotFoundError } from '@backstage/errors';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { adrLocationOf, nextAdrNumber, slugify } from './adrLocation';
import { createAdrNextNumberAction } from './adrNextNumber';

const entity = (annotations: Record<string, string>) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'orders-api',
    annotations: { 'backstage.io/adr-location': './docs/adr', ...annotations },
  },
});

function reader(files: string[] | Error) {
  const r = mockServices.urlReader.mock();
  r.readTree.mockImplementation(async () => {
    if (files instanceof Error) throw files;
    return {
      files: async () =>
        files.map(p => ({ path: p, content: async () => Buffer.from('') })),
    } as any;
  });
  return r;
}

describe('adrLocationOf', () => {
  it('resolves against a catalog file in a Git repository, keeping the path inside the repo', () => {
    expect(
      adrLocationOf(
        entity({
          'backstage.io/managed-by-location':
            'url:https://github.com/acme/shop/blob/main/services/orders/catalog-info.yaml',
        }),
      ),
    ).toEqual({
      folderUrl:
        'https://github.com/acme/shop/blob/main/services/orders/docs/adr',
      repoPath: 'services/orders/docs/adr',
    });
  });

  it('resolves a local file: location to a file: URL', () => {
    expect(
      adrLocationOf(
        entity({
          'backstage.io/managed-by-location':
            'file:/srv/examples/services/orders-api/catalog-info.yaml',
        }),
      ),
    ).toEqual({
      folderUrl: 'file:///srv/examples/services/orders-api/docs/adr',
      repoPath: 'docs/adr',
    });
  });

  it('refuses locations that leave the repository or are absolute URLs', () => {
    const at = 'url:https://github.com/acme/shop/blob/main/catalog-info.yaml';
    expect(() =>
      adrLocationOf(
        entity({
          'backstage.io/managed-by-location': at,
          'backstage.io/adr-location': '../other/adr',
        }),
      ),
    ).toThrow('points outside the repository');
    expect(() =>
      adrLocationOf(
        entity({
          'backstage.io/managed-by-location': at,
          'backstage.io/adr-location': 'https://evil.example.com/',
        }),
      ),
    ).toThrow('must be a path inside the repository');
  });
});

describe('nextAdrNumber and slugify', () => {
  it('counts on from the highest record, ignoring other files', () => {
    expect(
      nextAdrNumber([
        '0001-a.md',
        '0012-b.md',
        'README.md',
        'template.md',
        '0003-c.md',
      ]),
    ).toBe(13);
    expect(nextAdrNumber(['README.md'])).toBe(1);
    expect(slugify('Use PostgreSQL (v16) for Orders!')).toBe(
      'use-postgresql-v16-for-orders',
    );
  });
});

describe('runway:adr:next-number', () => {
  const located = entity({
    'backstage.io/managed-by-location':
      'url:https://github.com/runway-demo/orders-api/blob/main/catalog-info.yaml',
    'github.com/project-slug': 'runway-demo/orders-api',
  });

  it('answers the next number, the file name, the repo path and the repository', async () => {
    const urlReader = reader([
      '0001-record-architecture-decisions.md',
      '0002-use-redis.md',
      '0005-use-postgresql.md',
    ]);
    const ctx = createMockActionContext({
      input: { entity: located, title: 'Move to Aurora' },
    });
    await createAdrNextNumberAction({ urlReader }).handler(ctx as any);
    expect(urlReader.readTree).toHaveBeenCalledWith(
      'https://github.com/runway-demo/orders-api/blob/main/docs/adr',
    );
    expect(ctx.output).toHaveBeenCalledWith('number', '0006');
    expect(ctx.output).toHaveBeenCalledWith(
      'fileName',
      '0006-move-to-aurora.md',
    );
    expect(ctx.output).toHaveBeenCalledWith('adrPath', 'docs/adr');
    expect(ctx.output).toHaveBeenCalledWith(
      'date',
      expect.stringMatching(/^\d{4}-\d\d-\d\d$/),
    );
    expect(ctx.output).toHaveBeenCalledWith(
      'repoUrl',
      'github.com?owner=runway-demo&repo=orders-api',
    );
  });

  it('starts at 0001 when the folder does not exist yet', async () => {
    const ctx = createMockActionContext({
      input: { entity: located, title: 'Record decisions' },
    });
    await createAdrNextNumberAction({
      urlReader: reader(new NotFoundError('no folder')),
    }).handler(ctx as any);
    expect(ctx.output).toHaveBeenCalledWith(
      'fileName',
      '0001-record-decisions.md',
    );
  });

  it('fails clearly without the annotation, and passes on other read errors', async () => {
    const bare = {
      metadata: {
        name: 'orders-api',
        annotations: {
          'backstage.io/managed-by-location':
            'url:https://github.com/a/b/blob/main/catalog-info.yaml',
        },
      },
    };
    const action = createAdrNextNumberAction({ urlReader: reader([]) });
    await expect(
      action.handler(
        createMockActionContext({
          input: { entity: bare, title: 'Xyz' },
        }) as any,
      ),
    ).rejects.toThrow('orders-api has no backstage.io/adr-location annotation');
    const failing = createAdrNextNumberAction({
      urlReader: reader(new Error('rate limited')),
    });
    await expect(
      failing.handler(
        createMockActionContext({
          input: { entity: located, title: 'Xyz' },
        }) as any,
      ),
    ).rejects.toThrow('rate limited');
  });
});
