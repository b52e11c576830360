'use strict';
// Upstream calls by family: the ONE place the bench reads them. Today the live bench's
// fakes count what they served; when the families count their upstream calls with
// OpenTelemetry, this reads that Prometheus endpoint instead and nothing else changes.

const FAMILIES = ['deployments', 'slo', 'security', 'cost'];

/** `<upstream> <operation>` as the fakes count it -> the family that makes that call. */
function familyOf(key) {
  if (key === 'argocd' || key === 'github') return 'deployments';
  if (key === 'prometheus slo') return 'slo';
  if (key === 'prometheus cost') return 'cost';
  if (/^(ecr|inspector2|securityhub) /.test(key)) return 'security';
  if (/^(ce|budgets) /.test(key)) return 'cost';
  return 'unknown';
}

/**
 * @param {null | (() => Promise<Record<string, number>>)} readFakes
 * @returns {null | (() => Promise<{ byFamily: Record<string, number>, raw: Record<string, number> }>)}
 *   null when nothing counts upstream calls (the demo world has no upstream).
 */
function upstreamCounter(readFakes) {
  if (!readFakes) return null;
  return async () => {
    const raw = await readFakes();
    const byFamily = Object.fromEntries(FAMILIES.map(f => [f, 0]));
    for (const [key, n] of Object.entries(raw)) {
      const family = familyOf(key);
      byFamily[family] = (byFamily[family] ?? 0) + n;
    }
    return { byFamily, raw };
  };
}

/** Calls per load of each family between two readings, and the raw call counts. */
function perLoad(before, after, loads) {
  if (!before || !after) return null;
  const byFamily = {};
  for (const [family, n] of Object.entries(after.byFamily)) {
    const calls = n - (before.byFamily[family] ?? 0);
    byFamily[family] = loads ? Number((calls / loads).toPrecision(2)) : null;
  }
  const calls = {};
  for (const [key, n] of Object.entries(after.raw)) {
    const d = n - (before.raw[key] ?? 0);
    if (d) calls[key] = d;
  }
  return { byFamily, calls };
}

module.exports = { FAMILIES, upstreamCounter, perLoad };
