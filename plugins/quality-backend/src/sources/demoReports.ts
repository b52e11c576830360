import { createDemoQuality, DemoWorld } from '@runway/demo-node';
import { createHash } from 'crypto';
import { StoredReport } from '../service/ReportStore';

/**
 * The demo world's CI runs as stored reports, as if each had posted its Clover, Infection,
 * PHPStan, Psalm and k6 reports. Ids come from the world, so two replicas seeding the same
 * world write the same rows.
 */
export function demoReports(world: DemoWorld): StoredReport[] {
  const out: StoredReport[] = [];
  for (const service of world.services) {
    const entityRef = `component:default/${service.name}`;
    for (const run of createDemoQuality(world, service.name)) {
      const add = (
        kind: StoredReport['kind'],
        format: string,
        measuredAt: string,
        figures: Record<string, unknown>,
      ) =>
        out.push({
          id: createHash('sha256')
            .update(JSON.stringify(['demo', entityRef, kind, run.commit]))
            .digest('hex'),
          entityRef,
          kind,
          format,
          measuredAt,
          receivedAt: measuredAt,
          artifact: run.artifact,
          commit: run.commit,
          figures,
          demo: true,
        });
      if (run.coverage) {
        const { statements, covered } = run.coverage;
        add('coverage', 'clover', run.coverage.measuredAt, {
          linePct: Math.round((covered / statements) * 10_000) / 100,
          coveredLines: covered,
          totalLines: statements,
        });
      }
      if (run.mutation) {
        const { msi, coveredMsi, killed, escaped } = run.mutation;
        add('mutation', 'infection', run.mutation.measuredAt, {
          msi,
          coveredMsi,
          killed,
          escaped,
        });
      }
      if (run.phpstan) {
        add('phpstan', 'phpstan', run.phpstan.measuredAt, {
          errors: run.phpstan.errors + run.phpstan.fileErrors,
        });
      }
      if (run.psalm) {
        add('psalm', 'psalm', run.psalm.measuredAt, {
          errors: run.psalm.errors,
        });
      }
      if (run.loadTest) {
        const { p95Ms, errorRate, rps, sloThresholdMs } = run.loadTest;
        add('loadTest', 'k6', run.loadTest.measuredAt, {
          p95Ms,
          errorRate,
          rps,
          sloThresholdMs,
        });
      }
    }
  }
  return out;
}
