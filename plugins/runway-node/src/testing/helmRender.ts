import { execFileSync } from 'child_process';
import { createHash } from 'crypto';
import fs from 'fs';
import os from 'os';
import path from 'path';

/** @public */
export type HelmRenderOptions = {
  /** values files layered over the chart's values.yaml, in order (like `helm template -f`) */
  valueFiles?: string[];
  /** `--set key=value` overrides (dotted keys; true/false/null/integers typed as Helm does) */
  set?: Record<string, string | number | boolean>;
  release?: string;
  namespace?: string;
  /** extra `.Capabilities.APIVersions` (CRD groups such as `monitoring.coreos.com/v1`) */
  apiVersions?: string[];
};

/** @public */
export type RenderedManifest = { source: string; text: string };

/** @public */
export type HelmRenderResult = {
  /** exactly what `helm template` prints */
  output: string;
  manifests: RenderedManifest[];
  millis: number;
};

const INSTALL_HINT =
  'apt-get install -y golang-go golang-github-masterminds-sprig-dev golang-gopkg-yaml.v3-dev golang-gopkg-yaml.v2-dev';

/**
 * Builds tools/helm-render (Go's text/template + sprig + Helm's own functions) once per
 * source digest into the temp folder, offline in GOPATH mode against Debian's Go packages.
 * Parallel jest workers race safely: each builds to its own name and renames into place.
 *
 * @public
 */
export function helmRendererBinary(): { binary: string; buildMillis: number } {
  const toolDir = path.join(findRepoRoot(process.cwd()), 'tools/helm-render');
  const hash = createHash('sha256');
  for (const file of fs.readdirSync(toolDir).sort()) {
    if (file.endsWith('.go'))
      hash.update(file).update(fs.readFileSync(path.join(toolDir, file)));
  }
  const binary = path.join(
    os.tmpdir(),
    `helm-render-${hash.digest('hex').slice(0, 16)}`,
  );
  if (fs.existsSync(binary)) return { binary, buildMillis: 0 };
  const started = Date.now();
  const staging = `${binary}.${process.pid}`;
  try {
    execFileSync('go', ['build', '-o', staging, '.'], {
      cwd: toolDir,
      env: {
        ...process.env,
        GO111MODULE: 'off',
        GOPATH: '/usr/share/gocode',
        GOCACHE: path.join(os.tmpdir(), 'go-cache'),
        GOFLAGS: '',
      },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 180_000,
    });
  } catch (e: any) {
    throw new Error(
      `could not build tools/helm-render (${
        e.code === 'ENOENT' ? 'go is not installed' : e.message
      }${e.stderr ? `: ${e.stderr}` : ''}). Install: ${INSTALL_HINT}`,
    );
  }
  fs.renameSync(staging, binary);
  return { binary, buildMillis: Date.now() - started };
}

/**
 * Renders a chart as `helm template` would. Throws the renderer's own message when a
 * template fails (a `required` value missing, an unknown include, YAML that does not parse).
 *
 * @public
 */
export function renderHelmChart(
  chartDir: string,
  options: HelmRenderOptions = {},
): HelmRenderResult {
  const { binary } = helmRendererBinary();
  const args = [chartDir];
  for (const file of options.valueFiles ?? []) args.push('-f', file);
  for (const [key, value] of Object.entries(options.set ?? {}))
    args.push('--set', `${key}=${value}`);
  for (const api of options.apiVersions ?? []) args.push('--api-versions', api);
  if (options.release) args.push('--release', options.release);
  if (options.namespace) args.push('--namespace', options.namespace);
  const started = Date.now();
  let output: string;
  try {
    output = execFileSync(binary, args, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 60_000,
      maxBuffer: 32 * 1024 * 1024,
    });
  } catch (e: any) {
    throw new Error(
      `helm-render ${path.basename(chartDir)} failed: ${
        (e.stderr || e.message).trim() as string
      }`,
    );
  }
  // split on the renderer's own header, so a `---` inside a block scalar stays put
  const manifests = output
    .split(/^---\n(?=# Source: )/m)
    .filter(Boolean)
    .map(doc => {
      const m = /^# Source: (.*)\n([\s\S]*)$/.exec(doc);
      if (!m)
        throw new Error(`unexpected renderer output: ${doc.slice(0, 200)}`);
      // the newline after each document belongs to the separator
      return { source: m[1], text: m[2].replace(/\n$/, '') };
    });
  return { output, manifests, millis: Date.now() - started };
}

function findRepoRoot(from: string): string {
  let dir = from;
  while (!fs.existsSync(path.join(dir, 'backstage.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir)
      throw new Error(`no backstage.json above ${from}: cannot find tools/`);
    dir = parent;
  }
  return dir;
}
