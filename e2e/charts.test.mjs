// The two charts (the timeline's Gantt chart and the maturity radar) on a phone and on a desk,
// on the full page and inside the script embed's shadow root: the chart a visitor sees has
// text they can read (at least 11 px on a 375 px phone), exactly one drawing of each chart
// shows, the wide one on a desk, and the page does not scroll sideways. The charts are drawn
// in two layouts and the chart's box chooses (styles/koers.css, `.koers-charts`).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { startPlaces, launch, recordProblems, ROOT } from './harness.mjs';

let places; let browser;
before(async () => {
  places = await startPlaces(8844);
  browser = await launch();
});
after(async () => { await browser?.close(); places?.stop(); });

const ANSWERS = readFileSync(path.join(ROOT, 'tests/golden/hospital.json'), 'utf8');
const PHONE = { width: 375, height: 812 };
const DESK = { width: 1280, height: 800 };
const MIN_PX = 11;

// The three screens with a chart: where the full page goes by its address, and the embed (which
// leaves the host's address alone) by the task list and Continue.
const SCREENS = [
  { hash: '#fase', heading: 'Uw fase en uw doel', task: '#koers-task-maturity', next: true, charts: ['koers-radar'] },
  { hash: '#tijdlijn', heading: 'Uw tijdlijn', task: '#koers-task-phasing', next: true, charts: ['koers-gantt'] },
  { hash: '#plan', heading: 'Uw plan', task: '#koers-task-plan', next: false, charts: ['koers-gantt', 'koers-radar'] },
];

/**
 * Each drawing of `chart` in `scope`: whether it shows, whether it is the narrow one, and the
 * smallest of its texts as rendered (the font size times the scale the viewBox is drawn at),
 * also measured as the height of that text's box on the screen.
 */
async function drawings(scope, chart) {
  return scope.locator(`svg.${chart}`).evaluateAll((svgs) => svgs.map((svg) => {
    const shown = svg.checkVisibility() && svg.getBoundingClientRect().width > 0;
    const texts = [...svg.querySelectorAll('text')].map((t) => {
      const ctm = t.getScreenCTM();
      const size = parseFloat(getComputedStyle(t).fontSize) * (ctm ? Math.hypot(ctm.a, ctm.b) : 0);
      return { size, box: t.getBoundingClientRect().height, text: t.textContent };
    });
    const smallest = texts.reduce((a, b) => (b.size < a.size ? b : a), { size: Infinity, box: 0, text: '' });
    return { shown, narrow: svg.classList.contains('koers-chart-narrow'), width: svg.getBoundingClientRect().width, smallest };
  }));
}

for (const [which, label] of [[0, 'full page'], [1, 'script embed']]) {
  for (const viewport of [PHONE, DESK]) {
    const size = `${viewport.width}x${viewport.height}`;
    test(`the charts' text is readable and one drawing of each shows (${label}, ${size})`, async () => {
      const where = places.places[which];
      const context = await browser.newContext({ viewport });
      context.setDefaultTimeout(10000);
      await context.addInitScript(([k, a]) => { if (!localStorage.getItem(k)) localStorage.setItem(k, a); }, [where.key, ANSWERS]);
      const page = await context.newPage();
      const problems = recordProblems(page, where.hosts);
      const scope = which === 0 ? page : page.locator('[data-koers]');
      const onHeading = (text) => scope.locator('[data-koers-mounted] #koers-heading', { hasText: text }).waitFor();
      const measured = [];
      for (const screen of SCREENS) {
        if (which === 0) {
          await page.goto(where.url + screen.hash);
        } else {
          if (!page.url().startsWith(where.url)) await page.goto(where.url);
          await scope.locator('[data-koers-mounted] #koers-heading').waitFor();
          // Back to the task list, from wherever the last screen was.
          if (await scope.locator(screen.task).count() === 0) await scope.locator('#koers-overview').click();
          await scope.locator(screen.task).click();
          if (screen.next) await scope.locator('#koers-next').click();
        }
        await onHeading(screen.heading);
        for (const chart of screen.charts) {
          // The documents module draws the chart a moment after the screen.
          await scope.locator(`svg.${chart}`).first().waitFor({ state: 'attached' });
          const all = await drawings(scope, chart);
          const shown = all.filter((d) => d.shown);
          const where_ = `${chart} on ${screen.heading} (${label}, ${size})`;
          assert.equal(shown.length, 1, `exactly one drawing of ${where_} shows: ${JSON.stringify(all)}`);
          const [d] = shown;
          measured.push(`${chart} ${screen.hash}: ${d.smallest.size.toFixed(1)} px (box ${d.smallest.box.toFixed(1)} px, "${d.smallest.text}")`);
          if (viewport === PHONE) {
            assert.ok(d.smallest.size >= MIN_PX, `the smallest text of ${where_} is ${d.smallest.size.toFixed(1)} px ("${d.smallest.text}")`);
          } else {
            assert.equal(d.narrow, false, `a desk shows the wide drawing of ${where_}`);
          }
        }
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.equal(overflow, 0, `${screen.heading} scrolls sideways by ${overflow}px (${label}, ${size})`);
        if (screen.hash === '#plan') {
          // The risk table: a card per row on a phone, a table on a desk; never wider than its box.
          const risks = scope.locator('#koers-doc-risicos + .koers-table-wrap');
          const seen = await risks.evaluate((wrap) => ({
            row: getComputedStyle(wrap.querySelector('tbody tr')).display,
            wider: wrap.scrollWidth - wrap.clientWidth,
            label: getComputedStyle(wrap.querySelector('td'), '::before').content,
          }));
          assert.equal(seen.row, viewport === PHONE ? 'block' : 'table-row', `${label}, ${size}`);
          if (viewport === PHONE) {
            assert.equal(seen.wider, 0, `the risk table scrolls sideways by ${seen.wider}px (${label})`);
            assert.match(seen.label, /^"Kans: "$/, 'each cell says its column');
          }
        }
        await where.audit(page, `charts-${which === 0 ? 'page' : 'embed'}${screen.hash.slice(1)}`);
      }
      console.log(`${label} ${size}:\n  ${measured.join('\n  ')}`);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
}

test('the downloaded plan document reads on a phone: no sideways page, the narrow charts; paper gets the wide ones', async () => {
  const [full] = places.places;
  const context = await browser.newContext({ viewport: PHONE, acceptDownloads: true });
  await context.addInitScript((a) => localStorage.setItem('koers.answers', a), ANSWERS);
  const page = await context.newPage();
  await page.goto(`${full.url}#plan`);
  await page.locator('#koers-doc-samenvatting').waitFor();
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#koers-download-html')]);
  const html = readFileSync(await dl.path(), 'utf8');
  const doc = await context.newPage();
  await doc.setContent(html);
  assert.ok(await doc.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'the page itself does not scroll sideways');
  // Tables of three columns or more are a card per row, none wider than its box.
  const tables = await doc.locator('table.cards').evaluateAll((ts) => ts.map((t) => [getComputedStyle(t.querySelector('tbody tr')).display, t.parentElement.scrollWidth - t.parentElement.clientWidth]));
  assert.ok(tables.length >= 5, `${tables.length} card tables`);
  assert.deepEqual(tables.filter(([d, w]) => d !== 'block' || w > 0), [], 'every card table fits');
  for (const chart of ['koers-gantt', 'koers-radar']) {
    const shown = await doc.locator(`svg.${chart}`).evaluateAll((svgs) => svgs.filter((s) => s.checkVisibility()).map((s) => s.classList.contains('koers-chart-narrow')));
    assert.deepEqual(shown, [true], `${chart}: the narrow drawing only, on a phone`);
  }
  await doc.emulateMedia({ media: 'print' });
  for (const chart of ['koers-gantt', 'koers-radar']) {
    const shown = await doc.locator(`svg.${chart}`).evaluateAll((svgs) => svgs.filter((s) => s.checkVisibility()).map((s) => s.classList.contains('koers-chart-narrow')));
    assert.deepEqual(shown, [false], `${chart}: the wide drawing only, on paper`);
  }
  await context.close();
});
