import { EmptyState, ResponseErrorPanel } from '@backstage/core-components';
import { ResponseError } from '@backstage/errors';
import { NOT_CONFIGURED_ERROR_NAME } from '@runway/runway-common';

/**
 * The message of a family's typed "not configured" 503, or undefined for any other error.
 *
 * @public
 */
export function notConfiguredMessage(error: unknown): string | undefined {
  if (
    error instanceof ResponseError &&
    error.body?.error?.name === NOT_CONFIGURED_ERROR_NAME
  ) {
    return error.body.error.message;
  }
  return undefined;
}

/** @public */
export interface FamilyErrorPanelProps {
  error: Error;
  title: string;
}

/**
 * A family's error state. A family that is `off` is not an error: it is drawn grey as
 * "Not configured" with the config keys to set; anything else is Backstage's error panel.
 *
 * @public
 */
export function FamilyErrorPanel({ error, title }: FamilyErrorPanelProps) {
  const message = notConfiguredMessage(error);
  if (message) {
    return (
      <div data-testid="not-configured">
        <EmptyState
          title="Not configured"
          description={message}
          missing="field"
        />
      </div>
    );
  }
  return <ResponseErrorPanel error={error} title={title} />;
}
