import { mockServices } from '@backstage/backend-test-utils';
import { DemoReports } from './demoReports';
import { prepareDemo } from './prepareDemo';

describe('prepareDemo', () => {
  it('prepares the demo world in a local task at start-up and every hour, stopping when the task is', async () => {
    const scheduler = { scheduleTask: jest.fn() };
    const demo = { prepare: jest.fn(async (_signal: AbortSignal) => {}) };
    prepareDemo(demo as unknown as DemoReports, {
      logger: mockServices.logger.mock(),
      scheduler: scheduler as any,
    });
    const [task] = scheduler.scheduleTask.mock.calls[0];
    // A local task runs once when scheduled, then at each cron time: no initial delay.
    expect(task).toMatchObject({
      scope: 'local',
      frequency: { cron: '0 * * * *' },
    });
    expect(task.initialDelay).toBeUndefined();
    const controller = new AbortController();
    await task.fn(controller.signal);
    expect(demo.prepare).toHaveBeenCalledWith(controller.signal);
  });
});
