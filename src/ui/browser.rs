//! The browser's services behind small safe functions: storage, the address, focus, downloads,
//! printing, today's date. Every failure comes back as a value; nothing here panics. Every
//! lookup starts at the wizard's own root, which may live in a shadow root the document
//! cannot see into.

use crate::domain::Date;
use crate::export::markup::{Element, Node};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{HtmlElement, Storage};

/// Where a wizard is drawn (`#koers`, or the embed's element in its shadow root). Its one
/// child, once drawn, is the wizard's own element (`.koers-app`): where lookups start, so they
/// stay inside the wizard, which may live in a shadow root.
#[derive(Clone)]
pub struct Root(pub web_sys::Element);

impl Root {
    /// The wizard's own element, if it is drawn.
    #[must_use]
    pub fn get(&self) -> Option<web_sys::Element> {
        self.0.first_element_child()
    }
}

/// The storage key Koers uses. Versioned by the document inside, not by the key, so an old
/// autosave migrates instead of being orphaned. A second wizard on one page adds its own id.
pub const STORAGE_KEY: &str = "koers.answers";

/// The key for a wizard: `koers.answers`, or `koers.answers.<id>` for a named embed.
#[must_use]
pub fn storage_key(id: &str) -> String {
    let id: String = id
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .take(40)
        .collect();
    if id.is_empty() {
        STORAGE_KEY.to_string()
    } else {
        format!("{STORAGE_KEY}.{id}")
    }
}

/// What this tab keeps beside the answers' key, as a page's address would keep it: where an
/// embedded wizard is (`PLACE`), so a reload is back on the step, not on the overview; and a
/// workshop's session (`WORKSHOP`, `wizard::Group::record`), so a reload of the projector's
/// page loses no votes.
pub const PLACE: &str = "plek";
pub const WORKSHOP: &str = "workshop";
/// A participant's choices on a workshop's score page (`wizard::own_record`).
pub const OWN: &str = "scores";

/// Keeps `value` for this tab under the answers' key and `what`; `None` forgets it.
pub fn keep_for_tab(key: &str, what: &str, value: Option<&str>) {
    if let Some(s) = storage(crate::wizard::Keep::Session) {
        let key = format!("{key}:{what}");
        let _ = match value {
            Some(v) => s.set_item(&key, v),
            None => s.remove_item(&key),
        };
    }
}

#[must_use]
pub fn kept_for_tab(key: &str, what: &str) -> Option<String> {
    storage(crate::wizard::Keep::Session)?
        .get_item(&format!("{key}:{what}"))
        .ok()
        .flatten()
}

/// Local storage (this computer) or session storage (this tab), or `None` where the browser
/// forbids it (private mode, blocked cookies). Written against web-sys rather than
/// gloo-storage, whose API goes through serde_json (26 KB of the first load that the answers
/// codec exists to avoid).
fn storage(keep: crate::wizard::Keep) -> Option<Storage> {
    let window = web_sys::window()?;
    match keep {
        crate::wizard::Keep::Local => window.local_storage(),
        crate::wizard::Keep::Session => window.session_storage(),
    }
    .ok()
    .flatten()
}

fn read(key: &str, keep: crate::wizard::Keep) -> crate::wizard::Stored {
    use crate::wizard::Stored;
    match storage(keep) {
        None => Stored::Unavailable,
        Some(s) => match s.get_item(key) {
            Ok(Some(raw)) => Stored::Raw(raw),
            Ok(None) => Stored::Nothing,
            Err(_) => Stored::Unavailable,
        },
    }
}

/// What the autosave slot holds at start-up, and where: this computer first, then this tab.
/// Answers already kept load whatever the page's mode.
#[must_use]
pub fn read_stored(key: &str) -> (crate::wizard::Stored, crate::wizard::Keep) {
    use crate::wizard::{Keep, Stored};
    match read(key, Keep::Local) {
        Stored::Raw(raw) => (Stored::Raw(raw), Keep::Local),
        local => match read(key, Keep::Session) {
            Stored::Raw(raw) => (Stored::Raw(raw), Keep::Session),
            _ => (local, Keep::Local),
        },
    }
}

/// Writes the autosave. `false` when the browser refused (full, or forbidden).
#[must_use]
pub fn write_stored(key: &str, value: &str, keep: crate::wizard::Keep) -> bool {
    storage(keep).is_some_and(|s| s.set_item(key, value).is_ok())
}

/// Asks `has_room` a moment after a save, off the step that saved: the probe is a large
/// write (the first one cost the first step after a load a few milliseconds). One probe is
/// pending at a time; `low` runs when there is no room.
pub fn check_room_later(
    key: &str,
    len: usize,
    keep: crate::wizard::Keep,
    low: impl FnOnce() + 'static,
) {
    thread_local! {
        static PENDING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    if PENDING.get() {
        return;
    }
    PENDING.set(true);
    let key = key.to_string();
    gloo_timers::callback::Timeout::new(300, move || {
        PENDING.set(false);
        if !has_room(&key, len, keep) {
            low();
        }
    })
    .forget();
}

/// Whether storage has room for the record to double (the assessment history grows a plan
/// over the years), and at least 64 KB: a probe is written next to it and removed at once.
/// Asked after each save, so the warning comes while everything still fits.
#[must_use]
fn has_room(key: &str, len: usize, keep: crate::wizard::Keep) -> bool {
    thread_local! {
        // The record's length at the last probe: a probe is a large write, so it is made
        // again only when the record has grown by a few KB (typing a name does not).
        static PROBED: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
    }
    if PROBED.get() != 0 && len < PROBED.get() + 4096 {
        return true;
    }
    let Some(s) = storage(keep) else {
        return true;
    };
    let probe = format!("{key}.room");
    let fits = s.set_item(&probe, &"0".repeat(len.max(65_536))).is_ok();
    let _ = s.remove_item(&probe);
    if fits {
        PROBED.set(len);
    }
    fits
}

/// Forgets the answers, wherever they were kept.
pub fn clear_stored(key: &str) {
    for keep in [crate::wizard::Keep::Local, crate::wizard::Keep::Session] {
        if let Some(s) = storage(keep) {
            let _ = s.remove_item(key);
            let _ = s.remove_item(&format!("{key}:{PLACE}"));
            let _ = s.remove_item(&format!("{key}:{OWN}"));
        }
    }
}

/// The current URL fragment ("#plan"), or "".
#[must_use]
pub fn fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Sets the fragment: a new history entry for a new step (so the browser's back button returns
/// to the last one), or in place of the current entry.
pub fn set_fragment(fragment: &str, replace: bool) {
    let Some(history) = web_sys::window().and_then(|w| w.history().ok()) else {
        return;
    };
    let _ = if replace {
        history.replace_state_with_url(&JsValue::NULL, "", Some(fragment))
    } else {
        history.push_state_with_url(&JsValue::NULL, "", Some(fragment))
    };
}

/// The page's address without the fragment, for building a share link.
#[must_use]
pub fn page_address() -> String {
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_string()
}

pub fn set_title(title: &str) {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        doc.set_title(title);
    }
}

/// The element with this id inside the wizard's root.
fn find(root: &Root, id: &str) -> Option<web_sys::Element> {
    root.get()
        .and_then(|r| r.query_selector(&format!("#{id}")).ok().flatten())
}

/// Focuses an element by id inside one wizard (the step heading, the error summary, a field);
/// false when the wizard draws no such element.
pub fn focus(root: &Root, id: &str) -> bool {
    let Some(el) = find(root, id).and_then(|e| e.dyn_into::<HtmlElement>().ok()) else {
        return false;
    };
    // A plain focus() scrolls at once, which forces a full layout in the middle of the render;
    // measured, that was a third of every step change. Focus without scrolling, then scroll in
    // the next animation frame, where the layout is due anyway.
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = el.focus_with_options(&options);
    // The question where to keep the answers waits just above the heading: scrolled to the
    // heading alone, a phone passes it and the choice is never seen (phone walk, session 7).
    let shown = match id {
        "koers-heading" => find(root, "koers-keep").unwrap_or_else(|| el.into()),
        _ => el.into(),
    };
    before_paint(move || scroll_into_view(&shown));
    true
}

/// Focuses the button whose `value` is `value` (a Change button on check-your-answers, which
/// the documents module draws without ids) and brings it into view; false when there is none.
pub fn focus_button(root: &Root, value: &str) -> bool {
    // The values are a screen's key and a field's, letters, digits and dashes: nothing to escape.
    let Some(el) = root
        .get()
        .and_then(|r| {
            r.query_selector(&format!("button[value=\"{value}\"]"))
                .ok()
                .flatten()
        })
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    else {
        return false;
    };
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = el.focus_with_options(&options);
    before_paint(move || scroll_into_view(&el));
    true
}

/// Whether the focus is still where the wizard left it for the Change button `value`: on the
/// step heading, on that button, or on nothing (a redrawn button took it with it).
pub fn focus_is_on(root: &Root, value: &str) -> bool {
    let Some(app) = root.get() else {
        return false;
    };
    let node = app.get_root_node();
    let active = match node.dyn_ref::<web_sys::ShadowRoot>() {
        Some(shadow) => shadow.active_element(),
        None => node
            .dyn_ref::<web_sys::Document>()
            .and_then(web_sys::Document::active_element),
    };
    match active {
        None => true,
        Some(el) => {
            el.id() == "koers-heading"
                || el.get_attribute("value").as_deref() == Some(value)
                || el.tag_name() == "BODY"
        }
    }
}

/// Scrolls an element of the wizard into view again, if it is still there.
pub fn scroll_to(root: &Root, id: &str) {
    if let Some(el) = find(root, id) {
        before_paint(move || scroll_into_view(&el));
    }
}

/// A question's field comes to the top of the screen, below its label (the stylesheet's
/// `scroll-margin-top`): scrolled only as far as needed, a tall group of checkboxes ended at
/// its last box, its question far above (phone walk, session 9). Anything else only as far as
/// it takes.
fn scroll_into_view(el: &web_sys::Element) {
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(if el.id().starts_with("koers-f-") {
        web_sys::ScrollLogicalPosition::Start
    } else {
        web_sys::ScrollLogicalPosition::Nearest
    });
    el.scroll_into_view_with_scroll_into_view_options(&options);
}

/// Runs `f` just before the browser's next paint. Hand-written: gloo-render's handle cancels
/// the frame when dropped, and a one-shot call has no owner to keep it.
pub fn before_paint(f: impl FnOnce() + 'static) {
    if let Some(w) = web_sys::window() {
        let f = wasm_bindgen::closure::Closure::once_into_js(f);
        let _ = w.request_animation_frame(f.unchecked_ref());
    }
}

/// Runs `f` in a task of its own, after the current render has been painted: for work the
/// user does not wait for (the history entry, the window title), which in Chromium costs
/// several milliseconds each.
pub fn later(f: impl FnOnce() + 'static) {
    gloo_timers::callback::Timeout::new(0, f).forget();
}

/// Switches the wizard (not the host page) to fullscreen and back.
pub fn toggle_fullscreen(root: &Root) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if document.fullscreen_element().is_some() {
        document.exit_fullscreen();
    } else if let Some(el) = root.get() {
        let _ = el.request_fullscreen();
    }
}

/// Today in the visitor's time zone, for "made on" and calendar stamps.
#[must_use]
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    let year = i32::try_from(now.get_full_year()).unwrap_or(2026);
    Date::from_ymd(year, now.get_month() + 1, now.get_date()).unwrap_or(Date::EPOCH)
}

/// A random seed for the plan's id.
#[must_use]
pub fn seed() -> u64 {
    // Two draws: Math.random gives 52 bits at most.
    let draw = || (js_sys::Math::random() * 4_294_967_296.0) as u64;
    (draw() << 32) ^ draw() ^ (js_sys::Date::now() as u64)
}

/// Hands a generated file to the browser as a download. Nothing leaves the machine: the file
/// is a Blob URL that lives only in this page.
pub fn download(root: &Root, filename: &str, mime: &str, body: &[u8]) {
    let blob = gloo_file::Blob::new_with_options(body, Some(mime));
    let url = gloo_file::ObjectUrl::from(blob);
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(a) = document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        return;
    };
    a.set_href(&url);
    a.set_download(filename);
    // Clicked where the wizard lives, so nothing is added to the host's page.
    if let Some(r) = root.get() {
        let _ = r.append_child(&a);
        a.click();
        a.remove();
    }
    // Revoked after the click has been handled; revoking at once can cancel the download.
    gloo_timers::callback::Timeout::new(1000, move || drop(url)).forget();
}

/// Shows a file in a new tab, for when a download was blocked. `false` when the browser
/// refused the tab too (a popup blocker, or a host page's sandbox).
#[must_use]
pub fn open_tab(body: &[u8], mime: &str) -> bool {
    let url = gloo_file::ObjectUrl::from(gloo_file::Blob::new_with_options(body, Some(mime)));
    let opened = web_sys::window()
        .and_then(|w| w.open_with_url_and_target(&url, "_blank").ok().flatten())
        .is_some();
    // Kept a while: the new tab loads it after this returns.
    gloo_timers::callback::Timeout::new(60_000, move || drop(url)).forget();
    opened
}

/// Builds DOM nodes from a typed tree, in `document`: element by element, text as text, so no
/// string is ever parsed as HTML (which a host enforcing Trusted Types would refuse).
fn build(document: &web_sys::Document, node: &Node, svg: bool) -> Option<web_sys::Node> {
    match node {
        Node::Text(t) => Some(document.create_text_node(t).into()),
        Node::Element(e) => build_element(document, e, svg).map(Into::into),
    }
}

fn build_element(document: &web_sys::Document, e: &Element, svg: bool) -> Option<web_sys::Element> {
    let name = e.tag().name();
    let svg = svg || name == "svg";
    let el = if svg {
        document
            .create_element_ns(Some("http://www.w3.org/2000/svg"), name)
            .ok()?
    } else {
        document.create_element(name).ok()?
    };
    for (attr, value) in e.attrs() {
        let _ = el.set_attribute(attr.name(), value);
    }
    // As everywhere a tree is drawn: a button never submits.
    if e.tag() == crate::export::markup::Tag::Button {
        let _ = el.set_attribute("type", "button");
    }
    for child in e.children() {
        if let Some(c) = build(document, child, svg) {
            let _ = el.append_child(&c);
        }
    }
    Some(el)
}

/// Prints the plan without touching the host page: a hidden frame inside the wizard's own root
/// gets the document built node by node, styled by a stylesheet made in script (which a
/// strict Content-Security-Policy allows, where an inline style would be refused), prints, and
/// is removed again.
pub fn print(root: &Root, title: &str, lang: &str, style: &str, body: &[Node]) {
    let Some(host) = root.get() else {
        return;
    };
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(frame) = document.create_element("iframe") else {
        return;
    };
    let _ = frame.set_attribute("title", title);
    let _ = frame.set_attribute("aria-hidden", "true");
    let _ = frame.set_attribute("tabindex", "-1");
    let _ = frame.set_attribute("class", "koers-print-frame");
    let _ = host.append_child(&frame);
    let Some(frame) = frame.dyn_ref::<web_sys::HtmlIFrameElement>() else {
        return;
    };
    let (Some(win), Some(doc)) = (frame.content_window(), frame.content_document()) else {
        frame.remove();
        return;
    };
    if let Some(html) = doc.document_element() {
        let _ = html.set_attribute("lang", lang);
    }
    doc.set_title(title);
    adopt_style(&win, &doc, style);
    if let Some(b) = doc.body() {
        for node in body {
            if let Some(n) = build(&doc, node, false) {
                let _ = b.append_child(&n);
            }
        }
    }
    let _ = win.print();
    // Chromium returns from print() when the dialog closes; others print from a copy. Either
    // way the frame has done its work.
    let frame = frame.clone();
    gloo_timers::callback::Timeout::new(1000, move || frame.remove()).forget();
}

/// Gives a document a stylesheet built in script, from its own window's constructor (a sheet
/// from another document cannot be adopted).
fn adopt_style(win: &web_sys::Window, doc: &web_sys::Document, css: &str) {
    let adopt = || -> Result<(), JsValue> {
        let ctor: js_sys::Function =
            js_sys::Reflect::get(win, &"CSSStyleSheet".into())?.dyn_into()?;
        let sheet = js_sys::Reflect::construct(&ctor, &js_sys::Array::new())?;
        let replace: js_sys::Function =
            js_sys::Reflect::get(&sheet, &"replaceSync".into())?.dyn_into()?;
        replace.call1(&sheet, &css.into())?;
        js_sys::Reflect::set(
            doc,
            &"adoptedStyleSheets".into(),
            &js_sys::Array::of1(&sheet),
        )?;
        Ok(())
    };
    let _ = adopt();
}

// The host events are made in JavaScript: a few dozen bytes, and the event is dispatched in a
// task of its own, so a host's slow listener never holds up a step. `asset` resolves a file
// next to the wizard's own (this snippet lives two folders down, in snippets/<crate>/), so a
// link works inside an embed on another site too.
#[wasm_bindgen::prelude::wasm_bindgen(
    inline_js = "export function emit(t, n, d) { setTimeout(() => t.dispatchEvent(new CustomEvent(n, { bubbles: true, detail: JSON.parse(d) })), 0); } export function asset(n) { return new URL('../../' + n, import.meta.url).href; } export function offline() { if ('serviceWorker' in navigator) navigator.serviceWorker.register(new URL('../../koers-sw.js', import.meta.url)).catch(() => {}); } export function copy(t) { return navigator.clipboard ? navigator.clipboard.writeText(t).then(() => true, () => false) : Promise.resolve(false); } export function warm_controls(r) { const go = () => { for (const k of ['date', 'date', 'select', 'textarea', 'checkbox', 'radio']) { if (!r.isConnected) return; const d = document.createElement(k === 'select' || k === 'textarea' ? k : 'input'); if (d.tagName === 'INPUT') d.type = k; else if (k === 'select') d.append(document.createElement('option')); d.tabIndex = -1; d.style.position = 'absolute'; d.style.visibility = 'hidden'; r.appendChild(d); void d.offsetWidth; d.remove(); } }; if (typeof requestIdleCallback === 'function') requestIdleCallback(go, { timeout: 3000 }); else setTimeout(go, 800); }"
)]
extern "C" {
    #[wasm_bindgen(js_name = emit)]
    fn emit_js(target: &web_sys::Element, name: &str, detail: &str);
    /// The address of one of Koers's own files.
    pub fn asset(name: &str) -> String;
    /// Registers the service worker that keeps Koers's files for offline use.
    pub fn offline();
    /// When the page is idle, lays out hidden form controls of each kind in `root` and removes
    /// them at once. Chromium pays for the first controls of a kind on a page: some 25 ms for
    /// the first date fields, 1–1.5 ms for a select or a text area (measured). Paid here, the
    /// planning screen's step is no longer the slowest of the walk.
    pub fn warm_controls(root: &web_sys::Element);
    /// Puts `text` on the clipboard; resolves to whether the browser let it (it needs a secure
    /// page and, in some browsers, a permission).
    #[wasm_bindgen(js_name = copy)]
    fn copy_js(text: &str) -> js_sys::Promise;
}

/// Tells the host page something, as a `CustomEvent` named `name` that bubbles from the
/// wizard's element (the `[data-koers]` element of an embed, `#koers` on the full page).
/// `detail` is a JSON object made by the caller from closed sets and numbers only.
pub fn emit(root: &Root, name: &str, detail: &str) {
    let Some(app) = root.get() else {
        return;
    };
    let target = match app.get_root_node().dyn_into::<web_sys::ShadowRoot>() {
        Ok(shadow) => Some(shadow.host()),
        Err(_) => app.parent_element(),
    };
    if let Some(target) = target {
        emit_js(&target, name, detail);
    }
}

/// Copies `text` to the clipboard; `false` when the browser refused.
pub async fn copy(text: &str) -> bool {
    wasm_bindgen_futures::JsFuture::from(copy_js(text))
        .await
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}
