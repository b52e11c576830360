import { http, HttpResponse } from 'msw';
import mainApps from '../sources/argocd/__fixtures__/applications-main.json';
import euApps from '../sources/argocd/__fixtures__/applications-eu.json';
import canaryTree from '../sources/argocd/__fixtures__/resource-tree-canary.json';
import canaryRollout from '../sources/argocd/__fixtures__/resource-rollout-canary.json';
import revisionMetadata from '../sources/argocd/__fixtures__/revision-metadata.json';
import syncAnswer from '../sources/argocd/__fixtures__/sync-answer.json';
import {
  matchesLabels,
  parseLabelSelector,
} from '../sources/argocd/labelSelector';

export const MAIN_URL = 'https://argocd-main.test';
export const EU_URL = 'https://argocd-eu.test';
export const TOKENS = { main: 'main-token', eu: 'eu-token' };

export interface Call {
  method: string;
  path: string;
  search: string;
  auth: string | null;
  body?: unknown;
}

interface ListedApp {
  metadata: { labels?: Record<string, string> };
  spec?: { project?: string };
}

const at = (value: any, path: string[]) =>
  path.reduce(
    (v, k) => (v === null || v === undefined ? undefined : v[k]),
    value,
  );

/**
 * The only Application fields ArgoCD's list `fields` parameter can select: the API server
 * keeps a fixed table of them (`appFields` in `server/application`, the List forwarder),
 * because JSON-based selection over thousands of apps was too slow. A name outside the
 * table is ignored, so `items.status.history`, `items.spec.project` or
 * `items.status.sync.revision` come back as nothing. One quirk kept as ArgoCD has it:
 * `status.operationState.operation.sync` carries the operation's sync RESULT.
 */
const ARGOCD_SELECTABLE_FIELDS: Record<string, (app: any) => unknown> = {
  'metadata.name': app => app.metadata?.name ?? '',
  'metadata.namespace': app => app.metadata?.namespace ?? '',
  'metadata.annotations': app => app.metadata?.annotations,
  'metadata.labels': app => app.metadata?.labels,
  'metadata.creationTimestamp': app => app.metadata?.creationTimestamp,
  'metadata.deletionTimestamp': app => app.metadata?.deletionTimestamp,
  spec: app => app.spec ?? {},
  'status.sourceHydrator': app => app.status?.sourceHydrator ?? {},
  'status.sync.status': app => app.status?.sync?.status ?? '',
  'status.health': app => app.status?.health ?? {},
  'status.summary': app => app.status?.summary ?? {},
  'status.operationState.startedAt': app =>
    at(app, ['status', 'operationState', 'startedAt']),
  'status.operationState.finishedAt': app =>
    at(app, ['status', 'operationState', 'finishedAt']),
  'status.resources': app =>
    app.status?.resources?.length ? app.status.resources : undefined,
  'operation.sync': app => app.operation?.sync,
  'status.operationState.phase': app =>
    at(app, ['status', 'operationState', 'phase']),
  'status.operationState.operation.sync': app =>
    at(app, ['status', 'operationState', 'syncResult']),
};

/**
 * `fields` as ArgoCD applies it: each selectable field named (`items.<field>`), or with a
 * leading `-` each one NOT named, is set at its dotted path; nothing else survives.
 */
function selectFields(app: unknown, fields: string): Record<string, unknown> {
  const exclude = fields.startsWith('-');
  const named = new Set((exclude ? fields.slice(1) : fields).split(','));
  const out: Record<string, any> = {};
  for (const [field, read] of Object.entries(ARGOCD_SELECTABLE_FIELDS)) {
    if (named.has(`items.${field}`) === exclude) continue;
    const value = read(app);
    if (value === undefined || value === null) continue;
    const parts = field.split('.');
    let item = out;
    for (const part of parts.slice(0, -1)) item = item[part] ??= {};
    item[parts[parts.length - 1]] = value;
  }
  return out;
}

/**
 * GET /api/v1/applications as ArgoCD answers it: `selector` (a Kubernetes label
 * selector, applied to metadata.labels), `projects` (repeatable) and `fields` (ArgoCD's
 * fixed table only, see `ARGOCD_SELECTABLE_FIELDS`) all apply, so a client that asks for
 * a field ArgoCD cannot select gets nothing for it, as from a real ArgoCD.
 */
export function listAnswer(
  payload: { metadata?: unknown; items?: ListedApp[] },
  url: URL,
) {
  let items = payload.items ?? [];
  const selector = url.searchParams.get('selector');
  if (selector) {
    const parsed = parseLabelSelector(selector);
    items = items.filter(app =>
      matchesLabels(app.metadata.labels ?? {}, parsed),
    );
  }
  const projects = url.searchParams.getAll('projects');
  if (projects.length) {
    items = items.filter(app => projects.includes(app.spec?.project ?? ''));
  }
  const fields = url.searchParams.get('fields');
  if (fields) {
    return {
      metadata: payload.metadata ?? {},
      items: items.map(app => selectFields(app, fields)),
    };
  }
  return { ...payload, metadata: payload.metadata ?? {}, items };
}

/**
 * An ArgoCD API server at the wire: answers like ArgoCD's REST API from the fixtures,
 * rejects a wrong bearer token with 401, and records every call for counting.
 */
export function fakeArgoCd(
  baseUrl: string,
  token: string,
  payload: unknown,
  calls: Call[],
) {
  const record = async (request: Request) => {
    const url = new URL(request.url);
    const body = request.method === 'POST' ? await request.json() : undefined;
    calls.push({
      method: request.method,
      path: url.pathname,
      search: url.search,
      auth: request.headers.get('authorization'),
      body,
    });
    return request.headers.get('authorization') === `Bearer ${token}`;
  };
  const unauthorized = () =>
    HttpResponse.json(
      { error: 'invalid session', code: 16, message: 'invalid session' },
      { status: 401 },
    );
  return [
    http.get(`${baseUrl}/api/v1/applications`, async ({ request }) =>
      (await record(request))
        ? HttpResponse.json(listAnswer(payload as any, new URL(request.url)))
        : unauthorized(),
    ),
    http.get(
      `${baseUrl}/api/v1/applications/:name/resource-tree`,
      async ({ request }) =>
        (await record(request))
          ? HttpResponse.json(canaryTree)
          : unauthorized(),
    ),
    http.get(
      `${baseUrl}/api/v1/applications/:name/resource`,
      async ({ request }) =>
        (await record(request))
          ? HttpResponse.json(canaryRollout)
          : unauthorized(),
    ),
    http.get(
      `${baseUrl}/api/v1/applications/:name/revisions/:rev/metadata`,
      async ({ request, params }) => {
        if (!(await record(request))) return unauthorized();
        // ArgoCD's repo server refuses anything but a commit SHA (a Helm chart version, a
        // branch) with a plain error: gRPC Unknown, which its gateway answers as HTTP 500.
        const rev = String(params.rev);
        if (!/^[0-9a-f]{7,40}$/.test(rev)) {
          const message = `revision ${rev} must be resolved`;
          return HttpResponse.json(
            { error: message, code: 2, message },
            { status: 500 },
          );
        }
        return HttpResponse.json(revisionMetadata);
      },
    ),
    http.post(
      `${baseUrl}/api/v1/applications/:name/sync`,
      async ({ request }) =>
        (await record(request))
          ? HttpResponse.json(syncAnswer)
          : unauthorized(),
    ),
    http.post(
      `${baseUrl}/api/v1/applications/:name/rollback`,
      async ({ request }) =>
        (await record(request))
          ? HttpResponse.json(syncAnswer)
          : unauthorized(),
    ),
  ];
}

export const fixtures = { mainApps, euApps };

export const listCalls = (calls: Call[]) =>
  calls.filter(c => c.method === 'GET' && c.path === '/api/v1/applications');
