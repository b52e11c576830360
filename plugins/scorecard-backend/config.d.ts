export interface Config {
  /** The leadership scorecard. */
  scorecard?: {
    /** How long one joined scorecard is served before the families are read again. Default 60. */
    cacheSeconds?: number;
    /** Timeout of each family's batched call, in milliseconds. Default 10000. */
    familyTimeoutMs?: number;
    /** What each cell is judged against. */
    targets?: {
      /** Percent. Default 99.9. */
      availability?: number;
      /** Milliseconds. Default 100. */
      latencyP95Ms?: number;
      /** Share of error budget left under which a cell is amber (red when spent). Default 0.25. */
      errorBudgetLeft?: number;
      /** Prod deploys per day. Default 1. */
      deploysPerDay?: number;
      /** Hours from commit to prod. Default 24. */
      leadTimeHours?: number;
      /** 0..1. Default 0.15. */
      changeFailureRate?: number;
      /** Default 30. */
      timeToRestoreMinutes?: number;
      /** Default 5. */
      rollbackMinutes?: number;
      /** Default 0. */
      criticalVulns?: number;
      /** Month-over-month growth above which cost is amber. Default 0.1. */
      monthlyCostGrowth?: number;
      /** USD per request. Default 0.01. */
      costPerRequestUsd?: number;
      /** Line coverage percent. Default 90. */
      testCoveragePct?: number;
      /** Load test p95 over the service's latency SLO threshold (1 = at it). Default 1. */
      loadTestP95SloRatio?: number;
      /** Passed / applicable controls, 0..1. Default 0.9. */
      complianceScore?: number;
      /** Minutes since the latest completed backup. Default 15. */
      backupRpoMinutes?: number;
      /** Stale feature flags per service. Default 0. */
      staleFlags?: number;
    };
  };
}
