import { expect, test } from '@playwright/test';
import { signInAsGuest } from './signIn';

test('the Deployments tab of a demo service shows dev, staging and prod', async ({
  page,
}) => {
  await signInAsGuest(
    page,
    '/catalog/default/component/checkout-api/deployments',
  );
  for (const environment of ['dev', 'staging', 'prod']) {
    await expect(page.getByTestId(`environment-${environment}`)).toBeVisible();
  }
  await expect(page.getByTestId('demo-badge').first()).toBeVisible();
  await expect(page.getByText('Latest CI run')).toBeVisible();
});
