import { DailyCost } from '@runway/plugin-cost-common';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { usd, usdPrecise } from './format';

/**
 * Daily spend and, on a second axis, cost per 1,000 requests. Complete days only: today's
 * spend so far would read as a cliff at the end of the line.
 */
export function CostTrendChart({
  daily,
  today = new Date().toISOString().slice(0, 10),
}: {
  daily: DailyCost[];
  today?: string;
}) {
  const complete = daily.filter(d => d.date < today);
  return (
    <ResponsiveContainer width="100%" height={280}>
      <LineChart
        data={complete}
        margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
      >
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="date" minTickGap={24} />
        <YAxis yAxisId="cost" tickFormatter={v => usd(v)} width={72} />
        <YAxis
          yAxisId="per1k"
          orientation="right"
          tickFormatter={v => usdPrecise(v)}
          width={72}
        />
        <Legend />
        <Tooltip
          formatter={(value: number, name: string) =>
            name === 'Daily cost' ? usd(value) : usdPrecise(value)
          }
        />
        <Line
          yAxisId="cost"
          type="monotone"
          dataKey="cost"
          name="Daily cost"
          stroke="#1f77b4"
          dot={false}
        />
        <Line
          yAxisId="per1k"
          type="monotone"
          dataKey="costPer1kRequests"
          name="Cost per 1,000 requests"
          stroke="#ff7f0e"
          dot={false}
          connectNulls={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
