import { UpstreamError } from '../fetchJson';

const THROTTLED = new Set([
  'ThrottlingException',
  'TooManyRequestsException',
  'LimitExceededException',
]);
const DENIED = new Set([
  'AccessDeniedException',
  'AccessDenied',
  'UnauthorizedOperation',
]);
const TIMED_OUT = new Set(['AbortError', 'TimeoutError', 'RequestTimeout']);
/** Names that already say what is missing; they are shown as they are. */
const NOT_FOUND = new Set([
  'RepositoryNotFoundException',
  'ScanNotFoundException',
  'ImageNotFoundException',
]);

/**
 * Turns an AWS SDK failure into an `UpstreamError` (503) whose message is safe for the UI:
 * the operation and what went wrong (throttled, denied, timed out), never the ARN, account
 * or request id the SDK's own message carries.
 *
 * @param operation - what was called, e.g. `AWS Cost Explorer GetCostAndUsage`
 * @param needs - the IAM actions to name when access is denied
 * @public
 */
export function explainAwsError(
  operation: string,
  error: unknown,
  needs?: string,
): UpstreamError {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  const name = e?.name ?? 'Error';
  const say = (message: string) =>
    new UpstreamError(message, e?.$metadata?.httpStatusCode);
  if (THROTTLED.has(name)) {
    return say(
      `${operation} was throttled by AWS (${name}); the next scheduled refresh will try again`,
    );
  }
  if (DENIED.has(name)) {
    return say(
      `${operation} was denied (${name}): the role Runway uses lacks permission${
        needs ? `; it needs ${needs}` : ''
      }`,
    );
  }
  if (TIMED_OUT.has(name)) return say(`${operation} timed out`);
  if (NOT_FOUND.has(name)) return say(`${operation}: ${name}`);
  if (name === 'DataUnavailableException') {
    return say(
      `${operation}: no data available yet for this account or period`,
    );
  }
  if (name === 'BillExpirationException') {
    return say(`${operation}: the requested period is older than AWS keeps`);
  }
  return say(`${operation} failed (${name})`);
}
