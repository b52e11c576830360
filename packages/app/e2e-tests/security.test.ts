import { expect, test } from '@playwright/test';
import { signInAsGuest } from './signIn';

test('the Security tab shows severity counts and the story CVE for catalog-api', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signInAsGuest(page, '/catalog/default/component/catalog-api/security');
  // Findings arrive with the first scheduled refresh a few seconds after start-up, or, for a
  // service the catalog had not ingested by then, with the new-services scan a minute later.
  await expect(async () => {
    await page.reload();
    await expect(page.getByText(/^Findings \(\d+\)$/)).toBeVisible({
      timeout: 5_000,
    });
  })
    .toPass({ timeout: 120_000 })
    .catch(async error => {
      // CI keeps only this output: say what the tab showed instead.
      const shown = await page
        .locator('main')
        .innerText()
        .catch(() => '');
      throw new Error(`${error.message}\nThe tab showed:\n${shown}`);
    });

  const counts = page.getByTestId('open-counts');
  for (const severity of ['critical', 'high', 'medium', 'low']) {
    await expect(counts.getByTestId(`severity-${severity}`)).toHaveText(
      new RegExp(`^${severity}: \\d+$`),
    );
  }
  await expect(page.getByTestId('gate')).toHaveText(/Gate: (pass|fail)/);
  await expect(page.getByTestId('demo-badge').first()).toBeVisible();
});
