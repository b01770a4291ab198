// Host-page snippet for the iframe embed: <iframe data-koers-frame src=".../koers-iframe.html">
// plus <script src=".../koers-iframe-host.js" defer>. Resizes each frame to the height its own
// page reports: only messages from that frame's origin and window, only a height, bounded.
(() => {
  const MIN = 320;
  const MAX = 20000;
  const frames = () => Array.from(document.querySelectorAll('iframe[data-koers-frame]'));
  addEventListener('message', (event) => {
    const data = event.data;
    if (!data || data.type !== 'koers:height' || !Number.isFinite(data.height)) return;
    for (const frame of frames()) {
      const origin = new URL(frame.src, location.href).origin;
      if (event.origin === origin && event.source === frame.contentWindow) {
        frame.style.height = `${Math.min(MAX, Math.max(MIN, Math.round(data.height)))}px`;
      }
    }
  });
})();
