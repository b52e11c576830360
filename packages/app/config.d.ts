export interface Config {
  runway?: {
    /**
     * `demo` or `live` (see runway-node's config.d.ts). Declared here too because the
     * frontend's config is filtered by the schemas of the app's own dependencies: the
     * Kubernetes tab shows its "Demo data" badge from it.
     * @visibility frontend
     */
    dataSource?: 'demo' | 'live';
    signIn?: {
      /**
       * Sign-in providers offered on the sign-in page: `guest` on the embedded default,
       * `github` in production.
       * @visibility frontend
       */
      providers?: Array<'guest' | 'github'>;
    };
  };
  kubernetes?: {
    /**
     * Declared again here only to make it visible to the frontend: the Kubernetes tab shows
     * the "Demo data" badge when this (else `runway.dataSource`) is `demo`, the same choice
     * Runway's kubernetes backend module makes (see its config.d.ts).
     * @visibility frontend
     */
    dataSource?: 'demo' | 'live' | 'off';
  };
}
