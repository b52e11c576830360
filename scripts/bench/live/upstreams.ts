// The live bench's upstreams in one child process (forked by lib/liveUpstreams.js with an
// IPC channel): ArgoCD, GitHub, AWS and Prometheus on loopback. Reports their URLs once
// ready, answers "counts" with the requests each fake served, and stops everything on
// "stop", SIGTERM or when the bench goes away.
// Usage (forked): node --require @backstage/cli/config/nodeTransform.cjs upstreams.ts <options.json>
import fs from 'fs';
import { startArgoCd, startGithub } from './argoCd';
import { startAws } from './aws';
import { startBenchPrometheus } from './prometheus';
import { Counts } from './wire';

interface Options {
  services: string[];
  latencyMs: number;
  prometheusDays: number;
  workDir: string;
  argoCdToken: string;
}

const options: Options = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const log = (msg: string) => process.send!({ type: 'log', msg });
const stoppers: Array<() => Promise<void>> = [];
let stopping: Promise<void> | undefined;

function stop() {
  stopping ??= Promise.allSettled(stoppers.map(s => s())).then(() => {
    process.exit(0);
  });
  return stopping;
}

async function main() {
  const { services, latencyMs } = options;
  const argocd = await startArgoCd({
    services,
    token: options.argoCdToken,
    latencyMs,
  });
  stoppers.push(argocd.close);
  const github = await startGithub(latencyMs);
  stoppers.push(github.close);
  const aws = await startAws({ services, latencyMs });
  stoppers.push(aws.close);
  const prometheus = await startBenchPrometheus({
    services,
    days: options.prometheusDays,
    workDir: options.workDir,
    latencyMs,
    log,
  });
  stoppers.push(prometheus.stop);

  const all: Array<[string, Counts]> = [
    ['argocd', argocd.counts],
    ['github', github.counts],
    ['aws', aws.counts],
    ['prometheus', prometheus.counts],
  ];
  process.on('message', (m: { type: string; id?: number }) => {
    if (m.type === 'counts') {
      const counts: Counts = {};
      for (const [, c] of all) Object.assign(counts, c);
      process.send!({ type: 'counts', id: m.id, counts });
    } else if (m.type === 'stop') stop();
  });
  process.send!({
    type: 'ready',
    urls: {
      argocd: argocd.url,
      github: github.url,
      aws: aws.url,
      prometheus: prometheus.url,
    },
  });
}

process.on('SIGTERM', stop);
process.on('SIGINT', stop);
// The bench died without saying stop: do not outlive it.
process.on('disconnect', stop);
main().catch(e => {
  process.send?.({ type: 'failed', error: (e as Error).stack ?? String(e) });
  stop();
});
