import { Badge } from '@backstage/ui';
import {
  GateResult,
  GateState,
  ScanState,
} from '@runway/plugin-security-common';
import { chipStyle } from '@runway/runway-react';
import { dateTime } from './format';
import { HintBadge } from './HintBadge';

const GREY = '#757575';

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
      <HintBadge
        testId="scan-state"
        label="No scan"
        background={GREY}
        hint="No scanner has answered for this service yet: zero findings means nothing"
      />
    );
  }
  const since = scan.lastSuccessAt
    ? `; showing the scan of ${dateTime(scan.lastSuccessAt)}`
    : '; no scan has succeeded yet';
  return (
    <HintBadge
      testId="scan-state"
      label={`Scan failed at ${dateTime(scan.at)}`}
      background={GREY}
      hint={`${scan.error ?? 'The scan failed'}${since}`}
    />
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
      <HintBadge
        testId="gate"
        label={state === 'passed' ? 'Gate: pass' : 'Gate: fail'}
        background={state === 'passed' ? '#2e7d32' : '#b71c1c'}
        hint={
          gate.reason
            ? `${gate.reason}; policy: ${policy}`
            : `Policy: ${policy}`
        }
      />
    );
  // An unknown gate with no scan state to explain it still must not look green.
  const scanChip = scan ? (
    <ScanChip scan={scan} />
  ) : (
    state === 'unknown' && (
      <Badge data-testid="scan-state" style={chipStyle(GREY)}>
        No scan
      </Badge>
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
