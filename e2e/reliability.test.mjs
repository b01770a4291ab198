// Keeping work safe in hostile browser conditions: storage disabled (private mode, blocked
// cookies), storage full or filling up, a corrupt autosave, two tabs editing at once, a
// download the browser blocks, and files from a newer Koers or another edition. Each case runs on
// the full page and inside the script embed on a host page of another origin that enforces
// Trusted Types: the embed keeps its answers in the host site's storage, under its own key.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startPlaces, launch, recordProblems, ROOT } from './harness.mjs';

const FIXTURE = path.join(ROOT, 'tests/golden/hospital.json');

// Not the other files' ports, so the files can run one after the other.
let places; let browser;
before(async () => { places = await startPlaces(8821); browser = await launch(); });
after(async () => { await browser?.close(); places?.stop(); });

async function openWith(where, init, arg, options = { acceptDownloads: true }) {
  const context = await browser.newContext(options);
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

  test(`storage filling up (${label}): warned while everything still fits, with the answers file at hand`, async () => {
    const where = places.places[which];
    // The host's storage filled by others to within 20,000 characters: the plan fits, room
    // for it to grow does not.
    const { context, page, problems } = await openWith(where, () => {
      if (localStorage.getItem('filler-0') !== null) return;
      localStorage.setItem('reserve', 'r'.repeat(20000));
      let size = 1 << 20; let i = 0;
      while (size >= 1) {
        try { localStorage.setItem(`filler-${i}`, 'f'.repeat(size)); i += 1; } catch { size = Math.floor(size / 2); }
      }
      localStorage.removeItem('reserve');
    });
    await toOrganisation(page);
    await page.fill('#koers-f-org-name', 'Bijna vol');
    await page.waitForSelector('#koers-notice');
    assert.match(await page.textContent('#koers-notice'), /opslag van deze browser raakt vol/);
    assert.match(await page.evaluate((k) => localStorage.getItem(k), where.key), /Bijna vol/, 'the plan itself is saved');
    await where.audit(page, 'reliability-storage-low');
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#koers-notice-download')]);
    assert.match(dl.suggestedFilename(), /bijna-vol-antwoorden\.json$/);
    // Told once: more typing saves without raising it again.
    await page.click('#koers-notice button:has-text("Sluiten")');
    await page.fill('#koers-f-org-name', 'Bijna vol, maar bewaard');
    await page.waitForFunction((k) => /maar bewaard/.test(localStorage.getItem(k) || ''), where.key);
    assert.equal(await page.locator('#koers-notice').count(), 0);
    // Nothing was dropped to make room: the plan comes back after a reload.
    await page.reload();
    await page.waitForSelector('#koers-heading');
    assert.match(await page.evaluate((k) => localStorage.getItem(k), where.key), /maar bewaard/);
    assert.equal(await page.evaluate(() => localStorage.getItem('filler-0')?.length), 1 << 20, "the host's own data is untouched");
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`a download the browser blocks (${label}): the file in a new tab, or else a share link`, async () => {
    const where = places.places[which];
    // Downloads refused by the browser, as a sandboxed host page or a locked-down browser does.
    const { context, page, problems } = await openWith(where, () => {}, undefined, { acceptDownloads: false });
    await page.setInputFiles('#koers-resume-file', FIXTURE);
    await page.click('#koers-load-yes');
    await page.locator('#koers-heading', { hasText: 'Controleer uw antwoorden' }).waitFor();
    await page.click('#koers-next');
    await page.locator('#koers-heading', { hasText: 'Uw plan' }).waitFor();
    await page.click('#koers-download-docx');
    await page.waitForSelector('#koers-download-offer');
    assert.match(await page.textContent('#koers-download-offer'), /Geen download gezien\?/);
    await where.audit(page, 'reliability-download-offer');
    // The Word file opens as the plan's web page, which a tab can show and print.
    const [tab] = await Promise.all([context.waitForEvent('page'), page.click('#koers-open-tab')]);
    await tab.waitForLoadState();
    assert.equal(await tab.locator('h1').first().textContent(), 'Social media-plan voor Ziekenhuisgroep Rivierenland');
    await tab.close();
    // The answers file opens as text to copy.
    await page.click('#koers-download-json');
    const [text] = await Promise.all([context.waitForEvent('page'), page.click('#koers-open-tab')]);
    await text.waitForLoadState();
    assert.match(await text.locator('body').textContent(), /"app": "koers"/);
    await text.close();
    // A popup blocker refuses the tab too: the share link is what is left, and it works.
    await page.evaluate(() => { window.open = () => null; });
    await page.click('#koers-open-tab');
    await page.locator('#koers-download-offer', { hasText: 'hield ook het nieuwe tabblad tegen' }).waitFor();
    assert.equal(await page.locator('#koers-open-tab').count(), 0);
    await page.click('#koers-share-instead');
    await page.waitForFunction(() => {
      const find = (root) => root.querySelector('#koers-share-link') || [...root.querySelectorAll('*')].map((e) => e.shadowRoot && find(e.shadowRoot)).find(Boolean);
      return find(document)?.value.includes('#');
    });
    // The link takes focus, wherever it is on the page, ready to copy.
    await page.waitForFunction(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el?.id === 'koers-share-link';
    });
    await where.audit(page, 'reliability-tab-blocked');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`a file from a newer Koers or another edition (${label}): said plainly, nothing replaced`, async () => {
    const where = places.places[which];
    const { context, page, problems } = await openWith(where, () => {});
    await toOrganisation(page);
    await page.fill('#koers-f-org-name', 'Eigen werk');
    await page.click('#koers-back');
    await page.locator('#koers-heading', { hasText: 'Uw social media-plan' }).waitFor();
    const file = readFileSync(FIXTURE, 'utf8');
    const cases = [
      [file.replace('"schema_version": 6', '"schema_version": 9'), /nieuwere versie van Koers \(schema 9; deze site leest tot en met schema 6\)/],
      [file.replace('"app": "koers"', '"app": "koers-zorgnet"'), /andere uitgave van Koers \(‘koers-zorgnet’\)/],
    ];
    for (const [content, message] of cases) {
      await page.setInputFiles('#koers-resume-file', { name: 'plan.json', mimeType: 'application/json', buffer: Buffer.from(content) });
      await page.locator('#koers-notice', { hasText: message }).waitFor();
      assert.match(await page.textContent('#koers-notice'), /Uw antwoorden hier zijn niet veranderd/);
      assert.equal(await page.locator('#koers-load-confirm').count(), 0, 'nothing is offered to replace the answers');
      await where.audit(page, 'reliability-foreign-file');
    }
    assert.match(await page.evaluate((k) => localStorage.getItem(k), where.key), /Eigen werk/);
    await toOrganisation(page);
    assert.equal(await page.inputValue('#koers-f-org-name'), 'Eigen werk');
    assert.deepEqual(problems, []);
    await context.close();
  });
}

// Not simulated: a host page that sandboxes its iframe without allow-downloads and
// allow-popups, so Chromium itself blocks both the download and the new tab.
test('a sandboxed iframe blocks downloads and new tabs: the share link still keeps the work', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const hostsUrl = new URL(places.places[1].url);
  const problems = recordProblems(page, [hostsUrl.host, places.places[1].hosts[1]]);
  let downloads = 0;
  page.on('download', () => { downloads += 1; });
  await page.goto(new URL('iframe.html', hostsUrl).href);
  const frame = page.frameLocator('iframe[data-koers-frame]');
  await frame.locator('#koers-heading').waitFor();
  // The host sandboxes its frame; the flags take effect at the frame's next load.
  await page.evaluate(() => {
    const f = document.querySelector('iframe[data-koers-frame]');
    f.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-forms');
    f.src = `${f.src.split('?')[0]}?sandboxed`;
  });
  await page.waitForTimeout(300);
  await frame.locator('#koers-heading').waitFor();
  await frame.locator('#koers-resume-file').setInputFiles(FIXTURE);
  await frame.locator('#koers-load-yes').click();
  await frame.locator('#koers-heading', { hasText: 'Controleer uw antwoorden' }).waitFor();
  await frame.locator('#koers-next').click();
  await frame.locator('#koers-heading', { hasText: 'Uw plan' }).waitFor();
  await frame.locator('#koers-download-md').click();
  await frame.locator('#koers-download-offer').waitFor();
  await frame.locator('#koers-open-tab').click();
  await frame.locator('#koers-download-offer', { hasText: 'hield ook het nieuwe tabblad tegen' }).waitFor();
  assert.equal(downloads, 0, 'the sandbox blocked the download');
  assert.equal(context.pages().length, 1, 'and the new tab');
  await frame.locator('#koers-share-instead').click();
  await frame.locator('#koers-share-link').waitFor();
  assert.match(await frame.locator('#koers-share-link').inputValue(), /#/);
  // Chromium reports the blocked download and popup on the console; nothing else may go wrong.
  assert.deepEqual(problems.filter((p) => !/sandbox|allow-downloads|allow-popups|Blocked/i.test(p)), []);
  await context.close();
});
