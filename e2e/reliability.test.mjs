// Keeping work safe in hostile browser conditions: storage disabled (private mode, blocked
// cookies), storage full, a corrupt autosave, and two tabs editing at once. Each case runs on
// the full page and inside the script embed on a host page of another origin that enforces
// Trusted Types: the embed keeps its answers in the host site's storage, under its own key.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startPlaces, launch, recordProblems } from './harness.mjs';

// Not the other files' ports, so the files can run one after the other.
let places; let browser;
before(async () => { places = await startPlaces(8821); browser = await launch(); });
after(async () => { await browser?.close(); places?.stop(); });

async function openWith(where, init, arg) {
  const context = await browser.newContext({ acceptDownloads: true });
  await context.addInitScript(init, arg);
  const page = await context.newPage();
  const problems = recordProblems(page, where.hosts);
  await page.goto(where.url);
  await page.waitForSelector('[data-koers-mounted] #koers-heading');
  return { context, page, problems };
}

async function toOrganisation(page) {
  await page.click('#koers-next');
  await page.locator('#koers-heading', { hasText: 'Over uw organisatie' }).waitFor();
}

for (const [which, label] of [[0, 'full page'], [1, 'script embed']]) {
  test(`storage disabled (${label}): the wizard works and says answers will not be kept`, async () => {
    const where = places.places[which];
    const { context, page, problems } = await openWith(where, () => {
      Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
    });
    assert.match(await page.textContent('#koers-notice'), /staat opslaan niet toe/);
    assert.match(await page.textContent('#koers-save-status'), /Niet opgeslagen/);
    await where.audit(page, 'reliability-storage-disabled');
    await toOrganisation(page);
    await page.fill('#koers-f-org-name', 'Zonder opslag');
    await page.getByLabel('Welzijn').check();
    await page.getByLabel('Tot en met 20 medewerkers').check();
    await page.click('#koers-next');
    await page.locator('#koers-heading', { hasText: 'Locaties, kanalen en communicatie' }).waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`storage full (${label}): the user is told, and the work on screen stays`, async () => {
    const where = places.places[which];
    const { context, page, problems } = await openWith(where, () => {
      Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };
    });
    await toOrganisation(page);
    await page.fill('#koers-f-org-name', 'Volle opslag');
    await page.waitForSelector('#koers-notice');
    assert.match(await page.textContent('#koers-notice'), /opslag van deze browser is vol/);
    assert.equal(await page.inputValue('#koers-f-org-name'), 'Volle opslag');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`a corrupt autosave (${label}) is offered for download before anything overwrites it`, async () => {
    const where = places.places[which];
    const { context, page, problems } = await openWith(where, (key) => {
      if (!sessionStorage.getItem('seeded')) { localStorage.setItem(key, '{"app":"koers", oops'); sessionStorage.setItem('seeded', '1'); }
    }, where.key);
    assert.match(await page.textContent('#koers-notice'), /konden niet worden gelezen/);
    await where.audit(page, 'reliability-corrupt');
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#koers-download-corrupt')]);
    assert.equal(dl.suggestedFilename(), 'koers-onleesbaar.txt');
    await toOrganisation(page);
    await page.fill('#koers-f-org-name', 'Nieuw begin');
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), where.key), '{"app":"koers", oops', 'kept while the notice stands');
    await page.click('#koers-notice button:has-text("Sluiten")');
    await page.fill('#koers-f-org-name', 'Nieuw begin!');
    assert.match(await page.evaluate((k) => localStorage.getItem(k), where.key), /Nieuw begin!/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`two tabs (${label}): a change in one is reported in the other, not silently overwritten`, async () => {
    const where = places.places[which];
    const context = await browser.newContext();
    const a = await context.newPage();
    const b = await context.newPage();
    for (const p of [a, b]) {
      await p.goto(where.url);
      await p.waitForSelector('[data-koers-mounted] #koers-heading');
      await toOrganisation(p);
    }
    await a.fill('#koers-f-org-name', 'Tabblad A');
    await b.waitForSelector('#koers-notice');
    assert.match(await b.textContent('#koers-notice'), /in een ander tabblad gewijzigd/);
    await context.close();
  });
}
