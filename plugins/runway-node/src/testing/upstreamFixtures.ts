import fs from 'fs';
import path from 'path';

/**
 * Where the payloads written by the upstream projects themselves (Trivy, SARIF tools, Argo
 * CD ...) live: beside the repository (`../shared/fixtures/upstream`), or where
 * `RUNWAY_UPSTREAM_FIXTURES` says. Tests read them in place; they are never copied into
 * the project. A missing folder fails the test with the places looked at, never skips it.
 *
 * @public
 */
export function upstreamFixturePath(relative: string): string {
  const repoRoot = findRepoRoot(process.cwd());
  const roots = [
    process.env.RUNWAY_UPSTREAM_FIXTURES,
    path.resolve(repoRoot, '../shared/fixtures/upstream'),
    '/work/shared/fixtures/upstream',
  ].filter((r): r is string => Boolean(r));
  const root = roots.find(r => fs.existsSync(path.join(r, 'SOURCES.md')));
  if (!root) {
    throw new Error(
      `Upstream fixtures not found; looked in ${roots.join(
        ', ',
      )} (set RUNWAY_UPSTREAM_FIXTURES)`,
    );
  }
  return path.join(root, relative);
}

/** The folder holding `backstage.json`: tests run from a package folder inside it. */
function findRepoRoot(from: string): string {
  let dir = from;
  while (!fs.existsSync(path.join(dir, 'backstage.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) return from;
    dir = parent;
  }
  return dir;
}
