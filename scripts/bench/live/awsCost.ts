// Cost Explorer and Budgets answers for the bench services: the cost family's own fake
// (documented shapes, Cost Explorer pages cut at 1,000 groups, Budgets at MaxResults),
// which stubs the SDK clients in THIS process only; the wire server asks those stubbed
// clients and sends their answer back as JSON. Its services are `svc-1`…`svc-N`: renamed
// here after the bench world's services.
/* eslint-disable @backstage/no-relative-monorepo-imports */
import {
  CostExplorerClient,
  GetCostAndUsageCommand,
  GetCostForecastCommand,
} from '@aws-sdk/client-cost-explorer';
import { BudgetsClient, DescribeBudgetsCommand } from '@aws-sdk/client-budgets';
import { fakeCostExplorer } from '../../../plugins/cost-backend/src/__testUtils__/fakeCostExplorer';

export function costAnswers(services: string[]) {
  fakeCostExplorer(services.length);
  const ce = new CostExplorerClient({ region: 'us-east-1' });
  const budgets = new BudgetsClient({ region: 'us-east-1' });
  const renamed = (out: object) => {
    const { $metadata, ...body } = out as { $metadata?: unknown };
    return JSON.parse(
      JSON.stringify(body).replace(
        /\bsvc-(\d+)\b/g,
        (_, n) => services[Number(n) - 1],
      ),
    );
  };
  return {
    getCostAndUsage: async (input: any) =>
      renamed(await ce.send(new GetCostAndUsageCommand(input))),
    getCostForecast: async (input: any) =>
      renamed(await ce.send(new GetCostForecastCommand(input))),
    describeBudgets: async (input: any) =>
      renamed(await budgets.send(new DescribeBudgetsCommand(input))),
  };
}
