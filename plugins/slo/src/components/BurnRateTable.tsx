import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
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
    <Table size="small" aria-label="burn rates">
      <TableHead>
        <TableRow>
          <TableCell>Window</TableCell>
          <TableCell align="right">Burn rate</TableCell>
          <TableCell>Alert thresholds</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {DISPLAYED_BURN_WINDOWS.map(w => {
          const factors = BURN_RATE_ALERTS.filter(
            a => a.long === w || a.short === w,
          ).map(a => a.factor);
          const over =
            factors.length > 0 && (rates[w] ?? 0) >= Math.min(...factors);
          return (
            <TableRow key={w} data-testid={`burn-${w}`}>
              <TableCell>{w}</TableCell>
              <TableCell
                align="right"
                style={over ? { color: '#c62828', fontWeight: 600 } : undefined}
              >
                {burn(rates[w])}
              </TableCell>
              <TableCell>{thresholds(w)}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
