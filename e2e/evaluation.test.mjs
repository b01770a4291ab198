// The living plan: a plan made earlier is evaluated months later (new scores, measured values,
// how the actions went), the result is held against the plan, and the evaluation is kept.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { startPlaces, launch, recordProblems, download, ROOT } from './harness.mjs';

// The full page and the script embed on a cross-origin Trusted Types host (harness.mjs).
let places; let browser;
before(async () => {
  places = await startPlaces(8834);
  browser = await launch();
});
after(async () => { await browser?.close(); places?.stop(); });
const PLACES = [[0, 'full page'], [1, 'script embed']];
const FIXTURE = path.join(ROOT, 'tests/golden/hospital.json');
const onHeading = (page, text) => page.locator('[data-koers-mounted] #koers-heading', { hasText: text }).waitFor();

for (const [which, label] of PLACES) test(`a plan is evaluated months later: new scores and values held against the plan, and kept (${label})`, async () => {
  const where = places.places[which];
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const problems = recordProblems(page, where.hosts);
  await page.goto(where.url);
  await page.locator('[data-koers-mounted] #koers-heading', { hasText: 'Uw social media-plan' }).waitFor();
  await page.setInputFiles('#koers-resume-file', FIXTURE);
  await page.click('#koers-load-yes');
  await onHeading(page, 'Controleer uw antwoorden');
  await page.click('#koers-overview');
  await onHeading(page, 'Uw social media-plan');

  await page.click('#koers-evaluate');
  await onHeading(page, 'Evaluatiemoment');
  await where.audit(page, 'evaluation');
  // Entered after the meeting: the evaluation takes the meeting's date.
  await page.fill('#koers-f-eval-date', '2026-11-24');
  // The hospital measured more and listens better now; one action is done.
  await page.selectOption('#koers-f-eval-measurement', 'measurable');
  await page.selectOption('#koers-f-eval-strategy_goals', 'measurable');
  await page.selectOption('#koers-f-eval-listening_webcare', 'measurable');
  await page.fill('#koers-f-eval-kpi-1', '9');
  await page.fill('#koers-f-eval-incidents', 'Eén negatieve recensie, binnen een dag beantwoord.');
  const firstAction = page.locator('select[id^="koers-f-eval-action-"]').first();
  await firstAction.selectOption('done');

  // Held against the plan: the stage moved up, the indicator is 62% of the way.
  const stage = page.locator('#koers-eval-stage');
  await stage.getByText(/Operationaliseren → 4\. Resultaten zien/).waitFor();
  await page.locator('#koers-eval-kpis').getByText('62%').waitFor();
  assert.match(await page.textContent('#koers-eval-profile'), /Meten.*Experimenteren.*Resultaten zien/s);
  assert.equal(await page.locator('.koers-evaluation svg polygon').count() >= 2, true, 'then and now drawn');

  // The board's progress report: the stage's movement, the measured value and its progress,
  // the dimensions then and now, the incidents.
  const report = await download(page, '#koers-report-md');
  assert.equal(report.name, 'koers-voortgang-ziekenhuisgroep-rivierenland-2026-11-24.md');
  assert.match(report.text, /24 november 2026/);
  assert.match(report.text, /^# Voortgangsrapportage: Ziekenhuisgroep Rivierenland/m);
  assert.match(report.text, /\| Sollicitaties via LinkedIn per maand \| 4 sollicitaties \| 12 sollicitaties \| 9 sollicitaties \| 62%/);
  assert.match(report.text, /\| Meten \| 2\S* Experimenteren \| 4\S* Resultaten zien \| \S*2 \|/);
  assert.match(report.text, /Eén negatieve recensie, binnen een dag beantwoord\./);
  const word = await download(page, '#koers-report-docx');
  assert.match(word.name, /\.docx$/);

  await page.click('#koers-eval-close');
  await onHeading(page, 'Uw social media-plan');
  assert.match(await page.textContent('#koers-notice'), /evaluatie is afgerond/);
  assert.match(await page.textContent('#koers-evaluations-done'), /: 1$/);
  // Each finished moment keeps its own report, dated by its meeting.
  assert.match(await page.textContent('#koers-evaluation-history'), /24 november 2026: Voortgangsrapportage \(Word\)/);
  const earlier = await download(page, '#koers-report-0');
  assert.equal(earlier.name, 'koers-voortgang-ziekenhuisgroep-rivierenland-2026-11-24.docx');
  // And as the printable page, as before it was finished.
  const page2 = await download(page, '#koers-report-0-html');
  assert.match(page2.name, /^koers-voortgang-ziekenhuisgroep-rivierenland-2026-11-24\.html$/);
  assert.match(page2.text, /<h1>Voortgangsrapportage/);
  await page.locator('#koers-download-offer').waitFor();
  await where.audit(page, 'evaluation-history');

  // Kept: after a reload the evaluation is still there, and the next one starts from it.
  await page.reload();
  await page.locator('#koers-evaluations-done').waitFor();
  await page.click('#koers-evaluate');
  await onHeading(page, 'Evaluatiemoment');
  assert.equal(await page.inputValue('#koers-f-eval-measurement'), 'measurable');
  await page.locator('#koers-eval-stage').getByText(/gelijk gebleven/).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('a long choice that its select cuts off on a phone is written out under it; not on a desk', async () => {
  const answers = (await import('node:fs')).readFileSync(FIXTURE, 'utf8');
  for (const [viewport, shown] of [[{ width: 375, height: 812 }, true], [{ width: 1280, height: 800 }, false]]) {
    const context = await browser.newContext({ viewport });
    await context.addInitScript((a) => localStorage.setItem('koers.answers', a), answers);
    const page = await context.newPage();
    await page.goto(places.places[0].url);
    await onHeading(page, 'Uw social media-plan');
    await page.click('#koers-evaluate');
    await onHeading(page, 'Evaluatiemoment');
    const seen = await page.locator('.koers-select-whole').evaluateAll((ps) => ps.map((p) => {
      const select = p.previousElementSibling;
      return { visible: p.checkVisibility(), text: p.textContent, chosen: select.selectedOptions[0].textContent };
    }));
    assert.ok(seen.length > 0, 'the hospital has long stage descriptions chosen');
    for (const s of seen) {
      assert.equal(s.text, s.chosen);
      assert.equal(s.visible, shown, `${viewport.width} px: "${s.text}"`);
    }
    await context.close();
  }
});
