import { expect, test } from '@playwright/test';
import { signInAsGuest } from './signIn';

test('the Scorecard lists every demo service against its targets', async ({
  page,
}) => {
  await signInAsGuest(page);
  await page
    .getByRole('navigation', { name: 'sidebar nav' })
    .getByRole('link', { name: 'Scorecard' })
    .click();
  await expect(page).toHaveURL(/\/scorecard\/services$/);
  const rows = page.getByTestId('scorecard-row');
  await expect(rows.first()).toBeVisible({ timeout: 30_000 });
  await expect(rows).toHaveCount(12);
  await expect(page.getByRole('link', { name: 'checkout-api' })).toBeVisible();
  await expect(page.getByText('Demo data').first()).toBeVisible();
  // Each family column has a judged cell that links to its entity tab.
  const checkout = rows.filter({ hasText: 'checkout-api' });
  await expect(
    checkout.locator('a[href$="/component/checkout-api/slos"]').first(),
  ).toBeVisible();
  await expect(
    checkout.locator('a[href$="/component/checkout-api/security"]').first(),
  ).toBeVisible();
  // One choice of three: the group-by toggles are radios.
  await page.getByRole('radio', { name: /^Teams/ }).click();
  await expect(rows.filter({ hasText: 'team-checkout' })).toBeVisible();
});

test('the Scorecard exports a CSV', async ({ page }) => {
  await signInAsGuest(page, '/scorecard/services');
  await expect(page.getByTestId('scorecard-row').first()).toBeVisible({
    timeout: 30_000,
  });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  expect((await download).suggestedFilename()).toBe('scorecard-services.csv');
});

test('the Readout shows the portfolio summary and the top risks', async ({
  page,
}) => {
  await signInAsGuest(page, '/scorecard/readout');
  await expect(
    page.getByRole('heading', { name: 'Engineering portfolio readout' }),
  ).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('readout-green-share')).toHaveText(/^\d+%$/);
  await expect(page.getByRole('heading', { name: 'Top risks' })).toBeVisible();
  await expect(page.getByTestId('readout-risk').first()).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Print / save as PDF' }),
  ).toBeVisible();
});
