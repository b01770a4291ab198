// The complete journey: a realistic Dutch plan with the mouse on a desk, and an English plan
// with the keyboard alone on a phone. Every screen is audited with axe and photographed; the
// engine's results on screen (stage, recommended model, computed dates) are checked against
// the inputs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, open, audit, download } from './harness.mjs';
import { walkEnglishKeyboard, walkDutch } from './walk.mjs';

let server; let browser;
before(async () => { server = await startServer(8792); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

const STAGES = ['traditional', 'experimental', 'operational', 'measurable', 'fully_engaged'];
/** The radio for one option of a group: the first option carries the group's own id. */
const radio = (id, key, keys) => (keys.indexOf(key) === 0 ? `#${id}` : `#${id}-${key}`);

async function next(page, expectHeading) {
  await page.click('#koers-next');
  if (expectHeading) {
    await page.waitForFunction((h) => document.querySelector('#koers-heading')?.textContent === h, expectHeading);
  }
}

test('a hospital group plans in Dutch with the mouse (1280×800)', async () => {
  const { context, page, problems } = await open(browser, server.url);
  const shot = (name) => audit(page, `journey-nl-${name}`);
  await shot('00-tasks');
  await next(page, 'Over uw organisatie');
  await page.fill('#koers-f-org-name', 'Ziekenhuisgroep Rivierenland');
  await page.getByLabel('Ziekenhuis').check();
  await page.getByLabel('Meer dan 250 medewerkers').check();
  await shot('01-org');
  await next(page, 'Locaties, kanalen en communicatie');
  await page.fill('#koers-f-locations', '14');
  await page.fill('#koers-f-brands', '4');
  await page.selectOption('#koers-f-channel-facebook', 'regular');
  await page.selectOption('#koers-f-channel-linkedin', 'occasional');
  await page.getByLabel('Ja, een communicatieafdeling').check();
  await page.fill('#koers-f-comms-hours', 'veel');
  await next(page);
  await page.waitForSelector('#koers-error-summary');
  assert.match(await page.textContent('#koers-error-summary'), /uren per week/i);
  await page.fill('#koers-f-comms-hours', '24,5');
  await shot('02-channels');
  await next(page, 'Waar staat uw organisatie nu?');
  const profile = { strategy_goals: 'operational', organisation_roles: 'operational', policy_rules: 'operational',
    skills_training: 'operational', listening_webcare: 'operational', measurement: 'experimental', executive_support: 'measurable' };
  for (const [dim, stage] of Object.entries(profile)) await page.check(radio(`koers-f-maturity-${dim}`, stage, STAGES));
  await shot('03-maturity-grid');
  await next(page, 'Uw fase en uw doel');
  assert.match(await page.textContent('#koers-stage-result'), /3\. Operationaliseren/);
  assert.equal(await page.getAttribute('#koers-stage-result [data-stage]', 'data-stage'), 'operational');
  await page.check('#koers-f-target-measurable');
  await shot('04-maturity-result');
  await next(page, 'Wat moet social media opleveren?');
  await page.check('#koers-f-goalbox-visibility');
  await page.fill('#koers-f-goal-visibility', 'Beter vindbaar voor nieuwe patiënten in de regio');
  await page.check('#koers-f-goalbox-recruitment');
  await page.fill('#koers-f-goal-recruitment', 'Vacatures voor verpleegkundigen sneller vullen');
  await shot('05-goals');
  await next(page, 'Hoe meet u het?');
  await page.click('#koers-add-kpi');
  await page.fill('#koers-f-kpi-1-name', 'Sollicitaties via LinkedIn per maand');
  await page.check(radio('koers-f-kpi-1-level', 'action', ['exposure', 'engagement', 'influence', 'action']));
  await page.fill('#koers-f-kpi-1-baseline', '4');
  await page.fill('#koers-f-kpi-1-target', '12');
  await page.fill('#koers-f-kpi-1-owner', 'HR');
  await shot('06-kpis');
  await next(page, 'Voor wie en waar?');
  await page.getByLabel('De hele organisatie').check();
  await page.check('#koers-f-audience-clients');
  await page.check('#koers-f-ac-clients-facebook');
  await page.selectOption('#koers-f-ac-clients-facebook-rhythm', 'daily');
  await page.check('#koers-f-audience-candidates');
  await page.check('#koers-f-ac-candidates-linkedin');
  await shot('07-scope');
  await next(page, 'Vertrouwen en training');
  await page.getByLabel('Gemiddeld: getrainde medewerkers mogen posten').check();
  // Training is asked once, in the self-assessment; this screen shows it.
  assert.match(await page.textContent('#koers-training-from-grid'), /Trainingen voor wie ermee werkt/);
  await shot('08-gov-inputs');
  await next(page, 'Welk organisatiemodel past?');
  // Medical secrecy asks one tightly governed hub rather than several for the four brands.
  assert.equal(await page.getAttribute('#koers-recommended [data-model]', 'data-model'), 'hub_and_spoke');
  await shot('09-gov-model');
  // Choosing another model needs a reason before Continue works.
  await page.check('#koers-f-model-dandelion');
  await next(page);
  await page.waitForSelector('#koers-error-summary');
  await page.fill('#koers-f-choice-reason', 'Elk van de vier ziekenhuizen houdt een eigen redactie.');
  await next(page, 'Spelregels');
  await page.getByLabel('Getrainde medewerkers en ambassadeurs').check();
  await page.getByLabel('Alleen gevoelige berichten vooraf').check();
  await page.getByLabel('Dezelfde werkdag').check();
  await page.fill('#koers-f-escalation', 'Bestuurssecretaris');
  await page.check('#koers-f-consent-register');
  await page.check('#koers-f-crisis');
  await shot('10-rules');
  await next(page, 'Wie doet wat?');
  // Roles are chosen with checkboxes; each gets an id in the order it was chosen.
  for (const role of ['sponsor', 'hub_team', 'ambassador']) await page.check(`#koers-f-roles-${role}`);
  await page.fill('#koers-f-role-1-people', 'Dr. M. Jansen, bestuurder');
  await page.fill('#koers-f-role-1-hours', '1');
  await page.fill('#koers-f-role-2-headcount', '4');
  await page.fill('#koers-f-role-2-hours', '16');
  await page.fill('#koers-f-role-3-headcount', '30');
  await page.fill('#koers-f-role-3-hours', '1,5');
  assert.match(await page.textContent('main'), /Totaal uren per week: 110/);
  await shot('11-team');
  await next(page, 'Taken verdelen (RACI)');
  // Per task one accountable role (a choice) and who carries it out (checkboxes).
  for (const a of ['publish', 'respond', 'escalate', 'approve', 'report', 'train']) {
    await page.selectOption(`#koers-f-task-${a}-a`, '2');
    await page.check(`#koers-f-task-${a}-r-2`);
  }
  // The sponsor answers for escalation and reporting; the hub for the daily work.
  await page.selectOption('#koers-f-task-escalate-a', '1');
  await page.selectOption('#koers-f-task-report-a', '1');
  // A choice changed from the keyboard keeps its focus and its value when the screen redraws.
  await page.focus('#koers-f-task-train-a');
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => document.querySelector('#koers-f-task-train-a')?.value === '3');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'koers-f-task-train-a');
  await page.selectOption('#koers-f-task-train-a', '2');
  assert.ok(await page.isChecked('#koers-f-task-publish-r-2'));
  await shot('12-raci');
  await next(page, 'Training en ambassadeurs');
  await page.check('#koers-f-training-basics');
  await page.check('#koers-f-training-policy_privacy');
  await page.fill('#koers-f-ambassadors', '30');
  await page.fill('#koers-f-network', '400');
  assert.match(await page.textContent('#koers-reach'), /12\.000/);
  await shot('13-training');
  await next(page, 'Wat kost het?');
  await page.locator('#koers-budget').waitFor();
  await shot('13b-budget');
  await next(page, 'Fasering en planning');
  await page.fill('#koers-f-start', '2026-09-07');
  await page.fill('#koers-f-phase-monitor-weeks', '8');
  await page.click('#koers-add-milestone');
  await page.fill('#koers-f-milestone-1-title', 'Presentatie aan de raad van toezicht');
  await page.fill('#koers-f-milestone-1-date', '2026-11-16');
  await shot('14-dates');
  await next(page, 'Uw tijdlijn');
  // 4 + 8 + 6 weeks after 7 September 2026: the pilot goes live on 11 January 2027.
  assert.equal(await page.getAttribute('#koers-phase-dates tr[data-phase="pilot"] td[data-date]', 'data-date'), '2027-01-11');
  assert.match(await page.textContent('#koers-milestones'), /16 november 2026: Presentatie aan de raad van toezicht/);
  // First evaluation 12 weeks after go-live.
  assert.match(await page.textContent('#koers-milestones'), /5 april 2027: Evaluatiemoment 1/);
  await shot('15-timeline');
  await next(page, 'Controleer uw antwoorden');
  await page.waitForSelector('#koers-change-organisation-0');
  await shot('16-review');
  await next(page, 'Uw plan');
  // The plan screen shows the document the downloads are made from, every section of it.
  await page.locator('#koers-doc-model').waitFor();
  // Eleven sections, and "resolve first" above them when the answers do not hold together.
  const sections = await page.locator('#koers-plan-document section h2').allTextContents();
  assert.ok(sections.length >= 11 && sections.includes('Risico\'s en aandachtspunten'), sections.join(' | '));
  assert.match(await page.textContent('#koers-plan-document section:has(#koers-doc-model)'), /Gekozen model\s*Meerdere hubs \(paardenbloem\)Geadviseerd model\s*Hub-and-spoke/);
  await shot('17-plan');
  // The model comparison is built when its disclosure opens, with the recommendation marked.
  assert.equal(await page.locator('#koers-models-disclosure .koers-model').count(), 0);
  await page.click('#koers-models-disclosure summary');
  await page.locator('#koers-models-disclosure .koers-model').first().waitFor();
  assert.equal(await page.locator('#koers-models-disclosure .koers-model').count(), 5);
  assert.equal(await page.locator('#koers-models-disclosure .koers-model--recommended').count(), 1);
  await shot('17-plan-models-open');
  const md = await download(page, '#koers-download-md');
  assert.match(md.text, /\*\*Huidige fase:\*\* Operationaliseren \(3\/5\)/);
  assert.match(md.text, /\| Implementeren: pilot \| 11 januari 2027 \|/);
  assert.match(md.text, /\*\*Potentieel bereik:\*\* 12\.000/);
  for (const section of ['organisation', 'maturity', 'goals_scope', 'governance', 'staffing', 'phasing']) {
    await page.click('#koers-overview');
    assert.equal(await page.textContent(`li[data-section="${section}"] .koers-tag`), 'Klaar', section);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

// The walk the embeds take (e2e/embed-walk.test.mjs: script embed on a desk and a phone, and
// the iframe), here on the full page: one journey, three places.
test('the shared Dutch walk on the full page (1280×800)', async () => {
  const { context, page, problems } = await open(browser, server.url);
  await walkDutch(page, {
    page,
    onScreen: async (label) => { assert.deepEqual(problems, [], label); },
  });
  assert.deepEqual(problems, []);
  await context.close();
});

test('a home-care team plans in English with the keyboard alone (360×740)', async () => {
  const { context, page, problems } = await open(browser, server.url, { viewport: { width: 360, height: 740 } });
  // The same walk runs inside the script embed (e2e/embed-walk.test.mjs).
  await walkEnglishKeyboard(page, page, { shot: (name) => audit(page, `journey-en-${name}`) });
  // Browser back returns to check-your-answers (the full page owns the history).
  await page.goBack();
  await page.waitForFunction(() => document.querySelector('#koers-heading')?.textContent === 'Check your answers');
  assert.deepEqual(problems, []);
  await context.close();
});
