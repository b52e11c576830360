import { ResponseError } from '@backstage/errors';
import { NOT_CONFIGURED_ERROR_NAME } from '@runway/runway-common';

/**
 * The typed 503 a family answers while it is off, as a frontend client's ResponseError
 * carries it: what every family's tests hand to their components.
 *
 * @public
 */
export async function notConfiguredResponseError(
  message: string,
): Promise<ResponseError> {
  return ResponseError.fromResponse({
    status: 503,
    statusText: 'Service Unavailable',
    headers: new Headers({ 'content-type': 'application/json' }),
    text: async () =>
      JSON.stringify({
        error: { name: NOT_CONFIGURED_ERROR_NAME, message },
        response: { statusCode: 503 },
      }),
  } as Response);
}
