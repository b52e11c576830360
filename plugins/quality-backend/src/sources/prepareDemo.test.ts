import { mockServices } from '@backstage/backend-test-utils';
import { DemoReports } from './demoReports';
import { prepareDemo } from './prepareDemo';

describe('prepareDemo', () => {
  it('prepares the demo world after start-up and at every hour, and stops at shutdown', async () => {
    const startup: Array<() => void> = [];
    const shutdown: Array<() => void> = [];
    const lifecycle = {
      addStartupHook: (hook: () => void) => startup.push(hook),
      addShutdownHook: (hook: () => void) => shutdown.push(hook),
    };
    const scheduler = { scheduleTask: jest.fn() };
    const signals: AbortSignal[] = [];
    const demo = {
      prepare: jest.fn(async (signal: AbortSignal) => {
        signals.push(signal);
      }),
    };
    prepareDemo(demo as unknown as DemoReports, {
      logger: mockServices.logger.mock(),
      lifecycle: lifecycle as any,
      scheduler: scheduler as any,
    });
    // Nothing runs before the backend has started.
    expect(demo.prepare).not.toHaveBeenCalled();
    startup.forEach(hook => hook());
    expect(demo.prepare).toHaveBeenCalledTimes(1);

    const [task] = scheduler.scheduleTask.mock.calls[0];
    expect(task).toMatchObject({
      scope: 'local',
      frequency: { cron: '0 * * * *' },
    });
    await task.fn();
    expect(demo.prepare).toHaveBeenCalledTimes(2);

    expect(signals[0].aborted).toBe(false);
    shutdown.forEach(hook => hook());
    expect(signals.every(s => s.aborted)).toBe(true);
  });
});
