/**
 * What a refresh collects, whatever the upstream. Costs are keyed by the value of the
 * cost-allocation tag (`service=<value>`), which is how Cost Explorer groups them.
 */
export interface DayAmount {
  /** `YYYY-MM-DD`, UTC. */
  date: string;
  cost: number;
}

export interface CollectedServiceCost {
  daily: DayAmount[];
  /** Month to date and last month, per AWS service (Cost Explorer's SERVICE dimension). */
  byAwsService: Array<{
    awsService: string;
    monthToDate: number;
    lastMonth: number;
  }>;
}

export interface CollectedBudget {
  name: string;
  /** What the budget's cost filter points at: a service tag value or a team name. */
  scope: 'service' | 'team';
  target: string;
  limit: number;
  actual: number;
  forecast: number | null;
}

export interface CollectedCosts {
  /** Keyed by cost-allocation tag value. */
  services: Map<string, CollectedServiceCost>;
  /** Spend without the tag (Cost Explorer's `<tagKey>$` group). */
  untaggedDaily: DayAmount[];
  /** Forecast of the whole account's spend for the rest of the month; null when unavailable. */
  accountForecastRemaining: number | null;
  budgets: CollectedBudget[];
}

export interface CollectOptions {
  /**
   * Daily costs are only needed from this date (`YYYY-MM-DD`) on: older days are already
   * stored. A source may return more.
   */
  dailySince?: string;
}

/** The family's one source interface: a whole-account collection in a bounded number of calls. */
export interface CostSource {
  readonly kind: 'demo' | 'live';
  readonly name: string;
  collect(now: Date, options?: CollectOptions): Promise<CollectedCosts>;
}

/** Daily request counts keyed by tag value, then by `YYYY-MM-DD`. */
export type DailyRequests = Map<string, Map<string, number>>;

/** Where cost-per-request gets its denominator. */
export interface RequestCountSource {
  readonly name: string;
  dailyRequests(dates: string[], now: Date): Promise<DailyRequests>;
}
