import { expect, Page } from '@playwright/test';

/** Signs in with the guest provider, as a visitor of the embedded default does. */
export async function signInAsGuest(page: Page, path = '/') {
  await page.goto(path);
  const enter = page.getByRole('button', { name: 'Enter' });
  await expect(enter).toBeVisible();
  await enter.click();
  // The nav element itself reports hidden (zero-size wrapper); its links are what a visitor sees.
  await expect(
    page
      .getByRole('navigation', { name: 'sidebar nav' })
      .getByRole('link', { name: 'Catalog', exact: true }),
  ).toBeVisible();
}
