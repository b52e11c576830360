import { Badge } from '@backstage/ui';
import { LoadTestMeasurement } from '@runway/plugin-quality-common';
import { chipStyle } from '@runway/runway-react';
import { BAD, GOOD, GREY } from './format';

/** p95 against the latency SLO threshold; grey when there is no threshold to judge by. */
export function LoadTestVerdict({ load }: { load: LoadTestMeasurement }) {
  if (load.withinSlo === null || load.sloThresholdMs === null) {
    return (
      <Badge
        data-testid="slo-verdict"
        style={chipStyle(GREY)}
        title={load.sloThresholdError}
      >
        No SLO threshold
      </Badge>
    );
  }
  return (
    <Badge
      data-testid="slo-verdict"
      style={chipStyle(load.withinSlo ? GOOD : BAD)}
    >
      {load.withinSlo
        ? `Within SLO (≤ ${load.sloThresholdMs} ms)`
        : `Above SLO (> ${load.sloThresholdMs} ms)`}
    </Badge>
  );
}
