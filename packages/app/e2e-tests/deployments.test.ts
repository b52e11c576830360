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

test('the Deployments tab of checkout-api shows its changes on one timeline', async ({
  page,
}) => {
  await signInAsGuest(
    page,
    '/catalog/default/component/checkout-api/deployments',
  );
  await expect(
    page.getByText(/^Changes and incidents, last \d+ days$/),
  ).toBeVisible();
  const timeline = page.getByTestId('change-timeline');
  // The story: the failed prod canary was rolled back, its flag went to 10 % an hour before,
  // and PagerDuty's incident for it was resolved.
  const summary = timeline.getByTestId('change-timeline-summary');
  await expect(summary).toContainText(
    /\d+ deploys · 1 rollback · \d+ flag changes · 1 incident$/,
  );
  await expect(timeline).toHaveAttribute('data-spans', '1');
  await expect(timeline).toHaveAttribute('data-markers', /^[1-9]\d*$/);
  await expect(page.getByTestId('change-timeline-gap-incidents')).toHaveCount(
    0,
  );
});
