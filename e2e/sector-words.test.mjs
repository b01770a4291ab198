// A hospital's wizard speaks of patients, on its question screens and on what the documents
// module draws for them, as its plan does; the client council (cliëntenraad) keeps the name
// the law gives it. An elderly care organisation's same screens speak of clients.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { startServer, launch, ROOT } from './harness.mjs';

let server; let browser;
before(async () => { server = await startServer(8871); browser = await launch(); });
after(async () => { await browser?.close(); server?.stop(); });

const ANSWERS = JSON.parse(readFileSync(path.join(ROOT, 'tests/golden/hospital.json'), 'utf8'));
// The audiences, the consent rules, the maturity grid's descriptions and check-your-answers.
const SCREENS = ['reikwijdte', 'spelregels', 'volwassenheid', 'controleren'];

/** The words a visitor meets on the screen: its text and its accessible names. */
async function words(page) {
  return page.evaluate(() => {
    const root = document.getElementById('koers');
    const names = [...root.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label'));
    return `${root.innerText}\n${names.join('\n')}`;
  });
}

for (const [sector, patients] of [['hospital', true], ['elderly_care', false]]) {
  test(`the screens of ${sector} speak of ${patients ? 'patients' : 'clients'}`, async () => {
    const answers = structuredClone(ANSWERS);
    answers.plan.organisation.sector = sector;
    const context = await browser.newContext();
    await context.addInitScript((a) => localStorage.setItem('koers.answers', a), JSON.stringify(answers));
    const page = await context.newPage();
    let all = '';
    for (const place of SCREENS) {
      await page.goto(`${server.url}#${place}`);
      await page.waitForSelector('[data-koers-mounted] #koers-heading');
      if (place === 'controleren') await page.waitForSelector('#koers-change-organisation-0');
      const seen = await words(page);
      const client = seen.match(/[^\n]*\bcliënt(?!enraad)[^\n]*/i);
      if (patients) assert.equal(client, null, `#${place} still says cliënt: ${client?.[0]}`);
      all += seen;
    }
    if (patients) {
      assert.match(all, /patiënt/i);
    } else {
      assert.match(all, /Welke cliënten/);
      assert.match(all, /Cliënten en patiënten/);
    }
    await context.close();
  });
}
