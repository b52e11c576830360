// The list semantics are the Runway module's (the demo fetcher answers with the same lists),
// imported from its source: a test utility, not part of its API.
/* eslint-disable @backstage/no-relative-monorepo-imports */
import http from 'http';
import { AddressInfo } from 'net';
import {
  apiServerList,
  ListableObject,
} from '../../../../../plugins/kubernetes-backend-module-runway/src/apiServerList';

/** One request the fake API server received. */
export interface KubernetesApiCall {
  path: string;
  labelSelector?: string;
  authorization?: string;
}

export interface FakeKubernetesApi {
  url: string;
  calls: KubernetesApiCall[];
  close(): Promise<void>;
}

const BUILT_IN_GROUPS = [
  '',
  'apps',
  'autoscaling',
  'batch',
  'networking.k8s.io',
];

// GET /api/v1[/namespaces/<ns>]/<plural> or /apis/<group>/<version>[/namespaces/<ns>]/<plural>
const LIST_PATH =
  /^\/(?:api\/(?<core>v1)|apis\/(?<group>[^/]+)\/(?<version>[^/]+))(?:\/namespaces\/(?<namespace>[^/]+))?\/(?<plural>[a-z]+)$/;

function status(code: number, reason: string, message: string) {
  // The API server's metav1.Status body for a failed request.
  return {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message,
    reason,
    code,
  };
}

/**
 * A Kubernetes API server on loopback, at the wire: list endpoints for any resource of
 * `objects`, the labelSelector applied as the API server applies it, `<Kind>List` bodies,
 * metav1.Status on errors. `token` set: any other bearer token is 401 (as for a revoked
 * service account); `hang`: accepts connections and never answers.
 */
export async function startFakeKubernetesApi(options: {
  objects: readonly ListableObject[];
  token?: string;
  hang?: boolean;
}): Promise<FakeKubernetesApi> {
  const calls: KubernetesApiCall[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    calls.push({
      path: url.pathname,
      labelSelector: url.searchParams.get('labelSelector') ?? undefined,
      authorization: req.headers.authorization,
    });
    if (options.hang) return;
    const send = (code: number, body: unknown) => {
      res.writeHead(code, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (
      options.token &&
      req.headers.authorization !== `Bearer ${options.token}`
    ) {
      send(401, status(401, 'Unauthorized', 'Unauthorized'));
      return;
    }
    const match = LIST_PATH.exec(url.pathname);
    if (req.method !== 'GET' || !match?.groups) {
      send(
        404,
        status(
          404,
          'NotFound',
          'the server could not find the requested resource',
        ),
      );
      return;
    }
    const { core, group = '', version, namespace, plural } = match.groups;
    try {
      send(
        200,
        apiServerList(
          options.objects,
          { group, apiVersion: core ?? version, plural },
          {
            namespace,
            labelSelector: url.searchParams.get('labelSelector') ?? undefined,
            builtIn: BUILT_IN_GROUPS.includes(group),
          },
        ),
      );
    } catch (e) {
      send(400, status(400, 'BadRequest', (e as Error).message));
    }
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    close: () =>
      new Promise(resolve => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
