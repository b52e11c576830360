import {
  CostExplorerClient,
  CostExplorerServiceException,
  DataUnavailableException,
  GetCostAndUsageCommand,
  GetCostForecastCommand,
  LimitExceededException,
} from '@aws-sdk/client-cost-explorer';
import {
  AccessDeniedException as BudgetsAccessDenied,
  BudgetsClient,
  DescribeBudgetsCommand,
} from '@aws-sdk/client-budgets';
import { UpstreamError } from '@runway/runway-node';
import { mockClient } from 'aws-sdk-client-mock';
import { CostExplorerSource, tagValue } from './CostExplorerSource';
import dailyPage1 from './__fixtures__/getCostAndUsage-daily-page1.json';
import dailyPage2 from './__fixtures__/getCostAndUsage-daily-page2.json';
import monthly from './__fixtures__/getCostAndUsage-monthly.json';
import forecast from './__fixtures__/getCostForecast.json';
import budgets from './__fixtures__/describeBudgets.json';

const ce = mockClient(CostExplorerClient);
const budgetsMock = mockClient(BudgetsClient);
const now = new Date('2026-11-20T10:00:00Z');

const source = (amortized = false) =>
  new CostExplorerSource({
    accountId: '123456789012',
    tagKey: 'service',
    teamTagKey: 'team',
    amortized,
    days: 2,
    timeoutMs: 1000,
    credentials: async () => async () => ({
      accessKeyId: 'AKIDEXAMPLE',
      secretAccessKey: 'x',
    }),
  });

function happyPath() {
  ce.on(GetCostAndUsageCommand, { Granularity: 'DAILY' })
    .resolvesOnce(dailyPage1 as any)
    .resolvesOnce(dailyPage2 as any);
  ce.on(GetCostAndUsageCommand, { Granularity: 'MONTHLY' }).resolves(
    monthly as any,
  );
  ce.on(GetCostForecastCommand).resolves(forecast as any);
  budgetsMock.on(DescribeBudgetsCommand).resolves(budgets as any);
}

const awsError = (name: string, message: string) =>
  new CostExplorerServiceException({
    name,
    $fault: 'client',
    $metadata: { httpStatusCode: 400 },
    message,
  });

beforeEach(() => {
  ce.reset();
  budgetsMock.reset();
});

describe('CostExplorerSource', () => {
  it('follows NextPageToken and merges a day split across pages', async () => {
    happyPath();
    const s = source();
    const costs = await s.collect(now);
    const daily = ce.commandCalls(GetCostAndUsageCommand, {
      Granularity: 'DAILY',
    });
    expect(daily).toHaveLength(2);
    expect(daily[1].args[0].input.NextPageToken).toBe(
      'AAMA-EFRSURBSGhQ...page2',
    );
    expect(daily[0].args[0].input).toMatchObject({
      TimePeriod: { Start: '2026-11-19', End: '2026-11-21' },
      Metrics: ['UnblendedCost'],
      GroupBy: [{ Type: 'TAG', Key: 'service' }],
    });
    expect(costs.services.get('search-api')!.daily).toEqual([
      { date: '2026-11-19', cost: 80 },
      { date: '2026-11-20', cost: 30 },
    ]);
    expect(costs.services.get('checkout-api')!.daily[0].cost).toBeCloseTo(
      101.2534,
    );
    // 2 daily pages + 1 monthly + 1 forecast.
    expect(ce.calls()).toHaveLength(4);
  });

  it('reports the `service$` group as untagged, never as a service', async () => {
    happyPath();
    const costs = await source().collect(now);
    expect(costs.untaggedDaily).toEqual([
      { date: '2026-11-19', cost: 12.5 },
      { date: '2026-11-20', cost: 5 },
    ]);
    expect([...costs.services.keys()].sort()).toEqual([
      'checkout-api',
      'search-api',
    ]);
  });

  it('splits the monthly result by AWS service into this month and last month', async () => {
    happyPath();
    const costs = await source().collect(now);
    const monthlyCall = ce.commandCalls(GetCostAndUsageCommand, {
      Granularity: 'MONTHLY',
    })[0];
    expect(monthlyCall.args[0].input.GroupBy).toEqual([
      { Type: 'TAG', Key: 'service' },
      { Type: 'DIMENSION', Key: 'SERVICE' },
    ]);
    expect(monthlyCall.args[0].input.TimePeriod).toEqual({
      Start: '2026-10-01',
      End: '2026-11-21',
    });
    expect(costs.services.get('checkout-api')!.byAwsService).toEqual([
      {
        awsService: 'Amazon Elastic Compute Cloud - Compute',
        monthToDate: 1500,
        lastMonth: 2000,
      },
      {
        awsService: 'Amazon Relational Database Service',
        monthToDate: 600,
        lastMonth: 900,
      },
    ]);
  });

  it('reads the forecast for the rest of the month and maps tag-filtered monthly cost budgets', async () => {
    happyPath();
    const costs = await source().collect(now);
    expect(
      ce.commandCalls(GetCostForecastCommand)[0].args[0].input,
    ).toMatchObject({
      TimePeriod: { Start: '2026-11-20', End: '2026-12-01' },
      Metric: 'UNBLENDED_COST',
    });
    expect(costs.accountForecastRemaining).toBeCloseTo(3450.123);
    expect(
      budgetsMock.commandCalls(DescribeBudgetsCommand)[0].args[0].input
        .AccountId,
    ).toBe('123456789012');
    expect(costs.budgets).toEqual([
      {
        name: 'checkout-api-monthly',
        scope: 'service',
        target: 'checkout-api',
        limit: 3000,
        actual: 2100,
        forecast: 3250,
      },
      {
        name: 'team-checkout',
        scope: 'team',
        target: 'team-checkout',
        limit: 12000,
        actual: 5000,
        forecast: null,
      },
    ]);
  });

  it('asks for and reports amortized cost when configured', async () => {
    happyPath();
    await source(true)
      .collect(now)
      .catch(() => undefined);
    const input = ce.commandCalls(GetCostAndUsageCommand)[0].args[0].input;
    expect(input.Metrics).toEqual(['UnblendedCost', 'AmortizedCost']);
    expect(
      ce.commandCalls(GetCostForecastCommand)[0].args[0].input.Metric,
    ).toBe('AMORTIZED_COST');
  });

  it('follows DescribeBudgets NextToken', async () => {
    happyPath();
    budgetsMock
      .on(DescribeBudgetsCommand)
      .resolvesOnce({ Budgets: [budgets.Budgets[0]], NextToken: 'next' } as any)
      .resolvesOnce({ Budgets: [budgets.Budgets[1]] } as any);
    const costs = await source().collect(now);
    expect(budgetsMock.commandCalls(DescribeBudgetsCommand)).toHaveLength(2);
    expect(costs.budgets.map(b => b.name)).toEqual([
      'checkout-api-monthly',
      'team-checkout',
    ]);
  });

  it('turns LimitExceededException into a clear upstream error', async () => {
    ce.on(GetCostAndUsageCommand).rejects(
      new LimitExceededException({
        $metadata: { httpStatusCode: 400 },
        message: 'Rate exceeded',
      }),
    );
    const error = await source()
      .collect(now)
      .catch(e => e);
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error.message).toBe(
      'AWS Cost Explorer GetCostAndUsage was throttled by AWS (LimitExceededException); the next scheduled refresh will try again',
    );
  });

  it('fails the collection when usage data is unavailable, but only drops the forecast', async () => {
    ce.on(GetCostAndUsageCommand).rejects(
      new DataUnavailableException({
        $metadata: { httpStatusCode: 400 },
        message: 'Data is not available',
      }),
    );
    expect(
      (
        await source()
          .collect(now)
          .catch(e => e)
      ).message,
    ).toMatch(/no data available yet/);

    ce.reset();
    happyPath();
    ce.on(GetCostForecastCommand).rejects(
      new DataUnavailableException({
        $metadata: { httpStatusCode: 400 },
        message: 'Insufficient amount of historical data',
      }),
    );
    expect((await source().collect(now)).accountForecastRemaining).toBeNull();
  });

  it('explains access denied without echoing the ARN', async () => {
    ce.on(GetCostAndUsageCommand).rejects(
      awsError(
        'AccessDeniedException',
        'User: arn:aws:sts::123456789012:assumed-role/runway/x is not authorized to perform: ce:GetCostAndUsage',
      ),
    );
    const error = await source()
      .collect(now)
      .catch(e => e);
    expect(error.message).toMatch(
      /was denied \(AccessDeniedException\).*needs ce:GetCostAndUsage/,
    );
    expect(error.message).not.toMatch(/arn:aws/);
  });

  it('explains a Budgets access denied', async () => {
    happyPath();
    budgetsMock.on(DescribeBudgetsCommand).rejects(
      new BudgetsAccessDenied({
        $metadata: { httpStatusCode: 400 },
        message:
          'User: arn:aws:iam::1:user/x is not authorized to perform budgets:ViewBudget',
        Message: 'denied',
      } as any),
    );
    const error = await source()
      .collect(now)
      .catch(e => e);
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error.message).toMatch(/^AWS Budgets DescribeBudgets was denied/);
  });

  it('times out a hung call', async () => {
    ce.on(GetCostAndUsageCommand).callsFake(
      (_input, getClient) => new Promise(() => getClient()) as any,
    );
    const s = new CostExplorerSource({
      accountId: '1',
      tagKey: 'service',
      teamTagKey: 'team',
      amortized: false,
      days: 2,
      timeoutMs: 50,
      credentials: async () => async () => ({
        accessKeyId: 'a',
        secretAccessKey: 'b',
      }),
    });
    const error = await s.collect(now).catch(e => e);
    expect(error.message).toBe('AWS Cost Explorer GetCostAndUsage timed out');
  });

  it('keeps account ids and role ARNs of a credentials failure out of the message', async () => {
    const s = new CostExplorerSource({
      accountId: '123456789012',
      tagKey: 'service',
      teamTagKey: 'team',
      amortized: false,
      days: 2,
      timeoutMs: 50,
      credentials: async () => {
        throw Object.assign(
          new Error(
            'User arn:aws:iam::123456789012:role/runway is not authorized to perform sts:AssumeRole',
          ),
          { name: 'AccessDenied' },
        );
      },
    });
    const error = await s.collect(now).catch(e => e);
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error.message).toBe(
      'AWS credentials was denied (AccessDenied): the role Runway uses lacks permission',
    );
  });
});

describe('tagValue', () => {
  it.each([
    ['service$checkout-api', 'checkout-api'],
    ['service$', undefined],
    ['team$team-a', undefined],
    [undefined, undefined],
  ])('%s -> %s', (key, value) => {
    expect(tagValue('service', key)).toBe(value);
  });
});
