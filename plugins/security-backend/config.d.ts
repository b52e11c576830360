import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  /** Security family (@runway/plugin-security-backend). */
  security?: {
    /** `demo` | `live` | `off`; default `runway.dataSource`. Live without `security.aws` is off. */
    dataSource?: 'demo' | 'live' | 'off';
    /** Live mode reads AWS with these; without the section live is off. Credentials come from the `aws` config. */
    aws?: {
      region: string;
      /** Account whose credentials (from `aws.accounts`) are used; defaults to the main account. */
      accountId?: string;
      /** Cap of one AWS call in ms, the SDK's retries included (default 10000). */
      timeoutMs?: number;
      /**
       * Endpoint URL for the ECR, Inspector and Security Hub clients (a proxy or an
       * emulator). Unset, the SDK's standard AWS_ENDPOINT_URL_ECR,
       * AWS_ENDPOINT_URL_INSPECTOR2, AWS_ENDPOINT_URL_SECURITYHUB and AWS_ENDPOINT_URL
       * environment variables apply.
       */
      endpoint?: string;
    };
    /** When findings are pulled. Default every 60 minutes, 10 minute timeout. */
    schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
    /**
     * When services not scanned yet (registered since the last refresh) are scanned.
     * Default every minute, 5 minute timeout; nothing new costs no AWS call.
     */
    newServicesSchedule?: SchedulerServiceTaskScheduleDefinitionConfig;
    /** @deprecated use `security.schedule`; honoured when `security.schedule` is absent. */
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
      overrides?: Array<{
        entityRef: string;
        maxCritical?: number;
        maxHigh?: number;
      }>;
    };
  };
}
