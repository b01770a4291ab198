// English loads after the first screen (src/i18n/later.rs): the first load holds the Dutch
// interface copy only, and the English comes as one file when the page is idle, or when it is
// asked for first. These tests hold that file back or break it, on the full page and in the
// script embed on a host page of another origin, and require that nothing is ever shown half
// in Dutch, that a visitor who kept English opens in English, and that a file that does not
// come (or is another build's) leaves a clear message and a wizard that works in Dutch.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { launch, startPlaces, recordProblems, ROOT as REPO } from './harness.mjs';

let places; let browser;
before(async () => { places = await startPlaces(8861); browser = await launch(); });
after(async () => { await browser?.close(); places?.stop(); });

const FILE = '**/koers-en.txt*';

/** A page of `place` whose English file waits for `release()`, or is answered by `answer`. */
async function page(place, { init, answer } = {}) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  if (init) await context.addInitScript(init);
  const p = await context.newPage();
  const problems = recordProblems(p, place.hosts);
  const requests = [];
  const early = [];
  let release;
  const gate = new Promise((r) => { release = r; });
  await p.route(FILE, async (route) => {
    requests.push(route.request().url());
    // Asked for before the wizard was usable?
    if (!await p.evaluate(MOUNTED).catch(() => true)) early.push(route.request().url());
    if (answer) return answer(route);
    await gate;
    return route.continue();
  });
  // The embed's wizard lives in a shadow root; the locators find it there as on the page.
  const wizard = p.locator(place.name === 'full page' ? '#koers' : '[data-koers]');
  const mounted = p.locator('[data-koers-mounted] #koers-heading');
  return { context, page: p, wizard, mounted, problems, requests, early, release, open: () => p.goto(place.url) };
}

/** Whether a wizard on the page, full page or embedded, has mounted. */
const MOUNTED = () => !!(document.querySelector('#koers[data-koers-mounted]')
  || document.querySelector('[data-koers]')?.shadowRoot?.querySelector('[data-koers-mounted]'));

/** The hospital's answers as the autosave keeps them, in `lang`, under the place's key. */
function kept(key, lang) {
  const record = { ...JSON.parse(readFileSync(path.join(REPO, 'tests/golden/hospital.json'), 'utf8')), lang };
  return `localStorage.setItem(${JSON.stringify(key)}, ${JSON.stringify(JSON.stringify(record))});`;
}

const heading = async (wizard) => (await wizard.locator('#koers-heading').textContent()).trim();

for (const name of ['full page', 'script embed']) {
  test(`${name}: the first load has no English; the switch waits for it, says so, and then shows English whole`, async () => {
    const place = places.places.find((p) => p.name === name);
    const { context, page: p, wizard, mounted, problems, requests, early, release, open } = await page(place);
    await open();
    await mounted.waitFor();
    // Asked for before the idle fetch is through: the wizard stays in Dutch meanwhile.
    await wizard.locator('#koers-lang').click();
    await p.waitForTimeout(300);
    assert.equal(await heading(wizard), 'Uw social media-plan', 'no half-English screen while the file is on its way');
    assert.equal((await wizard.locator('#koers-lang').textContent()).trim(), 'English');
    // The button says it is busy, and a status says why.
    assert.equal(await wizard.locator('#koers-lang').getAttribute('aria-busy'), 'true');
    assert.equal((await wizard.locator('#koers-lang-status').textContent()).trim(), 'Engelse teksten worden geladen…');
    await wizard.locator('#koers-lang').click();
    await p.waitForTimeout(200);
    assert.equal(requests.length, 1, 'one fetch, shared by the idle preload and both presses');
    release();
    await wizard.locator('#koers-heading', { hasText: 'Your social media plan' }).waitFor();
    assert.equal((await wizard.locator('#koers-lang').textContent()).trim(), 'Nederlands');
    assert.equal(await wizard.locator('#koers-lang').getAttribute('aria-busy'), null);
    assert.equal(await wizard.locator('#koers-lang-status').count(), 0);
    assert.ok(requests.length >= 1, 'the English file was fetched');
    assert.deepEqual(early, [], 'and not before the wizard was usable');
    // Labels of choices come from the same file: a section's status and a sector's name.
    await wizard.locator('#koers-next').click();
    await wizard.locator('#koers-heading', { hasText: 'About your organisation' }).waitFor();
    assert.ok(await wizard.getByLabel('Home care / district nursing').count(), 'the choices are English too');
    assert.ok(requests.every((u) => /koers-en\.txt\?v=[0-9a-f]{16}$/.test(u)), requests.join(', '));
    await place.audit(p, `english-${name.replaceAll(' ', '-')}`);
    // Nothing answered yet, and still the choice is kept: a reload opens in English.
    await p.reload();
    await mounted.waitFor();
    await wizard.locator('#koers-lang', { hasText: 'Nederlands' }).waitFor();
    assert.match(await heading(wizard), /^(About your organisation|Your social media plan)$/);
    // And back: Dutch needs nothing, and leaves nothing kept.
    await wizard.locator('#koers-lang').click();
    await wizard.locator('#koers-lang', { hasText: 'English' }).waitFor();
    assert.match(await heading(wizard), /^(Over uw organisatie|Uw social media-plan)$/);
    assert.equal(await p.evaluate((k) => localStorage.getItem(k), place.key), null);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`${name}: a visitor who kept English sees the loading note until English is in, then the wizard in English`, async () => {
    const place = places.places.find((p) => p.name === name);
    const { context, page: p, wizard, mounted, problems, requests, release, open } = await page(place, { init: kept(place.key, 'en') });
    await open();
    // The wasm is in and running: it has asked for the English file, and waits for it.
    for (let i = 0; i < 100 && !requests.length; i++) await p.waitForTimeout(50);
    assert.equal(requests.length, 1, 'the wizard asks for its English before it draws');
    await p.waitForTimeout(300);
    assert.equal(await p.evaluate(MOUNTED), false, 'not drawn in Dutch meanwhile');
    const note = p.locator('#koers-loading [role=status], [data-koers] .koers-loading');
    assert.equal((await note.innerText()).trim(), 'Your plan is loading…', 'the loading note, in English');
    release();
    await mounted.waitFor();
    assert.equal(await heading(wizard), 'Your social media plan');
    assert.ok((await wizard.locator('#koers-main').innerText()).includes('Hospital'), 'the kept plan, its labels in English');
    assert.deepEqual(problems, []);
    await context.close();
  });
}

for (const [why, answer] of [
  ['does not load', (route) => route.abort('failed')],
  ['is another build\'s', (route) => route.fulfill({ status: 200, contentType: 'text/plain', body: 'koers-english 0123456789abcdef\n§T\nKoers\n' })],
]) {
  test(`full page: when the English file ${why}, the visitor is told (in English too) and the wizard goes on in Dutch`, async () => {
    const place = places.places[0];
    const { context, page: p, wizard, mounted, problems, open } = await page(place, { answer });
    await open();
    await mounted.waitFor();
    await wizard.locator('#koers-next').click();
    await p.fill('#koers-f-org-name', 'Zorggroep De Linde');
    await wizard.locator('#koers-lang').click();
    const notice = p.locator('#koers-notice');
    await notice.waitFor();
    assert.equal(await notice.getAttribute('role'), 'alert');
    assert.match(await notice.innerText(), /De Engelse teksten konden niet worden geladen/);
    assert.equal(await notice.locator('p[lang=en]').innerText(),
      'The English texts could not be loaded, perhaps because the connection dropped. Koers stays in Dutch for now; try again later.');
    assert.equal(await heading(wizard), 'Over uw organisatie');
    assert.equal(await p.inputValue('#koers-f-org-name'), 'Zorggroep De Linde', 'nothing typed is lost');
    assert.equal(await p.evaluate(() => document.documentElement.lang), 'nl');
    assert.equal(await wizard.locator('#koers-lang').getAttribute('aria-busy'), null, 'no longer busy');
    await place.audit(p, `english-unavailable-${why.split(' ')[0]}`);
    // Closed, the notice hands focus to the step heading, not to the page.
    await notice.getByRole('button', { name: 'Sluiten' }).click();
    assert.equal(await p.evaluate(() => document.activeElement?.id), 'koers-heading');
    // The wizard still works in Dutch.
    await p.getByLabel('Ziekenhuis').check();
    await p.getByLabel('Meer dan 250 medewerkers').check();
    await wizard.locator('#koers-next').click();
    await wizard.locator('#koers-heading', { hasText: 'Locaties, kanalen en communicatie' }).waitFor();
    // The file comes after all: English, and the notice that it did not is gone.
    await wizard.locator('#koers-lang').click();
    await notice.waitFor();
    await p.unroute(FILE);
    await wizard.locator('#koers-lang').click();
    await wizard.locator('#koers-heading', { hasText: 'Locations, channels and communication' }).waitFor();
    assert.equal(await p.locator('#koers-notice').count(), 0);
    assert.match(await p.title(), /Locations, channels and communication/, 'the title follows the language');
    // A failed fetch is the browser's console error, not the app's.
    assert.deepEqual(problems.filter((m) => !m.includes('koers-en.txt') && !m.includes('Failed to load resource')), []);
    await context.close();
  });
}

test('full page: a visitor who kept English, when the file does not come, gets the wizard in Dutch with the notice, never half English', async () => {
  const place = places.places[0];
  // The language of the wizard's first drawing, taken when it is marked mounted.
  const first = `new MutationObserver(() => {
    const root = document.getElementById('koers');
    if (root?.hasAttribute('data-koers-mounted') && !window.__firstLang) window.__firstLang = root.querySelector('.koers-app')?.getAttribute('lang');
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-koers-mounted'] });`;
  const { context, page: p, wizard, mounted, problems, open } = await page(place, {
    init: kept(place.key, 'en') + first, answer: (route) => route.abort('failed'),
  });
  await open();
  await mounted.waitFor();
  assert.equal(await p.evaluate(() => window.__firstLang), 'nl', 'the first drawing is Dutch, not English with Dutch texts');
  assert.equal(await heading(wizard), 'Uw social media-plan');
  assert.equal((await wizard.locator('#koers-lang').textContent()).trim(), 'English');
  assert.match(await p.locator('#koers-notice').innerText(), /De Engelse teksten konden niet worden geladen/);
  assert.equal(await p.evaluate(() => document.documentElement.lang), 'nl');
  assert.deepEqual(problems.filter((m) => !m.includes('koers-en.txt') && !m.includes('Failed to load resource')), []);
  await context.close();
});
