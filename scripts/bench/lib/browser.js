'use strict';
// Time to the scorecard's content in headless Chromium: Navigation Timing for the load,
// a MutationObserver stamping when the first scorecard row appears, and the JS the page
// had to fetch before that.
const { chromium } = require('playwright-core');

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const STAMP_CONTENT = () => {
  const mark = () => {
    if (
      !window.__scorecardContentAt &&
      document.querySelector('[data-testid="scorecard-row"]')
    ) {
      window.__scorecardContentAt = performance.now();
    }
  };
  new MutationObserver(mark).observe(document, {
    childList: true,
    subtree: true,
  });
};

async function measureFrontend({
  baseUrl,
  executablePath = '/usr/bin/chromium',
  loads = 3,
  outDir,
}) {
  const browser = await chromium.launch({
    executablePath,
    args: ARGS,
    headless: true,
  });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(STAMP_CONTENT);
    // Sign in once as guest; later loads reuse the session like a returning visitor.
    await page.goto(`${baseUrl}/`);
    await page.getByRole('button', { name: 'Enter' }).click();
    await page
      .getByRole('navigation', { name: 'sidebar nav' })
      .waitFor({ state: 'attached', timeout: 60_000 });
    const runs = [];
    for (let i = 0; i < loads; i++) {
      await page.goto(`${baseUrl}/scorecard/services`, { waitUntil: 'commit' });
      const row = page.locator('[data-testid="scorecard-row"]').first();
      // A reload may show the sign-in page again: then the guest clicks Enter (counted in).
      await page
        .locator('[data-testid="scorecard-row"], button:has-text("Enter")')
        .first()
        .waitFor({ timeout: 60_000 });
      if (!(await row.isVisible())) {
        await page.getByRole('button', { name: 'Enter' }).click();
        await row.waitFor({ timeout: 60_000 });
      }
      runs.push(
        await page.evaluate(() => {
          const nav = performance.getEntriesByType('navigation')[0];
          const scripts = performance
            .getEntriesByType('resource')
            .filter(
              r => r.initiatorType === 'script' || /\.js(\?|$)/.test(r.name),
            )
            .filter(r => r.startTime <= window.__scorecardContentAt);
          const entry = [...document.querySelectorAll('script[src]')].map(
            s => s.src,
          );
          const sum = (list, key) =>
            list.reduce((n, r) => n + (r[key] || 0), 0);
          return {
            contentMs: Math.round(window.__scorecardContentAt),
            domContentLoadedMs: Math.round(nav.domContentLoadedEventEnd),
            loadMs: Math.round(nav.loadEventEnd),
            jsFiles: scripts.length,
            jsBytesBeforeContent: sum(scripts, 'decodedBodySize'),
            jsTransferBeforeContent: sum(scripts, 'encodedBodySize'),
            entryJsBytes: sum(
              scripts.filter(r => entry.includes(r.name)),
              'decodedBodySize',
            ),
            rows: document.querySelectorAll('[data-testid="scorecard-row"]')
              .length,
          };
        }),
      );
    }
    // The Readout: time to its summary, and the printed page as the print CSS lays it out.
    await page.goto(`${baseUrl}/scorecard/readout`, { waitUntil: 'commit' });
    await page.getByTestId('readout-green-share').waitFor({ timeout: 60_000 });
    const readoutMs = await page.evaluate(() => Math.round(performance.now()));
    await page.waitForTimeout(500);
    const readout = { contentMs: readoutMs };
    if (outDir) {
      await page.screenshot({ path: `${outDir}/readout.png`, fullPage: true });
      await page.emulateMedia({ media: 'print' });
      await page.screenshot({
        path: `${outDir}/readout-print.png`,
        fullPage: true,
      });
      await page.pdf({
        path: `${outDir}/readout.pdf`,
        format: 'A4',
        landscape: true,
        printBackground: true,
      });
      readout.pdf = `${outDir}/readout.pdf`;
    }
    return { runs, readout };
  } finally {
    await browser.close();
  }
}

module.exports = { measureFrontend };
