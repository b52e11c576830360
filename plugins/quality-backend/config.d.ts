export interface Config {
  /** Quality family (@runway/plugin-quality-backend): reports CI posts. */
  quality?: {
    /**
     * `demo` | `live` | `off`; default `runway.dataSource`. Demo also fills the store from
     * the demo world at start-up; live needs nothing else, CI posts the reports.
     */
    dataSource?: 'demo' | 'live' | 'off';
    ingest?: {
      /** Largest accepted report body in bytes (default 10 MiB). */
      maxBytes?: number;
    };
  };
}
