import {
  DailyCost,
  EntityCostResponse,
  TeamCostResponse,
} from '@runway/plugin-cost-common';
import { SourceInfo } from '@runway/runway-common';

export const demoSource: SourceInfo = {
  kind: 'demo',
  name: 'demo',
  stale: false,
  fetchedAt: '2026-11-20T08:00:00Z',
};

/** 14 days: 100 USD a day over 50,000 requests the first week (2 USD per 1k), 50,000 then 40,000 … */
export const daily: DailyCost[] = Array.from({ length: 14 }, (_, i) => {
  const requests = i < 7 ? 50_000 : 40_000;
  return {
    date: `2026-11-${String(i + 1).padStart(2, '0')}`,
    cost: 100,
    requests,
    costPer1kRequests: (100 / requests) * 1000,
  };
});

export const entityCost: EntityCostResponse = {
  source: demoSource,
  data: {
    entityRef: 'component:default/search-api',
    tagValue: 'search-api',
    currency: 'USD',
    monthToDate: 23456.7,
    lastMonthToDate: 20000,
    lastMonth: 31000,
    changeRatio: 0.1728,
    forecast: 35000,
    costPer1kRequests: 2.5,
    daily,
    byAwsService: [
      {
        awsService: 'Amazon Elastic Compute Cloud - Compute',
        monthToDate: 15000,
        lastMonth: 18000,
      },
      {
        awsService: 'Amazon Relational Database Service',
        monthToDate: 8456.7,
        lastMonth: 13000,
      },
    ],
    budget: {
      name: 'search-api-monthly',
      limit: 30000,
      actual: 23456.7,
      forecast: 35000,
      usedRatio: 0.78,
      breached: true,
    },
  },
};

export const teamCost: TeamCostResponse = {
  source: {
    ...demoSource,
    stale: true,
    error: 'AWS Cost Explorer GetCostAndUsage: rate limit exceeded',
  },
  data: {
    teamRef: 'group:default/team-catalog',
    monthToDate: 30000,
    lastMonthToDate: 25000,
    changeRatio: 0.2,
    forecast: 42000,
    budget: {
      name: 'team-catalog-monthly',
      limit: 12000,
      actual: 30000,
      forecast: 42000,
      usedRatio: 2.5,
      breached: true,
    },
    services: [
      {
        entityRef: 'component:default/search-api',
        tagValue: 'search-api',
        monthToDate: 20000,
        lastMonthToDate: 10000,
        lastMonth: 15000,
        changeRatio: 1,
        forecast: 30000,
        costPer1kRequests: 3,
      },
      {
        entityRef: 'component:default/catalog-api',
        tagValue: 'catalog-api',
        monthToDate: 9000,
        lastMonthToDate: 12000,
        lastMonth: 16000,
        changeRatio: -0.25,
        forecast: 11000,
        costPer1kRequests: 1,
      },
      {
        entityRef: 'component:default/reviews-api',
        tagValue: 'reviews-api',
        monthToDate: 1000,
        lastMonthToDate: 3000,
        lastMonth: 4000,
        changeRatio: -0.6667,
        forecast: 1500,
        costPer1kRequests: null,
      },
    ],
    hidden: 1,
    daily,
    costPer1kRequests: 2.2,
    untagged: { monthToDate: 4200, share: 0.06 },
  },
};

/** The typed 503 a family answers while it is off. */
export { notConfiguredResponseError as notConfiguredError } from '@runway/runway-react';
