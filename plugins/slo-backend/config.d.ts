export interface Config {
  /** SLOs from Sloth specs and Prometheus (the Prometheus itself is `prometheus.url`). */
  slo?: {
    /**
     * `demo` | `live` | `off`; default `runway.dataSource`. Live without `prometheus.url` is
     * off: the routes answer a typed 503 naming `prometheus.url`.
     */
    dataSource?: 'demo' | 'live' | 'off';
  };
}
