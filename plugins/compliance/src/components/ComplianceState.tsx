import { FamilyState, FamilyStateProps } from '@runway/runway-react';

/** What compliance's backend answers on purpose, drawn grey rather than as an error. */
export const complianceStatuses: FamilyStateProps['statuses'] = {
  403: {
    title: 'No access to this posture',
    description: 'Compliance is visible to the owning team and to leadership.',
  },
  404: { title: 'No compliance data' },
  503: { title: 'Compliance posture is not available yet' },
};

/** Loading, error, no permission (403), no tagged resources (404), not collected yet (503). */
export function ComplianceState(
  props: Pick<FamilyStateProps, 'loading' | 'error' | 'children'>,
) {
  return (
    <FamilyState
      {...props}
      errorTitle="Compliance unavailable"
      statuses={complianceStatuses}
    />
  );
}
