import { expect, test } from '@playwright/test';
import { signInAsGuest } from './signIn';

// checkout-api is the story's failed canary: main still carries the slow change, so its last
// load test's p95 is above the latency SLO threshold from its Sloth spec.

test('the Quality tab of checkout-api shows coverage, MSI and a load test against its SLO', async ({
  page,
}) => {
  await signInAsGuest(page, '/catalog/default/component/checkout-api/quality');
  const coverage = page.getByTestId('coverage');
  await expect(coverage.getByText('Line coverage')).toBeVisible();
  await expect(coverage.getByText(/^\d+\.\d %$/)).toBeVisible();
  await expect(coverage.getByText(/^\d+ of \d+ statements$/)).toBeVisible();
  const mutation = page.getByTestId('mutation');
  await expect(mutation.getByText('Mutation score (MSI)')).toBeVisible();
  await expect(mutation.getByText(/^\d+\.\d %$/)).toBeVisible();
  await expect(mutation.getByText(/killed, \d+ escaped/)).toBeVisible();

  await expect(page.getByTestId('p95').getByText(/^\d+ ms$/)).toBeVisible();
  await expect(
    page.getByTestId('p95').getByText(/^SLO threshold \d+ ms$/),
  ).toBeVisible();
  await expect(page.getByTestId('slo-verdict')).toHaveText(
    /^Above SLO \(> \d+ ms\)$/,
  );
  await expect(page.getByText('Demo data').first()).toBeVisible();
});
