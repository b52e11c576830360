import { APIRequestContext, expect, test } from '@playwright/test';

// The default policy, end to end on the running portal: real guest sign-in, the permission
// backend running Runway's policy, and the catalog evaluating its owner condition. The guest
// is in team-checkout, team-payments and leadership (examples/org.yaml).
const backend = 'http://localhost:7007';

async function guestToken(request: APIRequestContext): Promise<string> {
  const res = await request.get(
    `${backend}/api/auth/guest/refresh?env=development`,
    {
      headers: { 'X-Requested-With': 'XMLHttpRequest' },
    },
  );
  expect(res.ok()).toBe(true);
  return (await res.json()).backstageIdentity.token;
}

test('only the owning team may sync; leadership reads every cost', async ({
  request,
}) => {
  const headers = { Authorization: `Bearer ${await guestToken(request)}` };
  const sync = (entityRef: string) =>
    request.post(`${backend}/api/deployments/sync`, {
      headers,
      data: { entityRef, environment: 'prod' },
    });

  const owned = await sync('component:default/checkout-api');
  expect(owned.status()).toBe(202);
  expect((await owned.json()).message).toBe('Demo data: nothing was synced');

  // search-api belongs to team-catalog: sitting in leadership does not make the guest an owner.
  expect((await sync('component:default/search-api')).status()).toBe(403);

  const cost = await request.get(`${backend}/api/cost/entity`, {
    headers,
    params: { entityRef: 'component:default/search-api' },
  });
  expect(cost.status()).toBe(200);

  const anonymous = await request.post(`${backend}/api/deployments/sync`, {
    data: { entityRef: 'component:default/checkout-api', environment: 'prod' },
  });
  expect(anonymous.status()).toBe(401);
});
