import { RISK_RECORDS_LIMIT, ScorecardClient } from './ScorecardClient';

const source = {
  kind: 'demo',
  name: 'demo',
  stale: false,
  fetchedAt: '2026-12-01T00:00:00.000Z',
};
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });

/** A backend answering the adr and oncall batch routes, keeping every call. */
function fakeBackend(options: { adrDown?: boolean } = {}) {
  const calls: Array<{ url: string; entityRefs: string[] }> = [];
  const client = new ScorecardClient({
    discoveryApi: {
      getBaseUrl: async id => `http://backend.test/api/${id}`,
    },
    fetchApi: {
      fetch: async (input, init) => {
        const req = new Request(input, init);
        const { entityRefs } = await req.json();
        calls.push({ url: req.url, entityRefs });
        if (req.url.endsWith('/api/adr/batch')) {
          if (options.adrDown) return json({ error: { name: 'Error' } }, 503);
          return json({
            source,
            data: {
              items: entityRefs.map((entityRef: string) => ({
                entityRef,
                adrs: [{ title: `ADR of ${entityRef}`, url: `u/${entityRef}` }],
              })),
            },
          });
        }
        return json({
          source,
          data: {
            items: entityRefs.map((entityRef: string) => ({
              entityRef,
              runbooks: [{ name: 'Down', title: '', url: `r/${entityRef}` }],
            })),
          },
        });
      },
    },
  });
  return { client, calls };
}

describe('ScorecardClient.getRiskRecords', () => {
  it('makes one call per family whatever the number of services', async () => {
    const { client, calls } = fakeBackend();
    const refs = Array.from(
      { length: RISK_RECORDS_LIMIT + 2 },
      (_, i) => `component:default/s${i}`,
    );
    const records = await client.getRiskRecords(refs);
    expect(calls.map(c => c.url).sort()).toEqual([
      'http://backend.test/api/adr/batch',
      'http://backend.test/api/oncall/runbooks/batch',
    ]);
    expect(calls[0].entityRefs).toEqual(refs.slice(0, RISK_RECORDS_LIMIT));
    expect(Object.keys(records)).toEqual(refs.slice(0, RISK_RECORDS_LIMIT));
    expect(records['component:default/s1']).toEqual([
      { kind: 'Runbook', title: 'Down', url: 'r/component:default/s1' },
      {
        kind: 'ADR',
        title: 'ADR of component:default/s1',
        url: 'u/component:default/s1',
      },
    ]);
  });

  it('keeps the runbooks when adr is down, and calls nothing for no services', async () => {
    const { client, calls } = fakeBackend({ adrDown: true });
    const records = await client.getRiskRecords(['component:default/a']);
    expect(records['component:default/a']).toEqual([
      { kind: 'Runbook', title: 'Down', url: 'r/component:default/a' },
    ]);
    calls.length = 0;
    expect(await client.getRiskRecords([])).toEqual({});
    expect(calls).toEqual([]);
  });
});
