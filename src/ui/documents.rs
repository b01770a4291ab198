//! What loads after the first screen, as the app sees it: the documents module (one load,
//! started when the page is idle after the first screen so it is in place before anyone asks
//! for a download, then plain calls), the sector examples and the English copy. The plan
//! crosses as an answers document (JSON), the results come back as bytes; a failure is `None`,
//! `false` or a `ShareError`, never a panic.

use crate::domain::ShareError;
use crate::domain::{to_compact_json, Date, Plan};
use crate::export::markup::{decode, Node};
use crate::i18n::Lang;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

// The loader resolves the module next to this snippet's own URL (wasm-bindgen puts it in
// `snippets/<crate>-<hash>/`), so it works wherever the assets are served from, embeds on
// other origins included. A failed load is forgotten, so the next click tries again.
#[wasm_bindgen(inline_js = r#"
let loading = null;
let attempts = 0;
function load() {
  if (!loading) {
    const base = new URL('../../', import.meta.url);
    // A failed module fetch may be remembered by the browser: a retry asks for a new URL.
    const retry = attempts++ ? `?retry=${attempts}` : '';
    loading = import(new URL(`koers-documents.js${retry}`, base).href).then(async (m) => {
      await m.default({ module_or_path: new URL('koers-documents_bg.wasm', base) });
      return m;
    });
    loading.catch(() => { loading = null; });
  }
  return loading;
}
// When the page is idle after its first screen, so the fetches and compiles do not compete
// with the visitor's first click; within two seconds in any case.
export function idle() {
  return new Promise((go) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(go, { timeout: 2000 });
    else setTimeout(go, 500);
  });
}
export function preload() { idle().then(() => load()).catch(() => {}); }
export async function render(format, answers, lang, today) {
  const r = (await load()).render(format, answers, lang, today);
  const out = { filename: r.filename, mime: r.mime, body: r.body };
  r.free();
  return out;
}
export async function print_style() { return (await load()).print_style(); }
export async function share_fragment(answers) { return (await load()).share_fragment(answers); }
export async function share_unpack(fragment) { return (await load()).share_unpack(fragment); }
export async function qr(text, name) { return (await load()).qr(text, name); }
// The English copy (src/i18n/later.rs), with its build's fingerprint in the address so no
// cache hands over another build's file. One fetch at a time, shared by whoever asks meanwhile
// (the idle preload and a press of the switch); once it has answered, the next ask fetches
// again (the app asks no more once it has taken a good file).
let english_text = null;
export function english(file, version) {
  if (!english_text) {
    // A stalled connection must not leave the switch waiting for ever.
    const signal = typeof AbortSignal.timeout === 'function' ? AbortSignal.timeout(10000) : undefined;
    english_text = fetch(new URL(`${file}?v=${version}`, new URL('../../', import.meta.url)), { signal })
      .then((r) => { if (!r.ok) throw new Error(`${r.status}`); return r.text(); });
    english_text.then(() => { english_text = null; }, () => { english_text = null; });
  }
  return english_text;
}
// An example is a module of its own next to the app's files (see scripts/examples.mjs).
export async function example(sector) {
  const base = new URL('../../', import.meta.url);
  return (await import(new URL(`voorbeelden/${sector}.js`, base).href)).default;
}
"#)]
extern "C" {
    fn preload();
    /// Resolves when the page is idle (within two seconds in any case).
    pub async fn idle();
    #[wasm_bindgen(catch, js_name = render)]
    async fn render_js(
        format: &str,
        answers: &str,
        lang: &str,
        today: &str,
    ) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_name = print_style)]
    async fn print_style_js() -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_name = share_fragment)]
    async fn share_fragment_js(answers: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_name = share_unpack)]
    async fn share_unpack_js(fragment: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_name = qr)]
    async fn qr_js(text: &str, name: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_name = english)]
    async fn english_js(file: &str, version: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_name = example)]
    async fn example_js(sector: &str) -> Result<JsValue, JsValue>;
}

/// Starts loading the documents module in the background, and the English copy, so the
/// language switch answers at once.
pub fn start_loading() {
    preload();
    if !crate::i18n::later::ready() {
        wasm_bindgen_futures::spawn_local(async {
            idle().await;
            english().await;
        });
    }
}

/// A document ready to download.
pub struct Rendered {
    pub filename: String,
    pub mime: String,
    pub body: Vec<u8>,
}

/// The plan as `format` (`html`, `docx`, `markdown`, `ics`, or `screen` and `print` for the
/// typed tree the app shows or prints). `None` when the module could not load.
pub async fn render(format: &str, plan: &Plan, lang: Lang, today: Date) -> Option<Rendered> {
    let answers = to_compact_json(plan, None);
    let out = render_js(format, &answers, lang.code(), &today.to_string())
        .await
        .ok()?;
    let field = |name: &str| js_sys::Reflect::get(&out, &JsValue::from_str(name)).ok();
    Some(Rendered {
        filename: field("filename")?.as_string()?,
        mime: field("mime")?.as_string()?,
        body: field("body")?
            .dyn_into::<js_sys::Uint8Array>()
            .ok()?
            .to_vec(),
    })
}

/// The plan as a document to print: its title, its stylesheet and its body as a typed tree.
pub struct Printable {
    pub title: String,
    pub style: String,
    pub body: Vec<Node>,
}

/// The plan to print; `None` when the module could not load.
pub async fn print(plan: &Plan, lang: Lang, today: Date) -> Option<Printable> {
    let doc = render("print", plan, lang, today).await?;
    let body = decode(&String::from_utf8_lossy(&doc.body)).ok()?;
    let style = print_style_js().await.ok()?.as_string()?;
    Some(Printable {
        title: doc.filename,
        style,
        body,
    })
}

/// The share-link fragment for the plan; `None` when the module could not load.
pub async fn share_fragment(plan: &Plan) -> Option<String> {
    share_fragment_js(&to_compact_json(plan, None))
        .await
        .ok()?
        .as_string()
}

/// The answers document inside a share link, not yet read; `Err(None)` when the module could
/// not load.
pub async fn share_unpack(fragment: &str) -> Result<Vec<u8>, Option<ShareError>> {
    match share_unpack_js(fragment).await {
        Ok(bytes) => bytes
            .dyn_into::<js_sys::Uint8Array>()
            .map(|b| b.to_vec())
            .map_err(|_| None),
        Err(e) => Err(e.as_string().map(|key| ShareError::from_key(&key))),
    }
}

/// A sector's example answers file, loaded only now; `None` when it could not load.
pub async fn example(sector: crate::domain::Sector) -> Option<Vec<u8>> {
    example_js(sector.key())
        .await
        .ok()?
        .as_string()
        .map(String::into_bytes)
}

/// The QR code of a link as an encoded tree, drawn by the documents module; `None` when it
/// could not load.
pub async fn qr(text: &str, name: &str) -> Option<String> {
    qr_js(text, name).await.ok()?.as_string()
}

/// Fetches and takes the English copy; false when it could not load or is not this build's.
pub async fn english() -> bool {
    use crate::i18n::later;
    if later::ready() {
        return true;
    }
    let Ok(text) = english_js(later::FILE, &later::fingerprint()).await else {
        return false;
    };
    text.as_string().is_some_and(later::install)
}
