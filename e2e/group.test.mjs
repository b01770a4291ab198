// Scoring together in a workshop, without a server: three participants score on their phones
// and send back codes; the facilitator, keyboard only on the projector view, reads them in,
// sees the spread, settles a score; a foreign and a mistyped code are refused with reasons.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startPlaces, launch, recordProblems } from './harness.mjs';
import { tabTo, typeKeys, pressKey, onStep, assertFocus } from './walk.mjs';

let places; let browser;
before(async () => { places = await startPlaces(8844); browser = await launch(); });
after(async () => { await browser?.close(); places?.stop(); });
const PLACES = [[0, 'full page'], [1, 'script embed']];
const DIMENSIONS = ['strategy_goals', 'organisation_roles', 'policy_rules', 'skills_training',
  'listening_webcare', 'measurement', 'executive_support'];
const STAGES = ['traditional', 'experimental', 'operational', 'measurable', 'fully_engaged'];

/** A participant on a phone at the score-only link: scores, then reads the code. */
async function participant(url, scores) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('#koers-heading', { hasText: 'Scoor mee' }).waitFor();
  assert.equal(await page.locator('.koers-workshop').count(), 0, 'not presentation mode on a phone');
  // One task on the phone: no way off the page but the language switch.
  assert.equal(await page.locator('#koers-overview, #koers-workshop').count(), 0);
  assert.equal(await page.locator('#koers-lang').count(), 1);
  // Asked too early, the button says what is left and goes to the first one.
  await page.selectOption('#koers-own-strategy_goals', STAGES[scores[0] - 1]);
  await page.click('#koers-own-code-button');
  assert.match(await page.textContent('#koers-own-missing'), /^Kies eerst nog een beschrijving bij: Organisatie en rollen, .*Steun van bestuur en directie$/);
  await assertFocus(page, '#koers-own-organisation_roles', 'the first dimension left');
  for (const [i, d] of DIMENSIONS.entries()) await page.selectOption(`#koers-own-${d}`, STAGES[scores[i] - 1]);
  await page.click('#koers-own-code-button');
  const code = (await page.textContent('#koers-own-code')).trim();
  // A phone that reloads the page (locked, or the tab put to sleep) keeps the choices and the
  // code: nothing to do again, and no second code for the same person.
  await page.reload();
  await page.locator('[data-koers-mounted] #koers-heading', { hasText: 'Scoor mee' }).waitFor();
  assert.equal((await page.textContent('#koers-own-code')).trim(), code);
  for (const [i, d] of DIMENSIONS.entries()) {
    assert.equal(await page.inputValue(`#koers-own-${d}`), STAGES[scores[i] - 1], d);
  }
  // Copied for the chat: the clipboard holds the code, and the page says so.
  await page.click('#koers-own-copy');
  await page.locator('#koers-own-copied', { hasText: 'Gekopieerd' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), code);
  await context.close();
  return code;
}

for (const [which, label] of PLACES) test(`three participants score on their phones, the facilitator settles the scores with the keyboard alone (${label})`, async () => {
  const where = places.places[which];
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const problems = recordProblems(page, where.hosts);
  await page.goto(where.url);
  await page.locator('[data-koers-mounted] #koers-heading', { hasText: 'Uw social media-plan' }).waitFor();
  // The projector view: workshop mode, then the self-assessment, all from the keyboard.
  await pressKey(page, '#koers-workshop');
  await pressKey(page, '#koers-task-maturity');
  await onStep(page, 'Waar staat uw organisatie nu?');
  await pressKey(page, '#koers-group-open');
  const id = (await page.textContent('#koers-group-id')).trim();
  assert.match(id, /^[A-Z2-9]{4}$/);
  const link = (await page.textContent('#koers-group-link')).trim();
  assert.ok(link.endsWith(`#scoren-${id}`), link);
  await page.locator('#koers-group-qr svg[role="img"]').waitFor();
  await where.audit(page, 'group-open');

  // The participants open the link on the wizard's own page (an embed's host page would show
  // the host; the link points at where the wizard lives).
  const scoreUrl = `${places.places[0].url.split('#')[0]}#scoren-${id}`;
  const codes = [];
  // A link copied from a projector page opened with ?workshop carries it along: the phone
  // still gets an ordinary page.
  const fromWorkshopPage = scoreUrl.replace('#', '?workshop#');
  for (const [i, scores] of [[3, 2, 3, 3, 2, 2, 4], [3, 2, 3, 3, 4, 2, 4], [4, 2, 3, 3, 5, 2, 4]].entries()) {
    codes.push(await participant(i === 0 ? fromWorkshopPage : scoreUrl, scores));
  }
  const mistyped = codes[0].replace(/-(\d)/, (_, d) => `-${d === '5' ? '4' : '5'}`);
  await typeKeys(page, '#koers-group-codes', [...codes, 'ABCD-3333333-KKK-X', mistyped].join('\n'));
  await pressKey(page, '#koers-group-add');
  await page.locator('#koers-group-count', { hasText: ': 3' }).waitFor();
  // What was refused takes the focus, so the facilitator sees it, wherever the box ends.
  await assertFocus(page, '#koers-group-refused', 'after codes with refusals');
  const refused = await page.textContent('#koers-group-refused');
  assert.match(refused, /ABCD-3333333-KKK-X: (deze code hoort bij een andere workshop|er zit een typefout)/);
  assert.match(refused, new RegExp(`${mistyped}: er zit een typefout`));
  // Listening: 2, 4 and 5: the group disagrees; the lower median is 4.
  const listening = page.locator('#koers-group-listening_webcare');
  assert.match(await listening.textContent(), /2–5 \(bespreek het verschil\)/);
  // A vote by hand for stage 3, then the group settles: the median becomes 3, and is adopted.
  await pressKey(page, '#koers-group-listening_webcare td:nth-child(4) button:last-of-type');
  await pressKey(page, '#koers-group-adopt-listening_webcare');
  assert.equal(await page.locator('#koers-group-listening_webcare td:nth-child(7)').textContent(), '3');
  // Adopting shows: the plan's own score beside the median is now 3.
  await page.locator('#koers-group-plan-listening_webcare', { hasText: /^3$/ }).waitFor();
  assert.equal((await page.textContent('#koers-group-adopt-listening_webcare')).trim(), 'Overnemen (3)');
  // On a 1280 px projector the whole table shows: no column, Adopt included, scrolls away.
  const wrap = page.locator('#koers-group .koers-table-wrap');
  const [scroll, client] = await wrap.evaluate((w) => [w.scrollWidth, w.clientWidth]);
  assert.ok(scroll <= client, `the table is ${scroll} px in a ${client} px box`);
  await where.audit(page, 'group-votes');

  // A reload of the projector's page loses nothing: the same workshop, its votes, workshop
  // mode; a code still on its way is read (and one already read is not counted twice).
  const votes = await page.textContent('#koers-group-table tbody');
  await page.reload();
  await page.locator('[data-koers-mounted] #koers-group-id', { hasText: id }).waitFor();
  assert.equal(await page.textContent('#koers-group-table tbody'), votes);
  assert.equal(await page.locator('.koers-workshop').count(), 1);
  await page.locator('#koers-group-qr svg[role="img"]').waitFor();
  const late = await participant(scoreUrl, [2, 2, 2, 2, 2, 2, 2]);
  await typeKeys(page, '#koers-group-codes', `[10:42] Anne: ${late}\n${codes[0]}`);
  await pressKey(page, '#koers-group-add');
  await page.locator('#koers-group-count', { hasText: /: 4 \(dubbel binnengekomen/ }).waitFor();
  // Closing with votes in asks first; going back keeps them, and the focus with them.
  await pressKey(page, '#koers-group-close');
  await assertFocus(page, '#koers-group-closing', 'the close question');
  await pressKey(page, '#koers-group-close-no');
  await assertFocus(page, '#koers-group-codes', 'back to the session');
  await page.locator('#koers-group-count', { hasText: ': 4' }).waitFor();
  await pressKey(page, '#koers-group-close');
  await pressKey(page, '#koers-group-close-yes');
  await page.locator('#koers-group-open').waitFor();
  await page.reload();
  await page.locator('[data-koers-mounted] #koers-heading').waitFor();
  assert.equal(await page.locator('#koers-group-id').count(), 0, 'a closed session stays closed');
  assert.deepEqual(problems, []);
  await context.close();
});
