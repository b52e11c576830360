import { instrumented, UpstreamLabels } from '../metrics/upstreamMetrics';

/**
 * One AWS call with a hard deadline covering the SDK's own retries: the request is aborted
 * and the promise rejected (a `TimeoutError`) after `ms`. The race also settles when a
 * transport ignores the abort signal, so a hung endpoint cannot stall a refresh.
 *
 * Counted and timed like every upstream call: `labels.upstream` names the AWS API
 * (`aws:ecr`, `aws:ce`), `aws` when left out.
 *
 * @param call - receives the SDK's `send` options, e.g. `o => client.send(command, o)`
 * @public
 */
export function withAwsTimeout<T>(
  ms: number,
  call: (options: { abortSignal: AbortSignal }) => Promise<T>,
  labels: Partial<UpstreamLabels> = {},
): Promise<T> {
  return instrumented(labels, 'aws', () => raceDeadline(ms, call));
}

async function raceDeadline<T>(
  ms: number,
  call: (options: { abortSignal: AbortSignal }) => Promise<T>,
): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new Error(`no answer within ${ms} ms`);
      error.name = 'TimeoutError';
      controller.abort(error);
      reject(error);
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
