/**
 * Where a response's data came from. `demo` is the embedded deterministic demo world;
 * `live` is a real upstream (ArgoCD, Prometheus, AWS ...).
 *
 * @public
 */
export type DataSourceKind = 'demo' | 'live';

/**
 * Provenance attached to every family API response, so the UI can badge demo data and
 * flag data served from cache after an upstream failure.
 *
 * @public
 */
export interface SourceInfo {
  kind: DataSourceKind;
  /** Human name of the upstream, e.g. `argocd:prod-eu` or `demo`. */
  name: string;
  /** True when the upstream failed and this is the last good copy. */
  stale: boolean;
  /** ISO timestamp of when the data was fetched from the upstream. */
  fetchedAt: string;
  /** Why the data is stale or partial, safe to show to users. */
  error?: string;
}

/**
 * A payload together with its provenance.
 *
 * @public
 */
export interface Sourced<T> {
  source: SourceInfo;
  data: T;
}

/** @public */
export const DEMO_SOURCE_NAME = 'demo';
