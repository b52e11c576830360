import { expect, test } from '@playwright/test';
import { signInAsGuest } from './signIn';

// The demo world fires two alerts now: SloErrorBudgetBurnFast on payments-api (page) and
// SloLatencyBurnSlow on search-api (ticket), each with its runbook in examples/.

test('the On-call page lists what fires and an alert opens with its runbook', async ({
  page,
}) => {
  await signInAsGuest(page, '/oncall');
  await expect(
    page.getByRole('main').getByRole('heading', { name: 'On-call' }),
  ).toBeVisible();
  const table = page.getByRole('grid', { name: 'Alerts' });
  // The guest is in team-payments: "My teams" shows its page, not search-api's ticket.
  await expect(
    table.getByRole('link', { name: 'SloErrorBudgetBurnFast' }),
  ).toBeVisible();
  await expect(
    table.getByRole('link', { name: 'SloLatencyBurnSlow' }),
  ).toHaveCount(0);
  await page.getByRole('radio', { name: 'All services' }).click();
  await expect(
    table.getByRole('link', { name: 'SloErrorBudgetBurnFast' }),
  ).toBeVisible();
  await expect(
    table.getByRole('link', { name: 'SloLatencyBurnSlow' }),
  ).toBeVisible();
  await expect(page.getByText('Demo data').first()).toBeVisible();

  await table.getByRole('link', { name: 'SloErrorBudgetBurnFast' }).click();
  await expect(
    page.getByRole('heading', {
      name: 'SloErrorBudgetBurnFast on payments-api',
    }),
  ).toBeVisible();
  await expect(page.getByText('First steps')).toBeVisible();
  await expect(page.getByText('sloth_service=payments-api')).toBeVisible();
  await expect(page.getByText('Last prod deploys')).toBeVisible();
});

test('the Runbooks tab lists and searches a service runbooks', async ({
  page,
}) => {
  await signInAsGuest(page, '/catalog/default/component/payments-api/runbooks');
  const list = page.getByRole('grid', { name: 'Runbook list' });
  await expect(list).toBeVisible();
  await page.getByLabel('Search runbooks').fill('latency');
  await expect(
    list.getByText('SloLatencyBurnFast.md', { exact: true }),
  ).toBeVisible();
  await expect(
    list.getByText('SloErrorBudgetBurnFast.md', { exact: true }),
  ).toHaveCount(0);
});

test('the ADRs tab of a demo service shows its records and their status', async ({
  page,
}) => {
  await signInAsGuest(page, '/catalog/default/component/payments-api/adrs');
  const list = page.getByRole('grid', { name: 'ADR list' });
  await expect(
    list.getByText('0001 Record architecture decisions'),
  ).toBeVisible();
  await expect(list.getByText('superseded')).toBeVisible();
  await list.getByText('0001 Record architecture decisions').click();
  await expect(page.getByText('MADR 2')).toBeVisible();
});

test('the alert page of the paging alert shows who is on call and the open incident', async ({
  page,
}) => {
  await signInAsGuest(page, '/oncall');
  await page
    .getByRole('grid', { name: 'Alerts' })
    .getByRole('link', { name: 'SloErrorBudgetBurnFast' })
    .click();
  await expect(page.getByText('On call and incidents')).toBeVisible();
  const onCall = page.getByLabel('On call now');
  await expect(onCall.getByTestId('on-call-person').first()).toHaveText(
    /^L1 \S/,
  );
  // The story's open incident: PagerDuty opened it two minutes after the alert fired.
  const incident = page.getByTestId('open-incident');
  await expect(incident).toHaveCount(1);
  await expect(
    incident.getByText('payments-api: SloErrorBudgetBurnFast'),
  ).toBeVisible();
  await expect(incident.getByText(/^(triggered|acknowledged)$/)).toBeVisible();
  await expect(incident.getByText(/^high urgency · triggered/)).toBeVisible();

  const timeline = page.getByTestId('change-timeline');
  await expect(page.getByText('Last 24 hours')).toBeVisible();
  await expect(timeline.getByTestId('change-timeline-summary')).toContainText(
    '1 incident (1 open)',
  );
});
