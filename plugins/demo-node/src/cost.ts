import { randomFor } from './random';
import { DemoService, DemoWorld } from './world';

/**
 * The demo world's AWS bill: daily spend per service split by AWS service (the names Cost
 * Explorer's SERVICE dimension uses), daily request counts, untagged spend and budgets.
 * Pure functions of the world, so every family and every run agree. Two story beats show:
 * `story.scaleUp` multiplies the service's spend from that day on (more replicas, same
 * traffic, so its cost per request jumps), and `story.budgetBreach` is a team budget its
 * spend exceeds.
 */

/** @public */
export const DEMO_AWS_SERVICES = {
  compute: 'Amazon Elastic Compute Cloud - Compute',
  database: 'Amazon Relational Database Service',
  cache: 'Amazon ElastiCache',
  storage: 'Amazon Simple Storage Service',
  loadBalancer: 'Amazon Elastic Load Balancing',
  monitoring: 'AmazonCloudWatch',
} as const;

/** @public */
export interface DemoCostDay {
  /** `YYYY-MM-DD`, UTC. */
  date: string;
  /** USD per AWS service; today's entry covers the hours elapsed so far. */
  byAwsService: Record<string, number>;
}

/** @public */
export interface DemoRequestDay {
  date: string;
  requests: number;
}

/** @public */
export interface DemoBudget {
  /** Budget name as AWS Budgets shows it. */
  name: string;
  scope: 'service' | 'team';
  /** The service or team name the budget covers. */
  target: string;
  limitUsd: number;
}

/** @public */
export const DEMO_COST_DAYS = 90;

const DAY = 24 * 3600_000;

/**
 * The `days` UTC dates ending with the world's today, oldest first.
 *
 * @public
 */
export function demoCostDates(
  world: DemoWorld,
  days = DEMO_COST_DAYS,
): string[] {
  const today = Math.floor(Date.parse(world.now) / DAY) * DAY;
  return Array.from({ length: days }, (_, i) =>
    new Date(today - (days - 1 - i) * DAY).toISOString().slice(0, 10),
  );
}

/** Share of today already elapsed: Cost Explorer also reports today's spend so far. */
function dayFraction(world: DemoWorld, date: string): number {
  const start = Date.parse(`${date}T00:00:00Z`);
  return Math.min(1, Math.max(0, (Date.parse(world.now) - start) / DAY));
}

function isWeekend(date: string): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}

function findService(world: DemoWorld, name: string): DemoService {
  const service = world.services.find(s => s.name === name);
  if (!service) throw new Error(`no demo service named ${name}`);
  return service;
}

/** How a service's spend splits across AWS services; stable per service. */
function awsShares(
  world: DemoWorld,
  service: DemoService,
): Record<string, number> {
  const rnd = randomFor(world.seed, 'cost-shares', service.name);
  const weights: Record<string, number> = {
    [DEMO_AWS_SERVICES.compute]: rnd.int(45, 60),
    [DEMO_AWS_SERVICES.loadBalancer]: rnd.int(4, 8),
    [DEMO_AWS_SERVICES.storage]: rnd.int(2, 6),
    [DEMO_AWS_SERVICES.monitoring]: rnd.int(2, 5),
  };
  if (service.database) weights[DEMO_AWS_SERVICES.database] = rnd.int(20, 30);
  if (service.cache) weights[DEMO_AWS_SERVICES.cache] = rnd.int(6, 12);
  const total = Object.values(weights).reduce((a, b) => a + b, 0);
  return Object.fromEntries(
    Object.entries(weights).map(([k, w]) => [k, w / total]),
  );
}

const cents = (usd: number) => Math.round(usd * 100) / 100;

/**
 * Daily spend of one service for the last `days` days, split by AWS service.
 *
 * @public
 */
export function demoServiceCosts(
  world: DemoWorld,
  serviceName: string,
  days = DEMO_COST_DAYS,
): DemoCostDay[] {
  const service = findService(world, serviceName);
  const shares = awsShares(world, service);
  const { scaleUp } = world.story;
  const scaleUpDay = scaleUp.at.slice(0, 10);
  return demoCostDates(world, days).map(date => {
    const rnd = randomFor(world.seed, 'cost', service.name, date);
    const scaled =
      service.name === scaleUp.service && date >= scaleUpDay
        ? scaleUp.factor
        : 1;
    const total =
      service.baseDailyCost *
      (isWeekend(date) ? 0.9 : 1) *
      (0.94 + rnd.next() * 0.12) *
      scaled *
      dayFraction(world, date);
    const byAwsService = Object.fromEntries(
      Object.entries(shares).map(([aws, share]) => [aws, cents(total * share)]),
    );
    return { date, byAwsService };
  });
}

/**
 * Requests served per day (prod), from the service's typical rate. The scale-up adds
 * capacity, not traffic, so these do not move on that day.
 *
 * @public
 */
export function demoDailyRequests(
  world: DemoWorld,
  serviceName: string,
  days = DEMO_COST_DAYS,
): DemoRequestDay[] {
  const service = findService(world, serviceName);
  return demoCostDates(world, days).map(date => {
    const rnd = randomFor(world.seed, 'requests', service.name, date);
    const requests =
      service.baseRps *
      86_400 *
      (isWeekend(date) ? 0.7 : 1) *
      (0.9 + rnd.next() * 0.2) *
      dayFraction(world, date);
    return { date, requests: Math.round(requests) };
  });
}

/**
 * Spend carrying no cost-allocation tag (shared NAT gateways, old snapshots …): about 6 %
 * of the tagged total, so the team page has an untagged share to show.
 *
 * @public
 */
export function demoUntaggedCosts(
  world: DemoWorld,
  days = DEMO_COST_DAYS,
): Array<{ date: string; cost: number }> {
  const base =
    world.services.reduce((sum, s) => sum + s.baseDailyCost, 0) * 0.06;
  return demoCostDates(world, days).map(date => {
    const rnd = randomFor(world.seed, 'cost-untagged', date);
    return {
      date,
      cost: cents(base * (0.9 + rnd.next() * 0.2) * dayFraction(world, date)),
    };
  });
}

const roundUp = (usd: number, step: number) => Math.ceil(usd / step) * step;

/**
 * One budget per service (20 % above its usual month) and one per team (the sum of its
 * services' budgets), except the story's team, whose budget is `story.budgetBreach.budgetUsd`.
 *
 * @public
 */
export function demoBudgets(world: DemoWorld): DemoBudget[] {
  const serviceBudgets: DemoBudget[] = world.services.map(s => ({
    name: `${s.name}-monthly`,
    scope: 'service',
    target: s.name,
    limitUsd: roundUp(s.baseDailyCost * 31 * 1.2, 100),
  }));
  const teamBudgets: DemoBudget[] = world.teams.map(team => ({
    name: `${team.name}-monthly`,
    scope: 'team',
    target: team.name,
    limitUsd:
      team.name === world.story.budgetBreach.team
        ? world.story.budgetBreach.budgetUsd
        : serviceBudgets
            .filter(b => findService(world, b.target).owner === team.name)
            .reduce((sum, b) => sum + b.limitUsd, 0),
  }));
  return [...serviceBudgets, ...teamBudgets];
}
