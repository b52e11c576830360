import { BudgetPoint } from '@runway/plugin-slo-common';
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

/**
 * The error budget left over the window, with deploys as vertical lines, so a drop can be
 * read against the deploy that caused it.
 */
export function BurnDownChart({
  series,
  markers = [],
}: {
  series: BudgetPoint[];
  markers?: DeployMarker[];
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
  return (
    <div data-testid="burn-down" data-markers={visible.length}>
      <ResponsiveContainer width="100%" height={220}>
        <LineChart
          data={data}
          margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
        >
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey="t"
            type="number"
            scale="time"
            domain={[first, last]}
            tickFormatter={day}
            minTickGap={24}
          />
          <YAxis unit=" %" width={64} domain={['auto', 100]} />
          <Tooltip
            labelFormatter={(t: number) =>
              new Date(t).toISOString().slice(0, 16).replace('T', ' ')
            }
          />
          <ReferenceLine y={0} stroke="#c62828" strokeDasharray="4 4" />
          {visible.map(m => (
            <ReferenceLine
              key={`${m.kind}-${m.at}`}
              x={Date.parse(m.at)}
              stroke={m.kind === 'rollback' ? '#c62828' : '#1f77b4'}
              strokeDasharray="2 2"
              label={{
                value: m.label,
                position: 'insideTopLeft',
                fontSize: 10,
              }}
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
      </ResponsiveContainer>
    </div>
  );
}
