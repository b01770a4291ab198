//! The browser's services behind small safe functions: storage, history, focus, downloads,
//! today's date. Every failure comes back as a value; nothing here panics.

use crate::domain::Date;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, HtmlElement, Storage, Url};

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

/// Local storage, or `None` where the browser forbids it (private mode, blocked cookies).
#[must_use]
pub fn storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// What the autosave slot holds at start-up.
pub enum Stored {
    Nothing,
    Unavailable,
    Raw(String),
}

#[must_use]
pub fn read_stored(key: &str) -> Stored {
    match storage() {
        None => Stored::Unavailable,
        Some(s) => match s.get_item(key) {
            Ok(Some(raw)) => Stored::Raw(raw),
            Ok(None) => Stored::Nothing,
            Err(_) => Stored::Unavailable,
        },
    }
}

/// Writes the autosave. `false` when the browser refused (full, or forbidden).
#[must_use]
pub fn write_stored(key: &str, value: &str) -> bool {
    storage().is_some_and(|s| s.set_item(key, value).is_ok())
}

pub fn clear_stored(key: &str) {
    if let Some(s) = storage() {
        let _ = s.remove_item(key);
    }
}

/// The current URL fragment ("#plan"), or "".
#[must_use]
pub fn fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Adds a history entry for a new step, so the browser's back button returns to the last one.
pub fn push_fragment(fragment: &str, replace: bool) {
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
    let Some(loc) = web_sys::window().map(|w| w.location()) else {
        return String::new();
    };
    let href = loc.href().unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_string()
}

pub fn set_title(title: &str) {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        doc.set_title(title);
    }
}

/// Focuses an element by id inside one wizard (the step heading, the error summary, a field).
/// The search starts at the wizard's own root, because inside a shadow root the document
/// cannot see it, and several wizards on one page use the same ids.
pub fn focus(root: &yew::NodeRef, id: &str) {
    let el = root
        .cast::<web_sys::Element>()
        .and_then(|r| r.query_selector(&format!("#{id}")).ok().flatten())
        .and_then(|e| e.dyn_into::<HtmlElement>().ok());
    if let Some(el) = el {
        // A plain focus() scrolls at once, which forces a full layout in the middle of the
        // render; measured, that was a third of every step change. Focus without scrolling,
        // then scroll in the next animation frame, where the layout is due anyway.
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = el.focus_with_options(&options);
        before_paint(move || {
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_block(web_sys::ScrollLogicalPosition::Nearest);
            el.scroll_into_view_with_scroll_into_view_options(&options);
        });
    }
}

/// Runs `f` just before the browser's next paint.
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
    if let Some(w) = web_sys::window() {
        let f = wasm_bindgen::closure::Closure::once_into_js(f);
        let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(f.unchecked_ref(), 0);
    }
}

/// Listens for `event` on `target` and returns the teardown that stops listening, for an
/// effect to return.
pub fn listen<E: JsCast + 'static>(
    target: Option<web_sys::EventTarget>,
    event: &'static str,
    handler: impl Fn(E) + 'static,
) -> impl FnOnce() {
    let closure =
        wasm_bindgen::closure::Closure::<dyn Fn(web_sys::Event)>::new(move |e: web_sys::Event| {
            handler(e.unchecked_into::<E>())
        });
    if let Some(t) = &target {
        let _ = t.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
    }
    move || {
        if let Some(t) = &target {
            let _ = t.remove_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
        }
    }
}

/// The window as an event target.
#[must_use]
pub fn window_target() -> Option<web_sys::EventTarget> {
    web_sys::window().map(Into::into)
}

/// The document as an event target.
#[must_use]
pub fn document_target() -> Option<web_sys::EventTarget> {
    web_sys::window().and_then(|w| w.document()).map(Into::into)
}

/// Switches the wizard (not the host page) to fullscreen and back.
pub fn toggle_fullscreen(root: &yew::NodeRef) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if document.fullscreen_element().is_some() {
        document.exit_fullscreen();
    } else if let Some(el) = root.cast::<web_sys::Element>() {
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

/// Hands a generated file to the browser as a download. Nothing leaves the machine: the file
/// is a Blob URL that lives only in this page.
///
/// # Errors
/// When the browser refuses to build the Blob or the link.
pub fn download(filename: &str, mime: &str, body: &[u8]) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(body));
    let opts = BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &opts)?;
    let url = Url::create_object_url_with_blob(&blob)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let a: HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(filename);
    a.click();
    // Revoke after the click has been handled; revoking at once can cancel the download.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = Url::revoke_object_url(&url);
    });
    if let Some(w) = web_sys::window() {
        let _ =
            w.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 1000);
    }
    Ok(())
}

/// Opens the print dialog for a standalone HTML document without touching the host page: the
/// document goes into a hidden iframe that prints itself.
pub fn print_html(html: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(frame) = document.create_element("iframe") else {
        return;
    };
    let _ = frame.set_attribute("title", "print");
    let _ = frame.set_attribute("aria-hidden", "true");
    let _ = frame.set_attribute("class", "koers-print-frame");
    let _ = frame.set_attribute("srcdoc", html);
    let Some(body) = document.body() else {
        return;
    };
    let _ = body.append_child(&frame);
    let frame_for_load = frame.clone();
    let onload = wasm_bindgen::closure::Closure::once_into_js(move || {
        if let Some(win) = frame_for_load
            .dyn_ref::<web_sys::HtmlIFrameElement>()
            .and_then(web_sys::HtmlIFrameElement::content_window)
        {
            let _ = win.print();
        }
    });
    let _ = frame.add_event_listener_with_callback("load", onload.unchecked_ref());
}
