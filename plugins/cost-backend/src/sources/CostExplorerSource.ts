import {
  CostExplorerClient,
  GetCostAndUsageCommand,
  GetCostAndUsageCommandInput,
  GetCostForecastCommand,
  ResultByTime,
} from '@aws-sdk/client-cost-explorer';
import {
  BudgetsClient,
  DescribeBudgetsCommand,
  Budget,
} from '@aws-sdk/client-budgets';
import { AwsCredentialProvider } from '@backstage/integration-aws-node';
import { explainAwsError, paginate, withAwsTimeout } from '@runway/runway-node';
import { lastDays, monthBounds } from './dates';
import {
  CollectedBudget,
  CollectedCosts,
  CollectedServiceCost,
  CollectOptions,
  CostSource,
  DayAmount,
} from './types';

export interface CostExplorerSourceOptions {
  accountId: string;
  /** The cost-allocation tag key services are tagged with, e.g. `service`. */
  tagKey: string;
  /** Budgets whose cost filter names `user:<teamTagKey>$<team>` are team budgets. */
  teamTagKey: string;
  credentials: () => Promise<AwsCredentialProvider['sdkCredentialProvider']>;
  /** Report amortized cost (reservations and savings plans spread over their term). */
  amortized: boolean;
  days: number;
  timeoutMs: number;
  /**
   * `cost.aws.endpoint`: one URL for both clients (a proxy or a local emulator). Unset, the
   * SDK reads its standard `AWS_ENDPOINT_URL_COST_EXPLORER`, `AWS_ENDPOINT_URL_BUDGETS` and
   * `AWS_ENDPOINT_URL` itself; set, it wins over them.
   */
  endpoint?: string;
}

const CE = 'AWS Cost Explorer';
const CE_LABELS = { family: 'cost', upstream: 'aws:ce' };
/** What the role must allow, named when AWS denies a call. */
const NEEDS = 'ce:GetCostAndUsage, ce:GetCostForecast and budgets:ViewBudget';

/**
 * Reads the whole account in a bounded number of calls, whatever the number of services:
 * one paginated DAILY GetCostAndUsage grouped by the tag (the trend; after the first
 * refresh only the recent days Cost Explorer may still revise), one paginated
 * MONTHLY one grouped by tag and AWS service (the breakdown), one GetCostForecast and one
 * paginated DescribeBudgets. Cost Explorer bills each request, hence no per-service call.
 */
export class CostExplorerSource implements CostSource {
  readonly kind = 'live' as const;
  readonly name = 'aws-cost-explorer';

  constructor(private readonly options: CostExplorerSourceOptions) {}

  async collect(
    now: Date,
    options: CollectOptions = {},
  ): Promise<CollectedCosts> {
    // Credential failures can name accounts and roles: they get the same clean message.
    const credentials = await this.options.credentials().catch(e => {
      throw explainAwsError('AWS credentials', e);
    });
    // Cost Explorer and Budgets are global services answered from us-east-1.
    // Passed only when set, so otherwise the SDK's own AWS_ENDPOINT_URL* lookup applies.
    const endpoint = this.options.endpoint
      ? { endpoint: this.options.endpoint }
      : {};
    const ce = new CostExplorerClient({
      region: 'us-east-1',
      credentials,
      ...endpoint,
    });
    const budgets = new BudgetsClient({
      region: 'us-east-1',
      credentials,
      ...endpoint,
    });
    const { tagKey } = this.options;
    const metric = this.options.amortized ? 'AmortizedCost' : 'UnblendedCost';
    const metrics = this.options.amortized
      ? ['UnblendedCost', 'AmortizedCost']
      : ['UnblendedCost'];
    const bounds = monthBounds(now);
    const [oldest] = lastDays(now, this.options.days);
    const since =
      options.dailySince && options.dailySince > oldest
        ? options.dailySince
        : oldest;
    // End dates are exclusive: tomorrow includes today's spend so far.
    const daily = await this.costAndUsage(ce, {
      TimePeriod: { Start: since, End: bounds.tomorrow },
      Granularity: 'DAILY',
      Metrics: metrics,
      GroupBy: [{ Type: 'TAG', Key: tagKey }],
    });
    const monthly = await this.costAndUsage(ce, {
      TimePeriod: { Start: bounds.lastMonthStart, End: bounds.tomorrow },
      Granularity: 'MONTHLY',
      Metrics: metrics,
      GroupBy: [
        { Type: 'TAG', Key: tagKey },
        { Type: 'DIMENSION', Key: 'SERVICE' },
      ],
    });

    const services = new Map<string, CollectedServiceCost>();
    const entry = (tag: string) => {
      let found = services.get(tag);
      if (!found) services.set(tag, (found = { daily: [], byAwsService: [] }));
      return found;
    };
    const untaggedDaily: DayAmount[] = [];
    for (const result of daily) {
      const date = result.TimePeriod?.Start ?? '';
      for (const group of result.Groups ?? []) {
        const tag = tagValue(tagKey, group.Keys?.[0]);
        const cost = Number(group.Metrics?.[metric]?.Amount ?? 0);
        if (tag === undefined) untaggedDaily.push({ date, cost });
        else entry(tag).daily.push({ date, cost });
      }
    }
    for (const result of monthly) {
      const isThisMonth = (result.TimePeriod?.Start ?? '') >= bounds.monthStart;
      for (const group of result.Groups ?? []) {
        const tag = tagValue(tagKey, group.Keys?.[0]);
        if (tag === undefined) continue;
        const awsService = group.Keys?.[1] ?? 'Unknown';
        const cost = Number(group.Metrics?.[metric]?.Amount ?? 0);
        const rows = entry(tag).byAwsService;
        let row = rows.find(r => r.awsService === awsService);
        if (!row)
          rows.push((row = { awsService, monthToDate: 0, lastMonth: 0 }));
        if (isThisMonth) row.monthToDate += cost;
        else row.lastMonth += cost;
      }
    }

    return {
      services,
      untaggedDaily,
      accountForecastRemaining: await this.forecast(
        ce,
        bounds.today,
        bounds.nextMonthStart,
        metric,
      ),
      budgets: await this.budgets(budgets),
    };
  }

  private async costAndUsage(
    ce: CostExplorerClient,
    input: GetCostAndUsageCommandInput,
  ): Promise<ResultByTime[]> {
    const pages = await paginate(async token => {
      const command = new GetCostAndUsageCommand({
        ...input,
        NextPageToken: token,
      });
      const page = await withAwsTimeout(
        this.options.timeoutMs,
        o => ce.send(command, o),
        CE_LABELS,
      ).catch(e => {
        throw explainAwsError(`${CE} GetCostAndUsage`, e, NEEDS);
      });
      return { items: page.ResultsByTime ?? [], next: page.NextPageToken };
    });
    // A page may continue a period the previous page started: merge groups by period.
    const results: ResultByTime[] = [];
    for (const result of pages) {
      const same = results.find(
        r => r.TimePeriod?.Start === result.TimePeriod?.Start,
      );
      if (same)
        same.Groups = [...(same.Groups ?? []), ...(result.Groups ?? [])];
      else results.push(result);
    }
    return results;
  }

  /** The forecast is a nicety: no data yet (new account, first days of a month) is not fatal. */
  private async forecast(
    ce: CostExplorerClient,
    start: string,
    end: string,
    metric: string,
  ) {
    try {
      const command = new GetCostForecastCommand({
        TimePeriod: { Start: start, End: end },
        Granularity: 'MONTHLY',
        Metric:
          metric === 'AmortizedCost' ? 'AMORTIZED_COST' : 'UNBLENDED_COST',
      });
      const out = await withAwsTimeout(
        this.options.timeoutMs,
        o => ce.send(command, o),
        CE_LABELS,
      );
      return out.Total?.Amount !== undefined ? Number(out.Total.Amount) : null;
    } catch (e) {
      if ((e as Error).name === 'DataUnavailableException') return null;
      throw explainAwsError(`${CE} GetCostForecast`, e, NEEDS);
    }
  }

  private async budgets(client: BudgetsClient): Promise<CollectedBudget[]> {
    const budgets = await paginate(async token => {
      const command = new DescribeBudgetsCommand({
        AccountId: this.options.accountId,
        MaxResults: 100,
        NextToken: token,
      });
      const page = await withAwsTimeout(
        this.options.timeoutMs,
        o => client.send(command, o),
        { family: 'cost', upstream: 'aws:budgets' },
      ).catch(e => {
        throw explainAwsError('AWS Budgets DescribeBudgets', e, NEEDS);
      });
      return { items: page.Budgets ?? [], next: page.NextToken };
    });
    return budgets.flatMap(budget => this.mapBudget(budget) ?? []);
  }

  /** Monthly cost budgets filtered on one service tag value or one team tag value. */
  private mapBudget(budget: Budget): CollectedBudget | undefined {
    if (
      budget.BudgetType !== 'COST' ||
      budget.TimeUnit !== 'MONTHLY' ||
      !budget.BudgetLimit
    )
      return undefined;
    for (const filter of budget.CostFilters?.TagKeyValue ?? []) {
      const match = /^user:([^$]+)\$(.+)$/.exec(filter);
      if (!match) continue;
      const scopes: Record<string, 'service' | 'team'> = {
        [this.options.teamTagKey]: 'team',
        [this.options.tagKey]: 'service',
      };
      const scope = scopes[match[1]];
      if (!scope) continue;
      const forecast = budget.CalculatedSpend?.ForecastedSpend?.Amount;
      return {
        name: budget.BudgetName ?? match[2],
        scope,
        target: match[2],
        limit: Number(budget.BudgetLimit.Amount),
        actual: Number(budget.CalculatedSpend?.ActualSpend?.Amount ?? 0),
        forecast: forecast !== undefined ? Number(forecast) : null,
      };
    }
    return undefined;
  }
}

/** `service$checkout-api` -> `checkout-api`; `service$` (untagged) -> undefined. */
export function tagValue(
  tagKey: string,
  key: string | undefined,
): string | undefined {
  const prefix = `${tagKey}$`;
  if (!key?.startsWith(prefix)) return undefined;
  const value = key.slice(prefix.length);
  return value === '' ? undefined : value;
}
