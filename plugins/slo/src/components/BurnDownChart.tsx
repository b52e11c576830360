import { BudgetPoint } from '@runway/plugin-slo-common';
import { fitLabels } from '@runway/runway-react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

/** A deploy drawn on the chart (from the deployments plugin). */
export interface DeployMarker {
  at: string;
  label: string;
  kind: 'deploy' | 'rollback';
}

const day = (t: number) => new Date(t).toISOString().slice(5, 10);
const MARGIN = { top: 8, right: 16, bottom: 8, left: 8 };
const Y_AXIS = 64;
type Point = { t: number; remaining: number };

/**
 * The chart at the width its container gives it. A deploy's label is printed only where it
 * clears its neighbours' (rollbacks first): a busy month shows its deploy lines, not a smear
 * of overprinted revisions; the change timeline below counts them all.
 */
function Chart(props: {
  width?: number;
  height?: number;
  data: Point[];
  first: number;
  last: number;
  visible: DeployMarker[];
}) {
  const { width = 0, height = 0, data, first, last, visible } = props;
  const plot = Math.max(0, width - MARGIN.left - Y_AXIS - MARGIN.right);
  const labelled = fitLabels(
    visible.map(m => ({
      // insideTopLeft starts 5 px right of the line
      x: ((Date.parse(m.at) - first) / (last - first || 1)) * plot + 5,
      text: m.label,
      priority: m.kind === 'rollback' ? 0 : 1,
      align: 'start' as const,
    })),
    plot,
  );
  return (
    <LineChart width={width} height={height} data={data} margin={MARGIN}>
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis
        dataKey="t"
        type="number"
        scale="time"
        domain={[first, last]}
        tickFormatter={day}
        minTickGap={24}
      />
      <YAxis unit=" %" width={Y_AXIS} domain={['auto', 100]} />
      <Tooltip
        labelFormatter={(t: number) =>
          new Date(t).toISOString().slice(0, 16).replace('T', ' ')
        }
      />
      <ReferenceLine y={0} stroke="#c62828" strokeDasharray="4 4" />
      {visible.map((m, i) => (
        <ReferenceLine
          key={`${m.kind}-${m.at}`}
          x={Date.parse(m.at)}
          stroke={m.kind === 'rollback' ? '#c62828' : '#1f77b4'}
          strokeDasharray="2 2"
          label={
            labelled.has(i)
              ? { value: m.label, position: 'insideTopLeft', fontSize: 10 }
              : undefined
          }
        />
      ))}
      <Line
        type="stepAfter"
        dataKey="remaining"
        name="Budget left"
        stroke="#2e7d32"
        dot={false}
        isAnimationActive={false}
      />
    </LineChart>
  );
}

/**
 * The error budget left over the window, with deploys as vertical lines, so a drop can be
 * read against the deploy that caused it.
 */
export function BurnDownChart({
  series,
  markers = [],
  width,
}: {
  series: BudgetPoint[];
  markers?: DeployMarker[];
  /** A fixed width in px; by default the chart fills its container. */
  width?: number;
}) {
  const data = series.map(p => ({
    t: Date.parse(p.t),
    remaining: Number((p.remaining * 100).toFixed(3)),
  }));
  const first = data[0]?.t ?? 0;
  const last = data[data.length - 1]?.t ?? 0;
  const visible = markers.filter(
    m => Date.parse(m.at) >= first && Date.parse(m.at) <= last,
  );
  const chart = { data, first, last, visible };
  return (
    <div data-testid="burn-down" data-markers={visible.length}>
      {width ? (
        <Chart width={width} height={220} {...chart} />
      ) : (
        <ResponsiveContainer width="100%" height={220}>
          <Chart {...chart} />
        </ResponsiveContainer>
      )}
    </div>
  );
}
