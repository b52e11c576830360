import { expect, Page, test } from '@playwright/test';
import { signInAsGuest } from './signIn';

const tab = (service: string) =>
  `/catalog/default/component/${service}/kubernetes`;

/** Backstage's cluster accordion: its summary names the cluster and counts its pods. */
function clusterSummary(page: Page, env: 'dev' | 'staging' | 'prod') {
  return page.getByRole('button', { name: new RegExp(`EKS ${env} \\(`) });
}

test("checkout-api's Kubernetes tab shows its pods per cluster and the aborted canary Rollout", async ({
  page,
}) => {
  await signInAsGuest(page, tab('checkout-api'));
  await expect(page.getByText('Your Clusters')).toBeVisible();
  await expect(page.getByTestId('demo-badge')).toBeVisible();
  for (const env of ['dev', 'staging', 'prod'] as const) {
    await expect(clusterSummary(page, env)).toContainText(/\d+ pods?/);
  }
  await clusterSummary(page, 'prod').click();
  await expect(page.getByText('Aborted').first()).toBeVisible();
  // the Rollout's summary: its kind and its own pod count
  await expect(page.getByText('Rollout', { exact: true })).toBeVisible();
  await expect(clusterSummary(page, 'prod')).toContainText(/[1-9]\d* pods?/);
});

test("search-api's Kubernetes tab shows its prod HPA", async ({ page }) => {
  await signInAsGuest(page, tab('search-api'));
  await clusterSummary(page, 'prod').click();
  await expect(
    page.getByText(/min replicas \d+ \/ max replicas \d+/).first(),
  ).toBeVisible();
});

test('the Kubernetes tab load time (navigation to pods visible), median of 5', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await signInAsGuest(page, '/catalog');
  const millis: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = Date.now();
    await page.goto(tab('checkout-api'), { waitUntil: 'commit' });
    await expect(clusterSummary(page, 'prod')).toContainText(/\d+ pods?/);
    millis.push(Date.now() - start);
  }
  const median = [...millis].sort((a, b) => a - b)[2];
  test.info().annotations.push({
    type: 'kubernetes-tab-load-ms',
    description: `median ${median} of ${millis.join(', ')}`,
  });
});
