import { expect, test } from '@playwright/test';
import { signInAsGuest } from './signIn';

test('the SLOs tab of a demo service shows its SLO panels', async ({
  page,
}) => {
  await signInAsGuest(page, '/catalog/default/component/checkout-api/slos');
  await expect(page.getByTestId('slo-requests-availability')).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByTestId('slo-requests-latency')).toBeVisible();
  await expect(page.getByTestId('demo-badge').first()).toBeVisible();
  await expect(page.getByTestId('burn-down').first()).toBeVisible();
});

test('the SLO page lists every SLO by budget left', async ({ page }) => {
  await signInAsGuest(page, '/slo');
  await expect(page.getByText('SLOs by error budget left')).toBeVisible({
    timeout: 30_000,
  });
  // 12 demo services with two SLOs each
  await expect(page.getByTestId('row-budget').first()).toBeVisible();
  expect(await page.getByTestId('row-budget').count()).toBeGreaterThanOrEqual(
    24,
  );
});
