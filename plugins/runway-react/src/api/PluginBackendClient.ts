import type { DiscoveryApi, FetchApi } from '@backstage/frontend-plugin-api';
import { ResponseError } from '@backstage/errors';

/** One query parameter; an array is sent as the key repeated, `undefined` is left out. @public */
export type QueryValue =
  | string
  | number
  | boolean
  | undefined
  | ReadonlyArray<string | number | boolean>;

/** @public */
export type Query = Record<string, QueryValue>;

/** What every Runway frontend client is built from: Backstage's discovery and fetch. @public */
export interface PluginBackendClientDeps {
  discoveryApi: Pick<DiscoveryApi, 'getBaseUrl'>;
  fetchApi: FetchApi;
}

/** @public */
export interface PluginBackendRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  query?: Query;
  /** Sent as JSON. */
  body?: unknown;
}

/**
 * Talks to one backend plugin (`/api/<pluginId>`) the way every Runway client does: the base
 * URL from discoveryApi, the call through fetchApi (which adds the user's token), a
 * `ResponseError` for any non-2xx (so the typed not-configured 503 reaches
 * `FamilyErrorPanel` intact), and `undefined` for a 204.
 *
 * @public
 */
export class PluginBackendClient {
  constructor(
    private readonly pluginId: string,
    private readonly deps: PluginBackendClientDeps,
  ) {}

  get<T>(path: string, query?: Query): Promise<T> {
    return this.request<T>(path, { query });
  }

  post<T>(path: string, body: unknown, query?: Query): Promise<T> {
    return this.request<T>(path, { method: 'POST', body, query });
  }

  put<T>(path: string, body: unknown): Promise<T> {
    return this.request<T>(path, { method: 'PUT', body });
  }

  delete<T = void>(path: string): Promise<T> {
    return this.request<T>(path, { method: 'DELETE' });
  }

  async request<T>(
    path: string,
    request: PluginBackendRequest = {},
  ): Promise<T> {
    const base = await this.deps.discoveryApi.getBaseUrl(this.pluginId);
    const search = request.query
      ? toSearchParams(request.query).toString()
      : '';
    const response = await this.deps.fetchApi.fetch(
      `${base}${path}${search ? `?${search}` : ''}`,
      {
        method: request.method ?? 'GET',
        ...(request.body === undefined
          ? {}
          : {
              headers: { 'Content-Type': 'application/json' },
              body: JSON.stringify(request.body),
            }),
      },
    );
    if (!response.ok) throw await ResponseError.fromResponse(response);
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  }
}

function toSearchParams(query: Query): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    const values = Array.isArray(value) ? value : [value];
    for (const v of values) params.append(key, String(v));
  }
  return params;
}
