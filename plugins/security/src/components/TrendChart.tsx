import { TrendPoint } from '@runway/plugin-security-common';
import {
  Area,
  AreaChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { SEVERITY_COLORS } from './format';

const STACK = ['critical', 'high', 'medium', 'low'] as const;

/** Findings open at the end of each day over the last 90 days. */
export function TrendChart({ trend }: { trend: TrendPoint[] }) {
  return (
    <div style={{ width: '100%', height: 220 }} data-testid="trend-chart">
      <ResponsiveContainer>
        <AreaChart
          data={trend}
          margin={{ top: 8, right: 16, bottom: 0, left: 0 }}
        >
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="date" minTickGap={24} />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Legend />
          {STACK.map(s => (
            <Area
              key={s}
              type="stepAfter"
              dataKey={s}
              stackId="open"
              stroke={SEVERITY_COLORS[s]}
              fill={SEVERITY_COLORS[s]}
            />
          ))}
        </AreaChart>
      </ResponsiveContainer>
    </div>
  );
}
