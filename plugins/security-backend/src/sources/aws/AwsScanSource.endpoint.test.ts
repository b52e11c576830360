import { ConfigReader } from '@backstage/config';
import { createServer, IncomingMessage, Server } from 'http';
import { AddressInfo } from 'net';
import {
  AwsScanSource,
  IMAGE_ORIGIN,
  SECURITY_HUB_ORIGIN,
} from './AwsScanSource';

// A real HTTP server on loopback, not a mocked `send`: this checks what the installed SDK
// versions do with `endpoint` and the standard AWS_ENDPOINT_URL* variables.
interface Seen {
  server: string;
  operation: string;
}

function answer(req: IncomingMessage): {
  operation: string;
  body: object;
  type: string;
} {
  const target = String(req.headers['x-amz-target'] ?? '');
  if (target) {
    // ECR is JSON 1.1: the operation is in X-Amz-Target.
    const operation = target.split('.')[1];
    const body =
      operation === 'DescribeImages'
        ? {
            imageDetails: [
              {
                repositoryName: 'catalog-api',
                imageDigest: 'sha256:abc',
                imageTags: ['1.0.0'],
                imagePushedAt: 1763116200,
              },
            ],
          }
        : {
            imageScanStatus: { status: 'COMPLETE' },
            imageScanFindings: { findings: [] },
          };
    return {
      operation: `ECR ${operation}`,
      body,
      type: 'application/x-amz-json-1.1',
    };
  }
  if (req.url?.startsWith('/findings/list'))
    return {
      operation: 'Inspector2 ListFindings',
      body: { findings: [] },
      type: 'application/json',
    };
  return {
    operation: 'SecurityHub GetFindings',
    body: { Findings: [] },
    type: 'application/json',
  };
}

async function awsAt(
  name: string,
  seen: Seen[],
): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const { operation, body, type } = answer(req);
      seen.push({ server: name, operation });
      res.writeHead(200, { 'content-type': type, 'x-amzn-requestid': 'test' });
      res.end(JSON.stringify(body));
    });
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    server,
  };
}

const target = {
  entityRef: 'component:default/catalog-api',
  ecrRepository: 'catalog-api',
};

async function refreshOnce(endpoint?: string) {
  const source = await AwsScanSource.fromConfig(
    new ConfigReader({
      security: {
        aws: {
          region: 'eu-west-1',
          timeoutMs: 5000,
          ...(endpoint ? { endpoint } : {}),
        },
      },
    }),
  );
  return source.scan(target, await source.prepare([target]));
}

describe('AwsScanSource endpoints', () => {
  const env = process.env;
  const servers: Server[] = [];
  beforeEach(() => {
    // Credentials from the environment (the default chain), so nothing reaches a real AWS.
    process.env = {
      ...env,
      AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'secret',
      AWS_EC2_METADATA_DISABLED: 'true',
    };
    for (const key of Object.keys(process.env))
      if (key.startsWith('AWS_ENDPOINT_URL')) delete process.env[key];
  });
  afterEach(async () => {
    process.env = env;
    await Promise.all(servers.splice(0).map(s => new Promise(r => s.close(r))));
  });
  const start = async (name: string, seen: Seen[]) => {
    const s = await awsAt(name, seen);
    servers.push(s.server);
    return s.url;
  };

  it('sends every call of the three clients to security.aws.endpoint', async () => {
    const seen: Seen[] = [];
    const url = await start('proxy', seen);
    const scans = await refreshOnce(url);
    expect(scans).toEqual([
      { origin: IMAGE_ORIGIN, findings: [] },
      { origin: SECURITY_HUB_ORIGIN, findings: [] },
    ]);
    expect(seen.map(s => `${s.server} ${s.operation}`).sort()).toEqual([
      'proxy ECR DescribeImageScanFindings',
      'proxy ECR DescribeImages',
      'proxy Inspector2 ListFindings',
      'proxy SecurityHub GetFindings',
    ]);
  });

  it('honours AWS_ENDPOINT_URL for all three clients', async () => {
    const seen: Seen[] = [];
    process.env.AWS_ENDPOINT_URL = await start('localstack', seen);
    await refreshOnce();
    expect(seen.map(s => s.server)).toEqual([
      'localstack',
      'localstack',
      'localstack',
      'localstack',
    ]);
  });

  it('honours the per-service AWS_ENDPOINT_URL_ECR, _INSPECTOR2 and _SECURITYHUB', async () => {
    const seen: Seen[] = [];
    process.env.AWS_ENDPOINT_URL = await start('generic', seen);
    process.env.AWS_ENDPOINT_URL_ECR = await start('ecr', seen);
    process.env.AWS_ENDPOINT_URL_INSPECTOR2 = await start('inspector', seen);
    process.env.AWS_ENDPOINT_URL_SECURITYHUB = await start('hub', seen);
    await refreshOnce();
    expect(seen.map(s => `${s.server} ${s.operation}`).sort()).toEqual([
      'ecr ECR DescribeImageScanFindings',
      'ecr ECR DescribeImages',
      'hub SecurityHub GetFindings',
      'inspector Inspector2 ListFindings',
    ]);
  });

  it('lets security.aws.endpoint win over the variables', async () => {
    const seen: Seen[] = [];
    process.env.AWS_ENDPOINT_URL_ECR = await start('ecr', seen);
    await refreshOnce(await start('configured', seen));
    expect(seen.map(s => s.server)).toEqual([
      'configured',
      'configured',
      'configured',
      'configured',
    ]);
  });
});
