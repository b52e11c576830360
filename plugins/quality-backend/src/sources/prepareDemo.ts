import {
  LifecycleService,
  LoggerService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { DemoReports } from './demoReports';

/**
 * Demo mode builds the world's reports (and the deploys and SLO numbers other families
 * read from the same world) in the background once the backend has started, and again at
 * each hour as the world moves on, so the first page load does not wait for them.
 */
export function prepareDemo(
  demo: DemoReports,
  deps: {
    logger: LoggerService;
    lifecycle: LifecycleService;
    scheduler: SchedulerService;
  },
) {
  const stopping = new AbortController();
  const prepare = async () => {
    const started = Date.now();
    await demo.prepare(stopping.signal);
    deps.logger.info(
      `quality: demo world prepared in ${Date.now() - started} ms`,
    );
  };
  deps.lifecycle.addStartupHook(() => {
    prepare().catch(error =>
      deps.logger.warn(`quality: preparing the demo world failed: ${error}`),
    );
  });
  deps.lifecycle.addShutdownHook(() => stopping.abort());
  deps.scheduler.scheduleTask({
    id: 'quality-demo-prepare',
    scope: 'local',
    // Just after the hour: demoWorldFromConfig's new world.
    frequency: { cron: '0 * * * *' },
    timeout: { minutes: 10 },
    fn: prepare,
  });
}
