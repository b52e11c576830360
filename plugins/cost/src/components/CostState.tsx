import { ReactNode } from 'react';
import { EmptyState, Progress, ResponseErrorPanel } from '@backstage/core-components';
import { SourceInfo } from '@runway/runway-common';

/**
 * Draws loading, error and the two "nothing to show" cases every cost panel shares: no
 * permission (403) and no cost data for this entity (404 from the backend).
 */
export function CostState(props: { loading: boolean; error?: Error; children: () => ReactNode }) {
  const { loading, error, children } = props;
  if (loading) return <Progress />;
  if (error) {
    const status = (error as { statusCode?: number }).statusCode;
    if (status === 403) {
      return <EmptyState missing="data" title="No access to this cost" description="Cost is visible to the owning team and to leadership." />;
    }
    if (status === 404) {
      return <EmptyState missing="info" title="No cost data" description={error.message} />;
    }
    if (status === 503) {
      return <EmptyState missing="data" title="Cost data is not available yet" description={error.message} />;
    }
    return <ResponseErrorPanel error={error} />;
  }
  return <>{children()}</>;
}

/** One line under a panel saying when the bill was read. */
export function FetchedAt({ source }: { source: SourceInfo }) {
  return <>Refreshed {new Date(source.fetchedAt).toLocaleString()}</>;
}
