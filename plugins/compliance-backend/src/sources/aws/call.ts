import { explainAwsError, withAwsTimeout } from '@runway/runway-node';

/** `aws:<service>` for the upstream-call counters, from the operation's service name. */
export function awsUpstream(operation: string): string {
  const service = operation.slice(0, operation.lastIndexOf(' '));
  return `aws:${service
    .replace(/^AWS /, '')
    .replace(/\s+/g, '')
    .toLowerCase()}`;
}

/** Sends one command with the per-call deadline; a failure says which call and why, safely. */
export function awsCall(timeoutMs: number) {
  return async <T>(
    operation: string,
    needs: string,
    send: (options: { abortSignal: AbortSignal }) => Promise<T>,
  ): Promise<T> => {
    try {
      return await withAwsTimeout(timeoutMs, send, {
        family: 'compliance',
        upstream: awsUpstream(operation),
      });
    } catch (error) {
      throw explainAwsError(operation, error, needs);
    }
  };
}

export type AwsCall = ReturnType<typeof awsCall>;

const iso = (d: Date | undefined) => (d ? d.toISOString() : null);

/** The latest of two ISO times (either may be null). */
export function latestIso(a: string | null, b: Date | string | undefined) {
  const bIso = typeof b === 'string' ? b : iso(b);
  if (!a) return bIso;
  if (!bIso) return a;
  return a > bIso ? a : bIso;
}
