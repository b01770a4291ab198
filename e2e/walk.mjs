// One walk through the whole wizard in Dutch that does not care where the wizard lives. `scope`
// is a Playwright page (Koers owns the page), a locator on an embed's host element (CSS
// locators pierce open shadow roots) or a frame locator: every host gets the same journey and
// the same checks, so a control that works on the full page but not inside a shadow root
// shows up as a failed step rather than as a test nobody wrote.
//
// It follows the DOM contract of the redesigned wizard: KPIs and milestones have stable ids
// from 1, and the team screen chooses roles with checkboxes. Where that differs from an older
// build, the step fails with a message naming the contract, not with a bare timeout.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

export const ORG = 'Ziekenhuisgroep Rivierenland';
export const STAGES = ['traditional', 'experimental', 'operational', 'measurable', 'fully_engaged'];
/** The radio for one option of a group: the first option carries the group's own id. */
export const radio = (id, key, keys) => (keys.indexOf(key) === 0 ? `#${id}` : `#${id}-${key}`);

/** The plan document's sections, in the order the downloads have them. */
export const PLAN_SECTIONS = ['Samenvatting en reikwijdte', 'Volwassenheid: huidige en beoogde fase',
  'Doelen en indicatoren', 'Doelgroepen en kanalen', 'Organisatiemodel', 'Spelregels en webcare',
  'Team, uren en taken', 'Training', 'Begroting', 'Tijdlijn', 'Meetplan', "Risico's en aandachtspunten", 'Bronnen'];

/** A visitor with a mouse: Playwright's own actions. */
export const mouse = {
  click: (l) => l.click(),
  check: (l) => l.check(),
  fill: (l, value) => l.fill(value),
  select: (l, value) => l.selectOption(value),
  date: (l, value) => l.fill(value),
};

/**
 * A visitor on a phone: taps, and text typed key by key into the field the tap focused, so
 * the wizard sees the input events a soft keyboard sends. Needs a context with hasTouch.
 */
export function touch(page) {
  return {
    click: (l) => l.tap(),
    // A tap toggles, and the walk only ever turns options on.
    check: async (l) => {
      if (!(await l.isChecked())) await l.tap();
      assert.ok(await l.isChecked(), `a tap should have checked ${l}`);
    },
    fill: async (l, value) => {
      await l.tap();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(value);
    },
    // Headless Chromium draws no native picker to tap in.
    select: (l, value) => l.selectOption(value),
    // Typed digits go into a date input in the locale's order; the value is what matters here.
    date: (l, value) => l.fill(value),
  };
}

const exact = (text) => new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);

/** Waits for the step whose heading is `text`. */
export async function onStep(scope, text, timeout = 8000) {
  const h = scope.locator('[data-koers-mounted] #koers-heading');
  try {
    await h.filter({ hasText: exact(text) }).waitFor({ timeout });
  } catch {
    const now = await h.first().textContent({ timeout: 500 }).catch(() => null);
    throw new Error(`expected the step "${text}", but the heading reads ${now === null ? '(no heading)' : `"${now.trim()}"`}`);
  }
}

/**
 * Asserts that `selector` has the focus, seen from the element's own root: inside a shadow
 * root document.activeElement is only the host, and the shadow root's activeElement says
 * which element inside it has the focus.
 */
export async function assertFocus(scope, selector, when, timeout = 2000) {
  const el = scope.locator(selector);
  const deadline = Date.now() + timeout;
  for (;;) {
    const seen = await el.evaluate((e) => {
      const root = e.getRootNode();
      const name = (n) => (n ? (n.id ? `#${n.id}` : n.tagName.toLowerCase()) : 'nothing');
      return {
        ok: root.activeElement === e && (root === document || document.activeElement === root.host),
        inside: name(root.activeElement),
        outside: name(document.activeElement),
      };
    });
    if (seen.ok) return;
    if (Date.now() > deadline) {
      assert.fail(`${selector} should have the focus ${when}; it is on ${seen.inside} (document.activeElement: ${seen.outside})`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A control the redesigned wizard has and an older build may not: fail with what was expected. */
async function contract(scope, selector, promise, timeout = 4000) {
  try {
    await scope.locator(selector).first().waitFor({ timeout });
  } catch {
    assert.fail(`${selector} is missing: ${promise}`);
  }
  return scope.locator(selector);
}

/**
 * Walks a new plan for a hospital group from the task list to the plan screen and downloads
 * its Markdown. `onScreen(label)` runs once each screen is filled in, before moving on: the
 * caller's checks (CSP, axe, console). Every step change must move the focus to the heading.
 */
export async function walkDutch(scope, { page, act = mouse, onScreen = async () => {} }) {
  const $ = (selector) => scope.locator(selector);
  const next = async (heading) => {
    await act.click($('#koers-next'));
    if (heading) {
      await onStep(scope, heading);
      await assertFocus(scope, '#koers-heading', `after the step to "${heading}"`);
    }
  };
  const refused = async (pattern) => {
    await next();
    await $('#koers-error-summary').waitFor();
    assert.match(await $('#koers-error-summary').textContent(), pattern);
    await assertFocus(scope, '#koers-error-summary', 'after a refused Continue');
  };

  await onStep(scope, 'Uw social media-plan');
  await onScreen('00-tasks');
  await next('Over uw organisatie');
  await act.fill($('#koers-f-org-name'), ORG);
  await act.check(scope.getByLabel('Ziekenhuis'));
  await act.check(scope.getByLabel('Meer dan 250 medewerkers'));
  await onScreen('01-org');

  await next('Locaties, kanalen en communicatie');
  await act.fill($('#koers-f-locations'), '14');
  await act.fill($('#koers-f-brands'), '4');
  await act.select($('#koers-f-channel-facebook'), 'regular');
  await act.select($('#koers-f-channel-linkedin'), 'occasional');
  await act.check(scope.getByLabel('Ja, een communicatieafdeling'));
  await act.fill($('#koers-f-comms-hours'), 'veel');
  await refused(/uren per week/i);
  await act.fill($('#koers-f-comms-hours'), '24,5');
  await onScreen('02-channels');

  await next('Waar staat uw organisatie nu?');
  const profile = { strategy_goals: 'operational', organisation_roles: 'operational', policy_rules: 'operational',
    skills_training: 'operational', listening_webcare: 'operational', measurement: 'experimental', executive_support: 'measurable' };
  for (const [dim, stage] of Object.entries(profile)) await act.check($(radio(`koers-f-maturity-${dim}`, stage, STAGES)));
  await onScreen('03-maturity-grid');

  await next('Uw fase en uw doel');
  await act.check($('#koers-f-target-measurable'));
  await onScreen('04-maturity-result');

  await next('Wat moet social media opleveren?');
  await act.check($('#koers-f-goalbox-visibility'));
  await act.fill($('#koers-f-goal-visibility'), 'Beter vindbaar voor nieuwe patiënten in de regio');
  await act.check($('#koers-f-goalbox-recruitment'));
  await act.fill($('#koers-f-goal-recruitment'), 'Vacatures voor verpleegkundigen sneller vullen');
  await onScreen('05-goals');

  await next('Hoe meet u het?');
  await act.click($('#koers-add-kpi'));
  await act.fill(await contract(scope, '#koers-f-kpi-1-name', 'after Add KPI the first KPI\'s fields are #koers-f-kpi-1-* (stable ids from 1)'),
    'Sollicitaties via LinkedIn per maand');
  await act.check($(radio('koers-f-kpi-1-level', 'action', ['exposure', 'engagement', 'influence', 'action'])));
  // A new indicator measures the first goal without one; this one is about recruitment.
  await act.select($('#koers-f-kpi-1-goal'), 'recruitment');
  await act.fill($('#koers-f-kpi-1-baseline'), '4');
  await act.fill($('#koers-f-kpi-1-target'), '12');
  await act.fill($('#koers-f-kpi-1-unit'), 'sollicitaties');
  await act.fill($('#koers-f-kpi-1-source'), 'Sollicitatiesysteem');
  await act.select($('#koers-f-kpi-1-frequency'), 'monthly');
  await act.fill($('#koers-f-kpi-1-owner'), 'HR');
  await onScreen('06-kpis');

  await next('Voor wie en waar?');
  await act.check(scope.getByLabel('De hele organisatie'));
  await act.check($('#koers-f-audience-clients'));
  await act.check($('#koers-f-ac-clients-facebook'));
  await act.check($('#koers-f-audience-candidates'));
  await act.check($('#koers-f-ac-candidates-linkedin'));
  await onScreen('07-scope');

  await next('Vertrouwen en training');
  await act.check(scope.getByLabel('Gemiddeld: getrainde medewerkers mogen posten'));
  assert.match(await $('#koers-training-from-grid').textContent(), /Trainingen voor wie ermee werkt/);
  await onScreen('08-gov-inputs');

  await next('Welk organisatiemodel past?');
  // Another model than the recommended one needs a reason before Continue works.
  await act.check($('#koers-f-model-dandelion'));
  await refused(/.+/);
  await act.fill($('#koers-f-choice-reason'), 'Elk van de vier ziekenhuizen houdt een eigen redactie.');
  await onScreen('09-gov-model');

  await next('Spelregels');
  await act.check(scope.getByLabel('Getrainde medewerkers en ambassadeurs'));
  await act.check(scope.getByLabel('Alleen gevoelige berichten vooraf'));
  await act.check(scope.getByLabel('Dezelfde werkdag'));
  await act.fill($('#koers-f-escalation'), 'Bestuurssecretaris');
  await act.check($('#koers-f-consent-register'));
  await act.check($('#koers-f-crisis'));
  await onScreen('10-rules');

  await next('Wie doet wat?');
  // Roles get ids 1, 2, 3 in the order they are checked.
  await contract(scope, '#koers-f-roles-sponsor', 'the team screen chooses roles with checkboxes #koers-f-roles-<kind>');
  for (const kind of ['sponsor', 'hub_team', 'ambassador']) await act.check($(`#koers-f-roles-${kind}`));
  await act.fill(await contract(scope, '#koers-f-role-1-people', 'a checked role shows #koers-f-role-<id>-people'), 'Dr. M. Jansen, bestuurder');
  await act.fill($('#koers-f-role-1-hours'), '1');
  await act.fill($('#koers-f-role-2-headcount'), '4');
  await act.fill($('#koers-f-role-2-hours'), '16');
  await act.fill($('#koers-f-role-3-headcount'), '30');
  await act.fill($('#koers-f-role-3-hours'), '1,5');
  await onScreen('11-team');

  // The RACI screen is being redesigned; with roles chosen it asks nothing that blocks.
  await next('Taken verdelen (RACI)');
  await onScreen('12-raci');

  await next('Training en ambassadeurs');
  await act.check($('#koers-f-training-basics'));
  await act.check($('#koers-f-training-policy_privacy'));
  await act.fill($('#koers-f-ambassadors'), '30');
  await act.fill($('#koers-f-network'), '400');
  assert.match(await $('#koers-reach').textContent(), /12\.000/);
  await onScreen('13-training');

  await next('Wat kost het?');
  // The estimate follows the rates: the hub team's 4 × 16 hours a week, 46 weeks, at € 60.
  const budget = $('#koers-budget');
  // The table is the documents module's: on a loaded 2-core machine its first render on this
  // screen can take longer than a click's usual wait.
  await budget.getByText(/€\s176\.640/).first().waitFor({ timeout: 30000 });
  await act.fill($('#koers-f-rate-hub_team'), '50');
  await budget.getByText(/€\s147\.200/).first().waitFor({ timeout: 30000 });
  await onScreen('13b-budget');

  await next('Fasering en planning');
  await act.date($('#koers-f-start'), '2026-09-07');
  await act.fill($('#koers-f-phase-monitor-weeks'), '8');
  await act.click($('#koers-add-milestone'));
  await act.fill(await contract(scope, '#koers-f-milestone-1-title', 'after Add milestone the first milestone\'s fields are #koers-f-milestone-1-* (stable ids from 1)'),
    'Presentatie aan de raad van toezicht');
  await act.date($('#koers-f-milestone-1-date'), '2026-11-16');
  await onScreen('14-dates');

  await next('Uw tijdlijn');
  await onScreen('15-timeline');

  await next('Controleer uw antwoorden');
  // The answers may follow the heading by a frame or two.
  await scope.getByText(ORG, { exact: true }).first().waitFor();
  await onScreen('16-review');

  await next('Uw plan');
  const doc = $('#koers-plan-document');
  await doc.getByText('Organisatiemodel', { exact: true }).waitFor();
  const text = await doc.textContent();
  assert.ok(text.includes(ORG), `the plan document names ${ORG}`);
  const missing = PLAN_SECTIONS.filter((s) => !text.includes(s));
  assert.deepEqual(missing, [], 'every section of the plan is on screen');
  assert.match(text, /Hub-and-spoke/);
  await onScreen('17-plan');

  const [dl] = await Promise.all([page.waitForEvent('download'), act.click($('#koers-download-md'))]);
  assert.equal(dl.suggestedFilename(), 'koers-ziekenhuisgroep-rivierenland.md');
  const md = readFileSync(await dl.path(), 'utf8');
  assert.match(md, /^# Social media-plan voor Ziekenhuisgroep Rivierenland/m);
  assert.match(md, /\*\*Huidige fase:\*\* Operationaliseren \(3\/5\)/);
  // 4 + 8 + 6 weeks after 7 September 2026.
  assert.match(md, /\| Implementeren: pilot \| 11 januari 2027 \|/);
  assert.match(md, /\*\*Potentieel bereik:\*\* 12\.000/);
  assert.match(md, /Presentatie aan de raad van toezicht/);
  assert.match(md, /\| Sollicitaties via LinkedIn per maand \| Werving van personeel \| Actie \| 4 sollicitaties \| 12 sollicitaties \(hoger is beter\) \|/);
  assert.match(md, /\| Sollicitaties via LinkedIn per maand \| Sollicitatiesysteem \| Maandelijks \| HR \|/);
  assert.match(md, /Kernteam \(hub\): 64 uur per week .*€\s50 per uur \| €\s147\.200 \| €\s147\.200 \|/);
  assert.match(md, /## Bronnen/);
  assert.match(md, /Dr\. M\. Jansen, bestuurder/);
  return { markdown: md };
}

/**
 * Keyboard-only helpers that work wherever the wizard lives: the focused element is found
 * through shadow roots (inside one, document.activeElement is only the host) and frames are
 * handled by the caller passing the frame's page.
 */
async function focusedMatches(page, selector) {
  return page.evaluate((s) => {
    let a = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    return Boolean(a?.matches(s));
  }, selector);
}
export async function tabTo(page, selector, max = 400) {
  for (let i = 0; i < max; i++) {
    if (await focusedMatches(page, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${selector} with Tab`);
}
export async function typeKeys(page, selector, text) { await tabTo(page, selector); await page.keyboard.type(text); }
export async function pressKey(page, selector, key = 'Enter') { await tabTo(page, selector); await page.keyboard.press(key); }
/** Selects the n-th option (0-based) of a radio group from its first radio with the arrows. */
export async function pickRadio(page, firstId, n) {
  await tabTo(page, `#${firstId}`);
  if (n === 0) await page.keyboard.press('Space');
  for (let i = 0; i < n; i++) await page.keyboard.press('ArrowDown');
}

/**
 * A home-care team plans in English with the keyboard alone: Tab, Shift+Tab, arrows, Space and
 * Enter, nothing else. `page` sends the keys; `scope` finds the wizard (the page, or the
 * embed's host element). `shot(label)` runs on every screen. Returns at the plan screen.
 */
export async function walkEnglishKeyboard(page, scope, { shot = async () => {} } = {}) {
  const $ = (selector) => scope.locator(selector);
  const keyNext = async (heading, focus = '#koers-heading') => {
    await pressKey(page, '#koers-next');
    await onStep(scope, heading);
    await assertFocus(scope, focus, `after the step to "${heading}"`);
  };
  await pressKey(page, '#koers-lang');
  await onStep(scope, 'Your social media plan');
  await shot('00-tasks');
  await keyNext('About your organisation');
  await typeKeys(page, '#koers-f-org-name', 'Home Care Het Anker');
  await pickRadio(page, 'koers-f-sector', 2); // home care
  await pickRadio(page, 'koers-f-size', 0);
  await shot('01-org');
  await keyNext('Locations, channels and communication');
  await typeKeys(page, '#koers-f-locations', '1');
  await typeKeys(page, '#koers-f-brands', '1');
  await pickRadio(page, 'koers-f-comms-team', 0);
  await shot('02-channels');
  await keyNext('Where does your organisation stand now?');
  const dims = ['strategy_goals', 'organisation_roles', 'policy_rules', 'skills_training', 'listening_webcare', 'measurement', 'executive_support'];
  const grid = [0, 0, 0, 1, 0, 0, 1];
  for (const [i, dim] of dims.entries()) await pickRadio(page, `koers-f-maturity-${dim}`, grid[i]);
  await shot('03-maturity-grid');
  await keyNext('Your stage and your target');
  assert.match(await $('#koers-stage-result').textContent(), /1\. Traditional/);
  await shot('04-maturity-result');
  await keyNext('What should social media achieve?');
  await pressKey(page, '#koers-f-goalbox-informal_carers', 'Space');
  await typeKeys(page, '#koers-f-goal-informal_carers', 'Families know what to expect from district nursing');
  await shot('05-goals');
  await keyNext('How will you measure it?');
  await shot('06-kpis');
  await keyNext('For whom and where?');
  await pickRadio(page, 'koers-f-scope-level', 3); // a pilot team
  await pressKey(page, '#koers-f-audience-informal_carers', 'Space');
  await pressKey(page, '#koers-f-ac-informal_carers-facebook', 'Space');
  await shot('07-scope');
  await keyNext('Trust and training');
  await pickRadio(page, 'koers-f-trust', 1);
  await shot('08-gov-inputs');
  await keyNext('Which organisational model fits?');
  assert.equal(await $('#koers-recommended [data-model]').getAttribute('data-model'), 'centralised');
  await shot('09-gov-model');
  await keyNext('Rules');
  await pickRadio(page, 'koers-f-spokespeople', 0);
  await pickRadio(page, 'koers-f-approval', 0);
  await pickRadio(page, 'koers-f-response-time', 1);
  await typeKeys(page, '#koers-f-escalation', 'Team leader <on call>');
  // The law asks for written consent: asked as how consent is recorded, not as a yes/no.
  await pickRadio(page, 'koers-f-consent', 3); // a consent register
  await shot('10-rules');
  await keyNext('Who does what?');
  await pressKey(page, '#koers-f-roles-project_lead', 'Space');
  await typeKeys(page, '#koers-f-role-1-hours', '4');
  await shot('11-team');
  await keyNext('Sharing the tasks (RACI)');
  // The one role answers for and does publishing: a choice by arrows, a box by Space.
  await tabTo(page, '#koers-f-task-publish-a');
  await page.keyboard.press('ArrowDown');
  await pressKey(page, '#koers-f-task-publish-r-1', 'Space');
  assert.equal(await $('#koers-f-task-publish-a').inputValue(), '1');
  assert.ok(await $('#koers-f-task-publish-r-1').isChecked());
  await shot('12-raci');
  await keyNext('Training and ambassadors');
  await shot('13-training');
  await keyNext('What does it cost?');
  await $('#koers-budget').waitFor();
  await shot('13b-budget');
  await keyNext('Phasing and time planning');
  await typeKeys(page, '#koers-f-start', '02022026'); // the date input takes digits in the page's locale order
  const start = await $('#koers-f-start').inputValue();
  assert.ok(/^\d{4}-\d{2}-\d{2}$/.test(start), `date input holds ${start}`);
  await shot('14-dates');
  await keyNext('Your timeline');
  await shot('15-timeline');
  await keyNext('Check your answers');
  await $('#koers-change-organisation-0').waitFor();
  await shot('16-review');
  // A Change button works from the keyboard, and Next brings the visitor back here.
  await pressKey(page, '#koers-change-organisation-0');
  await onStep(scope, 'About your organisation');
  await assertFocus(scope, '#koers-f-org-name', 'after Change on its row');
  // Back on check-your-answers, on the row just changed.
  await keyNext('Check your answers', '#koers-change-organisation-0');
  await keyNext('Your plan');
  await $('#koers-doc-team').waitFor();
  await shot('17-plan');
  assert.match(await $('#koers-plan-document').textContent(), /Team leader <on call>/);
  assert.match(await $('#koers-plan-document').textContent(), /Centralised/);
}
