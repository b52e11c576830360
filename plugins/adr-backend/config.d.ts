export interface Config {
  /** Architecture decision records, read from each service's repository. */
  adr?: {
    /**
     * `demo` | `live` | `off`; default `runway.dataSource`. ADRs need no upstream config of
     * their own, so only an explicit `off` turns the family (and its search index) off.
     */
    dataSource?: 'demo' | 'live' | 'off';
  };
}
