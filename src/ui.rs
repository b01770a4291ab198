//! The browser shell: the only code that touches Yew, web-sys or wasm-bindgen. It mounts the
//! wizard, installs the panic hook, and turns user events into wizard actions.

mod app;
mod browser;
mod fields;
mod pages;
mod screens;
mod timeline;

pub use app::{App, Props};

use crate::i18n::{Lang, T};
use wasm_bindgen::JsCast;

/// Mounts a wizard on every `[data-koers]` element (and on `#koers`), so one page can hold
/// several. Options come from data attributes.
pub fn start() {
    install_panic_hook();
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(nodes) = document.query_selector_all("[data-koers], #koers") else {
        return;
    };
    for i in 0..nodes.length() {
        let Some(el) = nodes
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        if el.get_attribute("data-koers-mounted").is_some() {
            continue;
        }
        let _ = el.set_attribute("data-koers-mounted", "");
        let lang = el
            .get_attribute("data-lang")
            .and_then(|l| Lang::from_code(&l));
        let full_page = el.get_attribute("data-embedded").is_none();
        yew::Renderer::<App>::with_root_and_props(el, Props { lang, full_page }).render();
    }
}

/// Should a panic still happen, replace the dead widget with a message that says the answers
/// are safe (autosave is written before any action that could panic is handled) and how to go
/// on, instead of leaving a frozen page.
fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("Koers: {info}").into());
        show_crash_message();
    }));
}

/// Replaces every mounted wizard with a short message in the page's language. Storage is not
/// touched, so the last autosave survives for the reload.
pub fn show_crash_message() {
    {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let lang = document
            .document_element()
            .and_then(|e| e.get_attribute("lang"))
            .and_then(|l| Lang::from_code(&l))
            .unwrap_or_default();
        if let Ok(nodes) = document.query_selector_all("[data-koers-mounted]") {
            for i in 0..nodes.length() {
                if let Some(el) = nodes
                    .item(i)
                    .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                {
                    el.set_inner_html("");
                    if let Ok(p) = document.create_element("p") {
                        let _ = p.set_attribute("role", "alert");
                        let _ = p.set_attribute("class", "koers-banner");
                        p.set_text_content(Some(T::Errored.get(lang)));
                        let _ = el.append_child(&p);
                    }
                }
            }
        }
    }
}
