import { registerMswTestHooks } from '@backstage/backend-test-utils';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { CostExplorerSource } from './CostExplorerSource';
import monthly from './__fixtures__/getCostAndUsage-monthly.json';
import forecast from './__fixtures__/getCostForecast.json';
import budgets from './__fixtures__/describeBudgets.json';

const now = new Date('2026-11-20T10:00:00Z');
const server = setupServer();
registerMswTestHooks(server);

/** Answers Cost Explorer and Budgets (JSON 1.1: the operation is in X-Amz-Target) at `base`. */
function awsAt(base: string, seen: string[]) {
  return http.post(`${base}/`, ({ request }) => {
    const target = request.headers.get('x-amz-target') ?? '';
    seen.push(`${new URL(request.url).host} ${target.split('.')[1]}`);
    if (target.endsWith('.GetCostForecast')) return HttpResponse.json(forecast);
    if (target.endsWith('.DescribeBudgets')) return HttpResponse.json(budgets);
    return HttpResponse.json(monthly);
  });
}

const source = (endpoint?: string) =>
  new CostExplorerSource({
    accountId: '123456789012',
    tagKey: 'service',
    teamTagKey: 'team',
    amortized: false,
    days: 2,
    timeoutMs: 5000,
    endpoint,
    credentials: async () => async () => ({
      accessKeyId: 'AKIDEXAMPLE',
      secretAccessKey: 'x',
    }),
  });

describe('CostExplorerSource endpoints', () => {
  const env = process.env;
  afterEach(() => {
    process.env = env;
  });

  it('sends every call of both clients to cost.aws.endpoint', async () => {
    const seen: string[] = [];
    server.use(awsAt('http://aws-proxy.test', seen));
    await source('http://aws-proxy.test').collect(now);
    expect(seen).toEqual([
      'aws-proxy.test GetCostAndUsage',
      'aws-proxy.test GetCostAndUsage',
      'aws-proxy.test GetCostForecast',
      'aws-proxy.test DescribeBudgets',
    ]);
  });

  it("honours the SDK's per-service AWS_ENDPOINT_URL_* variables when no endpoint is configured", async () => {
    process.env = {
      ...env,
      AWS_ENDPOINT_URL_COST_EXPLORER: 'http://ce.test',
      AWS_ENDPOINT_URL_BUDGETS: 'http://budgets.test',
    };
    const seen: string[] = [];
    server.use(
      awsAt('http://ce.test', seen),
      awsAt('http://budgets.test', seen),
    );
    await source().collect(now);
    expect(seen).toEqual([
      'ce.test GetCostAndUsage',
      'ce.test GetCostAndUsage',
      'ce.test GetCostForecast',
      'budgets.test DescribeBudgets',
    ]);
  });

  it('honours AWS_ENDPOINT_URL for both clients', async () => {
    process.env = { ...env, AWS_ENDPOINT_URL: 'http://localstack.test' };
    const seen: string[] = [];
    server.use(awsAt('http://localstack.test', seen));
    await source().collect(now);
    expect(seen).toHaveLength(4);
  });
});
