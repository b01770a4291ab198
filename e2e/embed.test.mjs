// Koers on other people's pages: the example host pages are served from a different origin
// than the wizard's assets. The wizard must work, leave the host's styles alone, survive
// hostile CSS and a strict CSP, follow the host adding and removing it, and in an iframe the
// frame must grow and shrink with the content. Also workshop mode at 1280×720.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { startStatic, launch, audit, recordProblems, ROOT, SHOTS } from './harness.mjs';

let assets; let hosts; let browser;
before(async () => {
  // The assets live under a sub-path (/dist/) of another origin than the host pages.
  assets = await startStatic(8801, ROOT, { host: '127.0.0.1' });
  hosts = await startStatic(8802, path.join(ROOT, 'examples'), { host: 'localhost', assets: 'http://127.0.0.1:8801/dist/' });
  browser = await launch();
});
after(async () => { await browser?.close(); assets?.stop(); hosts?.stop(); });

const HOST_PROPS = ['font-size', 'font-family', 'color', 'display', 'margin-top', 'padding-top', 'letter-spacing', 'text-transform'];

async function hostPage(name, { viewport = { width: 1280, height: 800 }, query = '' } = {}) {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const problems = recordProblems(page, ['localhost:8802', '127.0.0.1:8801']);
  await page.goto(`${hosts.url}${name}${query}`);
  return { context, page, problems };
}

async function hostStyles(page) {
  return page.evaluate((props) => Object.fromEntries(['host-title', 'host-lead', 'host-after', 'host-button']
    .map((id) => document.getElementById(id)).filter(Boolean)
    .map((el) => [el.id, Object.fromEntries(props.map((p) => [p, getComputedStyle(el).getPropertyValue(p)]))])), HOST_PROPS);
}

async function axeInside(page, label) {
  const r = await new AxeBuilder({ page }).include('[data-koers]').withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  assert.deepEqual(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), [], label);
}

for (const name of ['plain.html', 'hostile-css.html', 'strict-csp.html']) {
  test(`script embed on ${name}: works, keeps host styles, no CSP or console errors`, async () => {
    // The host page's own elements, with and without the wizard on it.
    const bare = await hostPage(name, { query: '?nowizard' });
    await bare.page.waitForLoadState('load');
    const before = await hostStyles(bare.page);
    await bare.context.close();

    const { context, page, problems } = await hostPage(name);
    const wizard = page.locator('[data-koers]').first();
    await wizard.locator('[data-koers-mounted] #koers-heading').waitFor();
    assert.equal(await wizard.locator('#koers-heading').textContent(), 'Uw social media-plan');
    assert.deepEqual(await hostStyles(page), before, 'host elements keep their computed styles');

    // The wizard's own look survives the host: its button shows, its heading keeps its size.
    const next = wizard.locator('#koers-next');
    assert.notEqual(await next.evaluate((b) => getComputedStyle(b).display), 'none');
    assert.ok(await next.isVisible(), "the wizard's button is visible despite button { display: none !important }");
    const h1 = await wizard.locator('#koers-heading').evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
    assert.ok(h1 > 24 && h1 < 40, `heading font size ${h1}px`);
    assert.equal(await wizard.locator('.koers-root, .koers-app').first().evaluate((e) => getComputedStyle(e).letterSpacing), 'normal');

    await next.click();
    await wizard.locator('#koers-f-org-name').fill('Zorggroep Extern');
    await wizard.getByLabel('Ouderenzorg').check();
    await wizard.getByLabel('Meer dan 250 medewerkers').check();
    await wizard.locator('#koers-next').click();
    assert.equal(await wizard.locator('#koers-heading').textContent(), 'Locaties, kanalen en communicatie');
    assert.equal(await page.evaluate(() => document.activeElement.shadowRoot?.activeElement?.id), 'koers-heading', 'focus inside the shadow root');
    assert.equal(await page.evaluate(() => location.hash), '', 'an embedded wizard leaves the host URL alone');
    // The documents module comes from the assets' origin after the first screen, under the
    // host's CSP too: a download from the plan screen works.
    await wizard.locator('#koers-overview').click();
    await wizard.locator('#koers-task-plan').click();
    const [dl] = await Promise.all([page.waitForEvent('download'), wizard.locator('#koers-download-md').click()]);
    assert.equal(dl.suggestedFilename(), 'koers-zorggroep-extern.md');
    // Checked before the audit and the screenshot: Playwright's screenshot injects a <style>.
    assert.deepEqual(await page.evaluate(() => window.__csp), [], 'no CSP violation');
    await axeInside(page, name);
    await page.screenshot({ path: path.join(SHOTS, `embed-${name.replace('.html', '')}.png`), fullPage: true });
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('two wizards on one page keep separate answers; the host can remove and re-add one', async () => {
  const { context, page, problems } = await hostPage('plain.html');
  const [first, second] = [page.locator('[data-koers]').nth(0), page.locator('[data-koers]').nth(1)];
  await first.locator('[data-koers-mounted] #koers-heading').waitFor();
  await second.locator('[data-koers-mounted] #koers-heading').waitFor();
  assert.equal(await second.locator('#koers-heading').textContent(), 'Trust and training', 'data-start and data-lang');
  await first.locator('#koers-next').click();
  await first.locator('#koers-f-org-name').fill('Eerste');
  // The script embed asks once before it keeps anything in the host site's storage.
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), []);
  assert.match(await first.locator('#koers-save-status').textContent(), /Nog niet bewaard/);
  await first.locator('#koers-keep-local').click();
  await first.locator('#koers-keep').waitFor({ state: 'detached' });
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), ['koers.answers']);
  // The host's call to action, with a checked link, on the plan screen.
  await first.locator('#koers-overview').click();
  await first.locator('#koers-task-plan').click();
  assert.equal(await first.locator('#koers-cta').first().getAttribute('href'), 'tel:+31356036500');
  // Theme colour from the host.
  assert.equal(await first.locator('.koers-root').evaluate((e) => getComputedStyle(e).getPropertyValue('--koers-primary').trim()), '#7a2e8e');

  // Remove the first wizard and add it back, as a single-page host does.
  await page.evaluate(() => { window.__kept = document.querySelector('[data-koers]'); window.__kept.remove(); });
  await page.waitForTimeout(50);
  await page.evaluate(() => document.querySelector('main').prepend(window.__kept));
  await first.locator('[data-koers-mounted] #koers-heading').waitFor();
  await first.locator('#koers-overview').click();
  await first.locator('#koers-task-organisation').click();
  assert.equal(await first.locator('#koers-f-org-name').inputValue(), 'Eerste', 'answers survive a remount');
  assert.deepEqual(problems, []);
  await context.close();
});

test('strict CSP page: a theme colour with too little contrast is darkened, with a warning', async () => {
  const { context, page, problems } = await hostPage('strict-csp.html');
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await page.reload();
  await page.locator('[data-koers] [data-koers-mounted] #koers-heading').waitFor();
  const colour = await page.locator('[data-koers] .koers-root').evaluate((e) => getComputedStyle(e).getPropertyValue('--koers-primary').trim());
  assert.notEqual(colour, '#ffcc00');
  assert.ok(warnings.some((w) => w.includes('too little contrast')), warnings.join('\n'));
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('iframe embed: the frame grows and shrinks with the content', async () => {
  const { context, page, problems } = await hostPage('iframe.html');
  const frameEl = page.locator('iframe[data-koers-frame]');
  const frame = page.frameLocator('iframe[data-koers-frame]');
  await frame.locator('[data-koers-mounted] #koers-heading').waitFor();
  const height = async () => (await frameEl.boundingBox()).height;
  await page.waitForFunction(() => document.querySelector('iframe').style.height !== '');
  const tasks = await height();
  await frame.locator('#koers-task-maturity').click();
  await page.waitForFunction((h) => document.querySelector('iframe').getBoundingClientRect().height > h + 200, tasks);
  const grid = await height();
  await frame.locator('#koers-overview').click();
  await page.waitForFunction((h) => document.querySelector('iframe').getBoundingClientRect().height < h - 200, grid);
  const back = await height();
  assert.ok(grid > tasks + 200 && back < grid - 200, `heights ${tasks} → ${grid} → ${back}`);
  // A message from anywhere else is ignored.
  await page.evaluate(() => window.postMessage({ type: 'koers:height', height: 99999 }, '*'));
  await page.waitForTimeout(100);
  assert.equal(await height(), back);
  assert.deepEqual(problems, []);
  await context.close();
});

test('workshop mode at 1280×720: big type, shortcuts, help overlay', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  const answers = readFileSync(path.join(ROOT, 'tests/golden/hospital.json'), 'utf8');
  await page.addInitScript((a) => { if (!localStorage.getItem('koers.answers')) localStorage.setItem('koers.answers', a); }, answers);
  await page.goto(`${assets.url}dist/index.html?workshop#start`);
  await page.waitForSelector('.koers-workshop #koers-heading');
  const size = await page.locator('#koers-heading').evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
  assert.ok(size >= 40, `projector heading ${size}px`);
  await audit(page, 'workshop-00-tasks');
  // Every section of this plan is done: N on the overview goes on to the plan.
  await page.keyboard.press('n');
  await page.waitForFunction(() => document.querySelector('#koers-heading').textContent === 'Uw plan');
  await page.goto(`${assets.url}dist/index.html?workshop#organisatie`);
  await page.waitForFunction(() => document.querySelector('.koers-workshop #koers-heading')?.textContent === 'Over uw organisatie');
  await page.keyboard.press('?');
  await page.waitForSelector('#koers-shortcuts');
  await audit(page, 'workshop-01-help');
  await page.keyboard.press('Escape');
  // Typing in a field is never taken as a shortcut.
  await page.focus('#koers-f-org-name');
  await page.keyboard.type('n');
  assert.match(await page.inputValue('#koers-f-org-name'), /n$/);
  // One question per screen: the organisation screen shows its name field alone, and N (or
  // Continue) moves to the next question before the next screen.
  assert.match(await page.textContent('#koers-part-count'), /Vraag 1 van 3/);
  assert.equal(await page.locator('#koers-f-sector').count(), 0);
  await page.keyboard.press('Tab');
  await page.keyboard.press('n');
  await page.waitForFunction(() => document.querySelector('#koers-part-count')?.textContent === 'Vraag 2 van 3');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'koers-part');
  assert.equal(await page.locator('#koers-f-org-name').count(), 0);
  await audit(page, 'workshop-01b-one-question');
  await page.click('#koers-back');
  await page.waitForFunction(() => document.querySelector('#koers-part-count')?.textContent === 'Vraag 1 van 3');
  for (const [hash, label] of [['#model', 'workshop-02-model'], ['#tijdlijn', 'workshop-03-timeline'], ['#plan', 'workshop-04-plan']]) {
    await page.goto(`${assets.url}dist/index.html?workshop${hash}`);
    await page.waitForSelector('.koers-workshop #koers-heading');
    await audit(page, label);
  }
  await page.keyboard.press('b');
  await page.waitForFunction(() => document.querySelector('#koers-heading').textContent === 'Controleer uw antwoorden');
  await page.click('#koers-workshop');
  assert.equal(await page.locator('.koers-workshop').count(), 0, 'the toggle switches it off');
  assert.deepEqual(errors, []);
  await context.close();
});

/** The hospital group's answers, as the embed on `page` keeps them under `key`. */
async function seed(context, key) {
  const answers = readFileSync(path.join(ROOT, 'tests/golden/hospital.json'), 'utf8');
  await context.addInitScript(([k, a]) => { if (!sessionStorage.getItem('seeded')) { localStorage.setItem(k, a); sessionStorage.setItem('seeded', '1'); } }, [key, answers]);
}

test('the language button is named by its own visible text, on the page and in the embed', async () => {
  const { context, page, problems } = await hostPage('strict-csp.html');
  const wizard = page.locator('[data-koers]');
  for (const lang of ['nl', 'en']) {
    await wizard.locator('[data-koers-mounted] #koers-heading').waitFor();
    const button = wizard.locator('#koers-lang');
    const [visible, name] = [(await button.textContent()).trim(), await button.getAttribute('aria-label')];
    assert.ok(name.includes(visible), `${lang}: "${name}" holds "${visible}" (WCAG 2.5.3)`);
    // It names the language it switches to, in that language, as the button's lang says.
    assert.equal(await button.getAttribute('lang'), lang === 'nl' ? 'en' : 'nl');
    await button.click();
    // English may wait for its copy (it loads after the first screen).
    await wizard.locator(`#koers-lang[lang=${lang}]`).waitFor();
  }
  assert.equal(await wizard.locator('#koers-heading').textContent(), 'Uw social media-plan');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a share link opened on a page with the script embed is offered there, and leaves the address', async () => {
  // A link made on the full page...
  const maker = await browser.newContext();
  await seed(maker, 'koers.answers');
  const full = await maker.newPage();
  await full.goto('http://127.0.0.1:8801/dist/index.html#plan');
  await full.click('#koers-share');
  const link = await full.inputValue('#koers-share-link');
  await maker.close();
  const fragment = link.slice(link.indexOf('#'));
  assert.ok(fragment.startsWith('#deel=1.'));

  // ...opened on a host page whose wizard is embedded: it asks first, then loads.
  const { context, page, problems } = await hostPage('strict-csp.html', { query: fragment });
  const wizard = page.locator('[data-koers]');
  await wizard.locator('#koers-load-confirm').waitFor();
  assert.equal(await wizard.locator('#koers-load-incoming').textContent(), 'Ziekenhuisgroep Rivierenland');
  await wizard.locator('#koers-load-yes').click();
  await wizard.locator('#koers-review').waitFor();
  assert.match(await wizard.locator('#koers-review').textContent(), /Ziekenhuisgroep Rivierenland/);
  assert.equal(await page.evaluate(() => location.hash), '', 'the answers leave the address bar');
  assert.equal(await page.evaluate(() => location.pathname), '/strict-csp.html', 'the host page stays');
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('print from the embed under a strict CSP: styled, inside the wizard, and gone afterwards', async () => {
  const host = await hostPage('strict-csp.html');
  await seed(host.context, 'koers.answers.csp');
  await host.page.reload();
  const wizard = host.page.locator('[data-koers]');
  await wizard.locator('[data-koers-mounted] #koers-heading').waitFor();
  await wizard.locator('#koers-task-plan').click();
  await wizard.locator('#koers-print').click();
  const frame = host.page.frameLocator('[data-koers] iframe.koers-print-frame');
  assert.equal(await frame.locator('h1').textContent(), 'Social media-plan voor Ziekenhuisgroep Rivierenland');
  // The cover's rule is the document's own stylesheet (a browser's default h1 is 32 px too).
  assert.equal(await frame.locator('.cover').evaluate((c) => getComputedStyle(c).borderTopWidth), '8px', 'styled despite the strict CSP');
  assert.equal(await host.page.evaluate(() => document.body.querySelectorAll(':scope iframe').length), 0, 'nothing added to the host page');
  await host.page.waitForFunction(() => !document.querySelector('[data-koers]').shadowRoot.querySelector('iframe'));
  assert.deepEqual(await host.page.evaluate(() => window.__csp), []);
  assert.deepEqual(host.problems, []);
  await host.context.close();
});

test('the task screen of a seven-role hospital team on a 360 px phone: cards, no sideways scrolling; a table row per task on a desk', async () => {
  const answers = JSON.parse(readFileSync(path.join(ROOT, 'tests/golden/hospital.json'), 'utf8'));
  const roles = answers.plan.staffing.roles;
  for (const kind of ['project_lead', 'communication', 'webcare']) {
    roles.push({ id: roles.length + 1, kind, people: '', headcount: 1, hours: '4', discipline: null });
  }
  assert.equal(roles.length, 7);
  for (const [width, height] of [[360, 740], [1280, 800]]) {
    const context = await browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    const problems = recordProblems(page, [new URL(assets.url).host]);
    await page.addInitScript((a) => { if (!localStorage.getItem('koers.answers')) localStorage.setItem('koers.answers', a); }, JSON.stringify(answers));
    await page.goto(`${assets.url}dist/index.html#raci`);
    await page.waitForSelector('#koers-f-task-train-a');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, `the page scrolls sideways by ${overflow}px at ${width}px`);
    // Every control of every task is within the screen's width: nothing behind a scroll.
    const outside = await page.evaluate(() => [...document.querySelectorAll('[id^="koers-f-task-"]')]
      .filter((e) => { const r = e.getBoundingClientRect(); return r.left < 0 || r.right > window.innerWidth; })
      .map((e) => e.id));
    assert.deepEqual(outside, []);
    assert.equal(await page.locator('[id^="koers-f-task-publish-r-"]').count(), 7);
    // On a phone the accountable choice sits above who does it; on a desk beside it.
    const a = await page.locator('#koers-f-task-publish-a').boundingBox();
    const r = await page.locator('#koers-f-task-publish-r-1').boundingBox();
    if (width === 360) assert.ok(r.y > a.y + a.height, 'stacked on a phone');
    else assert.ok(r.x > a.x + a.width && r.y < a.y + a.height, 'side by side on a desk');
    await audit(page, "tasks-seven-roles");
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('the example host pages work as built into dist/examples/, served as they are', async () => {
  const served = await startStatic(8803, path.join(ROOT, 'dist'));
  try {
    for (const name of ['plain.html', 'hostile-css.html', 'strict-csp.html', 'trusted-types.html', 'workshop.html', 'prefill.html', 'events.html', 'iframe.html']) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const problems = recordProblems(page, [new URL(served.url).host]);
      await page.goto(`${served.url}examples/${name}`);
      const heading = name === 'iframe.html'
        ? page.frameLocator('iframe[data-koers-frame]').locator('[data-koers-mounted] #koers-heading')
        : page.locator('[data-koers]').first().locator('[data-koers-mounted] #koers-heading');
      await heading.waitFor();
      const first = name === 'prefill.html' ? 'Over uw organisatie' : 'Uw social media-plan';
      assert.equal(await heading.textContent(), first, name);
      assert.deepEqual(problems, [], name);
      await context.close();
    }
  } finally {
    served.stop();
  }
});
