import { expect, test } from '@playwright/test';
import { signInAsGuest } from './signIn';

test('the Security tab shows severity counts and the story CVE for catalog-api', async ({
  page,
}) => {
  await signInAsGuest(page, '/catalog/default/component/catalog-api/security');
  // Findings arrive with the first scheduled refresh a few seconds after start-up.
  await expect(async () => {
    await page.reload();
    await expect(page.getByText(/^Findings \(\d+\)$/)).toBeVisible({
      timeout: 5_000,
    });
  }).toPass({ timeout: 60_000 });

  const counts = page.getByTestId('open-counts');
  for (const severity of ['critical', 'high', 'medium', 'low']) {
    await expect(counts.getByTestId(`severity-${severity}`)).toHaveText(
      new RegExp(`^${severity}: \\d+$`),
    );
  }
  await expect(page.getByTestId('gate')).toHaveText(/Gate: (pass|fail)/);
  await expect(page.getByTestId('demo-badge').first()).toBeVisible();
});
