import { CSSProperties } from 'react';
import { Link } from 'react-router-dom';
import { Cell, CellStatus, Trend } from '@runway/plugin-scorecard-common';
import { MetricInfo, formatCell } from './metrics';

export const STATUS_COLOURS: Record<CellStatus, string> = {
  green: '#2e7d32',
  amber: '#ef6c00',
  red: '#c62828',
  none: '#9e9e9e',
};

const TREND_ARROWS: Record<Trend, string> = {
  improving: '▲',
  worsening: '▼',
  steady: '▶',
};
const TREND_WORDS: Record<Trend, string> = {
  improving: 'improving',
  worsening: 'worsening',
  steady: 'steady',
};

// Plain styles, no styling hook: the table can hold thousands of cells.
const CELL: CSSProperties = {
  display: 'inline-flex',
  alignItems: 'center',
  gap: 4,
  whiteSpace: 'nowrap',
  fontVariantNumeric: 'tabular-nums',
};
const DOT: CSSProperties = {
  width: 10,
  height: 10,
  borderRadius: '50%',
  display: 'inline-block',
  flexShrink: 0,
};

/**
 * One judged figure: a coloured dot (the colour is also in the accessible label, not only
 * drawn), the value, the trend arrow, and a link to the family's tab when there is one.
 */
export function StatusCell({
  info,
  cell,
  href,
}: {
  info: MetricInfo;
  cell: Cell;
  href?: string;
}) {
  const text = formatCell(info, cell);
  const trend = cell.trend ? ` ${TREND_WORDS[cell.trend]}` : '';
  const label = `${info.label} ${text}, ${
    cell.status === 'none' ? 'not judged' : cell.status
  }${trend}`;
  // A native title, not a MUI Tooltip: the table can hold thousands of cells.
  const body = (
    <span
      style={CELL}
      aria-label={label}
      data-status={cell.status}
      title={cell.note}
    >
      <span style={{ ...DOT, backgroundColor: STATUS_COLOURS[cell.status] }} />
      {text}
      {cell.trend && (
        <span
          style={{
            fontSize: '0.7em',
            color: cell.trend === 'worsening' ? STATUS_COLOURS.red : undefined,
          }}
        >
          {TREND_ARROWS[cell.trend]}
        </span>
      )}
    </span>
  );
  // react-router's Link, not core-components': one per cell, without its theme hooks.
  return href ? <Link to={href}>{body}</Link> : body;
}
