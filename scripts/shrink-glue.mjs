//! Shrinks what wasm-bindgen leaves for the browser to fetch, without changing behaviour: the
//! imports the wasm takes from its JS glue get short names in both files, and the glue is
//! minified with terser. Run by Trunk after each build (see Trunk.toml) on every
//! `<name>_bg.wasm` + `<name>.js` pair in the staging folder; fails loudly rather than ship a
//! pair whose names no longer match.
//!
//! Why: wasm-bindgen names each import `__wbg_<method>_<16 hex digits>`. The hex digits cannot
//! be compressed, and each name is shipped twice (wasm import section and glue), which cost
//! about 2.5 KB brotli of the first load.
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { minify } from 'terser';

const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('shrink-glue: give the folder as an argument or in TRUNK_STAGING_DIR');
  process.exit(2);
}

function readU32(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    if ((byte & 0x80) === 0) return [value, at];
    shift += 7;
  }
}

function u32(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value !== 0) byte |= 0x80;
    out.push(byte);
  } while (value !== 0);
  return out;
}

function readName(bytes, at) {
  const [len, start] = readU32(bytes, at);
  return [Buffer.from(bytes.subarray(start, start + len)).toString('utf8'), start + len];
}

function name(text) {
  const utf8 = [...Buffer.from(text, 'utf8')];
  return [...u32(utf8.length), ...utf8];
}

// Skips one import description (func, table, memory, global or tag) and returns where it ends.
function skipDesc(bytes, at) {
  const kind = bytes[at++];
  const limits = (p) => {
    const flags = bytes[p++];
    [, p] = readU32(bytes, p);
    if (flags & 1) [, p] = readU32(bytes, p);
    return p;
  };
  switch (kind) {
    case 0: return readU32(bytes, at)[1];
    case 1: return limits(at + 1);
    case 2: return limits(at);
    case 3: return at + 2;
    case 4: return readU32(bytes, at + 1)[1];
    default: throw new Error(`unknown import kind ${kind}`);
  }
}

// Short, distinct names: a, b, ... Z, aa, ab, ... (letters only, so they are valid JS keys).
function shortName(index) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let out = '';
  let n = index;
  do {
    out = letters[n % letters.length] + out;
    n = Math.floor(n / letters.length) - 1;
  } while (n >= 0);
  return out;
}

// Renames the imports of `module` whose names start with __wbg_ and drops the toolchain's custom
// sections; returns the new wasm and the map of names.
function renameImports(bytes, module) {
  if (bytes.readUInt32LE(0) !== 0x6d736100) throw new Error('not a wasm module');
  const parts = [bytes.subarray(0, 8)];
  const renames = new Map();
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, body] = readU32(bytes, at + 1);
    const end = body + size;
    if (id === 0 && ['producers', 'target_features'].includes(readName(bytes, body)[0])) {
      // Toolchain records (which compiler, which features) mean nothing to a browser.
    } else if (id === 2) {
      const [count, first] = readU32(bytes, body);
      const out = [...u32(count)];
      let p = first;
      for (let i = 0; i < count; i++) {
        const [mod, afterMod] = readName(bytes, p);
        const [field, afterField] = readName(bytes, afterMod);
        const descEnd = skipDesc(bytes, afterField);
        let newField = field;
        if (mod === module && field.startsWith('__wbg_')) {
          if (!renames.has(field)) renames.set(field, shortName(renames.size));
          newField = renames.get(field);
        }
        out.push(...name(mod), ...name(newField), ...bytes.subarray(afterField, descEnd));
        p = descEnd;
      }
      if (p !== end) throw new Error('import section did not parse to its end');
      parts.push(Buffer.from([2, ...u32(out.length), ...out]));
    } else {
      parts.push(bytes.subarray(at, end));
    }
    at = end;
  }
  return [Buffer.concat(parts), renames];
}

let pairs = 0;
for (const file of readdirSync(dir)) {
  const match = /^(.*)_bg\.wasm$/.exec(file);
  if (!match) continue;
  const stem = match[1];
  const jsPath = join(dir, `${stem}.js`);
  const wasmPath = join(dir, file);
  let js = readFileSync(jsPath, 'utf8');
  const [wasm, renames] = renameImports(readFileSync(wasmPath), `./${stem}_bg.js`);
  for (const [from, to] of renames) {
    // Each import is defined once in the glue, as a key of the imports object.
    const pattern = new RegExp(`\\b${from}\\b`, 'g');
    const uses = js.match(pattern)?.length ?? 0;
    if (uses !== 1) throw new Error(`${stem}.js names ${from} ${uses} times, expected once`);
    js = js.replace(pattern, to);
  }
  const minified = await minify(js, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true });
  if (!minified.code) throw new Error(`terser gave no output for ${stem}.js`);
  writeFileSync(wasmPath, wasm);
  writeFileSync(jsPath, minified.code);
  pairs++;
  console.log(`shrink-glue: ${stem}: ${renames.size} imports renamed, glue ${js.length} → ${minified.code.length} bytes`);
}
// The inline JS snippets (wasm_bindgen(inline_js)) and the embed modules are copied as
// written, comments and all.
const snippets = join(dir, 'snippets');
const modules = [
  ...(readdirSync(dir).includes('snippets') ? readdirSync(snippets, { recursive: true }) : [])
    .filter((entry) => entry.endsWith('.js')).map((entry) => join(snippets, entry)),
  ...['koers-embed.js', 'koers-iframe.js'].filter((f) => readdirSync(dir).includes(f)).map((f) => join(dir, f)),
];
for (const path of modules) {
  const minified = await minify(readFileSync(path, 'utf8'), { module: true, ecma: 2020, mangle: true });
  if (!minified.code) throw new Error(`terser gave no output for ${path}`);
  writeFileSync(path, minified.code);
}
if (pairs === 0) {
  console.error(`shrink-glue: no <name>_bg.wasm in ${dir}`);
  process.exit(1);
}

// Trunk wrote subresource-integrity hashes of the files as they were; give them the new ones.
const htmlPath = join(dir, 'index.html');
let html = readFileSync(htmlPath, 'utf8');
let rehashed = 0;
html = html.replace(/<link\b[^>]*>/g, (tag) => {
  const href = /\bhref=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/.exec(tag);
  if (!href || !/\bintegrity=/.test(tag)) return tag;
  const file = join(dir, (href[1] ?? href[2] ?? href[3]).replace(/^\.\//, ''));
  const digest = createHash('sha384').update(readFileSync(file)).digest('base64');
  rehashed++;
  return tag.replace(/\bintegrity=(["']?)sha384-[A-Za-z0-9+\/=]+\1/, `integrity=$1sha384-${digest}$1`);
});
writeFileSync(htmlPath, html);
console.log(`shrink-glue: ${rehashed} integrity hashes renewed in index.html`);
