// Looks at a page the way a visitor does: guest sign-in, then a full-page PNG.
// usage: node scripts/screenshot.js <path> <out.png> [waitForText]
const { chromium } = require('playwright-core');

(async () => {
  const [target, out, waitFor] = process.argv.slice(2);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = await browser.newPage({
    viewport: { width: 1440, height: 1000 },
  });
  await page.goto(`http://localhost:3000${target}`);
  const enter = page.getByRole('button', { name: 'Enter' });
  await enter.waitFor({ timeout: 20000 }).then(
    () => enter.click(),
    () => undefined,
  );
  await page
    .getByRole('navigation', { name: 'sidebar nav' })
    .waitFor({ state: 'attached', timeout: 30000 });
  if (waitFor)
    await page.getByText(waitFor).first().waitFor({ timeout: 30000 });
  else await page.waitForTimeout(4000);
  await page.waitForTimeout(1500);
  await page.screenshot({ path: out, fullPage: true });
  await browser.close();
})().catch(e => {
  console.error(e);
  process.exit(1);
});
