//! Writes the example host pages into the build (`dist/examples/`) with their asset paths filled
//! in, so they work as served by `scripts/serve.sh`: http://127.0.0.1:8080/examples/plain.html.
//! Run by Trunk after each build (see Trunk.toml).
//!
//! Why: the pages in `examples/` hold `{{ASSETS}}` and `{{ASSETS_ORIGIN}}`, which the end-to-end
//! tests fill with another origin to test the embed cross-origin. Served next to the build, the
//! assets are one folder up and on the page's own origin, which the CSPs' 'self' already allows.
import { readFileSync, writeFileSync, readdirSync, mkdirSync, copyFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('examples: give the folder as an argument or in TRUNK_STAGING_DIR');
  process.exit(2);
}
const source = join(dirname(fileURLToPath(import.meta.url)), '..', 'examples');
const target = join(dir, 'examples');
mkdirSync(target, { recursive: true });
const pages = readdirSync(source).filter((f) => f.endsWith('.html'));
for (const page of pages) {
  const text = readFileSync(join(source, page), 'utf8')
    .replaceAll(' {{ASSETS_ORIGIN}}', '')
    .replaceAll('{{ASSETS}}', '../');
  if (text.includes('{{')) {
    console.error(`examples: ${page} has a placeholder this script does not fill`);
    process.exit(1);
  }
  writeFileSync(join(target, page), text);
}
// What the pages refer to beside themselves (the favicon, a host page's own script).
for (const file of readdirSync(source).filter((f) => f.endsWith('.svg') || f.endsWith('.js'))) {
  copyFileSync(join(source, file), join(target, file));
}
console.log(`examples: ${pages.length} host pages written to dist/examples/`);

// The sector examples ("start from an example") as small modules of their own, fetched only
// when a visitor asks for one: not in the first load, not in the documents module. A module
// (not JSON) because hosts that embed Koers already allow its scripts, and a fetch would need
// their connect-src as well.
const sectors = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'export', 'examples');
const out = join(dir, 'voorbeelden');
mkdirSync(out, { recursive: true });
const files = readdirSync(sectors).filter((f) => f.endsWith('.json'));
for (const file of files) {
  const text = readFileSync(join(sectors, file), 'utf8');
  JSON.parse(text);
  writeFileSync(join(out, file.replace(/\.json$/, '.js')), `export default ${JSON.stringify(text)};\n`);
}
console.log(`examples: ${files.length} sector examples written to dist/voorbeelden/`);
