// Koers's service worker, registered by the full page only (never by an embed, which must not
// install anything on its host's origin): keeps Koers's own files so the wizard opens and works
// in a workshop room with bad wifi. Network first, so a new version is used as soon as it can
// be fetched; the cache answers only when the network cannot. It never touches another origin
// and never stores answers (those stay in the page's own storage).
const CACHE = 'koers';
const FILES = ['./', './index.html', './koers.css', './koers-web.js', './koers-web_bg.wasm',
  './koers-documents.js', './koers-documents_bg.wasm', './koers-en.txt', './toegankelijkheid.html',
  './accessibility.html', './manifest.webmanifest', './koers-icon.svg'];

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // The wasm-bindgen snippets live under a hashed folder: read their names from the page.
    const index = await (await fetch('./index.html', { cache: 'no-cache' })).text();
    const snippets = [...index.matchAll(/(?:href|src)=["']?(\.\/snippets\/[^"'\s>]+\.js)/g)].map((m) => m[1]);
    await cache.addAll([...FILES, ...new Set(snippets)]);
    await self.skipWaiting();
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== location.origin) return;
  event.respondWith((async () => {
    try {
      const response = await fetch(request);
      if (response.ok) {
        const copy = response.clone();
        event.waitUntil(caches.open(CACHE).then((cache) => cache.put(request, copy)));
      }
      return response;
    } catch (offline) {
      // A retry of the documents module asks for "?retry=2": the same file.
      const cached = await caches.match(request, { ignoreSearch: true })
        || (request.mode === 'navigate' ? await caches.match('./index.html') : undefined);
      if (cached) return cached;
      throw offline;
    }
  })());
});
