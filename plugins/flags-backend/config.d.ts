export interface Config {
  /** Feature flags family (@runway/plugin-flags-backend). */
  flags?: {
    /** `demo` | `live` | `off`; default `runway.dataSource`. Live without `flags.unleash` is off. */
    dataSource?: 'demo' | 'live' | 'off';
    unleash?: {
      /** Unleash's base URL, e.g. `https://unleash.example.com` (without `/api`). */
      baseUrl: string;
      /**
       * An Unleash admin API token (or a personal access token) that can read the projects.
       * @visibility secret
       */
      apiToken: string;
      /** Cap of one Unleash call in ms (default 5000). */
      timeoutMs?: number;
      /** Unleash calls in flight at once, whatever the page asks (default 8). */
      maxConcurrentCalls?: number;
      /** How long a project's flags are served before Unleash is asked again, in seconds (default 60). */
      cacheSeconds?: number;
    };
  };
}
