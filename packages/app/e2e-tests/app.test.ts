import { expect, test } from '@playwright/test';
import { signInAsGuest } from './signIn';

test('the home page renders after guest sign-in', async ({ page }) => {
  await signInAsGuest(page);
  await expect(page.getByText('Welcome to Runway')).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'sidebar nav' });
  await expect(
    nav.getByRole('link', { name: 'Catalog', exact: true }),
  ).toBeVisible();
});

test('the catalog lists the 12 demo services', async ({ page }) => {
  await signInAsGuest(
    page,
    '/catalog?filters[kind]=component&filters[type]=service&filters[user]=all',
  );
  await expect(page.getByText(/All service Components \(12\)/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'checkout-api' })).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'notifications-worker' }),
  ).toBeVisible();
});

test('a service page opens', async ({ page }) => {
  await signInAsGuest(page, '/catalog/default/component/checkout-api');
  await expect(
    page.getByRole('heading', { name: 'checkout-api' }).first(),
  ).toBeVisible();
  await expect(
    page.getByText('Turns a cart into an order').first(),
  ).toBeVisible();
});
