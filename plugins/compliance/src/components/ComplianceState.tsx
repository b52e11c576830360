import { ReactNode } from 'react';
import { EmptyState, Progress } from '@backstage/core-components';
import { FamilyErrorPanel, notConfiguredMessage } from '@runway/runway-react';

/** Loading, error, no permission (403), no tagged resources (404), not collected yet (503). */
export function ComplianceState(props: {
  loading: boolean;
  error?: Error;
  children: () => ReactNode;
}) {
  const { loading, error, children } = props;
  if (loading) return <Progress />;
  if (error) {
    if (notConfiguredMessage(error))
      return <FamilyErrorPanel error={error} title="Compliance unavailable" />;
    const status = (error as { statusCode?: number }).statusCode;
    if (status === 403) {
      return (
        <EmptyState
          missing="data"
          title="No access to this posture"
          description="Compliance is visible to the owning team and to leadership."
        />
      );
    }
    if (status === 404 || status === 503) {
      return (
        <EmptyState
          missing={status === 404 ? 'info' : 'data'}
          title={
            status === 404
              ? 'No compliance data'
              : 'Compliance posture is not available yet'
          }
          description={error.message}
        />
      );
    }
    return <FamilyErrorPanel error={error} title="Compliance unavailable" />;
  }
  return <>{children()}</>;
}
