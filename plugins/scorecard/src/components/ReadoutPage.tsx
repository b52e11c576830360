import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { Box, Button, Flex } from '@backstage/ui';
import { SourceBadge } from '@runway/runway-react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { FamilyAlerts } from './FamilyAlerts';
import { METRIC_INFO, shortRef } from './metrics';
import { postureLine, qualityLine } from './readoutLines';
import { summarise } from './readoutSummary';
import { RisksAndMitigations } from './RisksAndMitigations';
import { STATUS_COLOURS } from './StatusCell';
import { ScorecardState } from './useScorecard';

// Print: only the readout, on white, A4 landscape, no app chrome, no breaking a block in two;
// then the risks table's rules (a plain <style>, as print needs one anyway).
const READOUT_CSS = `
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  body { background: #fff !important; }
  nav, header, [role="tablist"], .runway-no-print { display: none !important; }
  .runway-readout { color: #000; }
  .runway-readout section { break-inside: avoid; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
.runway-readout-risks { border-collapse: collapse; width: 100%; }
.runway-readout-risks td, .runway-readout-risks th {
  border-bottom: 1px solid #ddd; padding: 4px; text-align: left;
}`;

const FIGURE = { minWidth: 150 };
const BIG = { fontSize: '2rem', fontWeight: 700 };

/** One printable page for a CTO: the portfolio in figures, the top risks and two charts. */
export function ReadoutPage({ scorecard }: { scorecard: ScorecardState }) {
  const { value, loading, error } = scorecard;
  if (loading && !value) return <Progress />;
  if (error) return <ResponseErrorPanel error={error} />;
  if (!value) return null;
  const { data, source } = value;
  const s = summarise(data);
  const quality = qualityLine(data);
  const costByTeam = data.teams
    .map(t => ({
      team: shortRef(t.ref),
      cost: Math.round(t.cells.monthlyCost.value ?? 0),
    }))
    .sort((a, b) => b.cost - a.cost)
    .slice(0, 12);

  return (
    <Box
      p="4"
      className="runway-readout"
      style={{ maxWidth: 1100 }}
      data-testid="readout"
    >
      <style>{READOUT_CSS}</style>
      <Flex className="runway-no-print" gap="2" align="center">
        <Button size="small" onPress={() => window.print()}>
          Print / save as PDF
        </Button>
        <SourceBadge source={source} />
      </Flex>
      <h1>Engineering portfolio readout</h1>
      <div>As of {new Date(data.generatedAt).toLocaleString()}</div>
      <FamilyAlerts families={data.families} />

      <section
        aria-label="Portfolio summary"
        style={{ display: 'flex', flexWrap: 'wrap', gap: 24, margin: '16px 0' }}
      >
        <div style={FIGURE}>
          <div style={BIG} data-testid="readout-green-share">
            {Math.round(s.greenShare * 100)}%
          </div>
          of {s.services} services' figures on target
        </div>
        <div style={FIGURE}>
          <div style={BIG}>{s.budgetsSpent}</div>
          services out of error budget
        </div>
        <div style={FIGURE}>
          <div style={BIG}>{s.criticalVulns ?? '—'}</div>
          open critical vulnerabilities
        </div>
        <div style={FIGURE}>
          <div style={BIG}>
            {s.totalMonthlyCost === null
              ? '—'
              : `$${Math.round(s.totalMonthlyCost).toLocaleString('en-US')}`}
          </div>
          monthly cost (forecast), {s.teams} teams
        </div>
      </section>

      <section aria-label="Quality and posture">
        {quality && (
          <p data-testid="readout-quality">
            <strong>Quality:</strong> {quality}.
          </p>
        )}
        <p data-testid="readout-posture">
          <strong>Compliance and security posture:</strong> {postureLine(data)}.
        </p>
      </section>

      <section aria-label="Top risks">
        <h2>Top risks</h2>
        {s.topRisks.length === 0 ? (
          <p>No service misses a target.</p>
        ) : (
          <table className="runway-readout-risks">
            <thead>
              <tr>
                <th>Service</th>
                <th>Owner</th>
                <th>Off target</th>
              </tr>
            </thead>
            <tbody>
              {s.topRisks.map(r => (
                <tr key={r.row.entityRef} data-testid="readout-risk">
                  <td>{r.row.name}</td>
                  <td>{shortRef(r.row.owner)}</td>
                  <td>
                    {r.red
                      .map(id => METRIC_INFO.find(m => m.id === id)!.label)
                      .join(', ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <RisksAndMitigations data={data} />

      <section aria-label="Services per target">
        <h2>Services against each target</h2>
        <BarChart
          width={900}
          height={420}
          data={s.byMetric}
          layout="vertical"
          margin={{ left: 60 }}
        >
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="label" width={120} interval={0} />
          <Tooltip />
          <Legend />
          {(['green', 'amber', 'red', 'none'] as const).map(k => (
            <Bar
              key={k}
              dataKey={k}
              name={k === 'none' ? 'no data' : k}
              stackId="s"
              fill={STATUS_COLOURS[k]}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </section>

      <section aria-label="Monthly cost per team">
        <h2>Monthly cost per team</h2>
        <BarChart width={900} height={220} data={costByTeam}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="team" interval={0} tick={{ fontSize: 10 }} />
          <YAxis />
          <Tooltip />
          <Bar
            dataKey="cost"
            name="USD / month"
            fill="#1565c0"
            isAnimationActive={false}
          />
        </BarChart>
      </section>
    </Box>
  );
}
