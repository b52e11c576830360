import Alert from '@material-ui/lab/Alert';
import { Family, FamilyState } from '@runway/plugin-scorecard-common';
import { FAMILY_LABEL } from './metrics';

/** Partial data said out loud: one line per family that failed or is stale. */
export function FamilyAlerts({
  families,
}: {
  families: Record<Family, FamilyState>;
}) {
  const troubled = Object.values(families).filter(f => f.status !== 'ok');
  return (
    <>
      {troubled.map(f => (
        <Alert
          key={f.family}
          severity={f.status === 'failed' ? 'error' : 'warning'}
          style={{ marginBottom: 8 }}
        >
          {f.status === 'failed'
            ? `${
                FAMILY_LABEL[f.family]
              } could not be read, its columns are empty: ${
                f.error ?? 'unknown error'
              }`
            : `${FAMILY_LABEL[f.family]} data is stale${
                f.error ? `: ${f.error}` : ''
              }`}
        </Alert>
      ))}
    </>
  );
}
