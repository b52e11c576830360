// ArgoCD at the wire for the live bench: deployments' own msw fake (label selectors,
// `projects` and `fields` applied like ArgoCD) answering on a real loopback port, over
// the fleet fixture (3 environments per service, shaped like a real Application).
/* eslint-disable @backstage/no-relative-monorepo-imports */
import { getResponse, RequestHandler } from 'msw';
import { fakeArgoCd } from '../../../plugins/deployments-backend/src/__testUtils__/fakeArgoCd';
import { fleet } from '../../../plugins/deployments-backend/src/__testUtils__/fleet';
import { serveWire } from './wire';

/**
 * The fleet's `svc-<i>` apps renamed after the bench world's services, and labelled the
 * way the world's catalog selects them (`argocd/app-selector: app.kubernetes.io/name=<name>`).
 */
export function benchFleet(services: string[]) {
  const apps = fleet(services.length);
  for (const app of apps.items) {
    const i = Number(/^svc-(\d+)$/.exec(app.metadata.labels.service)![1]);
    const env = app.metadata.labels.env;
    app.metadata.name = `${services[i]}-${env}`;
    app.metadata.labels.service = services[i];
    app.metadata.labels['app.kubernetes.io/name'] = services[i];
    app.spec.destination.namespace = `${services[i]}-${env}`;
  }
  return apps;
}

export async function startArgoCd(options: {
  services: string[];
  token: string;
  latencyMs: number;
}) {
  const payload = benchFleet(options.services);
  let handlers: RequestHandler[] | undefined;
  return serveWire(async (request, base) => {
    // The fake records every call itself; the bench counts them at the wire instead.
    handlers ??= fakeArgoCd(base, options.token, payload, []);
    const response =
      (await getResponse(handlers, request)) ??
      Response.json({ error: 'not found', code: 5 }, { status: 404 });
    return { key: 'argocd', response };
  }, options.latencyMs);
}

/**
 * GitHub Actions for the deployments family's CI column: a repository without workflow
 * runs (the documented list-runs shape, empty), so the bench never leaves loopback.
 */
export async function startGithub(latencyMs: number) {
  return serveWire(async request => {
    const url = new URL(request.url);
    const response = /\/actions\/runs$/.test(url.pathname)
      ? Response.json({ total_count: 0, workflow_runs: [] })
      : Response.json({ message: 'Not Found' }, { status: 404 });
    return { key: 'github', response };
  }, latencyMs);
}
