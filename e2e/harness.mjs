// Shared end-to-end helpers: a static server for dist/, Debian's Chromium through
// playwright-core, and checks every test applies to every page it visits: axe-core clean, no
// console errors, no request to any host but the page's own.
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
export const SHOTS = path.join(ROOT, 'screenshots');

export async function startServer(port, dir = path.join(ROOT, 'dist')) {
  const proc = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', dir],
    { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    try { const r = await fetch(url); if (r.ok) return { url, stop: () => proc.kill() }; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  proc.kill();
  throw new Error(`static server on ${url} did not start`);
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** A fresh context and page that records console errors and foreign requests. */
export async function open(browser, baseUrl, { viewport = { width: 1280, height: 800 }, hash = '' } = {}) {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const problems = [];
  const origin = new URL(baseUrl).host;
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (!['data:', 'blob:'].includes(u.protocol) && u.host !== origin) problems.push(`foreign request: ${r.url()}`);
  });
  await page.goto(baseUrl + hash);
  await page.waitForSelector('[data-koers-mounted] #koers-heading');
  return { context, page, problems };
}

/** axe-core on the current screen (WCAG 2.2 A/AA), plus a screenshot for the record. */
export async function audit(page, label) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const vp = page.viewportSize();
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${label}-${vp.width}x${vp.height}.png`), fullPage: true });
  const violations = results.violations.map((v) =>
    `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n    ')}`);
  if (violations.length) throw new Error(`axe violations on "${label}":\n  ${violations.join('\n  ')}`);
}

/** The id of the focused element. */
export async function focusedId(page) {
  return page.evaluate(() => document.activeElement && document.activeElement.id);
}

export async function heading(page) {
  return (await page.locator('#koers-heading').textContent()).trim();
}

export async function download(page, selector) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const file = await dl.path();
  return { name: dl.suggestedFilename(), text: readFileSync(file, 'utf8') };
}

/**
 * A static server for cross-origin tests: serves `dir` with CORS on every response (the
 * assets' origin) and replaces {{ASSETS}} / {{ASSETS_ORIGIN}} in HTML (the host pages).
 */
export async function startStatic(port, dir, { host = '127.0.0.1', assets = '', stripEmbed = false } = {}) {
  const http = await import('node:http');
  const fs = await import('node:fs');
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css',
    '.wasm': 'application/wasm', '.json': 'application/json', '.svg': 'image/svg+xml' };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, `http://${host}:${port}`);
    const file = path.join(dir, decodeURIComponent(url.pathname).replace(/\.\.+/g, ''));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404, { 'content-type': 'text/plain' }); res.end('not found'); return;
    }
    const ext = path.extname(file);
    let body = fs.readFileSync(file);
    if (ext === '.html' && assets) {
      let text = body.toString('utf8').replaceAll('{{ASSETS}}', assets).replaceAll('{{ASSETS_ORIGIN}}', new URL(assets).origin);
      if (stripEmbed || url.searchParams.has('nowizard')) text = text.replace(/<script[^>]*koers[^>]*><\/script>/g, '');
      body = Buffer.from(text);
    }
    res.writeHead(200, { 'content-type': types[ext] || 'application/octet-stream', 'access-control-allow-origin': '*' });
    res.end(body);
  });
  await new Promise((resolve) => server.listen(port, host, resolve));
  return { url: `http://${host}:${port}/`, stop: () => server.close() };
}

/**
 * Records on `page` what no host page may show: console errors (except those Playwright's own
 * injected script causes under a strict CSP: it has no URL), page errors, and requests to any
 * host but `hosts`. Returns the list the tests assert is empty.
 */
export function recordProblems(page, hosts) {
  const problems = [];
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    if (!m.location().url && m.text().includes('Content Security Policy')) return;
    problems.push(`console error: ${m.text()} @ ${m.location().url}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (!hosts.includes(u.host) && !['data:', 'blob:'].includes(u.protocol)) problems.push(`foreign request ${r.url()}`);
  });
  return problems;
}

/**
 * The two places a visitor meets Koers, for tests that must pass in both: the full page
 * (Koers's own origin) and the script embed on a host page of another origin that enforces
 * Trusted Types under a strict CSP (`examples/trusted-types.html`, whose wizard keeps its
 * answers under its own key in the host site's storage). Starts three servers from
 * `basePort`; `stop()` ends them.
 */
export async function startPlaces(basePort) {
  const server = await startServer(basePort);
  const assets = await startStatic(basePort + 1, ROOT, { host: '127.0.0.1' });
  const hosts = await startStatic(basePort + 2, path.join(ROOT, 'examples'),
    { host: 'localhost', assets: `http://127.0.0.1:${basePort + 1}/dist/` });
  const fullPage = {
    name: 'full page',
    url: server.url,
    key: 'koers.answers',
    hosts: [new URL(server.url).host],
    audit: (page, label) => audit(page, label),
  };
  const embed = {
    name: 'script embed',
    url: `${hosts.url}trusted-types.html`,
    key: 'koers.answers.tt',
    hosts: [`localhost:${basePort + 2}`, `127.0.0.1:${basePort + 1}`],
    // The host page is the site's own; the wizard's part of it must be clean.
    audit: async (page, label) => {
      const r = await new AxeBuilder({ page }).include('[data-koers]')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
      const found = r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      if (found.length) throw new Error(`axe inside the embed, ${label}:\n${found.join('\n')}`);
    },
  };
  return { places: [fullPage, embed], stop: () => { server.stop(); assets.stop(); hosts.stop(); } };
}
