export interface Config {
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
