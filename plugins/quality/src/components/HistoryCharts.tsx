import { Text } from '@backstage/ui';
import { QualityHistory } from '@runway/plugin-quality-common';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { BAD, COVERAGE_GATE_PCT } from './format';

const day = (iso: string) => iso.slice(0, 10);

/** Coverage and MSI by report, as percentages on one axis, the coverage gate drawn. */
export function ScoreHistoryChart({ history }: { history: QualityHistory }) {
  // Each CI run posts both; points are keyed by time so either may be missing.
  const points = new Map<string, Record<string, number | string>>();
  for (const c of history.coverage)
    points.set(c.measuredAt, {
      ...points.get(c.measuredAt),
      at: c.measuredAt,
      coverage: c.linePct,
    });
  for (const m of history.mutation)
    points.set(m.measuredAt, {
      ...points.get(m.measuredAt),
      at: m.measuredAt,
      msi: m.msi,
    });
  const data = [...points.values()].sort((a, b) =>
    String(a.at).localeCompare(String(b.at)),
  );
  if (!data.length) return <NoHistory />;
  return (
    <div style={{ width: '100%', height: 220 }} data-testid="score-history">
      <ResponsiveContainer>
        <LineChart
          data={data}
          margin={{ top: 8, right: 16, bottom: 0, left: 0 }}
        >
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="at" tickFormatter={day} minTickGap={24} />
          <YAxis domain={[50, 100]} unit="%" allowDataOverflow />
          <Tooltip labelFormatter={day} />
          <Legend />
          <ReferenceLine
            y={COVERAGE_GATE_PCT}
            stroke={BAD}
            strokeDasharray="4 4"
            label={{ value: 'gate', position: 'insideTopLeft', fontSize: 11 }}
          />
          <Line
            type="monotone"
            dataKey="coverage"
            name="Line coverage"
            stroke="#1565c0"
            connectNulls
          />
          <Line
            type="monotone"
            dataKey="msi"
            name="MSI"
            stroke="#6a1b9a"
            connectNulls
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Load test p95 by run, against the latency SLO threshold. */
export function LoadTestHistoryChart({ history }: { history: QualityHistory }) {
  const data = history.loadTest.map(l => ({
    at: l.measuredAt,
    p95: l.p95Ms,
    threshold: l.sloThresholdMs ?? undefined,
  }));
  if (!data.length) return <NoHistory />;
  const threshold = history.loadTest.at(-1)?.sloThresholdMs;
  return (
    <div style={{ width: '100%', height: 220 }} data-testid="load-history">
      <ResponsiveContainer>
        <LineChart
          data={data}
          margin={{ top: 8, right: 16, bottom: 0, left: 0 }}
        >
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="at" tickFormatter={day} minTickGap={24} />
          <YAxis unit=" ms" width={70} />
          <Tooltip labelFormatter={day} />
          <Legend />
          {threshold !== null && threshold !== undefined && (
            <ReferenceLine
              y={threshold}
              stroke={BAD}
              strokeDasharray="4 4"
              label={{
                value: 'SLO threshold',
                position: 'insideTopLeft',
                fontSize: 11,
              }}
            />
          )}
          <Line type="monotone" dataKey="p95" name="p95" stroke="#e65100" />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

function NoHistory() {
  return (
    <Text as="p" color="secondary" data-testid="no-history">
      No reports yet.
    </Text>
  );
}
