import { expect, test } from '@playwright/test';
import { signInAsGuest } from './signIn';

// The story: RDS.3 (encryption at rest) fails on the over-budget team's service, catalog-api;
// checkout-api's database has had no completed backup for three days.

test('the Compliance tab of catalog-api shows RDS.3 failing with its remediation', async ({
  page,
}) => {
  await signInAsGuest(
    page,
    '/catalog/default/component/catalog-api/compliance',
  );
  const row = page.getByRole('row').filter({ hasText: 'RDS.3' });
  await expect(row).toBeVisible();
  await expect(
    row.getByText('RDS DB instances should have encryption at-rest enabled'),
  ).toBeVisible();
  await expect(row.getByText('Security Hub')).toBeVisible();
  const fix = row.getByRole('link', { name: 'How to fix' });
  await expect(fix).toHaveAttribute(
    'href',
    'https://docs.aws.amazon.com/console/securityhub/RDS.3/remediation',
  );
  await expect(page.getByText('Demo data').first()).toBeVisible();
});

test('the service with the missing backup shows its RPO far beyond 15 min', async ({
  page,
}) => {
  await signInAsGuest(
    page,
    '/catalog/default/component/checkout-api/compliance',
  );
  // Three days and more since the last completed backup, against a 15 min target.
  await expect(page.getByTestId('rpo')).toHaveText(
    /^RPO 3 d \d+ h \(target 15 min\)$/,
  );
  await expect(page.getByText(/d \d+ h ago; RPO target 15 min/)).toBeVisible();
});
