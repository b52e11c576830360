import { http, HttpResponse } from 'msw';
import mainApps from '../sources/argocd/__fixtures__/applications-main.json';
import euApps from '../sources/argocd/__fixtures__/applications-eu.json';
import canaryTree from '../sources/argocd/__fixtures__/resource-tree-canary.json';
import canaryRollout from '../sources/argocd/__fixtures__/resource-rollout-canary.json';
import revisionMetadata from '../sources/argocd/__fixtures__/revision-metadata.json';
import syncAnswer from '../sources/argocd/__fixtures__/sync-answer.json';

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
        ? HttpResponse.json(payload as any)
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
