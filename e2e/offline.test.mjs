// The full page installs and works offline, for workshop rooms with bad wifi; the script embed
// never registers a service worker on its host's origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startServer, startStatic, launch, recordProblems, ROOT } from './harness.mjs';

let server; let assets; let browser;
before(async () => {
  server = await startServer(8831);
  assets = await startStatic(8832, ROOT, { host: '127.0.0.1' });
  browser = await launch();
});
after(async () => { await browser?.close(); server?.stop(); assets?.stop(); });

test('the full page is installable and opens and works offline once visited', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const problems = recordProblems(page, [new URL(server.url).host]);
  await page.goto(server.url);
  await page.locator('[data-koers-mounted] #koers-heading').waitFor();
  // Installable: a manifest with a name, a start URL and an icon.
  const manifest = JSON.parse(readFileSync(path.join(ROOT, 'dist/manifest.webmanifest'), 'utf8'));
  assert.equal(manifest.short_name, 'Koers');
  assert.equal(await page.getAttribute('link[rel="manifest"]', 'href'), 'manifest.webmanifest');
  // The service worker is registered once the page is idle, and keeps Koers's files.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.locator('[data-koers-mounted] #koers-heading').waitFor();
  assert.ok(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)), 'the page is served by the worker');

  // Offline: the page opens, a plan can be made, and its documents come from the cache.
  await context.setOffline(true);
  await page.reload();
  await page.locator('[data-koers-mounted] #koers-heading', { hasText: 'Uw social media-plan' }).waitFor();
  await page.setInputFiles('#koers-resume-file', path.join(ROOT, 'tests/golden/hospital.json'));
  await page.click('#koers-load-yes');
  await page.locator('#koers-heading', { hasText: 'Controleer uw antwoorden' }).waitFor();
  await page.click('#koers-next');
  await page.locator('#koers-doc-samenvatting').waitFor();
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#koers-download-md')]);
  assert.match(readFileSync(await dl.path(), 'utf8'), /Ziekenhuisgroep Rivierenland/);
  // English, which loads after the first screen, comes from the cache too.
  await page.click('#koers-lang');
  await page.locator('#koers-heading', { hasText: 'Your plan' }).waitFor();
  await context.setOffline(false);
  assert.deepEqual(problems.filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED')), []);
  await context.close();
});

test('the script embed registers no service worker on its host\'s origin', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  // The built example page sits on the same origin as Koers's files, where a registration
  // would succeed: so this proves the embed does not try.
  await page.goto(`${assets.url}dist/examples/trusted-types.html`);
  await page.locator('[data-koers] [data-koers-mounted] #koers-heading').waitFor();
  // Past the moment the full page would register it (when the page is idle, within 2 s).
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(2500);
  assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0);
  await context.close();
});

test('a page restored from the back-forward cache shows the answers saved since, on the right screen', async () => {
  // Playwright turns the back-forward cache off; this browser has it on.
  const bf = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
  });
  try {
    const context = await bf.newContext({ serviceWorkers: 'block' });
    await context.addInitScript(() => addEventListener('pageshow', (e) => { window.__restored = e.persisted; }));
    const page = await context.newPage();
    await page.goto(`${server.url}#organisatie`);
    await page.locator('#koers-heading', { hasText: 'Over uw organisatie' }).waitFor();
    await page.fill('#koers-f-org-name', 'Eerst');
    // Away to another page of the site, and meanwhile another tab changes the answers.
    await page.goto(`${server.url}toegankelijkheid.html`);
    const other = await context.newPage();
    await other.goto(`${server.url}#organisatie`);
    await other.locator('#koers-f-org-name').fill('Later, in een ander tabblad');
    await other.close();
    // A page restored from the cache fires no load event: wait for the commit.
    await page.goBack({ waitUntil: 'commit' });
    await page.locator('#koers-heading', { hasText: 'Over uw organisatie' }).waitFor();
    await page.waitForFunction(() => window.__restored !== undefined);
    assert.equal(await page.evaluate(() => window.__restored), true, 'the page came from the back-forward cache');
    await page.waitForFunction(() => document.querySelector('#koers-f-org-name')?.value === 'Later, in een ander tabblad');
    await context.close();
  } finally {
    await bf.close();
  }
});
