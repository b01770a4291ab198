// Koers embed: one <script type="module" src=".../koers-embed.js"> plus <div data-koers> on a
// host page. Each [data-koers] element gets a shadow root with the wizard inside, so host CSS
// and wizard CSS cannot touch each other. Assets load relative to this file, so they may live
// on another origin and under any sub-path. No inline script or style is needed (strict CSP).
const base = new URL('./', import.meta.url);

// What a wizard's box shows from the moment this script runs until the wasm app mounts and
// draws itself in its place (it is never hydrated): the app's own start screen for a new
// visitor, or, where the app will open on something else (saved answers, a share link,
// English, another first section, workshop mode, prefill), a neutral loading note, so that
// nothing jumps. Built with DOM calls only, never an HTML string, so hosts enforcing Trusted
// Types allow it. e2e/first-screen.test.mjs fails when this screen is no longer the app's.
function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.append(...children);
  return el;
}
const SECTIONS = [['organisation', 'Organisatie'], ['maturity', 'Waar staan we nu?'],
  ['goals_scope', 'Doelen en reikwijdte'], ['governance', 'Sturing'], ['staffing', 'Bemensing'],
  ['phasing', 'Fasering en planning']];
const EXAMPLES = [['elderly_care', 'Ouderenzorg'], ['disability_care', 'Gehandicaptenzorg'],
  ['hospital', 'Ziekenhuis'], ['mental_health', 'GGZ'], ['youth_care', 'Jeugdzorg'],
  ['gp_practice', 'Huisartsenpraktijk']];
const LOADING = { nl: 'Uw plan wordt geladen…', en: 'Your plan is loading…' };

// The host's attribute as the app reads it: a blank one counts as absent.
const attr = (host, name) => {
  const v = host.getAttribute(name);
  return v !== null && v.trim() !== '' ? v : null;
};
// As the app's theme checks (src/wizard/theme.rs), so that the app finds the same values.
function colour(text) {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(text.trim());
  if (!m) return null;
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  let rgb = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const channel = (c) => { const x = c / 255; return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4; };
  const contrast = ([r, g, b]) => 1.05 / (0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b) + 0.05);
  const darker = (c, p) => c.map((x) => Math.floor((x * (100 - p)) / 100));
  while (contrast(rgb) < 4.9) rgb = darker(rgb, 5);
  const css = (c) => `#${c.map((x) => x.toString(16).padStart(2, '0')).join('')}`;
  return [css(rgb), css(darker(rgb, 25))];
}
function radius(text) {
  const t = text.trim();
  const m = /^(\d*)(?:\.(\d*))?(rem|em|px)?$/.exec(t);
  if (!m || t.length > 8 || (!m[1] && !m[2]) || (t.includes('.') && !m[2])) return null;
  const whole = Number(m[1] || 0);
  return whole < 48 || (whole === 48 && /^0*$/.test(m[2] || '')) ? t : null;
}
function theme(host, box) {
  const c = host.getAttribute('data-theme-color');
  const checked = c === null ? null : colour(c);
  if (checked) {
    box.style.setProperty('--koers-primary', checked[0]);
    box.style.setProperty('--koers-primary-dark', checked[1]);
  }
  const font = host.getAttribute('data-theme-font');
  if (font !== null && font.length < 200 && /^[A-Za-z0-9À-ÖØ-öø-ÿ ,'"-]*$/.test(font)) box.style.setProperty('--koers-font', font);
  const r = host.getAttribute('data-theme-radius');
  if (r !== null && radius(r)) box.style.setProperty('--koers-radius', radius(r));
}

// The storage key the app will read (src/ui/browser.rs, storage_key).
const storageKey = (host) => {
  const id = [...(attr(host, 'data-koers-key') ?? host.getAttribute('data-koers') ?? '')]
    .filter((c) => /[A-Za-z0-9-]/.test(c)).slice(0, 40).join('');
  return id ? `koers.answers.${id}` : 'koers.answers';
};

/** The language of the loading note, or null where the app opens on the start screen. */
function notStart(host) {
  const lang = /^en/i.test((attr(host, 'data-lang') ?? '').trim()) ? 'en' : 'nl';
  const autosave = attr(host, 'data-autosave');
  if (autosave === null || !['off', 'false', 'no'].includes(autosave)) {
    // Answers already kept load whatever the mode; storage refused makes the app say so.
    let saved = null;
    try {
      saved = localStorage.getItem(storageKey(host)) ?? sessionStorage.getItem(storageKey(host));
    } catch {
      return lang;
    }
    if (saved !== null) {
      // The saved language wins over the host's, as in the app.
      try { return /^(nl|en)/i.exec(JSON.parse(saved).lang)?.[1].toLowerCase() ?? lang; } catch { return lang; }
    }
  }
  const start = attr(host, 'data-start');
  const workshop = host.hasAttribute('data-workshop') && host.getAttribute('data-workshop') !== 'false';
  const prefill = ['data-org-name', 'data-sector', 'data-size'].some((a) => attr(host, a) !== null);
  if (lang === 'en' || (start && SECTIONS.some(([k]) => k === start)) || workshop || prefill
    || location.hash.startsWith('#deel=')) return lang;
  return null;
}

function firstScreen(host) {
  const loading = notStart(host);
  if (loading) return h('p', { class: 'koers-loading', role: 'status', lang: loading }, LOADING[loading]);
  const link = (id, text) => h('button', { type: 'button', id, class: 'koers-link' }, text);
  const autosave = attr(host, 'data-autosave');
  const off = autosave !== null && ['off', 'false', 'no'].includes(autosave);
  const status = off ? 'Automatisch opslaan staat uit op deze pagina. Download het antwoordenbestand om verder te gaan.'
    : host.getAttribute('data-autosave') === null || autosave === 'ask' ? 'Nog niet bewaard: kies bovenaan of u uw antwoorden wilt bewaren' : '';
  const ctaText = attr(host, 'data-cta-text');
  const ctaHref = (attr(host, 'data-cta-href') ?? '').trim();
  const cta = ctaText && /^(https?:\/\/|mailto:|tel:)/i.test(ctaHref) && !/[\0-\x1f\x7f-\x9f]/.test(ctaHref)
    ? [h('p', { class: 'koers-cta' }, h('a', { class: 'koers-button', href: ctaHref, id: 'koers-cta', target: '_top' }, ctaText))] : [];
  return h('div', { lang: 'nl', class: 'koers-app' },
    h('header', { class: 'koers-header' },
      h('a', { href: '#koers-main', class: 'koers-skip' }, 'Naar de inhoud'),
      h('div', { class: 'koers-header-inner' },
        h('p', { class: 'koers-brand' }, h('span', { class: 'koers-brand-name' }, 'Koers'),
          h('span', { class: 'koers-brand-tagline' }, 'Uw plan voor social media in de zorg, stap voor stap')),
        h('nav', { 'aria-label': 'Overzicht', class: 'koers-header-nav' },
          link('koers-overview', 'Overzicht'),
          h('button', { type: 'button', id: 'koers-workshop', 'aria-pressed': 'false', class: 'koers-link' }, 'Presentatiemodus'),
          h('button', { type: 'button', id: 'koers-lang', lang: 'en', 'aria-label': 'Switch to English', class: 'koers-link' }, 'English')))),
    h('main', { id: 'koers-main', class: 'koers-main' },
      h('h1', { id: 'koers-heading', tabindex: '-1', class: 'koers-h1' }, 'Uw social media-plan'),
      h('p', { class: 'koers-lead' }, 'Werk de onderdelen door in de volgorde die u wilt. Uw antwoorden worden in deze browser bewaard; er gaat niets naar een server.'),
      h('p', {}, 'Reken op 15 tot 20 minuten. U kunt altijd stoppen en later verdergaan.'),
      h('ol', { class: 'koers-task-list' },
        ...SECTIONS.map(([key, name], i) => h('li', { 'data-section': key, class: 'koers-task' },
          h('span', { class: 'koers-task-name' }, `${i + 1}. `, link(`koers-task-${key}`, name)),
          h('span', { class: 'koers-tag koers-tag--grey' }, 'Nog niet begonnen'))),
        h('li', { class: 'koers-task' }, h('span', { class: 'koers-task-name' }, '7. ', link('koers-task-review', 'Antwoorden controleren'))),
        h('li', { class: 'koers-task' }, h('span', { class: 'koers-task-name' }, '8. ', link('koers-task-plan', 'Naar uw plan')))),
      h('section', { 'aria-labelledby': 'koers-resume-title', class: 'koers-resume' },
        h('h2', { id: 'koers-resume-title', class: 'koers-h2' }, 'Verder met een opgeslagen plan'),
        h('p', { class: 'koers-hint' }, 'Heeft u eerder een antwoordenbestand (.json) van Koers gedownload? Open het hier om verder te gaan waar u was. Koers vraagt eerst of het uw huidige antwoorden mag vervangen.'),
        h('div', { class: 'koers-field' },
          h('label', { for: 'koers-resume-file', class: 'koers-label' }, 'Antwoordenbestand laden'),
          h('input', { type: 'file', id: 'koers-resume-file', accept: '.json,application/json', class: 'koers-file' })),
        // A picture until the app mounts: its submit must not reload the host's page.
        h('form', { class: 'koers-field koers-example' },
          h('label', { for: 'koers-example-sector', class: 'koers-label' }, 'Of begin met een voorbeeld'),
          h('p', { id: 'koers-example-hint', class: 'koers-hint' }, 'Voorbeeldantwoorden van een verzonnen organisatie in uw sector. U ziet eerst wat erin staat; daarna past u alles aan.'),
          h('select', { id: 'koers-example-sector', 'aria-describedby': 'koers-example-hint', class: 'koers-select' },
            ...EXAMPLES.map(([key, name], i) => h('option', i === 0 ? { value: key, selected: 'selected' } : { value: key }, name))),
          h('button', { type: 'submit', id: 'koers-example-open', class: 'koers-button koers-button--secondary' }, 'Voorbeeld openen'))),
      h('div', { class: 'koers-nav' }, h('button', { type: 'button', id: 'koers-next', class: 'koers-button' }, 'Beginnen'))),
    h('footer', { class: 'koers-footer' },
      h('p', { id: 'koers-save-status', 'aria-live': 'polite', class: 'koers-save-status' }, status),
      link('koers-forget', 'Mijn antwoorden wissen'),
      ...cta,
      h('p', { class: 'koers-privacy' }, 'Privacy: Koers bewaart uw antwoorden alleen in de opslag van deze browser (localStorage), onder één sleutel. Er worden geen cookies gebruikt en niets wordt verstuurd. Op een gedeelde computer kunt u uw antwoorden onderaan wissen.'),
      h('p', { class: 'koers-privacy' }, h('a', { id: 'koers-accessibility', target: '_blank', rel: 'noopener',
        href: new URL('toegankelijkheid.html', base).href, class: 'koers-statement-link' }, 'Toegankelijkheidsverklaring (opent in een nieuw tabblad)'))));
}

// The wizard's module and wasm. If they do not load or do not fit together (a deploy between
// the two fetches, a cache holding an old one, a network drop), each wizard's box says so in
// its language and offers a retry that fetches both fresh: never an empty box.
async function load(fresh) {
  const v = fresh ? `?v=${Date.now()}` : '';
  // The wasm is asked for at once, beside the module, rather than by the module once it has
  // arrived: one round trip less before the app can start. (Marked as handled here: a failed
  // fetch is reported where init awaits it.)
  const wasm = fetch(new URL(`koers-web_bg.wasm${v}`, base));
  wasm.catch(() => {});
  const m = await import(new URL(`koers-web.js${v}`, base).href);
  await m.default({ module_or_path: wasm });
  return m;
}
const FAILED = {
  nl: ['Koers kon niet worden geladen. Uw opgeslagen antwoorden zijn veilig.', 'Opnieuw proberen'],
  en: ['Koers could not be loaded. Your saved answers are safe.', 'Try again'],
};
function failed(retry) {
  for (const host of document.querySelectorAll('[data-koers]')) {
    const [text, again] = FAILED[host.getAttribute('data-lang') === 'en' ? 'en' : 'nl'];
    const shadow = host.shadowRoot || host.attachShadow({ mode: 'open' });
    const p = document.createElement('p');
    p.setAttribute('role', 'alert');
    p.className = 'koers-load-failed';
    p.textContent = `${text} `;
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = again;
    button.addEventListener('click', retry);
    p.append(button);
    shadow.replaceChildren(p);
  }
}
// The boxes: each wizard's container in its shadow root, from the moment it shows its first
// screen until it is unmounted.
const boxes = new Map();

function prepare(host) {
  // Two wizards with one id would overwrite each other's answers: the second gets a key of
  // its own, and the site owner a warning.
  const id = host.getAttribute('data-koers') || '';
  const same = [...boxes.keys()].filter((h) => h !== host && (h.getAttribute('data-koers') || '') === id);
  if (same.length && !host.hasAttribute('data-koers-key')) {
    host.setAttribute('data-koers-key', `${id || 'koers'}-${same.length + 1}`);
    console.warn(`Koers: ${same.length + 1} wizards on this page have data-koers="${id}". Each needs its own id, or their answers mix; this one keeps its answers under its own key for now.`);
  }
  const shadow = host.shadowRoot || host.attachShadow({ mode: 'open' });
  const css = document.createElement('link');
  css.rel = 'stylesheet';
  css.href = new URL('koers.css', base).href;
  const container = document.createElement('div');
  container.className = 'koers-root';
  // A stylesheet in a shadow root does not hold up the paint: the box waits for it, rather
  // than show the screen unstyled for a moment.
  container.hidden = true;
  const show = () => { container.hidden = false; };
  css.addEventListener('load', show);
  css.addEventListener('error', show);
  theme(host, container);
  container.append(firstScreen(host));
  container.addEventListener('submit', (e) => { if (!container.hasAttribute('data-koers-mounted')) e.preventDefault(); });
  shadow.replaceChildren(css, container);
  boxes.set(host, container);
  return container;
}
const loading = load(false).catch(() => null);
document.querySelectorAll('[data-koers]').forEach(prepare);

let koers = await loading;
while (!koers) {
  koers = await new Promise((resolve) => failed(() => resolve(load(true).catch(() => null))));
}

const mounted = new Map();

function mount(host) {
  if (mounted.has(host)) return;
  let container = boxes.get(host);
  // A box the failure message replaced, or one never drawn (a host added later), is drawn anew.
  if (!container || container.parentNode !== host.shadowRoot) container = prepare(host);
  // The app applies the theme itself, from the same attributes.
  container.removeAttribute('style');
  mounted.set(host, koers.mount(container, host));
}

function unmount(host) {
  const wizard = mounted.get(host);
  if (!wizard) return;
  wizard.unmount();
  mounted.delete(host);
  boxes.delete(host);
  host.shadowRoot?.replaceChildren();
}

const within = (node, fn) => {
  if (node.nodeType !== 1) return;
  if (node.matches('[data-koers]')) fn(node);
  node.querySelectorAll('[data-koers]').forEach(fn);
};

document.querySelectorAll('[data-koers]').forEach(mount);
// Single-page hosts add and remove the element later: follow them.
new MutationObserver((records) => {
  for (const r of records) {
    r.removedNodes.forEach((n) => within(n, (h) => { if (!h.isConnected) unmount(h); }));
    r.addedNodes.forEach((n) => within(n, mount));
  }
}).observe(document.documentElement, { childList: true, subtree: true });

window.Koers = { mount, unmount };
