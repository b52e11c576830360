// Debian's Prometheus for the live bench, backfilled by promtool through the SLO family's
// integration helpers, behind a loopback proxy that adds the injected latency and counts
// each query (Prometheus itself cannot say which family asked).
/* eslint-disable @backstage/no-relative-monorepo-imports */
import path from 'path';
import { startPrometheus } from '../../../plugins/slo-backend/src/integration/realPrometheus';
import {
  generate,
  MINUTE,
  sampleTimes,
  writeCounters,
} from '../../../plugins/slo-backend/src/integration/syntheticTraffic';
import { serveWire } from './wire';

/**
 * The cost family's one Prometheus query (`sum by (<label>) (increase(<metric>[1d]))`,
 * cost per request); every other query is the SLO family's.
 */
const COST_QUERY = /^sum by \(\w+\) \(increase\([\w:]+\[1d\]\)\)$/;

async function queryOf(request: Request) {
  const url = new URL(request.url);
  if (url.searchParams.has('query')) return url.searchParams.get('query')!;
  if (request.method !== 'POST') return '';
  return new URLSearchParams(await request.clone().text()).get('query') ?? '';
}

export async function startBenchPrometheus(options: {
  services: string[];
  days: number;
  workDir: string;
  latencyMs: number;
  log: (msg: string) => void;
}) {
  const minutes = Math.round(options.days * 1440);
  const end = Math.floor(Date.now() / 1000 / MINUTE) * MINUTE;
  const traffic = options.services.map((service, i) =>
    generate(
      // A few services burn their budget, so the scorecard has every colour.
      { service, rps: 2 + (i % 7), errorRatio: () => (i % 9 ? 0.0004 : 0.004) },
      minutes,
    ),
  );
  const om = path.join(options.workDir, 'series.om');
  writeCounters(om, traffic, sampleTimes(end, minutes));
  options.log(
    `backfilling ${options.services.length} services × ${options.days} d of per-minute counters with promtool`,
  );
  const real = await startPrometheus({
    workDir: options.workDir,
    openMetricsFile: om,
  });
  const proxy = await serveWire(async request => {
    const query = await queryOf(request);
    const target = new URL(request.url);
    const upstream = new URL(target.pathname + target.search, real.url);
    const headers = new Headers({
      'accept-encoding': 'identity',
      'content-type': request.headers.get('content-type') ?? 'text/plain',
    });
    const response = await fetch(upstream, {
      method: request.method,
      headers,
      body: request.method === 'POST' ? await request.text() : undefined,
    });
    return {
      key: COST_QUERY.test(query) ? 'prometheus cost' : 'prometheus slo',
      response,
    };
  }, options.latencyMs);
  return {
    url: proxy.url,
    counts: proxy.counts,
    async stop() {
      await proxy.close();
      await real.stop();
    },
  };
}
