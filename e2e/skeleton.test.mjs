// The walking skeleton, end to end: task list → a question screen → check answers → plan with
// a Markdown download, in both languages; autosave survives a reload; browser back moves a
// step; "forget my answers" clears storage after confirmation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, open, audit, focusedId, heading, download } from './harness.mjs';

let server; let browser;
before(async () => { server = await startServer(8791); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

test('skeleton walk in Dutch: validation, autosave, back button, change link, Markdown', async () => {
  const { context, page, problems } = await open(browser, server.url);
  assert.equal(await heading(page), 'Uw social media-plan');
  await audit(page, 'nl-tasks');

  await page.click('#koers-next');
  assert.equal(await heading(page), 'Over uw organisatie');
  assert.equal(await focusedId(page), 'koers-heading', 'focus moves to the step heading');
  // The window title follows in a task after the paint (it costs a few ms in Chromium).
  await page.waitForFunction(() => document.title.startsWith('Stap 1 van 8: Over uw organisatie'));

  // Continue with nothing filled in: an error summary with every problem, focused.
  await page.click('#koers-next');
  await page.waitForSelector('#koers-error-summary');
  assert.equal(await focusedId(page), 'koers-error-summary');
  assert.equal(await page.locator('#koers-error-summary li').count(), 3);
  await audit(page, 'nl-org-errors');

  await page.fill('#koers-f-org-name', 'Zorggroep De Linde');
  await page.getByLabel('Thuiszorg / wijkverpleging').check();
  await page.getByLabel('21 tot en met 50 medewerkers').check();
  assert.equal(await page.locator('#koers-error-summary').count(), 0, 'summary clears as problems are fixed');
  await page.click('#koers-next');
  assert.equal(await heading(page), 'Locaties, kanalen en communicatie');
  await audit(page, 'nl-channels');

  // Reload: the answers come back, and so does the step.
  await page.reload();
  await page.waitForSelector('[data-koers-mounted] #koers-heading');
  assert.equal(await heading(page), 'Locaties, kanalen en communicatie');
  await page.goBack();
  await page.waitForFunction(() => document.querySelector('#koers-heading')?.textContent.includes('Over uw organisatie'));
  assert.equal(await page.inputValue('#koers-f-org-name'), 'Zorggroep De Linde');
  assert.ok(await page.getByLabel('Thuiszorg / wijkverpleging').isChecked());

  // Check answers and a change link that returns to it.
  await page.click('#koers-overview');
  await page.click('#koers-task-review');
  assert.equal(await heading(page), 'Controleer uw antwoorden');
  // The answers follow from the documents module a moment after the heading.
  await page.waitForSelector('#koers-change-organisation-0');
  await audit(page, 'nl-review');
  await page.click('#koers-change-organisation-0');
  assert.equal(await heading(page), 'Over uw organisatie');
  assert.equal(await focusedId(page), 'koers-f-org-name', 'Change lands on the answer\'s field');
  await page.fill('#koers-f-org-name', 'Zorggroep De Linde [pilot]');
  assert.equal((await page.textContent('#koers-next')).trim(), 'Terug naar ‘Controleer uw antwoorden’');
  await page.click('#koers-next');
  assert.equal(await heading(page), 'Controleer uw antwoorden');
  await page.waitForSelector('#koers-change-organisation-0');
  assert.match(await page.textContent('main'), /Zorggroep De Linde \[pilot\]/);

  await page.click('#koers-next');
  assert.equal(await heading(page), 'Uw plan');
  await page.waitForSelector('#koers-doc-samenvatting');
  await audit(page, 'nl-plan');
  const md = await download(page, '#koers-download-md');
  assert.equal(md.name, 'koers-zorggroep-de-linde-pilot.md');
  assert.match(md.text, /^# Social media-plan voor Zorggroep De Linde \\\[pilot\\\]$/m);
  assert.match(md.text, /\*\*Sector:\*\* Thuiszorg \/ wijkverpleging/);

  // Privacy: no cookies, nothing in storage but the autosave key.
  assert.deepEqual(await context.cookies(), []);
  const keys = await page.evaluate(() => Object.keys(localStorage));
  assert.deepEqual(keys, ['koers.answers']);

  // Forget my answers, after confirming.
  await page.click('#koers-forget');
  await page.click('#koers-forget-cancel');
  assert.equal(await page.evaluate(() => localStorage.length), 1, 'cancel keeps the answers');
  await page.click('#koers-forget');
  await page.click('#koers-forget-yes');
  assert.equal(await page.evaluate(() => localStorage.length), 0);
  await page.reload();
  await page.waitForSelector('[data-koers-mounted] #koers-heading');
  await page.click('#koers-overview');
  await page.click('#koers-task-organisation');
  assert.equal(await page.inputValue('#koers-f-org-name'), '');

  assert.deepEqual(problems, []);
  await context.close();
});

test('skeleton walk in English on a phone, and the language switch keeps answers', async () => {
  const { context, page, problems } = await open(browser, server.url, { viewport: { width: 360, height: 740 } });
  await page.click('#koers-lang');
  // The English copy loads after the first screen; the switch waits for it.
  await page.locator('#koers-heading', { hasText: 'Your social media plan' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  await audit(page, 'en-tasks');
  await page.click('#koers-next');
  assert.equal(await heading(page), 'About your organisation');
  await page.fill('#koers-f-org-name', 'Riverside Care');
  await page.getByLabel('Hospital').check();
  await page.getByLabel('More than 250 staff').check();
  await audit(page, 'en-org');
  await page.click('#koers-lang');
  assert.equal(await heading(page), 'Over uw organisatie');
  assert.equal(await page.inputValue('#koers-f-org-name'), 'Riverside Care');
  await page.click('#koers-lang');
  await page.click('#koers-next');
  await page.waitForFunction(() => document.title.startsWith('Step 1 of 8: Locations, channels and communication'));
  await page.click('#koers-overview');
  await page.click('#koers-task-plan');
  const md = await download(page, '#koers-download-md');
  assert.match(md.text, /^# Social media plan for Riverside Care$/m);
  assert.match(md.text, /\*\*Sector:\*\* Hospital/);
  await page.waitForSelector('#koers-doc-samenvatting');
  await audit(page, 'en-plan');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a screen opened directly draws its judgement, which stays put while the visitor types: nothing below it jumps', async () => {
  const { readFileSync } = await import('node:fs');
  const path = await import('node:path');
  const { ROOT } = await import('./harness.mjs');
  const answers = readFileSync(path.join(ROOT, 'tests/golden/hospital.json'), 'utf8');
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  await context.addInitScript((a) => { if (!localStorage.getItem('koers.answers')) localStorage.setItem('koers.answers', a); }, answers);
  const page = await context.newPage();
  await page.goto(`${server.url}#budget`);
  await page.locator('[data-koers-mounted] #koers-heading', { hasText: 'Wat kost het?' }).waitFor();
  await page.locator('#koers-aside-budget').waitFor();
  // Every removal of the drawn box is counted while a rate is typed key by key.
  await page.evaluate(() => {
    window.__removed = 0;
    new MutationObserver((records) => {
      for (const r of records) for (const n of r.removedNodes) if (n.id === 'koers-aside-budget' || n.querySelector?.('#koers-aside-budget')) window.__removed += 1;
    }).observe(document.getElementById('koers'), { childList: true, subtree: true });
  });
  await page.click('#koers-f-rate-hub_team');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('75', { delay: 30 });
  await page.locator('#koers-aside-budget', { hasText: /€\s220\.800/ }).waitFor();
  assert.equal(await page.evaluate(() => window.__removed), 0, 'the box was taken away and put back while typing');
  await context.close();
});
