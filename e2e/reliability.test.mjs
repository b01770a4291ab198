// Keeping work safe in hostile browser conditions: storage disabled (private mode, blocked
// cookies), storage full, a corrupt autosave, and two tabs editing at once.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, open, audit, heading } from './harness.mjs';

let server; let browser;
before(async () => { server = await startServer(8794); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

async function openWith(init) {
  const context = await browser.newContext();
  await context.addInitScript(init);
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(server.url);
  await page.waitForSelector('#koers-heading');
  return { context, page, problems };
}

test('storage disabled: the wizard works and says answers will not be kept', async () => {
  const { context, page, problems } = await openWith(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  assert.match(await page.textContent('#koers-notice'), /staat opslaan niet toe/);
  assert.match(await page.textContent('#koers-save-status'), /Niet opgeslagen/);
  await audit(page, 'reliability-storage-disabled');
  await page.click('#koers-next');
  await page.fill('#koers-f-org-name', 'Zonder opslag');
  await page.getByLabel('Welzijn').check();
  await page.getByLabel('Tot en met 20 medewerkers').check();
  await page.click('#koers-next');
  assert.equal(await heading(page), 'Locaties, kanalen en communicatie');
  assert.deepEqual(problems, []);
  await context.close();
});

test('storage full: the user is told, and the work on screen stays', async () => {
  const { context, page, problems } = await openWith(() => {
    Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };
  });
  await page.click('#koers-next');
  await page.fill('#koers-f-org-name', 'Volle opslag');
  await page.waitForSelector('#koers-notice');
  assert.match(await page.textContent('#koers-notice'), /opslag van deze browser is vol/);
  assert.equal(await page.inputValue('#koers-f-org-name'), 'Volle opslag');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a corrupt autosave is offered for download before anything overwrites it', async () => {
  const { context, page, problems } = await openWith(() => {
    if (!sessionStorage.getItem('seeded')) { localStorage.setItem('koers.answers', '{"app":"koers", oops'); sessionStorage.setItem('seeded', '1'); }
  });
  assert.match(await page.textContent('#koers-notice'), /konden niet worden gelezen/);
  await audit(page, 'reliability-corrupt');
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#koers-download-corrupt')]);
  assert.equal(dl.suggestedFilename(), 'koers-onleesbaar.txt');
  await page.click('#koers-next');
  await page.fill('#koers-f-org-name', 'Nieuw begin');
  assert.equal(await page.evaluate(() => localStorage.getItem('koers.answers')), '{"app":"koers", oops', 'kept while the notice stands');
  await page.click('#koers-notice button:has-text("Sluiten")');
  await page.fill('#koers-f-org-name', 'Nieuw begin!');
  assert.match(await page.evaluate(() => localStorage.getItem('koers.answers')), /Nieuw begin!/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('two tabs: a change in one is reported in the other, not silently overwritten', async () => {
  const context = await browser.newContext();
  const a = await context.newPage();
  const b = await context.newPage();
  for (const p of [a, b]) { await p.goto(server.url + '#organisatie'); await p.waitForSelector('#koers-heading'); }
  await a.fill('#koers-f-org-name', 'Tabblad A');
  await b.waitForSelector('#koers-notice');
  assert.match(await b.textContent('#koers-notice'), /in een ander tabblad gewijzigd/);
  await context.close();
});
