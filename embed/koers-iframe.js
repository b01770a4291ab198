// Runs inside the iframe page: starts the wizard and tells the host page its height. Only the
// height is sent; the host snippet checks where it came from.
import init from './koers-web.js';

await init({ module_or_path: new URL('koers-web_bg.wasm', import.meta.url) });

let last = 0;
const report = () => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height !== last) {
    last = height;
    parent.postMessage({ type: 'koers:height', height }, '*');
  }
};
new ResizeObserver(report).observe(document.documentElement);
report();
