// "Wijzigen" on check-your-answers lands on the answer's own field and shows it: at the top of
// a phone's screen with its question above it, also when the field is a tall group of
// checkboxes, and also when the documents module draws its advice above the field a moment
// after the focus moved (the model and the target stage).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { startServer, launch, ROOT } from './harness.mjs';

let server; let browser;
before(async () => { server = await startServer(8873); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

const ANSWERS = readFileSync(path.join(ROOT, 'tests/golden/hospital.json'), 'utf8');

for (const [row, field] of [
  ['team roles', 'koers-f-roles'],
  ['model model', 'koers-f-model'],
  ['fase target', 'koers-f-target'],
  ['reikwijdte audience', 'koers-f-audience'],
  // Rows of a rich view: a task of the RACI grid, an audience's channels.
  ['raci task-report-a', 'koers-f-task-report-a'],
  ['reikwijdte ac-candidates-facebook', 'koers-f-ac-candidates-facebook'],
]) {
  test(`Change on "${row}" shows its field at the top of a phone's screen`, async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
    await context.addInitScript((a) => localStorage.setItem('koers.answers', a), ANSWERS);
    const page = await context.newPage();
    await page.goto(`${server.url}#controleren`);
    await page.waitForSelector('[data-koers-mounted] #koers-heading');
    const button = page.locator(`#koers-review button[value="${row}"]`);
    await button.click();
    await page.waitForFunction((id) => document.activeElement?.id === id, field);
    // Whatever the documents module draws above it has come by now.
    await page.waitForTimeout(1200);
    const box = await page.evaluate((id) => {
      const r = document.getElementById(id).getBoundingClientRect();
      return { top: r.top, focused: document.activeElement?.id };
    }, field);
    assert.equal(box.focused, field);
    assert.ok(box.top >= 0 && box.top < 812 / 2, `${field} at ${Math.round(box.top)} px`);
    await context.close();
  });
}

test('back from a change, the row just changed has the focus again, in view', async () => {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
  await context.addInitScript((a) => localStorage.setItem('koers.answers', a), ANSWERS);
  const page = await context.newPage();
  await page.goto(`${server.url}#controleren`);
  await page.waitForSelector('[data-koers-mounted] #koers-heading');
  await page.locator('#koers-review button[value="spelregels approval"]').click();
  await page.waitForFunction(() => document.activeElement?.id === 'koers-f-approval');
  await page.click('#koers-next');
  await page.locator('#koers-heading', { hasText: 'Controleer uw antwoorden' }).waitFor();
  await page.waitForFunction(() => document.activeElement?.getAttribute('value') === 'spelregels approval');
  // It stays there once the documents module's new drawing is in.
  await page.waitForTimeout(1000);
  const seen = await page.evaluate(() => {
    const b = document.activeElement;
    return { value: b.getAttribute('value'), top: b.getBoundingClientRect().top };
  });
  assert.equal(seen.value, 'spelregels approval');
  assert.ok(seen.top >= 0 && seen.top < 812, `the button at ${Math.round(seen.top)} px`);
  await context.close();
});
