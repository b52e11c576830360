import Chip from '@material-ui/core/Chip';
import Tooltip from '@material-ui/core/Tooltip';
import {
  GateResult,
  GateState,
  ScanState,
} from '@runway/plugin-security-common';
import { dateTime } from './format';

const GREY = { backgroundColor: '#757575', color: '#fff' };

/** Answers from backends older than `scan` and `gate.state` read as before. */
function gateState(gate: GateResult): GateState {
  return gate.state ?? (gate.passed ? 'passed' : 'failed');
}

/**
 * Grey when nothing measured the service: "No scan" (never scanned) or "Scan failed at T"
 * (the latest attempt failed). A failed attempt after an earlier success keeps the gate of
 * the findings stored then, with the grey chip beside it.
 */
export function ScanChip({ scan }: { scan: ScanState }) {
  if (scan.state === 'ok') return null;
  if (scan.state === 'never') {
    return (
      <Tooltip title="No scanner has answered for this service yet: zero findings means nothing">
        <Chip
          size="small"
          data-testid="scan-state"
          label="No scan"
          style={GREY}
        />
      </Tooltip>
    );
  }
  const since = scan.lastSuccessAt
    ? `; showing the scan of ${dateTime(scan.lastSuccessAt)}`
    : '; no scan has succeeded yet';
  return (
    <Tooltip title={`${scan.error ?? 'The scan failed'}${since}`}>
      <Chip
        size="small"
        data-testid="scan-state"
        label={`Scan failed at ${dateTime(scan.at)}`}
        style={GREY}
      />
    </Tooltip>
  );
}

export function GateChip({
  gate,
  scan,
}: {
  gate: GateResult;
  scan?: ScanState;
}) {
  const state = gateState(gate);
  const policy = `max ${gate.maxCritical} critical${
    gate.maxHigh !== undefined ? `, ${gate.maxHigh} high` : ''
  }`;
  const gateChip =
    state === 'unknown' ? null : (
      <Tooltip
        title={
          gate.reason
            ? `${gate.reason}; policy: ${policy}`
            : `Policy: ${policy}`
        }
      >
        <Chip
          size="small"
          data-testid="gate"
          label={state === 'passed' ? 'Gate: pass' : 'Gate: fail'}
          style={{
            backgroundColor: state === 'passed' ? '#2e7d32' : '#b71c1c',
            color: '#fff',
          }}
        />
      </Tooltip>
    );
  // An unknown gate with no scan state to explain it still must not look green.
  const scanChip = scan ? (
    <ScanChip scan={scan} />
  ) : (
    state === 'unknown' && (
      <Chip
        size="small"
        data-testid="scan-state"
        label="No scan"
        style={GREY}
      />
    )
  );
  if (!gateChip) return <>{scanChip}</>;
  if (!scanChip) return gateChip;
  return (
    <span style={{ display: 'inline-flex', gap: 8 }}>
      {gateChip}
      {scanChip}
    </span>
  );
}
