import {
  CostExplorerClient,
  GetCostAndUsageCommand,
  GetCostAndUsageCommandInput,
  GetCostForecastCommand,
  Group,
  ResultByTime,
} from '@aws-sdk/client-cost-explorer';
import {
  Budget,
  BudgetsClient,
  DescribeBudgetsCommand,
  DescribeBudgetsCommandInput,
} from '@aws-sdk/client-budgets';
import { mockClient } from 'aws-sdk-client-mock';

/**
 * Cost Explorer and Budgets for an account of `services` tagged services (plus untagged
 * spend), answering in the documented response shapes. Cost Explorer does not document
 * its page size: this fake cuts pages at GROUPS_PER_PAGE groups so pagination is real at
 * scale. Budgets pages at the request's MaxResults (documented maximum 100).
 */
export const GROUPS_PER_PAGE = 1000;
export const AWS_SERVICES = [
  'Amazon Elastic Compute Cloud - Compute',
  'Amazon Relational Database Service',
  'Amazon ElastiCache',
  'AmazonCloudWatch',
];

const money = (n: number) => ({ Amount: n.toFixed(4), Unit: 'USD' });

function periods(
  input: GetCostAndUsageCommandInput,
): Array<{ Start: string; End: string }> {
  const { Start, End } = input.TimePeriod!;
  const out: Array<{ Start: string; End: string }> = [];
  let cursor = new Date(`${Start}T00:00:00Z`);
  const end = new Date(`${End}T00:00:00Z`);
  while (cursor < end) {
    const next =
      input.Granularity === 'MONTHLY'
        ? new Date(
            Date.UTC(cursor.getUTCFullYear(), cursor.getUTCMonth() + 1, 1),
          )
        : new Date(cursor.getTime() + 86_400_000);
    const stop = next < end ? next : end;
    out.push({
      Start: cursor.toISOString().slice(0, 10),
      End: stop.toISOString().slice(0, 10),
    });
    cursor = next;
  }
  return out;
}

export function fakeCostExplorer(services: number) {
  const names = Array.from({ length: services }, (_, i) => `svc-${i + 1}`);
  const ce = mockClient(CostExplorerClient);
  const budgets = mockClient(BudgetsClient);

  ce.on(GetCostAndUsageCommand).callsFake(
    (input: GetCostAndUsageCommandInput) => {
      const tagKey = input.GroupBy![0].Key!;
      const bySource = input.GroupBy!.length === 2;
      const all: Array<{
        period: { Start: string; End: string };
        group: Group;
      }> = [];
      for (const period of periods(input)) {
        const days = input.Granularity === 'MONTHLY' ? 30 : 1;
        for (const tag of [...names, '']) {
          for (const aws of bySource ? AWS_SERVICES : [undefined]) {
            const keys = aws ? [`${tagKey}$${tag}`, aws] : [`${tagKey}$${tag}`];
            all.push({
              period,
              group: {
                Keys: keys,
                Metrics: { UnblendedCost: money(10 * days) },
              },
            });
          }
        }
      }
      const offset = Number(input.NextPageToken ?? 0);
      const slice = all.slice(offset, offset + GROUPS_PER_PAGE);
      const results: ResultByTime[] = [];
      for (const { period, group } of slice) {
        const last = results[results.length - 1];
        if (last?.TimePeriod?.Start === period.Start) last.Groups!.push(group);
        else
          results.push({
            TimePeriod: period,
            Total: {},
            Groups: [group],
            Estimated: false,
          });
      }
      const more = offset + GROUPS_PER_PAGE < all.length;
      return {
        GroupDefinitions: input.GroupBy,
        ResultsByTime: results,
        DimensionValueAttributes: [],
        ...(more ? { NextPageToken: String(offset + GROUPS_PER_PAGE) } : {}),
      };
    },
  );
  ce.on(GetCostForecastCommand).resolves({
    Total: money(1000),
    ForecastResultsByTime: [],
  });

  const allBudgets: Budget[] = names.map(name => ({
    BudgetName: `${name}-monthly`,
    BudgetLimit: { Amount: '500', Unit: 'USD' },
    CostFilters: { TagKeyValue: [`user:service$${name}`] },
    TimeUnit: 'MONTHLY',
    BudgetType: 'COST',
    TimePeriod: undefined,
    CalculatedSpend: { ActualSpend: { Amount: '200', Unit: 'USD' } },
  }));
  budgets
    .on(DescribeBudgetsCommand)
    .callsFake((input: DescribeBudgetsCommandInput) => {
      const offset = Number(input.NextToken ?? 0);
      const size = input.MaxResults ?? 100;
      const more = offset + size < allBudgets.length;
      return {
        Budgets: allBudgets.slice(offset, offset + size),
        ...(more ? { NextToken: String(offset + size) } : {}),
      };
    });

  return { ce, budgets, names };
}
