import { test, expect } from '@playwright/test';

test('the Cost tab shows month-to-date spend for a demo service', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Enter' }).click();
  await page.goto('/catalog/default/component/search-api/cost');
  await expect(page.getByText('Month to date')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('cost-mtd')).toHaveText(/^\$[\d,]+$/);
  await expect(page.getByText('Demo data').first()).toBeVisible();
  await expect(page.getByText('By AWS service')).toBeVisible();
});
