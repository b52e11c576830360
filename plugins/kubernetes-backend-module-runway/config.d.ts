export interface Config {
  kubernetes?: {
    /**
     * Where the Kubernetes tab's objects come from: `demo` (the demo world's clusters and
     * workloads), `live` (the clusters `kubernetes.clusterLocatorMethods` finds) or `off`
     * (no cluster: the tab finds no resources). Defaults to `runway.dataSource`.
     */
    dataSource?: 'demo' | 'live' | 'off';
    runway?: {
      /** How long one cluster may take to answer a tab view before its part is an error. Default 10. */
      clusterTimeoutSeconds?: number;
    };
  };
}
