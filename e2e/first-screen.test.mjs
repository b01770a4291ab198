// The first screen before the wasm arrives: the full page (index.html) and the script embed
// (koers-embed.js) draw the app's own start screen at once, and the app replaces it when it
// mounts. These tests hold the wasm back, take the static screen, let the wasm through, and
// require the app to draw the same DOM (attributes in any order, whitespace collapsed) in the
// same places, once. A returning visitor sees a neutral loading note instead, never a start
// screen that then jumps.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { launch, startPlaces, recordProblems, ROOT as REPO } from './harness.mjs';

let places; let browser;
before(async () => { places = await startPlaces(8851); browser = await launch(); });
after(async () => { await browser?.close(); places?.stop(); });

// Each function below runs in the page and finds wizard n's root: the container in the n-th
// embed's shadow root, or #koers on the full page (n = -1).

/** A canonical text of the root's elements: sorted attributes, links resolved, whitespace collapsed. */
const CANON = (n) => {
  const host = document.querySelectorAll('[data-koers]')[n];
  const root = host ? host.shadowRoot?.querySelector('.koers-root') : document.getElementById('koers');
  const canon = (node) => {
    if (node.nodeType === 3) {
      const t = node.data.replace(/\s+/g, ' ').trim();
      return t ? JSON.stringify(t) : '';
    }
    if (node.nodeType !== 1 || ['NOSCRIPT', 'SCRIPT'].includes(node.nodeName)) return '';
    // Only what is shown: the full page holds its loading note, hidden, beside the screen.
    if (getComputedStyle(node).display === 'none') return '';
    // Minified HTML leaves out a default (type="submit"), and a test tool may leave an empty
    // style: neither is a difference a visitor can see. A boolean attribute is its presence:
    // minified HTML writes `selected`, the app `selected=""`.
    const attrs = [...node.attributes].filter((a) => !(a.name === 'style' && !a.value))
      .map((a) => [a.name, a.name === 'href' ? node.href : a.name === 'selected' ? true : a.value]);
    if (node.localName === 'button' && !node.hasAttribute('type')) attrs.push(['type', node.type]);
    const text = attrs.sort()
      .map(([k, v]) => ` ${k}=${JSON.stringify(v)}`).join('');
    return `<${node.localName}${text}>${[...node.childNodes].map(canon).join('')}</${node.localName}>`;
  };
  return root ? [...root.childNodes].map(canon).filter(Boolean).join('\n') : null;
};

/** Where each element with an id sits, to find a screen that jumps. */
const BOXES = (n) => {
  const host = document.querySelectorAll('[data-koers]')[n];
  const root = host ? host.shadowRoot?.querySelector('.koers-root') : document.getElementById('koers');
  return Object.fromEntries([...root.querySelectorAll('[id]')].filter((e) => e.getClientRects().length).map((e) => {
    const r = e.getBoundingClientRect();
    return [e.id, [r.x, r.y, r.width, r.height].map((v) => Math.round(v))];
  }));
};

/** A page whose app wasm waits until `release()`: the static screen stays until then. */
async function held(url, { init, hosts = [], viewport = { width: 1280, height: 800 } } = {}) {
  const context = await browser.newContext({ viewport });
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const problems = recordProblems(page, hosts);
  let release;
  const gate = new Promise((r) => { release = r; });
  await page.route('**/koers-web_bg.wasm*', async (route) => { await gate; await route.continue(); });
  await page.goto(url);
  return { context, page, release, problems };
}

/** An init script that keeps the hospital's answers, as the app's autosave does, in `lang`. */
function kept(storage, key, lang) {
  const record = { ...JSON.parse(readFileSync(path.join(REPO, 'tests/golden/hospital.json'), 'utf8')), lang };
  return `${storage}.setItem(${JSON.stringify(key)}, ${JSON.stringify(JSON.stringify(record))});`;
}

/** Waits until `fn(arg)` in the page is true; by evaluate, which a strict CSP allows. */
async function until(page, fn, arg, what) {
  for (let i = 0; i < 200; i++) {
    if (await page.evaluate(fn, arg)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}
const mountedIn = (page, n) => until(page, (k) => {
  const host = document.querySelectorAll('[data-koers]')[k];
  const root = host ? host.shadowRoot?.querySelector('.koers-root') : document.getElementById('koers');
  return !!root?.hasAttribute('data-koers-mounted');
}, n, 'the app to mount');
/** The static screen is there, painted and visible, not yet the app. */
const shown = (page, n) => until(page, (k) => {
  const host = document.querySelectorAll('[data-koers]')[k];
  const root = host ? host.shadowRoot?.querySelector('.koers-root') : document.getElementById('koers');
  const h = root?.querySelector('#koers-heading');
  return !!h && !root.closest('[hidden]') && h.getBoundingClientRect().height > 0;
}, n, 'the static first screen');

/** The static screen of wizard `n` (-1: the full page), then the app's, both canonical. */
async function staticThenApp(page, release, n) {
  // Painted and visible while the wasm is held back.
  await shown(page, n);
  const before = await page.evaluate(CANON, n);
  const boxes = await page.evaluate(BOXES, n);
  release();
  await mountedIn(page, n);
  const after = await page.evaluate(CANON, n);
  return { before, after, boxes, boxesAfter: await page.evaluate(BOXES, n) };
}

test('the full page shows the app\'s own start screen before the wasm, and the app replaces it once, in place', async () => {
  const [full] = places.places;
  const { context, page, release, problems } = await held(full.url, { hosts: full.hosts });
  await full.audit(page, 'static-first-screen');
  // The static Start is a picture: a click changes nothing and queues nothing.
  await page.click('#koers-next');
  assert.equal((await page.textContent('#koers-heading')).trim(), 'Uw social media-plan');
  const { before, after, boxes, boxesAfter } = await staticThenApp(page, release, -1);
  assert.ok(before.includes('"Uw social media-plan"') && before.includes('"Beginnen"'), before.slice(0, 300));
  assert.equal(before, after, 'index.html holds the screen the app draws; update it from the app\'s DOM');
  assert.deepEqual(boxesAfter, boxes, 'nothing moves when the app takes over');
  // Drawn once: the static copy and the loading note are gone.
  assert.equal(await page.locator('#koers-heading').count(), 1);
  assert.equal(await page.locator('#koers .koers-loading').count(), 0);
  assert.equal(await page.locator('#koers > .koers-app').count(), 1);
  // And it is the app now: Start leads on.
  await page.click('#koers-next');
  await page.locator('#koers-heading', { hasText: 'Over uw organisatie' }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('the comparison sees a changed word', async () => {
  // The check above must be able to fail: one word of the static copy changed is a difference.
  const [full] = places.places;
  const { context, page, release } = await held(full.url);
  await page.waitForSelector('#koers-heading');
  await page.evaluate(() => { document.querySelector('#koers-next').textContent = 'Begin'; });
  const { before, after } = await staticThenApp(page, release, -1);
  assert.notEqual(before, after);
  await context.close();
});

for (const [label, init, text] of [
  ['saved answers', kept('localStorage', 'koers.answers', 'nl'), 'Uw plan wordt geladen…'],
  ['saved answers in English', kept('localStorage', 'koers.answers', 'en'), 'Your plan is loading…'],
  ['answers kept in this tab', kept('sessionStorage', 'koers.answers', 'nl'), 'Uw plan wordt geladen…'],
]) {
  test(`a returning visitor (${label}) sees a loading note, not a start screen that jumps`, async () => {
    const [full] = places.places;
    const { context, page, release, problems } = await held(full.url, { init, hosts: full.hosts });
    const note = page.locator('#koers-loading [role=status]');
    await note.waitFor();
    assert.equal(await note.getAttribute('role'), 'status');
    assert.equal((await note.innerText()).trim(), text);
    assert.equal(await page.locator('#koers-heading').isVisible(), false, 'the static start screen is hidden');
    await full.audit(page, `loading-${label.replaceAll(' ', '-')}`);
    release();
    await mountedIn(page, -1);
    assert.equal(await page.locator('#koers-loading').count(), 0, 'the app replaces the note');
    assert.equal(await page.locator('#koers-heading').count(), 1);
    assert.ok(await page.locator('#koers-heading').isVisible());
    assert.deepEqual(problems, []);
    await context.close();
  });
}

for (const [label, suffix, note] of [
  ['a place in the address', '#plan', true],
  ['a share link in the address', '#deel=abc', true],
  ['workshop mode in the address', '?workshop', true],
  ['the start in the address', '#start', false],
]) {
  test(`the full page with ${label}: ${note ? 'the loading note' : 'the start screen'} first`, async () => {
    const [full] = places.places;
    const { context, page, release } = await held(full.url + suffix);
    await page.waitForLoadState('domcontentloaded');
    assert.equal(await page.locator('#koers-loading').isVisible(), note);
    assert.equal(await page.locator('#koers-heading').isVisible(), !note);
    release();
    await mountedIn(page, -1);
    assert.equal(await page.locator('#koers-loading').count(), 0);
    await context.close();
  });
}

// The script embed, on host pages of another origin: trusted-types.html enforces Trusted
// Types under a strict CSP and keeps answers locally; hostile-css.html asks first (the
// default); plain.html has a call to action and a theme, and a second wizard in English.
for (const name of ['trusted-types.html', 'hostile-css.html', 'plain.html']) {
  test(`script embed on ${name}: the app's own start screen before the wasm, replaced once, in place`, async () => {
    const embed = places.places[1];
    const url = embed.url.replace('trusted-types.html', name);
    const { context, page, release, problems } = await held(url, { hosts: embed.hosts });
    await shown(page, 0);
    await embed.audit(page, `static-first-screen-${name}`);
    if (name === 'plain.html') {
      // The second wizard opens in English on another section: a loading note in English.
      const note = page.locator('[data-koers]').nth(1).locator('.koers-loading');
      assert.equal((await note.textContent()).trim(), 'Your plan is loading…');
      assert.equal(await note.getAttribute('role'), 'status');
    }
    const { before, after, boxes, boxesAfter } = await staticThenApp(page, release, 0);
    assert.ok(before.includes('"Beginnen"'), before.slice(0, 300));
    assert.equal(before, after, 'koers-embed.js builds the screen the app draws; update it from the app\'s DOM');
    assert.deepEqual(boxesAfter, boxes, 'nothing moves when the app takes over');
    const wizard = page.locator('[data-koers]').first();
    assert.equal(await wizard.locator('#koers-heading').count(), 1);
    assert.equal(await wizard.locator('.koers-app').count(), 1);
    await wizard.locator('#koers-next').click();
    await wizard.locator('#koers-heading', { hasText: 'Over uw organisatie' }).waitFor();
    if (name === 'plain.html') {
      await mountedIn(page, 1);
      assert.equal(await page.locator('[data-koers]').nth(1).locator('.koers-loading').count(), 0);
      assert.equal((await page.locator('[data-koers]').nth(1).locator('#koers-heading').textContent()).trim(), 'Trust and training');
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('script embed: a returning visitor of that wizard sees the loading note, in the language kept', async () => {
  const embed = places.places[1];
  const { context, page, release, problems } = await held(embed.url, { init: kept('localStorage', 'koers.answers.tt', 'en'), hosts: embed.hosts });
  const note = page.locator('[data-koers] .koers-loading');
  await note.waitFor();
  assert.equal((await note.textContent()).trim(), 'Your plan is loading…');
  assert.equal(await note.getAttribute('role'), 'status');
  assert.equal(await page.locator('[data-koers] #koers-heading').count(), 0);
  await embed.audit(page, 'embed-loading');
  release();
  await mountedIn(page, 0);
  assert.equal(await page.locator('[data-koers] .koers-loading').count(), 0);
  assert.equal(await page.locator('[data-koers] #koers-heading').count(), 1);
  assert.equal((await page.locator('[data-koers] #koers-heading').textContent()).trim(), 'Your social media plan', 'the app, in the language kept');
  assert.deepEqual(problems, []);
  await context.close();
});

/**
 * The Trusted Types host page with its wizard's data-autosave set to `mode`, as the element is
 * parsed, before the embed script runs. (A rewritten response would lose the page's address
 * space, and Chromium would then refuse its requests to the loopback assets server.)
 */
async function withAutosave(context, mode) {
  await context.addInitScript((m) => {
    new MutationObserver((records, observer) => {
      const host = document.querySelector('[data-koers]');
      if (!host) return;
      if (host.getAttribute('data-autosave') !== 'local') throw new Error('the host page no longer sets data-autosave="local"');
      host.setAttribute('data-autosave', m);
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  }, mode);
}

/** The script embed with answers kept in `store` and the host's autosave set to `mode`, its
 * wasm held back until `release()`. */
async function embedHeld(store, lang, mode) {
  const embed = places.places[1];
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(kept(store, 'koers.answers.tt', lang));
  await withAutosave(context, mode);
  const page = await context.newPage();
  const problems = recordProblems(page, embed.hosts);
  let release;
  const gate = new Promise((r) => { release = r; });
  await page.route('**/koers-web_bg.wasm*', async (route) => { await gate; await route.continue(); });
  await page.goto(embed.url);
  assert.equal(await page.getAttribute('[data-koers]', 'data-autosave'), mode);
  return { context, page, problems, release };
}

test('script embed with autosave off: answers kept earlier are not read, so the start screen shows, as the app draws it', async () => {
  const { context, page, problems, release } = await embedHeld('localStorage', 'en', 'off');
  const { before, after, boxes, boxesAfter } = await staticThenApp(page, release, 0);
  assert.ok(before.includes('"Automatisch opslaan staat uit op deze pagina.'), before.slice(-800));
  assert.equal(before, after);
  assert.deepEqual(boxesAfter, boxes);
  assert.deepEqual(problems, []);
  await context.close();
});

test('script embed keeping answers in the tab: a returning visitor sees the loading note', async () => {
  const { context, page, problems, release } = await embedHeld('sessionStorage', 'nl', 'session');
  const note = page.locator('[data-koers] .koers-loading');
  await note.waitFor();
  assert.equal((await note.textContent()).trim(), 'Uw plan wordt geladen…');
  release();
  await mountedIn(page, 0);
  assert.equal(await page.locator('[data-koers] .koers-loading').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});
