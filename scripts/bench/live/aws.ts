// One loopback AWS endpoint for the live bench (the families' `security.aws.endpoint` and
// `cost.aws.endpoint`): ECR, Cost Explorer and Budgets speak JSON 1.1 (operation in
// X-Amz-Target), Inspector2 and Security Hub REST-JSON (operation in the path).
import { costAnswers } from './awsCost';
import { securityAnswers } from './awsSecurity';
import { serveWire } from './wire';

const JSON_11 = 'application/x-amz-json-1.1';

const awsError = (status: number, type: string, message: string) =>
  new Response(JSON.stringify({ __type: type, message }), {
    status,
    headers: { 'content-type': JSON_11, 'x-amzn-errortype': type },
  });

export async function startAws(options: {
  services: string[];
  latencyMs: number;
}) {
  const security = securityAnswers(options.services);
  const cost = costAnswers(options.services);
  const byTarget: Record<string, [string, (input: any) => unknown]> = {
    'AmazonEC2ContainerRegistry_V20150921.DescribeImages': [
      'ecr DescribeImages',
      security.describeImages,
    ],
    'AmazonEC2ContainerRegistry_V20150921.DescribeImageScanFindings': [
      'ecr DescribeImageScanFindings',
      security.describeImageScanFindings,
    ],
    'AWSInsightsIndexService.GetCostAndUsage': [
      'ce GetCostAndUsage',
      cost.getCostAndUsage,
    ],
    'AWSInsightsIndexService.GetCostForecast': [
      'ce GetCostForecast',
      cost.getCostForecast,
    ],
    'AWSBudgetServiceGateway.DescribeBudgets': [
      'budgets DescribeBudgets',
      cost.describeBudgets,
    ],
  };
  const byPath: Record<string, [string, (input: any) => unknown]> = {
    'POST /findings/list': [
      'inspector2 ListFindings',
      security.inspectorListFindings,
    ],
    'POST /findings': [
      'securityhub GetFindings',
      security.securityHubGetFindings,
    ],
  };
  return serveWire(async request => {
    const text = await request.text();
    const input = text ? JSON.parse(text) : {};
    const target = request.headers.get('x-amz-target');
    const route = target
      ? byTarget[target]
      : byPath[`${request.method} ${new URL(request.url).pathname}`];
    if (!route) {
      return {
        key: `aws unknown ${target ?? new URL(request.url).pathname}`,
        response: awsError(
          400,
          'UnknownOperationException',
          `The bench AWS fake does not answer ${target ?? request.url}`,
        ),
      };
    }
    const [key, answer] = route;
    const body = JSON.stringify(await answer(input));
    return {
      key,
      response: new Response(body, {
        headers: {
          'content-type': target ? JSON_11 : 'application/json',
          'x-amzn-requestid': crypto.randomUUID(),
        },
      }),
    };
  }, options.latencyMs);
}
