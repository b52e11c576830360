export interface Config {
  argocd?: {
    /** ArgoCD instances; an entity's `argocd/instance-name` picks one, else all are searched. */
    instances?: Array<{
      /** Matches the `argocd/instance-name` annotation. */
      name: string;
      /** Base URL of the ArgoCD API server, e.g. https://argocd.example.com */
      url: string;
      /**
       * Bearer token of a read + sync ArgoCD account.
       * @visibility secret
       */
      token: string;
      /** Only list apps of these ArgoCD projects (`projects=` on the list call); all when unset. */
      projects?: string[];
    }>;
    /** Per-call timeout in milliseconds (default 5000). */
    timeoutMs?: number;
  };
  deployments?: {
    /** `demo` | `live` | `off`; defaults to `runway.dataSource`. Live without `argocd.instances` is off. */
    dataSource?: 'demo' | 'live' | 'off';
    /** How long ArgoCD app lists and CI runs are served from cache (default 60). */
    cacheSeconds?: number;
    /** Per-call timeout for GitHub Actions in milliseconds (default 5000). */
    githubTimeoutMs?: number;
    /** DORA from incidents (read from the on-call backend) and flag changes (flags backend). */
    dora?: {
      /** A deploy or flag change followed by an incident this soon counts as failed (default 1). */
      failureWindowHours?: number;
      /** Timeout of the calls to the on-call and flags backends (default 5000). */
      timeoutMs?: number;
    };
  };
}
