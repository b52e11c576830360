/**
 * Backstage's own Kubernetes backend, with Runway's module in live mode, against Kubernetes
 * API servers at the wire on loopback: three clusters from the `config` locator (one good,
 * one whose token is refused, one that never answers) and one EKS cluster from the catalog
 * (`kubernetes-cluster` Resource, auth provider `aws`) whose token comes from an STS fake.
 */
import { Entity } from '@backstage/catalog-model';
import {
  clusterEntities,
  createDemoWorld,
  DEMO_CLUSTERS,
  demoClusterObjects,
  serviceEntity,
} from '@runway/demo-node';
import {
  FakeKubernetesApi,
  startFakeKubernetesApi,
} from './__testUtils__/fakeKubernetesApi';
import { ASSUMED_ACCESS_KEY_ID, startFakeSts } from './__testUtils__/fakeSts';
import {
  KubernetesBackendProcess,
  startKubernetesBackendProcess,
} from './__testUtils__/kubernetesBackendProcess';
import { productionKubernetesConfig } from './__testUtils__/runwayKubernetesConfig';
import { inCluster, resourcesOf } from './__testUtils__/responses';

jest.setTimeout(120_000);

const world = createDemoWorld();
const prodObjects = demoClusterObjects(world, DEMO_CLUSTERS[2]);
const checkout = serviceEntity(world.services[0]);
const ROLE = 'arn:aws:iam::432109876543:role/runway-eks-reader';
const { objectTypes, customResources } = productionKubernetesConfig();
const LISTS_PER_CLUSTER = objectTypes.length + customResources.length;

let good: FakeKubernetesApi;
let revoked: FakeKubernetesApi;
let hung: FakeKubernetesApi;
let eks: FakeKubernetesApi;
let sts: Awaited<ReturnType<typeof startFakeSts>>;
let backend: KubernetesBackendProcess;

function eksClusterEntity(apiServer: string): Entity {
  const [template] = clusterEntities();
  return {
    ...template,
    metadata: {
      ...template.metadata,
      name: 'eks-test',
      annotations: {
        ...template.metadata.annotations,
        'kubernetes.io/api-server': apiServer,
        'kubernetes.io/aws-assume-role': ROLE,
        'kubernetes.io/x-k8s-aws-id': 'runway-test',
      },
    },
  };
}

const serviceAccountCluster = (name: string, api: FakeKubernetesApi) => ({
  name,
  url: api.url,
  authProvider: 'serviceAccount',
  serviceAccountToken: 'reader-token',
  skipMetricsLookup: true,
});

beforeAll(async () => {
  [good, revoked, hung, eks, sts] = await Promise.all([
    startFakeKubernetesApi({ objects: prodObjects, token: 'reader-token' }),
    startFakeKubernetesApi({ objects: prodObjects, token: 'a-newer-token' }),
    startFakeKubernetesApi({ objects: prodObjects, hang: true }),
    startFakeKubernetesApi({ objects: prodObjects }),
    startFakeSts(),
  ]);
  backend = await startKubernetesBackendProcess({
    runwayDataSource: 'live',
    entities: [checkout, eksClusterEntity(eks.url)],
    // Static keys for the default credential chain; STS only at the loopback fake.
    env: {
      AWS_ACCESS_KEY_ID: 'AKIAFAKESTATICKEY001',
      AWS_SECRET_ACCESS_KEY: 'fakeStaticSecretKey000000000000000000000',
      AWS_REGION: 'eu-west-1',
      AWS_ENDPOINT_URL_STS: sts.url,
      AWS_PROFILE: '',
      AWS_SESSION_TOKEN: '',
      AWS_WEB_IDENTITY_TOKEN_FILE: '',
      AWS_EC2_METADATA_DISABLED: 'true',
    },
    kubernetes: {
      serviceLocatorMethod: { type: 'multiTenant' },
      clusterLocatorMethods: [
        {
          type: 'config',
          clusters: [
            serviceAccountCluster('good', good),
            serviceAccountCluster('revoked', revoked),
            serviceAccountCluster('hung', hung),
          ],
        },
        // The catalog locator refuses private and plain-http API servers unless told.
        { type: 'catalog', dangerouslyAllowClusterUrls: ['127.0.0.1'] },
      ],
      objectTypes,
      customResources,
      runway: { clusterTimeoutSeconds: 1 },
    },
  });
});

afterAll(async () => {
  await backend?.stop();
  await Promise.all([good, revoked, hung, eks, sts].map(s => s?.close()));
});

async function tabView() {
  for (const api of [good, revoked, hung, eks]) api.calls.length = 0;
  sts.calls.length = 0;
  const view = await backend.servicesView('checkout-api');
  return { res: view, ms: view.ms };
}

describe('Kubernetes backend against Kubernetes API servers at the wire', () => {
  it("answers the service's objects grouped per cluster, selected by the entity's label selector", async () => {
    const { res } = await tabView();
    expect(res.status).toBe(200);
    const item = inCluster(res.body, 'good');
    expect(item.errors).toEqual([]);
    const pods = resourcesOf(item, 'pods');
    expect(pods.length).toBeGreaterThan(0);
    for (const type of objectTypes) {
      for (const o of resourcesOf(item, type))
        expect(o.metadata.labels['app.kubernetes.io/name']).toBe(
          'checkout-api',
        );
    }
    // Every list went out with the annotation's selector, not the kubernetes-id default.
    expect(new Set(good.calls.map(c => c.labelSelector))).toEqual(
      new Set([
        checkout.metadata.annotations![
          'backstage.io/kubernetes-label-selector'
        ],
      ]),
    );
    // Pods group under their ReplicaSets, and those under the Rollout, by uid.
    const [rollout] = resourcesOf(item, 'customresources');
    expect(rollout).toMatchObject({
      kind: 'Rollout',
      apiVersion: 'argoproj.io/v1alpha1',
      status: { abort: true, phase: 'Degraded' },
    });
    const rsUids = new Set(
      resourcesOf(item, 'replicasets')
        .filter(
          (rs: any) =>
            rs.metadata.ownerReferences[0].uid === rollout.metadata.uid,
        )
        .map((rs: any) => rs.metadata.uid),
    );
    expect(
      pods.every((p: any) => rsUids.has(p.metadata.ownerReferences[0].uid)),
    ).toBe(true);
  });

  it("gives a cluster that refuses the token its own UNAUTHORIZED errors, the others' objects still answered", async () => {
    const { res } = await tabView();
    expect(res.status).toBe(200);
    const item = inCluster(res.body, 'revoked');
    expect(item.resources).toEqual([]);
    expect(item.errors).toHaveLength(LISTS_PER_CLUSTER);
    expect(item.errors).toContainEqual({
      errorType: 'UNAUTHORIZED_ERROR',
      statusCode: 401,
      resourcePath: '/api/v1/pods',
    });
    expect(item.errors).toContainEqual({
      errorType: 'UNAUTHORIZED_ERROR',
      statusCode: 401,
      resourcePath: '/apis/argoproj.io/v1alpha1/rollouts',
    });
    expect(
      resourcesOf(inCluster(res.body, 'good'), 'pods').length,
    ).toBeGreaterThan(0);
  });

  it('gives a cluster that never answers a FETCH_ERROR after the timeout, not a hung request', async () => {
    const { res, ms } = await tabView();
    expect(res.status).toBe(200);
    expect(inCluster(res.body, 'hung')).toMatchObject({
      resources: [],
      errors: [
        {
          errorType: 'FETCH_ERROR',
          message: 'cluster hung did not answer within 1 s',
        },
      ],
    });
    expect(hung.calls).toHaveLength(LISTS_PER_CLUSTER);
    expect(ms).toBeLessThan(5_000);
  });

  it('signs an EKS token with the role assumed through STS (AWS_ENDPOINT_URL_STS) for the catalog cluster', async () => {
    const { res } = await tabView();
    expect(inCluster(res.body, 'eks-test').errors).toEqual([]);
    expect(sts.calls).toContainEqual(
      expect.objectContaining({ Action: 'AssumeRole', RoleArn: ROLE }),
    );
    const auth = new Set(eks.calls.map(c => c.authorization));
    expect(auth.size).toBe(1);
    const [header] = [...auth];
    expect(header).toMatch(/^Bearer k8s-aws-v1\.[A-Za-z0-9_-]+$/);
    // The token is a presigned sts:GetCallerIdentity URL: signed with the assumed
    // session's key, for the cluster id the annotation names.
    const presigned = new URL(
      Buffer.from(
        header!.slice('Bearer k8s-aws-v1.'.length),
        'base64url',
      ).toString(),
    );
    expect(presigned.hostname).toBe('sts.eu-west-1.amazonaws.com');
    expect(presigned.searchParams.get('Action')).toBe('GetCallerIdentity');
    expect(presigned.searchParams.get('X-Amz-Credential')).toMatch(
      new RegExp(
        `^${ASSUMED_ACCESS_KEY_ID}/\\d{8}/eu-west-1/sts/aws4_request$`,
      ),
    );
    expect(presigned.searchParams.get('X-Amz-SignedHeaders')).toContain(
      'x-k8s-aws-id',
    );
  });

  it('makes one list call per object type and custom resource per cluster per tab view', async () => {
    await tabView();
    for (const api of [good, revoked, hung, eks]) {
      expect(api.calls).toHaveLength(LISTS_PER_CLUSTER);
      expect(new Set(api.calls.map(c => c.path)).size).toBe(LISTS_PER_CLUSTER);
    }
    // Backstage's aws strategy assumes the role afresh for every view of every EKS cluster.
    expect(sts.calls.filter(c => c.Action === 'AssumeRole')).toHaveLength(1);
    // Runway's production config: 6 object types + Argo Rollouts = 7 lists per cluster,
    // 21 for the three EKS clusters, each time the tab polls (every 10 s by default).
    expect(LISTS_PER_CLUSTER).toBe(7);
  });
});
