export interface Config {
  /** On-call. Alerts come from `prometheus.url` unless Alertmanager is configured here. */
  oncall?: {
    alertmanager?: {
      /** Alertmanager base URL; when set, alerts are read from its `/api/v2/alerts`. */
      url: string;
      /** Optional header sent to Alertmanager (e.g. a bearer token). */
      authHeader?: {
        name: string;
        /** @visibility secret */
        value: string;
      };
      timeoutMs?: number;
    };
  };
}
