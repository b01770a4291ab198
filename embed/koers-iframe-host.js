// Host-page snippet for the iframe embed: <iframe data-koers-frame src=".../koers-iframe.html">
// plus <script src=".../koers-iframe-host.js" defer>. Tells each frame this page's origin (the
// frame posts only there), resizes each frame to the height its own page reports, and fires
// the wizard's koers:* events on the iframe element, as the script embed does on its element.
// Only messages from that frame's origin and window count; a height is bounded.
(() => {
  const MIN = 320;
  const MAX = 20000;
  const EVENTS = ['koers:ready', 'koers:step', 'koers:review', 'koers:complete', 'koers:download', 'koers:error'];
  const frames = () => Array.from(document.querySelectorAll('iframe[data-koers-frame]'));
  const origin = (frame) => new URL(frame.src, location.href).origin;
  const hello = (frame) => frame.contentWindow?.postMessage({ type: 'koers:hello' }, origin(frame));
  for (const frame of frames()) {
    frame.addEventListener('load', () => hello(frame));
    hello(frame);
  }
  addEventListener('message', (event) => {
    const data = event.data;
    if (!data || typeof data.type !== 'string') return;
    const frame = frames().find((f) => event.origin === origin(f) && event.source === f.contentWindow);
    if (!frame) return;
    if (data.type === 'koers:height' && Number.isFinite(data.height)) {
      frame.style.height = `${Math.min(MAX, Math.max(MIN, Math.round(data.height)))}px`;
    } else if (EVENTS.includes(data.type)) {
      // Only plain strings and numbers pass, whatever the frame sends.
      const detail = {};
      for (const [k, v] of Object.entries(data.detail || {})) {
        if (typeof v === 'string' || typeof v === 'number') detail[k] = v;
      }
      frame.dispatchEvent(new CustomEvent(data.type, { bubbles: true, detail }));
    }
  });
})();
