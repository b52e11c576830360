import {
  Cell,
  Column,
  Row,
  TableBody,
  TableHeader,
  TableRoot,
} from '@backstage/ui';
import {
  BURN_RATE_ALERTS,
  BurnWindow,
  DISPLAYED_BURN_WINDOWS,
} from '@runway/plugin-slo-common';
import { burn } from './format';

/** The alerts a window takes part in, e.g. "page ≥ 14.4x (with 5m)". */
function thresholds(window: BurnWindow): string {
  const parts = BURN_RATE_ALERTS.filter(
    a => a.long === window || a.short === window,
  ).map(a => `${a.severity} ≥ ${a.factor}x (${a.long}+${a.short})`);
  return parts.join(', ') || '–';
}

/** Burn rate per window, red when it crosses the lowest threshold it belongs to. */
export function BurnRateTable({
  rates,
}: {
  rates: Record<BurnWindow, number | null>;
}) {
  return (
    <TableRoot aria-label="burn rates">
      <TableHeader>
        <Column isRowHeader>Window</Column>
        <Column>Burn rate</Column>
        <Column>Alert thresholds</Column>
      </TableHeader>
      <TableBody>
        {DISPLAYED_BURN_WINDOWS.map(w => {
          const factors = BURN_RATE_ALERTS.filter(
            a => a.long === w || a.short === w,
          ).map(a => a.factor);
          const over =
            factors.length > 0 && (rates[w] ?? 0) >= Math.min(...factors);
          return (
            <Row key={w} id={w} data-testid={`burn-${w}`}>
              <Cell>{w}</Cell>
              <Cell
                style={over ? { color: '#c62828', fontWeight: 600 } : undefined}
              >
                {burn(rates[w])}
              </Cell>
              <Cell>{thresholds(w)}</Cell>
            </Row>
          );
        })}
      </TableBody>
    </TableRoot>
  );
}
