// Runs inside the iframe page: starts the wizard, tells the host page its height, and passes
// on the wizard's koers:* events. Nothing is posted until the host snippet has said hello: its
// origin is then the only one messages go to (never "*"). The events carry no answers.
import init from './koers-web.js';

const EVENTS = ['koers:ready', 'koers:step', 'koers:review', 'koers:complete', 'koers:download', 'koers:error'];
let host = null;
const waiting = [];
const post = (message) => {
  if (host) parent.postMessage(message, host);
  else waiting.push(message);
};
addEventListener('message', (event) => {
  if (event.source !== parent || host || !event.data || event.data.type !== 'koers:hello') return;
  host = event.origin;
  waiting.splice(0).forEach(post);
});

let last = 0;
const report = () => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height !== last) {
    last = height;
    // Only the latest height matters: drop any that waits for the hello.
    const stale = waiting.findIndex((m) => m.type === 'koers:height');
    if (stale >= 0) waiting.splice(stale, 1);
    post({ type: 'koers:height', height });
  }
};
for (const type of EVENTS) {
  document.addEventListener(type, (e) => post({ type, detail: { ...e.detail } }));
}

await init({ module_or_path: new URL('koers-web_bg.wasm', import.meta.url) });
new ResizeObserver(report).observe(document.documentElement);
report();
