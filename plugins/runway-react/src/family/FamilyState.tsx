import { ReactNode } from 'react';
import { EmptyState, Progress } from '@backstage/core-components';
import { FamilyErrorPanel, notConfiguredMessage } from '../FamilyErrorPanel';

/**
 * What one HTTP status of a family's backend means to a viewer ("No access to this cost"),
 * drawn grey as an empty state instead of as an error. The description defaults to the
 * backend's message.
 *
 * @public
 */
export interface FamilyStatusState {
  title: string;
  description?: string;
}

/** @public */
export interface FamilyStateProps {
  loading: boolean;
  error?: Error;
  /** The error panel's title, e.g. "Cost unavailable". */
  errorTitle: string;
  /**
   * The statuses this family answers on purpose: 403 (not visible to this viewer), 404
   * (nothing about this entity), 503 (not measured yet). Any other error, and a family
   * that is off (its own "not configured" 503), is drawn by FamilyErrorPanel.
   */
  statuses?: Partial<Record<403 | 404 | 503, FamilyStatusState>>;
  /** Called only once the data is there. */
  children: () => ReactNode;
}

/**
 * A family panel's fetch states: progress while loading, the family's grey empty states
 * for the statuses it answers on purpose, its error panel for the rest, else the content.
 *
 * @public
 */
export function FamilyState(props: FamilyStateProps) {
  const { loading, error, errorTitle, statuses, children } = props;
  if (loading) return <Progress />;
  if (!error) return <>{children()}</>;
  const status = (error as { statusCode?: number }).statusCode;
  const known =
    notConfiguredMessage(error) || status === undefined
      ? undefined
      : statuses?.[status as 403 | 404 | 503];
  if (!known) return <FamilyErrorPanel error={error} title={errorTitle} />;
  return (
    <EmptyState
      missing={status === 404 ? 'info' : 'data'}
      title={known.title}
      description={known.description ?? error.message}
    />
  );
}
