import { UpstreamError } from '@runway/runway-node';

/**
 * Turns an AWS SDK failure into an `UpstreamError` whose message is safe for the UI: it
 * names the failure and the fix, never the ARN or request id the SDK message carries.
 */
export function explainAwsError(
  upstream: string,
  operation: string,
  error: unknown,
): UpstreamError {
  const name = (error as { name?: string })?.name ?? 'Error';
  const status = (error as { $metadata?: { httpStatusCode?: number } })
    ?.$metadata?.httpStatusCode;
  const say = (why: string) =>
    new UpstreamError(`${upstream} ${operation}: ${why}`, status);
  switch (name) {
    case 'LimitExceededException':
    case 'ThrottlingException':
      return say(
        'rate limit exceeded; the next scheduled refresh will try again',
      );
    case 'DataUnavailableException':
      return say('no cost data available yet for this account or period');
    case 'AccessDeniedException':
      return say(
        'access denied; the role needs ce:GetCostAndUsage, ce:GetCostForecast and budgets:ViewBudget',
      );
    case 'BillExpirationException':
      return say('the requested period is older than Cost Explorer keeps');
    case 'TimeoutError':
    case 'AbortError':
      return say('timed out');
    default:
      return say(`failed (${name})`);
  }
}

/**
 * Runs an AWS call with a deadline: the SDK request is aborted and the promise rejected
 * after `ms`, so a hung endpoint cannot stall a refresh (the race also covers transports
 * that ignore the abort signal).
 */
export async function withTimeout<T>(
  ms: number,
  call: (options: { abortSignal: AbortSignal }) => Promise<T>,
): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(
        Object.assign(new Error(`timed out after ${ms} ms`), {
          name: 'TimeoutError',
        }),
      );
    }, ms);
  });
  try {
    return await Promise.race([
      call({ abortSignal: controller.signal }),
      deadline,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
