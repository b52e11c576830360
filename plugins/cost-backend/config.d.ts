import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  cost?: {
    /** Cost-allocation tag key services carry, as in `aws.amazon.com/cost-insights-tags: service=<name>`. Default `service`. */
    tagKey?: string;
    /** Tag key of team budgets (`user:<teamTagKey>$<team>` in the budget's cost filter). Default `team`. */
    teamTagKey?: string;
    /** Days of daily history kept. Default 90. */
    days?: number;
    /** `demo` | `live` | `off`; default `runway.dataSource`. Live without `cost.aws` is off. */
    dataSource?: 'demo' | 'live' | 'off';
    /** When the Cost Explorer refresh runs. Default every 8 hours, 30 minute timeout. */
    schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
    aws?: {
      /** The payer (or single) account whose bill is read; credentials come from the `aws` config. */
      accountId: string;
      /** Report amortized cost (reservations and savings plans spread) instead of unblended. */
      amortized?: boolean;
      /** Per-call timeout in milliseconds. Default 20000. */
      timeoutMs?: number;
      /**
       * Endpoint URL for the Cost Explorer and Budgets clients (a proxy or an emulator).
       * Unset, the SDK's standard AWS_ENDPOINT_URL_COST_EXPLORER, AWS_ENDPOINT_URL_BUDGETS
       * and AWS_ENDPOINT_URL environment variables apply.
       */
      endpoint?: string;
    };
    /** The Prometheus counter used for cost per request (the Prometheus itself is `prometheus.url`). */
    requests?: {
      /** Default `http_requests_total`. */
      metric?: string;
      /** Label holding the service name (equal to its cost tag value). Default `service`. */
      serviceLabel?: string;
    };
  };
}
