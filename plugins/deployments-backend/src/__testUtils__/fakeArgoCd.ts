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

/** Keeps only `path` (dot-separated) of `value`; arrays keep the path of each element. */
function pick(value: any, path: string[]): any {
  if (path.length === 0 || value === null || typeof value !== 'object') {
    return value;
  }
  if (Array.isArray(value)) return value.map(v => pick(v, path));
  const [head, ...rest] = path;
  return head in value ? { [head]: pick(value[head], rest) } : {};
}

function merge(a: any, b: any): any {
  if (Array.isArray(a) && Array.isArray(b))
    return a.map((v, i) => merge(v, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const out = { ...a };
    for (const [k, v] of Object.entries(b))
      out[k] = k in a ? merge(a[k], v) : v;
    return out;
  }
  return b ?? a;
}

/**
 * GET /api/v1/applications as ArgoCD answers it: `selector` (a Kubernetes label
 * selector, applied to metadata.labels), `projects` (repeatable) and `fields` (keep only
 * these `items.…` paths) all apply, so a client that asks for too little gets too little.
 */
export function listAnswer(payload: { items?: ListedApp[] }, url: URL) {
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
    const paths = fields
      .split(',')
      .filter(f => f.startsWith('items.'))
      .map(f => f.split('.').slice(1));
    items = items.map(app =>
      paths.reduce((acc, p) => merge(acc, pick(app, p)), {} as any),
    );
  }
  return { metadata: {}, items };
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
      async ({ request }) =>
        (await record(request))
          ? HttpResponse.json(revisionMetadata)
          : unauthorized(),
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
