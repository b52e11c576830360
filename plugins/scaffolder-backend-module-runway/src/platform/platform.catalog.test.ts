import fs from 'node:fs/promises';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import {
  DefaultNamespaceEntityPolicy,
  EntityPolicies,
  FieldFormatEntityPolicy,
  NoForeignRootFieldsEntityPolicy,
  SchemaValidEntityPolicy,
  resourceEntityV1alpha1Validator,
  systemEntityV1alpha1Validator,
  type Entity,
} from '@backstage/catalog-model';
import {
  PLATFORM_TEMPLATE_DIR,
  readRendered,
  renderPlatformSets,
  type RenderedPlatform,
} from './__testUtils__/render';
import type { PlatformSetName } from './__testUtils__/parameterSets';

jest.setTimeout(60_000);

// The policies the catalog applies to every entity it ingests, then the kind's own schema.
const policy = EntityPolicies.allOf([
  new DefaultNamespaceEntityPolicy(),
  new NoForeignRootFieldsEntityPolicy(),
  new FieldFormatEntityPolicy(),
  new SchemaValidEntityPolicy(),
]);
const KIND_VALIDATORS = [
  systemEntityV1alpha1Validator,
  resourceEntityV1alpha1Validator,
];

async function entities(set: RenderedPlatform): Promise<Entity[]> {
  const docs = parseAllDocuments(await readRendered(set, 'catalog-info.yaml'), {
    uniqueKeys: true,
  });
  return [docs].flat().map(d => {
    expect([...d.errors, ...d.warnings]).toEqual([]);
    return d.toJS();
  });
}

describe('aws-platform template: catalog-info.yaml', () => {
  let sets: Record<PlatformSetName, RenderedPlatform>;
  beforeAll(async () => {
    sets = await renderPlatformSets();
  });

  it("every entity passes the catalog's policies and its kind's validator", async () => {
    for (const set of Object.values(sets)) {
      for (const entity of await entities(set)) {
        const enforced = await policy.enforce(entity);
        expect(enforced).toBeDefined();
        const results = await Promise.all(
          KIND_VALIDATORS.map(v => v.check(entity)),
        );
        expect({
          entity: entity.metadata.name,
          valid: results.includes(true),
        }).toEqual({
          entity: entity.metadata.name,
          valid: true,
        });
      }
    }
  });

  it('the validators reject a malformed entity', async () => {
    const [system] = await entities(sets.devOnly);
    await expect(
      resourceEntityV1alpha1Validator.check({
        ...system,
        kind: 'Resource',
        spec: { owner: 'x' },
      }),
    ).rejects.toThrow(/type/);
    await expect(
      policy.enforce({ ...system, metadata: { name: 'Not a name!' } }),
    ).rejects.toThrow(/name/);
  });

  it('registers a System and, per environment, the cluster, RDS, ElastiCache and buckets in it', async () => {
    const list = await entities(sets.everyEnvironment);
    const refs = list.map(
      e => `${e.kind}:${e.metadata.name}:${(e.spec as any).type ?? ''}`,
    );
    const perEnv = (env: string) => [
      `Resource:runway-eks-${env}:kubernetes-cluster`,
      `Resource:runway-${env}-mysql:database`,
      `Resource:runway-${env}-redis:cache`,
      `Resource:runway-${env}-assets:s3-bucket`,
      `Resource:runway-${env}-alb-logs:s3-bucket`,
    ];
    expect(refs).toEqual([
      'System:runway-platform:',
      ...perEnv('dev'),
      ...perEnv('staging'),
      ...perEnv('prod'),
      'Resource:runway-audit-logs:s3-bucket',
      'Resource:runway-tfstate:s3-bucket',
    ]);
    for (const e of list.slice(1))
      expect(e.spec).toMatchObject({
        owner: 'group:default/team-platform',
        system: 'runway-platform',
      });
    expect((await entities(sets.devOnly)).length).toBe(1 + 5 + 2);
  });

  it('annotates clusters exactly like examples/clusters.yaml, which the Kubernetes catalog locator reads', async () => {
    const demo = parseAllDocuments(
      await fs.readFile(
        path.resolve(PLATFORM_TEMPLATE_DIR, '../../examples/clusters.yaml'),
        'utf8',
      ),
    )
      .map(d => d.toJS())
      .filter(e => e?.spec?.type === 'kubernetes-cluster');
    expect(demo).toHaveLength(3);
    const demoKeys = Object.keys(demo[0].metadata.annotations).sort();
    const clusters = (await entities(sets.stagingAndProd)).filter(
      e => (e.spec as any).type === 'kubernetes-cluster',
    );
    expect(clusters.map(c => c.metadata.name)).toEqual([
      'shop-eks-staging',
      'shop-eks-prod',
    ]);
    for (const cluster of clusters) {
      const env = cluster.metadata.name.replace('shop-eks-', '');
      expect(Object.keys(cluster.metadata.annotations!).sort()).toEqual(
        demoKeys,
      );
      expect(cluster.metadata.annotations).toMatchObject({
        'kubernetes.io/auth-provider': 'aws',
        // the role terraform/modules/access creates and every cluster's access entry maps
        'kubernetes.io/aws-assume-role':
          'arn:aws:iam::123456789012:role/shop-eks-reader',
        // the EKS cluster name terraform/environments/<env> gives (cluster_name = local.name)
        'kubernetes.io/x-k8s-aws-id': `shop-${env}`,
      });
      expect(cluster.metadata.annotations!['kubernetes.io/api-server']).toMatch(
        /^https:\/\/.+\.invalid$/,
      );
    }
  });
});
