import { Alert } from '@backstage/ui';
import { Family, FamilyState } from '@runway/plugin-scorecard-common';
import { FAMILY_LABEL } from './metrics';

/** Partial data said out loud: one line per family that failed or is stale. */
export function FamilyAlerts({
  families,
}: {
  families: Record<Family, FamilyState>;
}) {
  const all = Object.values(families);
  const off = all.filter(f => f.status === 'off');
  const absent = all.filter(f => f.status === 'absent');
  const troubled = all.filter(
    f => f.status === 'failed' || f.status === 'stale',
  );
  return (
    <>
      {off.length > 0 && (
        <Alert
          status="info"
          icon
          mb="2"
          title="Left out, their columns are not shown"
          description={off
            .map(
              f =>
                `${FAMILY_LABEL[f.family]}: not configured${
                  f.error ? ` (${f.error})` : ''
                }`,
            )
            .join('; ')}
        />
      )}
      {absent.length > 0 && (
        <Alert
          status="info"
          icon
          mb="2"
          title={`Not installed in this portal, their columns show no data: ${absent
            .map(f => FAMILY_LABEL[f.family])
            .join(', ')}`}
        />
      )}
      {troubled.map(f => (
        <Alert
          key={f.family}
          status={f.status === 'failed' ? 'danger' : 'warning'}
          icon
          mb="2"
          title={
            f.status === 'failed'
              ? `${
                  FAMILY_LABEL[f.family]
                } could not be read, its columns are empty: ${
                  f.error ?? 'unknown error'
                }`
              : `${FAMILY_LABEL[f.family]} data is stale${
                  f.error ? `: ${f.error}` : ''
                }`
          }
        />
      ))}
    </>
  );
}
