import { LoggerService, SchedulerService } from '@backstage/backend-plugin-api';
import { DemoReports } from './demoReports';

/**
 * Demo mode builds the world's reports (and the deploys and SLO numbers other families
 * read from the same world) in the background: a local task, which the scheduler runs once
 * at start-up and then just after every hour, as demoWorldFromConfig's world moves on. The
 * first page load does not wait for them; a read before they are ready builds what it needs.
 */
export function prepareDemo(
  demo: DemoReports,
  deps: { logger: LoggerService; scheduler: SchedulerService },
) {
  return deps.scheduler.scheduleTask({
    id: 'quality-demo-prepare',
    scope: 'local',
    frequency: { cron: '0 * * * *' },
    timeout: { minutes: 10 },
    fn: async signal => {
      const started = Date.now();
      await demo.prepare(signal);
      deps.logger.info(
        `quality: demo world prepared in ${Date.now() - started} ms`,
      );
    },
  });
}
