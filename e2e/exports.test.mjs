// Every download through the UI in Chromium, loading an answers file back (never silently),
// share links (good, tampered, truncated) and the print document.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { startPlaces, launch, open, audit, heading, download, recordProblems, ROOT } from './harness.mjs';
import { assertFocus } from './walk.mjs';

// The full page and the script embed on a cross-origin Trusted Types host (harness.mjs).
let places; let server; let browser;
before(async () => {
  places = await startPlaces(8824);
  server = { url: places.places[0].url };
  browser = await launch();
});
after(async () => { await browser?.close(); places?.stop(); });
const PLACES = [[0, 'full page'], [1, 'script embed']];

/** A fresh visitor at the start page of `where`. */
async function visit(where) {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const problems = recordProblems(page, where.hosts);
  await page.goto(where.url);
  await page.locator('[data-koers-mounted] #koers-heading', { hasText: 'Uw social media-plan' }).waitFor();
  return { context, page, problems };
}
const onHeading = (page, text) => page.locator('[data-koers-mounted] #koers-heading', { hasText: text }).waitFor();

const FIXTURE = path.join(ROOT, 'tests/golden/hospital.json');

async function loadFixture(page) {
  await page.setInputFiles('#koers-load-file', FIXTURE);
  await page.waitForSelector('#koers-load-confirm');
}

for (const [which, label] of PLACES) test(`load an answers file, then download every format (${label})`, async () => {
  const where = places.places[which];
  const { context, page, problems } = await visit(where);
  await page.click('#koers-next');
  await onHeading(page, 'Over uw organisatie');
  await page.fill('#koers-f-org-name', 'Mijn eigen werk');
  await page.click('#koers-overview');
  await page.click('#koers-task-plan');
  await onHeading(page, 'Uw plan');

  // Loading shows what will be replaced, and Cancel keeps the current answers.
  await loadFixture(page);
  assert.equal(await page.textContent('#koers-load-current'), 'Mijn eigen werk');
  assert.equal(await page.textContent('#koers-load-incoming'), 'Ziekenhuisgroep Rivierenland');
  await where.audit(page, 'exports-load-confirm');
  await page.click('#koers-load-cancel');
  assert.match(await page.evaluate((k) => localStorage.getItem(k), where.key), /Mijn eigen werk/);

  await loadFixture(page);
  await page.click('#koers-load-yes');
  await page.waitForSelector('#koers-notice');
  assert.match(await page.evaluate((k) => localStorage.getItem(k), where.key), /Ziekenhuisgroep Rivierenland/);
  await page.click('#koers-overview');
  await page.click('#koers-task-plan');

  const md = await download(page, '#koers-download-md');
  assert.match(md.text, /^# Social media-plan voor Ziekenhuisgroep Rivierenland$/m);

  const htmlDoc = await download(page, '#koers-download-html');
  assert.equal(htmlDoc.name, 'koers-ziekenhuisgroep-rivierenland.html');
  assert.match(htmlDoc.text, /<h1>Social media-plan voor Ziekenhuisgroep Rivierenland<\/h1>/);
  assert.ok(!/<script/i.test(htmlDoc.text));
  assert.match(htmlDoc.text, /<svg /);

  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#koers-download-docx')]);
  assert.equal(dl.suggestedFilename(), 'koers-ziekenhuisgroep-rivierenland.docx');
  const bytes = readFileSync(await dl.path());
  assert.equal(bytes.subarray(0, 2).toString(), 'PK');
  assert.ok(bytes.includes(Buffer.from('word/document.xml')));
  assert.ok(bytes.includes(Buffer.from('Ziekenhuisgroep Rivierenland')));

  const cal = await download(page, '#koers-download-ics');
  assert.match(cal.text, /^BEGIN:VCALENDAR\r\n/);
  // The golden calendar of the same plan says how many: the e2e and the native exports agree.
  assert.equal(cal.text.match(/BEGIN:VEVENT/g).length, 12);
  assert.match(cal.text, /DTSTART;VALUE=DATE:20270111\r\nDTEND;VALUE=DATE:20270112\r\nSUMMARY:Livegang pilot/);

  const json = await download(page, '#koers-download-json');
  const doc = JSON.parse(json.text);
  assert.equal(doc.schema_version, 6);
  assert.deepEqual(doc, JSON.parse(readFileSync(FIXTURE, 'utf8')), 'the answers file round-trips');

  // Print builds the standalone document in a hidden frame inside the wizard, node by node,
  // styled by its own stylesheet, and removes the frame again.
  await page.click('#koers-print');
  const frame = page.frameLocator('.koers-app iframe.koers-print-frame');
  // Inside the wizard's own root, so nothing lands on the host page.
  assert.equal(await page.evaluate(() => document.querySelectorAll('body > iframe').length), 0);
  assert.equal(await frame.locator('h1').textContent(), 'Social media-plan voor Ziekenhuisgroep Rivierenland');
  assert.equal(await frame.locator('.koers-nav').count(), 0, 'no wizard chrome in the printout');
  // The cover's rule is the document's own stylesheet (a browser's default h1 is 32 px too).
  assert.equal(await frame.locator('.cover').evaluate((c) => getComputedStyle(c).borderTopWidth), '8px', 'the document is styled');
  await page.locator('iframe.koers-print-frame').waitFor({ state: 'detached' });

  assert.deepEqual(problems, []);
  await context.close();
});

for (const [which, label] of PLACES) test(`a project lead who comes back opens the answers file from the start page (${label})`, async () => {
  const where = places.places[which];
  const { context, page, problems } = await visit(where);
  await page.setInputFiles('#koers-resume-file', FIXTURE);
  await page.waitForSelector('#koers-load-confirm');
  assert.equal(await page.textContent('#koers-load-incoming'), 'Ziekenhuisgroep Rivierenland');
  await where.audit(page, 'exports-resume');
  await page.click('#koers-load-yes');
  await onHeading(page, 'Controleer uw antwoorden');
  assert.match(await page.textContent('#koers-review'), /Ziekenhuisgroep Rivierenland/);
  assert.deepEqual(problems, []);
  await context.close();
});

for (const [which, label] of PLACES) test(`a visitor starts from a sector's example, sees it first, and gets a plan marked as an example (${label})`, async () => {
  const where = places.places[which];
  const { context, page, problems } = await visit(where);
  // The list opens on its first sector, as it reads (not on the last one a drawing inserted first).
  assert.equal(await page.locator('#koers-example-sector').inputValue(), 'elderly_care');
  await page.selectOption('#koers-example-sector', 'mental_health');
  await page.click('#koers-example-open');
  await page.waitForSelector('#koers-load-confirm');
  // The question opens at the top, far from the button on a phone: focus goes to it.
  await assertFocus(page, '#koers-load-confirm', 'when the example asks before replacing the answers');
  // A fresh visitor has nothing to replace: the question says what comes in, not what goes.
  assert.match(await page.textContent('#koers-load-question'), /Wilt u met dit voorbeeld beginnen/);
  assert.equal(await page.locator('#koers-load-current').count(), 0);
  const incoming = await page.textContent('#koers-load-incoming');
  assert.match(incoming, /^Voorbeeld: /, 'the example says it is one before it replaces anything');
  await where.audit(page, 'exports-example');
  await page.click('#koers-load-yes');
  await onHeading(page, 'Controleer uw antwoorden');
  assert.match(await page.textContent('#koers-review'), /Voorbeeld: .*GGZ/s);
  assert.match(await page.textContent('#koers-notice'), /Het voorbeeld staat klaar/);
  // A complete example: check-your-answers has no section left to finish.
  assert.equal(await page.locator('#koers-review .koers-notice').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

for (const [which, label] of PLACES) test(`an example that cannot load says so, changes nothing, and loads on a retry (${label})`, async () => {
  const where = places.places[which];
  // Requests are held here: a service worker would fetch the example itself, unseen.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  let fail = true;
  const asked = [];
  await context.route('**/voorbeelden/**', (route) => {
    asked.push(new URL(route.request().url()).pathname);
    return fail ? route.abort() : route.continue();
  });
  await page.goto(where.url);
  // The app's own select, not the static picture of the first screen that it replaces.
  await page.waitForSelector('[data-koers-mounted] #koers-example-sector');
  await page.selectOption('#koers-example-sector', 'youth_care');
  await page.click('#koers-example-open');
  await page.waitForSelector('#koers-notice');
  assert.match(await page.textContent('#koers-notice'), /voorbeeld kon niet worden geladen/);
  assert.equal(await page.locator('#koers-load-confirm').count(), 0);
  // Only the example asked for was fetched, and only when asked.
  assert.ok(asked.length > 0 && asked.every((p) => p.endsWith('/voorbeelden/youth_care.js')), asked.join());
  fail = false;
  await page.click('#koers-example-open');
  await page.waitForSelector('#koers-load-confirm');
  assert.match(await page.textContent('#koers-load-incoming'), /^Voorbeeld: /);
  assert.deepEqual(errors, []);
  await context.close();
});

for (const [which, label] of PLACES) test(`bad answers files get a clear message and change nothing (${label})`, async () => {
  const where = places.places[which];
  const { context, page, problems } = await visit(where);
  await page.click('#koers-task-plan');
  await onHeading(page, 'Uw plan');
  const cases = [
    ['leeg.json', '', /leeg/],
    ['kapot.json', '{"app": "koers", ', /geen geldige JSON/],
    ['ander.json', '{"hello": "world"}', /geen antwoordenbestand van Koers/],
    ['nieuw.json', '{"app":"koers","schema_version":99,"plan":{}}', /nieuwere versie/],
    ['datum.json', '{"app":"koers","schema_version":2,\n"plan":{"phasing":{"start":"2026-02-30"}}}', /niet klopt .*regel 2/],
    ['foto.json', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), /geen tekstbestand/],
  ];
  for (const [name, content, message] of cases) {
    await page.setInputFiles('#koers-load-file', { name, mimeType: 'application/json', buffer: Buffer.from(content) });
    await page.waitForSelector('#koers-notice');
    assert.match(await page.textContent('#koers-notice'), message, name);
    assert.equal(await page.locator('#koers-load-confirm').count(), 0);
    await page.click('#koers-notice button');
  }
  assert.equal(await page.evaluate(() => localStorage.length), 0, 'nothing stored');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a share link opens with a preview, and a tampered one is refused', async () => {
  const a = await open(browser, server.url, { hash: '#plan' });
  await loadFixture(a.page);
  await a.page.click('#koers-load-yes');
  await a.page.click('#koers-overview');
  await a.page.click('#koers-task-plan');
  await a.page.click('#koers-share');
  const link = await a.page.inputValue('#koers-share-link');
  assert.ok(link.startsWith(server.url + '#deel=1.'), link);
  assert.ok(!link.includes('?'), 'the answers never go into the query string');
  // Too long to select by hand on a phone: a button copies it, and the page says so.
  await a.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await a.page.click('#koers-share-copy');
  await a.page.locator('#koers-share-copied', { hasText: 'Gekopieerd' }).waitFor();
  assert.equal(await a.page.evaluate(() => navigator.clipboard.readText()), link);
  await audit(a.page, 'exports-share');
  await a.context.close();

  const b = await open(browser, link.replace(/#.*/, ''), { hash: link.slice(link.indexOf('#')) });
  await b.page.waitForSelector('#koers-load-confirm');
  assert.equal(await b.page.textContent('#koers-load-incoming'), 'Ziekenhuisgroep Rivierenland');
  // Opened in a fresh browser, the link replaces nothing, and says so by not saying it.
  assert.doesNotMatch(await b.page.textContent('#koers-load-question'), /vervangt/);
  await b.page.click('#koers-load-yes');
  assert.match(await b.page.textContent('#koers-notice'), /Het plan uit de link is geopend/);
  assert.ok(!(await b.page.evaluate(() => location.hash)).includes('deel='), 'answers leave the address bar');
  assert.match(await b.page.evaluate(() => localStorage.getItem('koers.answers')), /Rivierenland/);
  assert.deepEqual(b.problems, []);
  await b.context.close();

  for (const bad of [link.slice(0, link.length - 40), link.replace('deel=1.', 'deel=1.!!'), server.url + '#deel=1.AAAA']) {
    const c = await open(browser, server.url, { hash: bad.slice(bad.indexOf('#')) });
    await c.page.waitForSelector('#koers-notice');
    assert.match(await c.page.textContent('#koers-notice'), /beschadigd|onvolledig|antwoordenbestand/);
    assert.equal(await c.page.locator('#koers-load-confirm').count(), 0);
    assert.deepEqual(c.problems, []);
    await c.context.close();
  }
});

for (const [which, label] of PLACES) test(`the first screen does not wait for the documents module; without it check-your-answers, the plan and a download say why, and a retry brings them (${label})`, async () => {
  const where = places.places[which];
  // Requests are held here: a service worker would fetch the module itself, unseen.
  const context = await browser.newContext({ acceptDownloads: true, serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // Hold the documents module back: the wizard must be usable while it has not arrived.
  let release;
  const held = new Promise((r) => { release = r; });
  let requested = 0;
  let asked;
  const firstAsk = new Promise((r) => { asked = r; });
  await context.route('**/koers-documents*', async (route) => {
    requested++;
    asked();
    if (await held) await route.continue(); else await route.abort();
  });
  await page.addInitScript(([k, a]) => { if (!sessionStorage.getItem('seeded')) { localStorage.setItem(k, a); sessionStorage.setItem('seeded', '1'); } }, [where.key, readFileSync(FIXTURE, 'utf8')]);
  await page.goto(where.url);
  await page.waitForSelector('[data-koers-mounted] #koers-heading');
  await page.click('#koers-task-organisation');
  assert.equal(await heading(page), 'Over uw organisatie');
  assert.equal(await page.inputValue('#koers-f-org-name'), 'Ziekenhuisgroep Rivierenland');
  // It is asked for in the background once the page is idle, without anyone clicking.
  await firstAsk;
  assert.equal(requested, 1);

  // Check-your-answers is drawn by the module too: while it is on its way, the page says so,
  // and its Next still leads on.
  await page.click('#koers-overview');
  await page.click('#koers-task-review');
  await page.locator('#koers-review-page .koers-pending').waitFor({ state: 'visible' });
  assert.equal(await page.locator('#koers-review').count(), 0);

  // The plan's document is made by the module: while it is on its way, the page says so
  // (after a moment, so the usual quick render shows no flash of text).
  await page.click('#koers-next');
  await page.locator('#koers-plan-document .koers-pending').waitFor({ state: 'visible' });
  assert.match(await page.textContent('#koers-plan-document'), /Een moment/);

  // It never arrives: the plan screen and a download say so in the user's language, with a
  // way to retry, and the answers stay.
  release(false);
  await page.waitForSelector('#koers-doc-retry');
  assert.match(await page.textContent('#koers-plan-document'), /kon niet worden opgesteld/);
  await page.click('#koers-download-md');
  await page.waitForSelector('#koers-notice');
  assert.match(await page.textContent('#koers-notice'), /kon niet laden/);
  assert.match(await page.evaluate((k) => localStorage.getItem(k), where.key), /Ziekenhuisgroep Rivierenland/);
  // Check-your-answers says the same, with the same retry.
  await page.click('#koers-back');
  await page.waitForSelector('#koers-review-page #koers-doc-retry');
  assert.match(await page.textContent('#koers-review-page'), /kon niet worden opgesteld/);
  await page.click('#koers-next');
  await page.waitForSelector('#koers-plan-document #koers-doc-retry');

  // When it can be reached again, the next click loads it and the download works.
  await context.unroute('**/koers-documents*');
  await page.click('#koers-doc-retry');
  await page.waitForSelector('#koers-doc-samenvatting');
  assert.match(await page.textContent('#koers-plan-document'), /Ziekenhuisgroep Rivierenland/);
  const { name, text } = await download(page, '#koers-download-md');
  assert.equal(name, 'koers-ziekenhuisgroep-rivierenland.md');
  assert.match(text, /Ziekenhuisgroep Rivierenland/);
  // And check-your-answers shows every answer.
  await page.click('#koers-back');
  assert.match(await page.textContent('#koers-review'), /Ziekenhuisgroep Rivierenland/);
  assert.deepEqual(errors, []);
  await context.close();
});
