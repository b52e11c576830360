import { Sourced, SourceInfo } from '@runway/runway-common';

/** The annotation naming the cost-allocation tag of a service, e.g. `service=checkout-api`. @public */
export const COST_TAGS_ANNOTATION = 'aws.amazon.com/cost-insights-tags';

/** One day of spend (USD) and, when known, the requests served that day. @public */
export interface DailyCost {
  /** `YYYY-MM-DD` (UTC). */
  date: string;
  cost: number;
  /** Null when no request count is known for the day. */
  requests: number | null;
  /** Cost per 1,000 requests; null when the day served no request or the count is unknown. */
  costPer1kRequests: number | null;
}

/** Spend of one AWS service (EC2, RDS …) within a Runway service. @public */
export interface AwsServiceCost {
  awsService: string;
  monthToDate: number;
  lastMonth: number;
}

/** A budget as AWS Budgets reports it, mapped to a service or a team. @public */
export interface BudgetStatus {
  name: string;
  limit: number;
  actual: number;
  forecast: number | null;
  /** actual / limit, e.g. 1.12 when 12 % over. */
  usedRatio: number;
  breached: boolean;
}

/** The figures the card and the scorecard need. @public */
export interface CostSummary {
  entityRef: string;
  /** The cost-allocation tag value the service is found under. */
  tagValue: string;
  monthToDate: number;
  /** Spend of the previous month up to the same day of the month, the fair comparison. */
  lastMonthToDate: number;
  lastMonth: number;
  /** (monthToDate - lastMonthToDate) / lastMonthToDate; null when last month had no spend. */
  changeRatio: number | null;
  forecast: number | null;
  /** Cost per 1,000 requests over the last 7 days; null without requests. */
  costPer1kRequests: number | null;
}

/** Everything the entity tab draws. @public */
export interface EntityCost extends CostSummary {
  currency: 'USD';
  daily: DailyCost[];
  byAwsService: AwsServiceCost[];
  budget: BudgetStatus | null;
}

/** A team's services ranked, and the account's untagged spend. @public */
export interface TeamCost {
  teamRef: string;
  monthToDate: number;
  lastMonthToDate: number;
  changeRatio: number | null;
  forecast: number | null;
  budget: BudgetStatus | null;
  /** Sorted by month-to-date spend, highest first. */
  services: CostSummary[];
  /** The team's daily spend and requests (the services above, summed). */
  daily: DailyCost[];
  costPer1kRequests: number | null;
  /** Entities of the team whose cost the viewer may not read or that carry no cost tag. */
  hidden: number;
  untagged: { monthToDate: number; share: number };
}

/** Responses: every one says where its data came from. @public */
export interface EntityCostResponse {
  source: SourceInfo;
  data: EntityCost;
}

/** @public */
export interface TeamCostResponse {
  source: SourceInfo;
  data: TeamCost;
}

/**
 * One entry per requested ref: the summary, or why there is none (`forbidden`, `not-found`
 * for an unknown entity, `untracked` when it carries no cost tag or the refresh saw no spend).
 *
 * @public
 */
export type BatchCostItem =
  | { entityRef: string; status: 'ok'; summary: CostSummary }
  | { entityRef: string; status: 'forbidden' | 'not-found' | 'untracked' };

/** `POST /batch`: the shape every family's batch answers. @public */
export type BatchCostResponse = Sourced<{ items: BatchCostItem[] }>;

/** `POST /teams/batch`. @public */
export type BatchTeamCostResponse = Sourced<{ items: TeamCost[] }>;
