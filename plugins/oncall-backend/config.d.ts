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
    /** PagerDuty REST API v2: incidents, on-call now; mapped by `pagerduty.com/service-id`. */
    pagerduty?: {
      /**
       * A read-only REST API key.
       * @visibility secret
       */
      apiToken: string;
      /** Default PagerDuty's API host; set for a proxy or a test server. */
      baseUrl?: string;
      /** Per-call timeout (default 10000). */
      timeoutMs?: number;
      /** Wait before each of the client's three retries of a 429 (default 2000). */
      retryTimeoutMs?: number;
      /** How long the shared incidents list is served before it is read again (default 60). */
      cacheSeconds?: number;
      /** How far back incidents are listed, the DORA window (default 30, at most 180: PagerDuty's limit). */
      incidentDays?: number;
    };
  };
}
