export interface Config {
  /** On-call. Alerts come from `prometheus.url` unless Alertmanager is configured here. */
  oncall?: {
    /**
     * `demo` | `live` | `off`; default `runway.dataSource`. Live with neither `prometheus.url`
     * nor Alertmanager is off: the routes answer a typed 503 naming `prometheus.url`.
     */
    dataSource?: 'demo' | 'live' | 'off';
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
