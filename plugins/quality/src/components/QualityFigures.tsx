import { Flex } from '@backstage/ui';
import { QualitySummary } from '@runway/plugin-quality-common';
import { Figure } from './Figure';
import { COVERAGE_GATE_PCT, percent } from './format';
import { LoadTestVerdict } from './LoadTestVerdict';

/** The code figures: coverage, mutation score, static analysis. */
export function CodeFigures({ summary }: { summary: QualitySummary }) {
  const { coverage, mutation, phpstan, psalm } = summary;
  return (
    <Flex gap="2" style={{ flexWrap: 'wrap' }}>
      <Figure
        label="Line coverage"
        testId="coverage"
        measurement={coverage}
        value={coverage && percent(coverage.linePct)}
        detail={
          coverage &&
          `${coverage.coveredLines} of ${coverage.totalLines} statements${
            coverage.linePct < COVERAGE_GATE_PCT
              ? ` · below the ${COVERAGE_GATE_PCT} % gate`
              : ''
          }`
        }
      />
      <Figure
        label="Mutation score (MSI)"
        testId="mutation"
        measurement={mutation}
        value={mutation && percent(mutation.msi)}
        detail={
          mutation &&
          `${
            mutation.coveredMsi === null
              ? ''
              : `covered-code MSI ${percent(mutation.coveredMsi)} · `
          }${mutation.killed} killed, ${mutation.escaped} escaped`
        }
      />
      <Figure
        label="PHPStan errors"
        testId="phpstan"
        measurement={phpstan}
        value={phpstan?.errors}
      />
      <Figure
        label="Psalm errors"
        testId="psalm"
        measurement={psalm}
        value={psalm?.errors}
      />
    </Flex>
  );
}

/** The last load test: p95, error rate and throughput, judged against the SLO. */
export function LoadTestFigures({ summary }: { summary: QualitySummary }) {
  const load = summary.loadTest;
  return (
    <Flex direction="column" gap="2">
      <Flex gap="2" style={{ flexWrap: 'wrap' }}>
        <Figure
          label="p95 latency"
          testId="p95"
          measurement={load}
          value={load && `${load.p95Ms.toFixed(0)} ms`}
          detail={
            load &&
            (load.sloThresholdMs === null
              ? load.sloThresholdError
              : `SLO threshold ${load.sloThresholdMs} ms`)
          }
        />
        <Figure
          label="Error rate"
          testId="error-rate"
          measurement={load}
          value={load && percent(load.errorRate * 100, 2)}
        />
        <Figure
          label="Throughput"
          testId="rps"
          measurement={load}
          value={load && `${load.rps.toFixed(1)} req/s`}
        />
      </Flex>
      {load && (
        <div>
          <LoadTestVerdict load={load} />
        </div>
      )}
    </Flex>
  );
}
