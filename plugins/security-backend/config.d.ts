export interface Config {
  /** Security family (@runway/plugin-security-backend). */
  security?: {
    /** Required when `runway.dataSource` is `live`. Credentials come from the `aws` config. */
    aws?: {
      region: string;
      /** Account whose credentials (from `aws.accounts`) are used; defaults to the main account. */
      accountId?: string;
      /** Per-request timeout in ms (default 10000). */
      timeoutMs?: number;
    };
    refresh?: {
      /** How often findings are pulled from AWS (default 60). */
      frequencyMinutes?: number;
    };
    ingest?: {
      /** Largest accepted report body in bytes (default 10 MiB). */
      maxBytes?: number;
    };
    /** Severity gate: open findings allowed before a service fails (default zero critical). */
    gate?: {
      maxCritical?: number;
      maxHigh?: number;
      overrides?: Array<{ entityRef: string; maxCritical?: number; maxHigh?: number }>;
    };
  };
}
