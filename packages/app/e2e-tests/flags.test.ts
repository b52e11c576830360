import { expect, test } from '@playwright/test';
import { signInAsGuest } from './signIn';

// The story: checkout-api's new payment flow went out behind a flag at 10 % in prod an hour
// before its canary failed.

test('the Flags tab of checkout-api shows new-payment-flow at 10 % in prod', async ({
  page,
}) => {
  await signInAsGuest(page, '/catalog/default/component/checkout-api/flags');
  const row = page
    .getByRole('row')
    .filter({ hasText: 'checkout-api.new-payment-flow' })
    .filter({ has: page.getByTestId('env-prod') });
  await expect(row.getByTestId('env-prod')).toHaveText('10 %');
  await expect(row.getByTestId('env-staging')).toHaveText('on');
  await expect(
    page
      .getByRole('row')
      .filter({ hasText: 'rollout 0 % → 10 % in prod' })
      .getByText('checkout-api.new-payment-flow'),
  ).toBeVisible();
  await expect(page.getByText('Demo data').first()).toBeVisible();
});
