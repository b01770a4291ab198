// Koers embed: one <script type="module" src=".../koers-embed.js"> plus <div data-koers> on a
// host page. Each [data-koers] element gets a shadow root with the wizard inside, so host CSS
// and wizard CSS cannot touch each other. Assets load relative to this file, so they may live
// on another origin and under any sub-path. No inline script or style is needed (strict CSP).
const base = new URL('./', import.meta.url);

// The wizard's module and wasm. If they do not load or do not fit together (a deploy between
// the two fetches, a cache holding an old one, a network drop), each wizard's box says so in
// its language and offers a retry that fetches both fresh: never an empty box.
async function load(fresh) {
  const v = fresh ? `?v=${Date.now()}` : '';
  const m = await import(new URL(`koers-web.js${v}`, base).href);
  await m.default({ module_or_path: new URL(`koers-web_bg.wasm${v}`, base) });
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
let koers = await load(false).catch(() => null);
while (!koers) {
  koers = await new Promise((resolve) => failed(() => resolve(load(true).catch(() => null))));
}

const mounted = new Map();

function mount(host) {
  if (mounted.has(host)) return;
  // Two wizards with one id would overwrite each other's answers: the second gets a key of
  // its own, and the site owner a warning.
  const id = host.getAttribute('data-koers') || '';
  const same = [...mounted.keys()].filter((h) => (h.getAttribute('data-koers') || '') === id);
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
  shadow.replaceChildren(css, container);
  mounted.set(host, koers.mount(container, host));
}

function unmount(host) {
  const wizard = mounted.get(host);
  if (!wizard) return;
  wizard.unmount();
  mounted.delete(host);
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
