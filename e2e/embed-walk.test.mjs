// The whole wizard inside the script embed, on a host page that enforces Trusted Types
// (examples/trusted-types.html: a strict CSP plus `require-trusted-types-for 'script';
// trusted-types 'none'`), served from another origin than the assets. It proves that:
// - the host really enforces Trusted Types, so the rest means something;
// - a visitor can walk every section, check-your-answers and the plan screen, and download
//   the Markdown, on a desk with the mouse and on a phone with taps and the keyboard, with no
//   CSP or Trusted Types violation, no console or page error, no request to a foreign host,
//   axe clean inside the wizard on every screen, and the focus on each new step's heading
//   inside the shadow root;
// - no screen of a complete plan inserts markup as a string (each screen on its own, so one
//   broken screen does not hide the next);
// - a control that looks itself up works inside the shadow root (choosing a team role).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { startStatic, launch, recordProblems, ROOT, SHOTS } from './harness.mjs';
import { walkDutch, walkEnglishKeyboard, mouse, touch, onStep, assertFocus, ORG } from './walk.mjs';

// Not embed.test.mjs's ports, so the two files can run one after the other (or side by side).
const ASSETS = '127.0.0.1:8811';
const HOSTS = 'localhost:8812';
const HOST_PAGE = 'trusted-types.html';
// The page's data-koers="tt" gives the wizard its own storage key.
const STORAGE_KEY = 'koers.answers.tt';

let assets; let hosts; let browser;
before(async () => {
  assets = await startStatic(8811, ROOT, { host: '127.0.0.1' });
  hosts = await startStatic(8812, path.join(ROOT, 'examples'), { host: 'localhost', assets: `http://${ASSETS}/dist/` });
  browser = await launch();
});
after(async () => { await browser?.close(); assets?.stop(); hosts?.stop(); });

const DESK = { viewport: { width: 1280, height: 800 } };
const PHONE = { viewport: { width: 360, height: 800 }, hasTouch: true, isMobile: true };

async function hostPage({ device = DESK, query = '', answers = null, file = HOST_PAGE, init = null } = {}) {
  const context = await browser.newContext({ ...device, acceptDownloads: true });
  // Every step is a few milliseconds: a missing control should fail the test quickly.
  context.setDefaultTimeout(8000);
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      // axe-core, evaluated by the test (so with no source file), adds a <style> to the page,
      // which the host's style-src refuses. The wizard's and the host's scripts are files.
      if (!e.sourceFile && e.blockedURI === 'inline' && e.violatedDirective.startsWith('style-src')) return;
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI}${e.sample ? ` "${e.sample}"` : ''} (${e.sourceFile || 'no source'}:${e.lineNumber})`);
    });
  });
  if (init) await context.addInitScript(init);
  if (answers) {
    await context.addInitScript(([key, a]) => { if (!localStorage.getItem(key)) localStorage.setItem(key, a); }, [STORAGE_KEY, answers]);
  }
  const page = await context.newPage();
  const problems = recordProblems(page, [HOSTS, ASSETS]);
  await page.goto(`http://${HOSTS}/${file}${query}`);
  const wizard = page.locator('[data-koers]');
  return { context, page, wizard, problems };
}

/** Fails with every CSP or Trusted Types violation and every problem seen so far. */
async function assertClean(page, problems, where) {
  const csp = await page.evaluate(() => window.__csp);
  if (csp.length) assert.fail(`CSP / Trusted Types violations by ${where}:\n  ${csp.join('\n  ')}`);
  if (problems.length) assert.fail(`console errors, page errors or foreign requests by ${where}:\n  ${problems.join('\n  ')}`);
}

async function axeInside(page, label) {
  const r = await new AxeBuilder({ page }).include('[data-koers]').withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  assert.deepEqual(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), [], `axe on ${label}`);
}

test('the host page enforces Trusted Types, so these tests prove something', async () => {
  // Without the wizard: only the probe below may cause a violation.
  const { context, page, problems } = await hostPage({ query: '?nowizard' });
  const outcome = await page.evaluate(() => {
    const tried = {};
    try { document.createElement('div').innerHTML = '<b>probe</b>'; tried.innerHTML = 'allowed'; } catch (e) { tried.innerHTML = e.name; }
    try { trustedTypes.createPolicy('probe', { createHTML: (s) => s }); tried.policy = 'allowed'; } catch (e) { tried.policy = e.name; }
    return tried;
  });
  assert.deepEqual(outcome, { innerHTML: 'TypeError', policy: 'TypeError' }, 'a string to innerHTML and any policy are refused');
  // The reports are queued as tasks: poll for them from here.
  let csp = [];
  for (let i = 0; i < 40 && csp.length < 2; i++) {
    await page.waitForTimeout(25);
    csp = await page.evaluate(() => window.__csp);
  }
  assert.ok(csp.some((v) => v.startsWith('require-trusted-types-for trusted-types-sink')), csp.join('\n'));
  assert.ok(csp.some((v) => v.startsWith('trusted-types trusted-types-policy')), csp.join('\n'));
  // The console reports them too: a wizard that inserted markup would fail the problems check.
  assert.ok(problems.some((p) => p.includes("requires 'TrustedHTML' assignment")), problems.join('\n'));
  await context.close();
});

for (const [name, device] of [['a desk with the mouse (1280×800)', DESK], ['a phone with taps and the keyboard (360×800)', PHONE]]) {
  test(`the whole Dutch walk in the script embed under Trusted Types, on ${name}`, async () => {
    const { context, page, wizard, problems } = await hostPage({ device });
    const size = `${device.viewport.width}x${device.viewport.height}`;
    await wizard.locator('[data-koers-mounted] #koers-heading').waitFor();
    try {
      await walkDutch(wizard, {
        page,
        act: device.hasTouch ? touch(page) : mouse,
        onScreen: async (label) => {
          // Violations first: they say why a screen looks wrong, axe only that it does.
          await assertClean(page, problems, `screen ${label} (${size})`);
          await axeInside(page, `${label} (${size})`);
        },
      });
    } catch (e) {
      // Refused markup aborts a render half-way, so the walk sees a step that never comes:
      // the violation is the cause worth reading.
      await assertClean(page, problems, `the step that failed (${size}) with "${e.message.split('\n')[0]}"`);
      throw e;
    }
    assert.equal(await page.evaluate(() => location.hash), '', 'an embedded wizard leaves the host URL alone');
    await assertClean(page, problems, `the end of the walk (${size})`);
    // Last: Playwright's screenshot injects a <style>, which the host's CSP reports.
    await page.screenshot({ path: path.join(SHOTS, `embed-walk-tt-${size}.png`), fullPage: true });
    await context.close();
  });
}

test('the English keyboard-only walk on a phone in the script embed under Trusted Types (360×740)', async () => {
  const { context, page, wizard, problems } = await hostPage({ device: { viewport: { width: 360, height: 740 } } });
  await wizard.locator('[data-koers-mounted] #koers-heading').waitFor();
  // The same walk as the full page's (e2e/journey.test.mjs): Tab, arrows, Space and Enter,
  // with the focus followed through the shadow root.
  try {
    await walkEnglishKeyboard(page, wizard, {
      shot: async (label) => {
        await assertClean(page, problems, `screen ${label} (keyboard)`);
        await axeInside(page, `${label} (keyboard)`);
      },
    });
  } catch (e) {
    await assertClean(page, problems, `the step that failed with "${e.message.split('\n')[0]}"`);
    throw e;
  }
  assert.equal(await page.evaluate(() => location.hash), '', 'an embedded wizard leaves the host URL alone');
  await assertClean(page, problems, 'the end of the keyboard walk');
  await context.close();
});

test('workshop mode in the script embed at 1280×720: big type, shortcuts, one question at a time', async () => {
  const { context, page, wizard, problems } = await hostPage({ device: { viewport: { width: 1280, height: 720 } }, file: 'workshop.html' });
  await wizard.locator('.koers-workshop #koers-heading').waitFor();
  const size = await wizard.locator('#koers-heading').evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
  assert.ok(size >= 40, `projector heading ${size}px`);
  await axeInside(page, 'workshop in the embed');
  // The keys work on the host page as on the full page: N for next, ? for help.
  await page.keyboard.press('n');
  await onStep(wizard, 'Over uw organisatie');
  await assertFocus(wizard, '#koers-heading', 'after N');
  assert.match(await wizard.locator('#koers-part-count').textContent(), /Vraag 1 van 3/);
  await page.keyboard.press('?');
  await wizard.locator('#koers-shortcuts').waitFor();
  await page.keyboard.press('Escape');
  await wizard.locator('#koers-shortcuts').waitFor({ state: 'detached' });
  // Typing in a field is never taken as a shortcut.
  await wizard.locator('#koers-f-org-name').focus();
  await page.keyboard.type('n');
  assert.equal(await wizard.locator('#koers-f-org-name').inputValue(), 'n');
  await page.keyboard.press('Tab');
  await page.keyboard.press('n');
  await wizard.locator('#koers-part-count', { hasText: 'Vraag 2 van 3' }).waitFor();
  await wizard.locator('#koers-back').click();
  await wizard.locator('#koers-part-count', { hasText: 'Vraag 1 van 3' }).waitFor();
  assert.equal(await page.evaluate(() => location.hash), '', 'an embedded wizard leaves the host URL alone');
  await assertClean(page, problems, 'workshop in the embed');
  await context.close();
});

test('the whole Dutch walk in the iframe embed (1280×800)', async () => {
  const { context, page, problems } = await hostPage({ file: 'iframe.html' });
  const frame = page.frameLocator('iframe[data-koers-frame]');
  await frame.locator('[data-koers-mounted] #koers-heading').waitFor();
  await walkDutch(frame, {
    page,
    onScreen: async (label) => {
      if (problems.length) assert.fail(`problems on ${label} in the iframe:\n  ${problems.join('\n  ')}`);
      // axe follows the frame: the host page and the wizard inside it.
      const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
      assert.deepEqual(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), [], `axe on ${label} in the iframe`);
    },
  });
  // The frame grew with the plan: nothing of it hides behind a scroll inside the frame.
  const height = await page.locator('iframe[data-koers-frame]').evaluate((f) => f.getBoundingClientRect().height);
  assert.ok(height > 1000, `the frame is ${height}px high at the plan`);
  assert.equal(await page.evaluate(() => location.hash), '', 'the host page keeps its address');
  assert.deepEqual(problems, []);
  await context.close();
});

/** Records every koers:* event that reaches the host document, with its target and detail. */
async function recordEvents(context) {
  await context.addInitScript(() => {
    window.__events = [];
    for (const type of ['koers:ready', 'koers:step', 'koers:review', 'koers:complete', 'koers:download', 'koers:error']) {
      document.addEventListener(type, (e) => window.__events.push({
        type, target: e.target.matches('iframe') ? 'iframe' : e.target.getAttribute('data-koers'), detail: { ...e.detail },
      }));
    }
  });
}
const events = (page) => page.evaluate(() => window.__events);
const SECRET = 'Geheime Stichting Zonnebloem';

test('host events from the script embed: where the visitor is and what they did, never what they typed', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  await recordEvents(context);
  const page = await context.newPage();
  const problems = recordProblems(page, [HOSTS, ASSETS]);
  await page.goto(`http://${HOSTS}/${HOST_PAGE}`);
  const wizard = page.locator('[data-koers]');
  await onStep(wizard, 'Uw social media-plan');
  await page.waitForFunction(() => window.__events.some((e) => e.type === 'koers:ready'));
  await wizard.locator('#koers-next').click();
  await onStep(wizard, 'Over uw organisatie');
  await wizard.locator('#koers-f-org-name').fill(SECRET);
  await page.waitForFunction(() => window.__events.some((e) => e.type === 'koers:step'));
  assert.deepEqual((await events(page)).find((e) => e.type === 'koers:step'),
    { type: 'koers:step', target: 'tt', detail: { section: 'organisation', screen: 'organisatie', position: 1, total: 16 } });
  // A bad answers file: an error of kind "import", without its contents or name.
  await wizard.locator('#koers-overview').click();
  await wizard.locator('#koers-task-plan').click();
  await onStep(wizard, 'Uw plan');
  await page.setInputFiles('[data-koers] #koers-load-file', { name: `${SECRET}.json`, mimeType: 'application/json', buffer: Buffer.from(`{"geheim": "${SECRET}"`) });
  await wizard.locator('#koers-notice').waitFor();
  // A complete plan: loading one, then the plan screen and a download.
  await page.setInputFiles('[data-koers] #koers-load-file', path.join(ROOT, 'tests/golden/hospital.json'));
  await wizard.locator('#koers-load-yes').click();
  await wizard.locator('#koers-overview').click();
  await wizard.locator('#koers-task-review').click();
  await onStep(wizard, 'Controleer uw antwoorden');
  await wizard.locator('#koers-next').click();
  await onStep(wizard, 'Uw plan');
  const [dl] = await Promise.all([page.waitForEvent('download'), wizard.locator('#koers-download-md').click()]);
  assert.match(dl.suggestedFilename(), /\.md$/);
  await page.waitForFunction(() => window.__events.some((e) => e.type === 'koers:download'));
  const seen = await events(page);
  const types = seen.map((e) => e.type);
  for (const t of ['koers:ready', 'koers:step', 'koers:error', 'koers:review', 'koers:complete', 'koers:download']) {
    assert.ok(types.includes(t), `${t} in ${types.join(', ')}`);
  }
  assert.deepEqual(seen.find((e) => e.type === 'koers:error').detail, { kind: 'import' });
  assert.deepEqual(seen.find((e) => e.type === 'koers:download').detail, { format: 'markdown' });
  assert.ok(seen.every((e) => e.target === 'tt'), 'every event fires on the wizard\'s own element');
  // Nothing anyone typed or loaded travels with an event.
  const all = JSON.stringify(seen);
  for (const typed of [SECRET, 'Ziekenhuisgroep', 'Rivierenland', 'Bestuurssecretaris']) {
    assert.ok(!all.includes(typed), `an event carries "${typed}": ${all}`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('host events from the iframe embed arrive on the iframe element, and only after the host said hello', async () => {
  const context = await browser.newContext();
  await recordEvents(context);
  const page = await context.newPage();
  const problems = recordProblems(page, [HOSTS, ASSETS]);
  await page.goto(`http://${HOSTS}/iframe.html`);
  const frame = page.frameLocator('iframe[data-koers-frame]');
  await frame.locator('[data-koers-mounted] #koers-heading').waitFor();
  await frame.locator('#koers-next').click();
  await frame.locator('#koers-f-org-name').fill(SECRET);
  await page.waitForFunction(() => window.__events.some((e) => e.type === 'koers:step'));
  const seen = await events(page);
  assert.deepEqual(seen.map((e) => e.type).slice(0, 2), ['koers:ready', 'koers:step']);
  assert.ok(seen.every((e) => e.target === 'iframe'));
  assert.deepEqual(seen[1].detail, { section: 'organisation', screen: 'organisatie', position: 1, total: 16 });
  assert.ok(!JSON.stringify(seen).includes(SECRET));
  // The frame still sizes itself through the same channel.
  const height = await page.locator('iframe[data-koers-frame]').evaluate((f) => f.getBoundingClientRect().height);
  assert.ok(height > 600, `frame height ${height}`);
  assert.deepEqual(problems, []);
  await context.close();

  // Without the host snippet's hello the frame posts nothing at all: it never sends to "*".
  const quiet = await browser.newContext();
  await quiet.route('**/koers-iframe-host.js', (r) => r.fulfill({ contentType: 'text/javascript', body: '' }));
  await quiet.addInitScript(() => { window.__messages = 0; addEventListener('message', () => { window.__messages++; }); });
  const q = await quiet.newPage();
  await q.goto(`http://${HOSTS}/iframe.html`);
  const inside = q.frameLocator('iframe[data-koers-frame]');
  await inside.locator('[data-koers-mounted] #koers-heading').waitFor();
  await inside.locator('#koers-next').click();
  await inside.locator('#koers-f-org-name').waitFor();
  await q.waitForTimeout(300);
  assert.equal(await q.evaluate(() => window.__messages), 0, 'no message without a hello');
  await quiet.close();
});

test('prefill fills in a first visit, and the visitor\'s own answers win from then on', async () => {
  const { context, page, wizard, problems } = await hostPage({ file: 'prefill.html' });
  await onStep(wizard, 'Over uw organisatie');
  assert.equal(await wizard.locator('#koers-f-org-name').inputValue(), 'Zorggroep De Linde');
  assert.ok(await wizard.getByLabel('Ouderenzorg').isChecked());
  assert.ok(await wizard.getByLabel('51 tot en met 250 medewerkers').isChecked());
  // The visitor corrects the name and keeps it; after a reload their answer stands.
  await wizard.locator('#koers-f-org-name').fill('De Linde, locatie Noord');
  await wizard.locator('#koers-keep-local').click();
  await page.reload();
  await onStep(wizard, 'Over uw organisatie');
  assert.equal(await wizard.locator('#koers-f-org-name').inputValue(), 'De Linde, locatie Noord');
  await assertClean(page, problems, 'the prefill page');
  await context.close();
});

test('the accessibility statement is linked from the embed, served with the wizard\'s files, in both languages', async () => {
  const { context, page, wizard, problems } = await hostPage();
  await wizard.locator('[data-koers-mounted] #koers-heading').waitFor();
  const href = await wizard.locator('#koers-accessibility').getAttribute('href');
  assert.equal(href, `http://${ASSETS}/dist/toegankelijkheid.html`, 'next to the wizard\'s own files, not the host\'s');
  assert.equal(await wizard.locator('#koers-accessibility').getAttribute('target'), '_blank');
  const statement = await context.newPage();
  await statement.goto(href);
  assert.equal(await statement.locator('h1').textContent(), 'Toegankelijkheidsverklaring');
  assert.match(await statement.locator('main').textContent(), /Status: D/);
  assert.match(await statement.locator('main').textContent(), /Bekende problemen/);
  const r = await new AxeBuilder({ page: statement }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  assert.deepEqual(r.violations.map((v) => v.id), [], 'the statement page itself');
  await statement.getByRole('link', { name: 'Accessibility statement in English' }).click();
  assert.equal(await statement.locator('h1').textContent(), 'Accessibility statement');
  await statement.close();
  await wizard.locator('#koers-lang').click();
  await wizard.locator('#koers-accessibility', { hasText: 'Accessibility statement' }).waitFor();
  assert.equal(await wizard.locator('#koers-accessibility').getAttribute('href'), `http://${ASSETS}/dist/accessibility.html`);
  await assertClean(page, problems, 'the statement link');
  await context.close();
});

test('a wizard that cannot load says so in its box, with a retry that fetches fresh files', async () => {
  const { context, page, wizard, problems } = await (async () => {
    const context = await browser.newContext();
    // The first wasm fetched is broken, as when a deploy lands between the two files.
    let broken = true;
    await context.route('**/koers-web_bg.wasm*', (route) => (broken
      ? route.fulfill({ status: 200, contentType: 'application/wasm', body: Buffer.from('not wasm') })
      : route.continue()));
    const page = await context.newPage();
    const problems = recordProblems(page, [HOSTS, ASSETS]);
    await page.goto(`http://${HOSTS}/${HOST_PAGE}`);
    context.fix = () => { broken = false; };
    return { context, page, wizard: page.locator('[data-koers]'), problems };
  })();
  await wizard.locator('.koers-load-failed').waitFor();
  assert.match(await wizard.locator('.koers-load-failed').textContent(), /kon niet worden geladen.*antwoorden zijn veilig/);
  // A retry that fails again puts up a new box (the old one leaves the page).
  const retry = wizard.getByRole('button', { name: 'Opnieuw proberen' });
  const first = await retry.elementHandle();
  await retry.click();
  await page.waitForFunction((old) => !old.isConnected, first);
  await wizard.locator('.koers-load-failed').waitFor();
  context.fix();
  // The box goes the moment the wizard mounts: click without waiting for the button after.
  await retry.evaluate((b) => b.click());
  await onStep(wizard, 'Uw social media-plan');
  // The broken file is reported by the browser; nothing else went wrong.
  assert.deepEqual(problems.filter((p) => !/WebAssembly|wasm|magic/i.test(p)), []);
  await context.close();
});

test('hostile prefill attributes are tamed: a clean, bounded name, unknown keys ignored with a warning for the site owner', async () => {
  // The host's attributes rewritten as the element is parsed, before the embed reads them.
  const init = () => new MutationObserver((_, observer) => {
    const el = document.querySelector('[data-koers]');
    if (!el) return;
    el.setAttribute('data-org-name', `\u0007Zorg <script>alert(1)</script>${'x'.repeat(300)}`);
    el.setAttribute('data-sector', 'ziekenhuis');
    el.setAttribute('data-size', 'enorm');
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
  const { context, page, wizard, problems } = await hostPage({ file: 'prefill.html', init });
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await page.reload();
  await onStep(wizard, 'Over uw organisatie');
  const name = await wizard.locator('#koers-f-org-name').inputValue();
  assert.equal(name, `Zorg <script>alert(1)</script>${'x'.repeat(120 - 30)}`);
  assert.equal(await wizard.locator('input[type="radio"]:checked').count(), 0, 'no sector or size chosen');
  assert.ok(warnings.some((w) => /data-sector="ziekenhuis" is not a value Koers knows/.test(w)), warnings.join('\n'));
  assert.ok(warnings.some((w) => /data-size="enorm"/.test(w)));
  await assertClean(page, problems, 'hostile prefill');
  await context.close();
});

test('the script embed asks once where to keep answers; "this tab only" keeps them for the tab', async () => {
  const { context, page, wizard, problems } = await hostPage({ file: 'prefill.html' });
  await onStep(wizard, 'Over uw organisatie');
  // Prefill alone is not the visitor's answer: nothing is asked or kept yet.
  assert.equal(await wizard.locator('#koers-keep').count(), 0);
  await wizard.locator('#koers-f-org-name').fill('Alleen voor nu');
  await wizard.locator('#koers-keep').waitFor();
  assert.match(await wizard.locator('#koers-save-status').textContent(), /Nog niet bewaard/);
  await axeInside(page, 'the keep question');
  await wizard.locator('#koers-keep-session').click();
  assert.match(await wizard.locator('#koers-save-status').textContent(), /dit tabblad/);
  // The question and its button are gone: focus goes on to the step's heading, in the wizard's
  // own root, not to the host page's body.
  await page.waitForFunction(() => document.activeElement?.shadowRoot?.activeElement?.id === 'koers-heading');
  assert.deepEqual(await page.evaluate(() => [Object.keys(localStorage), Object.keys(sessionStorage).sort()]), [[], ['koers.answers.linde', 'koers.answers.linde:plek']]);
  await page.reload();
  await onStep(wizard, 'Over uw organisatie');
  assert.equal(await wizard.locator('#koers-f-org-name').inputValue(), 'Alleen voor nu');
  assert.equal(await wizard.locator('#koers-keep').count(), 0, 'asked once');
  // A new tab has nothing kept.
  const other = await context.newPage();
  await other.goto(`http://${HOSTS}/prefill.html`);
  await other.locator('[data-koers] #koers-f-org-name').waitFor();
  assert.equal(await other.locator('[data-koers] #koers-f-org-name').inputValue(), 'Zorggroep De Linde');
  await assertClean(page, problems, 'the keep question');
  await context.close();
});

test('a reload brings the embed back to the visitor\'s step in this tab, as an address would on a page of its own', async () => {
  const { context, page, wizard, problems } = await hostPage({ file: 'prefill.html' });
  await onStep(wizard, 'Over uw organisatie');
  await wizard.locator('#koers-f-org-name').fill('De Linde, locatie Zuid');
  await wizard.locator('#koers-keep-local').click();
  await wizard.locator('#koers-next').click();
  await onStep(wizard, 'Locaties, kanalen en communicatie');
  // The place is kept beside the answers, for this tab only.
  assert.deepEqual(await page.evaluate(() => [localStorage.getItem('koers.answers.linde:plek'), sessionStorage.getItem('koers.answers.linde:plek')]), [null, '#kanalen']);
  await page.reload();
  await onStep(wizard, 'Locaties, kanalen en communicatie');
  // Back still leads to the step before, with the answer kept.
  await wizard.locator('#koers-back').click();
  await onStep(wizard, 'Over uw organisatie');
  assert.equal(await wizard.locator('#koers-f-org-name').inputValue(), 'De Linde, locatie Zuid');
  // Another tab has the answers but not this tab's place: it opens where the host says.
  const other = await context.newPage();
  await other.goto(`http://${HOSTS}/prefill.html`);
  await onStep(other.locator('[data-koers]'), 'Over uw organisatie');
  assert.equal(await other.locator('[data-koers] #koers-f-org-name').inputValue(), 'De Linde, locatie Zuid');
  await assertClean(page, problems, 'a reload in the embed');
  await context.close();
});

test('after the plan is downloaded the visitor can have the answers forgotten', async () => {
  const answers = readFileSync(path.join(ROOT, 'tests/golden/hospital.json'), 'utf8');
  const { context, page, wizard, problems } = await hostPage({ answers });
  await wizard.locator('#koers-task-plan').click();
  await wizard.locator('#koers-forget-after').check();
  const [dl] = await Promise.all([page.waitForEvent('download'), wizard.locator('#koers-download-md').click()]);
  assert.match(dl.suggestedFilename(), /\.md$/);
  await wizard.locator('#koers-notice', { hasText: 'uit deze browser gewist' }).waitFor();
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY), null);
  // The screen keeps the plan until the page closes.
  assert.match(await wizard.locator('#koers-plan-document').textContent(), /Ziekenhuisgroep Rivierenland/);
  await assertClean(page, problems, 'forget after download');
  await context.close();
});

test('two wizards with one id: the second keeps its answers apart, and the site owner is warned', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await page.goto(`http://${HOSTS}/${HOST_PAGE}`);
  await page.locator('[data-koers] #koers-heading').first().waitFor();
  await page.evaluate(() => {
    const twin = document.createElement('div');
    twin.setAttribute('data-koers', 'tt');
    twin.setAttribute('data-autosave', 'local');
    twin.id = 'twin';
    document.body.append(twin);
  });
  const twin = page.locator('#twin');
  await twin.locator('#koers-next').click();
  await twin.locator('#koers-f-org-name').fill('Tweeling');
  await page.waitForFunction(() => Object.keys(localStorage).includes('koers.answers.tt-2'));
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage).sort()), ['koers.answers.tt-2']);
  assert.ok(warnings.some((w) => w.includes('data-koers="tt"')), warnings.join('\n'));
  await context.close();
});

test('the events example page shows its own contact box after a download, and lists no answer', async () => {
  const { context, page, wizard, problems } = await hostPage({ file: 'events.html' });
  await wizard.locator('[data-koers-mounted] #koers-heading').waitFor();
  const before = await page.evaluate(() => history.length);
  await wizard.locator('#koers-next').click();
  await wizard.locator('#koers-f-org-name').fill(SECRET);
  await page.locator('#host-events li', { hasText: 'koers:step' }).first().waitFor();
  await wizard.locator('#koers-overview').click();
  await wizard.locator('#koers-task-plan').click();
  const [dl] = await Promise.all([page.waitForEvent('download'), wizard.locator('#koers-download-md').click()]);
  assert.match(dl.suggestedFilename(), /\.md$/);
  await page.locator('#host-contact').waitFor({ state: 'visible' });
  assert.ok(!(await page.locator('#host-events').textContent()).includes(SECRET));
  // data-autosave="session": kept for this tab (the answers, and the step for a reload),
  // nothing on the computer, and no question.
  assert.equal(await wizard.locator('#koers-keep').count(), 0);
  assert.deepEqual(await page.evaluate(() => [Object.keys(localStorage), Object.keys(sessionStorage).sort()]), [[], ['koers.answers.events', 'koers.answers.events:plek']]);
  // Steps through the wizard left the host's address and history alone.
  assert.equal(await page.evaluate(() => history.length), before);
  assert.equal(await page.evaluate(() => location.hash), '');
  await assertClean(page, problems, 'the events page');
  await context.close();
});

// Every screen in journey order, with the task-list entry that starts its section.
const SCREENS = [
  ['organisation', 'Over uw organisatie'], ['organisation', 'Locaties, kanalen en communicatie'],
  ['maturity', 'Waar staat uw organisatie nu?'], ['maturity', 'Uw fase en uw doel'],
  ['goals_scope', 'Wat moet social media opleveren?'], ['goals_scope', 'Hoe meet u het?'], ['goals_scope', 'Voor wie en waar?'],
  ['governance', 'Vertrouwen en training'], ['governance', 'Welk organisatiemodel past?'], ['governance', 'Spelregels'],
  ['staffing', 'Wie doet wat?'], ['staffing', 'Taken verdelen (RACI)'], ['staffing', 'Training en ambassadeurs'],
  ['staffing', 'Wat kost het?'], ['phasing', 'Fasering en planning'], ['phasing', 'Uw tijdlijn'],
  ['review', 'Controleer uw antwoorden'], ['plan', 'Uw plan'],
].map(([task, heading]) => ({ task, heading }));

/**
 * How to reach screen i on a freshly loaded page without passing a screen that broke: forward
 * from its section's first screen, or else back from the next section's first screen.
 */
function routeTo(i, broken) {
  const first = SCREENS.findIndex((o) => o.task === SCREENS[i].task);
  const ahead = SCREENS.findIndex((o, k) => k > i && o.task !== SCREENS[i].task);
  const forward = SCREENS.slice(first, i + 1);
  const backward = ahead < 0 ? [] : SCREENS.slice(i, ahead + 1).reverse();
  for (const [path, button] of [[forward, '#koers-next'], [backward, '#koers-back']]) {
    if (path.length && !path.slice(0, -1).some((o) => broken.has(o.heading))) return { path, button };
  }
  return null;
}

test('no screen of a complete plan inserts markup as a string (Trusted Types)', async () => {
  // Each screen is checked on its own: markup refused in the middle of a render leaves the
  // wizard frozen, so after a broken screen the page is loaded anew and the next screen is
  // reached by a way that does not pass a broken one.
  const answers = readFileSync(path.join(ROOT, 'tests/golden/hospital.json'), 'utf8');
  const { context, page, wizard, problems } = await hostPage({ answers });
  const broken = new Map();
  let fresh = true;
  let cspSeen = 0;
  for (const [i, s] of SCREENS.entries()) {
    const problemsSeen = problems.length;
    let error = null;
    try {
      if (fresh) {
        const route = routeTo(i, broken);
        if (!route) throw new Error('not checked: every way there passes a screen that broke');
        await page.goto(`http://${HOSTS}/${HOST_PAGE}`);
        cspSeen = 0;
        await onStep(wizard, 'Uw social media-plan');
        await wizard.locator(`#koers-task-${route.path[0].task}`).click();
        for (const [k, step] of route.path.entries()) {
          if (k > 0) await wizard.locator(route.button).click();
          await onStep(wizard, step.heading, 4000);
        }
      } else {
        await wizard.locator('#koers-next').click();
        await onStep(wizard, s.heading, 4000);
      }
      // The review and the plan show the answers a frame or two after the heading.
      if (s.task === 'review' || s.task === 'plan') await wizard.getByText(ORG, { exact: true }).first().waitFor({ timeout: 4000 });
      await assertFocus(wizard, '#koers-heading', `on "${s.heading}"`);
    } catch (e) {
      error = e.message.split('\n')[0];
    }
    const all = await page.evaluate(() => window.__csp);
    const found = [...all.slice(cspSeen), ...problems.slice(problemsSeen), error].filter(Boolean);
    cspSeen = all.length;
    fresh = found.length > 0;
    if (fresh) broken.set(s.heading, found);
  }
  const report = [...broken].map(([heading, found]) => `"${heading}":\n    ${found.join('\n    ')}`);
  if (report.length) assert.fail(`${report.length} of ${SCREENS.length} screens broke under Trusted Types:\n  ${report.join('\n  ')}`);
  await context.close();
});

test('Add role works inside the embed', async () => {
  const { context, page, wizard, problems } = await hostPage();
  await onStep(wizard, 'Uw social media-plan');
  await wizard.locator('#koers-task-staffing').click();
  await onStep(wizard, 'Wie doet wat?');
  const box = wizard.locator('#koers-f-roles-project_lead');
  await box.waitFor({ timeout: 4000 }).catch(() => assert.fail('#koers-f-roles-project_lead is missing: the team screen chooses roles with checkboxes #koers-f-roles-<kind>'));
  await box.check();
  // The role's own fields appear inside the shadow root, where a document-wide lookup never looks.
  const people = wizard.locator('#koers-f-role-1-people');
  await people.waitFor({ timeout: 4000 }).catch(() => assert.fail('checking a role inside the shadow root showed no #koers-f-role-1-people'));
  await people.fill('Projectleider Anna');
  await wizard.locator('#koers-f-role-1-hours').fill('8');
  assert.equal(await people.inputValue(), 'Projectleider Anna');
  assert.ok(await box.isChecked());
  await assertClean(page, problems, 'choosing a role');
  await context.close();
});
