export interface Config {
  runway?: {
    /**
     * Which sources the families read: `demo` (the embedded demo world) or `live` (the
     * real upstreams). No silent fallback between them.
     * @visibility frontend
     */
    dataSource?: 'demo' | 'live';
    localFiles?: {
      /**
       * Folders `file:` URLs may be read from through coreServices.urlReader (SLO specs,
       * runbooks, ADRs of the local demo services). Relative to the backend's working directory.
       */
      allowedRoots?: string[];
    };
    demo?: {
      /** Seed of the demo world. */
      seed?: number;
      /** Number of demo services; 12 matches examples/. */
      size?: number;
      /** Delay added to every demo source call, to answer like a real upstream (bench: 50). */
      latencyMs?: number;
    };
  };
  /** Read by the Prometheus client every family shares (SLO, cost per request, on-call). */
  prometheus?: {
    /** Base URL of the Prometheus HTTP API, e.g. http://prometheus.monitoring:9090 */
    url: string;
    /** Optional header sent on every call (e.g. a bearer token for a managed Prometheus). */
    authHeader?: {
      name: string;
      /** @visibility secret */
      value: string;
    };
    /** Per-call timeout; default 10000. */
    timeoutMs?: number;
  };
}
