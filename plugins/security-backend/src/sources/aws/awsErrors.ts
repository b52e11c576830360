/**
 * Turns an AWS SDK failure into a message safe to show in the UI: the error name says
 * what went wrong (throttled, access denied, timed out) without leaking request details.
 */
export function describeAwsError(operation: string, error: unknown): string {
  const e = error as {
    name?: string;
    message?: string;
    $metadata?: { httpStatusCode?: number };
  };
  const name = e?.name ?? 'Error';
  if (
    name === 'ThrottlingException' ||
    name === 'TooManyRequestsException' ||
    name === 'LimitExceededException'
  ) {
    return `${operation} was throttled by AWS (${name}); retried and gave up, will try again next refresh`;
  }
  if (
    name === 'AccessDeniedException' ||
    name === 'AccessDenied' ||
    name === 'UnauthorizedOperation'
  ) {
    return `${operation} was denied (${name}): the role Runway uses lacks permission`;
  }
  if (
    name === 'AbortError' ||
    name === 'TimeoutError' ||
    name === 'RequestTimeout'
  ) {
    return `${operation} timed out`;
  }
  if (
    name === 'RepositoryNotFoundException' ||
    name === 'ScanNotFoundException' ||
    name === 'ImageNotFoundException'
  ) {
    return `${operation}: ${name}`;
  }
  return `${operation} failed (${name})`;
}

/**
 * One AWS call with a hard deadline covering the SDK's own retries. The signal aborts the
 * HTTP request; the race also settles when a client ignores the signal, so a hanging
 * upstream costs at most `ms` per call and a refresh always ends.
 */
export async function withTimeout<T>(
  ms: number,
  call: (abortSignal: AbortSignal) => Promise<T>,
): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new Error(`no answer within ${ms} ms`);
      error.name = 'TimeoutError';
      controller.abort(error);
      reject(error);
    }, ms);
  });
  try {
    return await Promise.race([call(controller.signal), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

/** Follows `nextToken` until the end, with a hard page cap so a loop can never run away. */
export async function paginate<T>(
  fetchPage: (
    token: string | undefined,
  ) => Promise<{ items: T[]; next?: string }>,
  maxPages = 50,
): Promise<T[]> {
  const all: T[] = [];
  let token: string | undefined;
  for (let page = 0; page < maxPages; page++) {
    const { items, next } = await fetchPage(token);
    all.push(...items);
    if (!next) return all;
    token = next;
  }
  throw new Error(`more than ${maxPages} pages`);
}

export function toSeverity(
  label: string | undefined,
): 'critical' | 'high' | 'medium' | 'low' | 'unknown' {
  switch ((label ?? '').toUpperCase()) {
    case 'CRITICAL':
      return 'critical';
    case 'HIGH':
      return 'high';
    case 'MEDIUM':
      return 'medium';
    case 'LOW':
    case 'INFORMATIONAL':
      return 'low';
    default:
      return 'unknown';
  }
}

export function isoOf(value: Date | string | undefined): string | undefined {
  if (!value) return undefined;
  const d = value instanceof Date ? value : new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}
