import { ReactNode } from 'react';
import { EmptyState, Progress } from '@backstage/core-components';
import { SourceInfo } from '@runway/runway-common';
import { FamilyErrorPanel, notConfiguredMessage } from '@runway/runway-react';

/**
 * Draws loading, error and the two "nothing to show" cases every cost panel shares: no
 * permission (403) and no cost data for this entity (404 from the backend).
 */
export function CostState(props: {
  loading: boolean;
  error?: Error;
  children: () => ReactNode;
}) {
  const { loading, error, children } = props;
  if (loading) return <Progress />;
  if (error) {
    // An off family is a 503 too: drawn grey as "Not configured" with the keys, not "not yet".
    if (notConfiguredMessage(error))
      return <FamilyErrorPanel error={error} title="Cost unavailable" />;
    const status = (error as { statusCode?: number }).statusCode;
    if (status === 403) {
      return (
        <EmptyState
          missing="data"
          title="No access to this cost"
          description="Cost is visible to the owning team and to leadership."
        />
      );
    }
    if (status === 404) {
      return (
        <EmptyState
          missing="info"
          title="No cost data"
          description={error.message}
        />
      );
    }
    if (status === 503) {
      return (
        <EmptyState
          missing="data"
          title="Cost data is not available yet"
          description={error.message}
        />
      );
    }
    return <FamilyErrorPanel error={error} title="Cost unavailable" />;
  }
  return <>{children()}</>;
}

/** One line under a panel saying when the bill was read. */
export function FetchedAt({ source }: { source: SourceInfo }) {
  return <>Refreshed {new Date(source.fetchedAt).toLocaleString()}</>;
}
