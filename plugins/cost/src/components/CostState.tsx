import { SourceInfo } from '@runway/runway-common';
import { FamilyState, FamilyStateProps } from '@runway/runway-react';

/** What cost's backend answers on purpose, drawn grey rather than as an error. */
export const costStatuses: FamilyStateProps['statuses'] = {
  403: {
    title: 'No access to this cost',
    description: 'Cost is visible to the owning team and to leadership.',
  },
  404: { title: 'No cost data' },
  503: { title: 'Cost data is not available yet' },
};

/**
 * Draws loading, error and the "nothing to show" cases every cost panel shares: no
 * permission (403), no cost data for this entity (404), not read yet (503). An off family
 * is a 503 too: drawn grey as "Not configured" with the keys, not "not yet".
 */
export function CostState(
  props: Pick<FamilyStateProps, 'loading' | 'error' | 'children'>,
) {
  return (
    <FamilyState
      {...props}
      errorTitle="Cost unavailable"
      statuses={costStatuses}
    />
  );
}

/** One line under a panel saying when the bill was read. */
export function FetchedAt({ source }: { source: SourceInfo }) {
  return <>Refreshed {new Date(source.fetchedAt).toLocaleString()}</>;
}
