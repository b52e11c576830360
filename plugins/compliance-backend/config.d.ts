import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  compliance?: {
    /** `demo` | `live` | `off`; default `runway.dataSource`. Live without `compliance.aws` is off. */
    dataSource?: 'demo' | 'live' | 'off';
    /** Resource tag naming the service, as the cost family reads it (`service=<name>`). Default `service`. */
    tagKey?: string;
    /** When the refresh runs. Default every hour (live; 30 minute timeout) or every 10 minutes (demo). */
    schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
    /** Recovery targets the backup posture is measured against. */
    targets?: {
      /** Recovery point objective in minutes. Default 15. */
      rpoMinutes?: number;
      /** Recovery time objective in minutes. Default 60. */
      rtoMinutes?: number;
    };
    aws?: {
      /** The account whose posture is read; credentials come from the `aws` config. */
      accountId: string;
      /** Region of Security Hub's aggregation, Config, Backup and the trail. Default the SDK's. */
      region?: string;
      /** Per-call timeout in milliseconds (covers the SDK's retries). Default 20000. */
      timeoutMs?: number;
    };
  };
}
