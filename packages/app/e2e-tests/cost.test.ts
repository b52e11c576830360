import { expect, test } from '@playwright/test';
import { signInAsGuest } from './signIn';

test('the Cost tab shows month-to-date spend for a demo service', async ({
  page,
}) => {
  await signInAsGuest(page, '/catalog/default/component/search-api/cost');
  // The figure at the top, and the same column in the breakdown by AWS service.
  await expect(page.getByTestId('cost-mtd')).toHaveText(/^\$[\d,]+$/);
  await expect(page.getByText('Month to date', { exact: true })).toHaveCount(2);
  await expect(page.getByText('Demo data').first()).toBeVisible();
  await expect(page.getByText('By AWS service')).toBeVisible();
});
