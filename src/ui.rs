//! The browser shell: the only code that touches web-sys or wasm-bindgen. It mounts the
//! wizard, installs the panic hook, and turns user events into wizard actions.

mod app;
mod browser;
mod documents;
pub mod dom;
mod fields;
pub mod markup;
mod pages;
mod screens;
pub mod view;

pub use app::{mount as mount_app, Props, Running};
pub use browser::storage_key;

use crate::domain::Section;
use crate::i18n::{Lang, T};
use crate::wizard::theme;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::wasm_bindgen;

thread_local! {
    /// The element of every mounted wizard, full page or embedded: where the crash message
    /// goes (an embed's lives in a shadow root, where no document query reaches).
    static ROOTS: RefCell<Vec<web_sys::Element>> = const { RefCell::new(Vec::new()) };
    /// The full-page wizard, which lives as long as the page (an embed's is held by its
    /// `Mounted`, until the host unmounts it).
    static PAGE: RefCell<Option<Rc<RefCell<Drawn>>>> = const { RefCell::new(None) };
}

/// Registers a wizard's element; the first wizard on a page is the one that opens a share
/// link in the address (two wizards asking the same question would be one too many).
fn register(el: &web_sys::Element) -> bool {
    ROOTS.with(|r| {
        let mut r = r.borrow_mut();
        r.push(el.clone());
        r.len() == 1
    })
}

/// Called when the module loads (from `koers-web`): installs the panic hook and mounts the full-page wizard on
/// `#koers` if the page has one. Embedded wizards are mounted by `koers-embed.js` via `mount`.
pub fn start() {
    install_panic_hook();
    let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("koers"))
    else {
        return;
    };
    // A second copy of the module (the embed's retry imports a fresh one) must not mount again.
    if el.get_attribute("data-koers-mounted").is_some() {
        return;
    }
    let mut props = options(&el);
    props.full_page = el.get_attribute("data-embedded").is_none();
    props.share_links = register(&el);
    let query = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    props.workshop |= query.contains("workshop");
    let drawn = render(el, props);
    PAGE.with(|p| *p.borrow_mut() = Some(drawn));
}

/// A wizard: drawn, or still waiting for its English copy, or taken away by the host before it
/// was drawn.
enum Drawn {
    Waiting,
    Shown(Running),
    Gone,
}

/// Draws the wizard in `root`: at once, or, when it opens in English and the English copy is
/// not in yet, as soon as it is (the static loading note stays up until then, so no Dutch
/// flashes past). If the copy cannot load, the app opens anyway and says so, in Dutch.
fn render(root: web_sys::Element, props: Props) -> Rc<RefCell<Drawn>> {
    let drawn = Rc::new(RefCell::new(Drawn::Waiting));
    let wait = !crate::i18n::later::ready() && opens_in_english(&props);
    let draw = {
        let drawn = drawn.clone();
        move || {
            if matches!(*drawn.borrow(), Drawn::Gone) {
                return;
            }
            clear_static(&root);
            if let Some(running) = app::mount(root.clone(), props.clone()) {
                *drawn.borrow_mut() = Drawn::Shown(running);
                // Once the app, not the static picture of its first screen, is in the root and
                // answers clicks: tests and the benchmark wait for the mark, and `start`
                // refuses a second mount.
                let _ = root.set_attribute("data-koers-mounted", "");
            }
        }
    };
    if wait {
        wasm_bindgen_futures::spawn_local(async move {
            documents::english().await;
            draw();
        });
    } else {
        draw();
    }
    drawn
}

/// Whether the wizard opens in English: the saved answers' language, else the host's, as
/// `Model::start` decides it. The autosave is read whole only when it may say English (its
/// writer puts `"lang":"en"`) or the host asks for English and it may say otherwise.
fn opens_in_english(props: &Props) -> bool {
    let host = props.lang == Some(Lang::En);
    let saved = match props
        .autosave
        .then(|| browser::read_stored(&props.storage_key).0)
    {
        Some(crate::wizard::Stored::Raw(raw)) if host || raw.contains("\"lang\":\"en") => {
            crate::domain::read_document(raw.as_bytes())
                .ok()
                .and_then(|d| d.lang)
                .and_then(|l| Lang::from_code(&l))
        }
        _ => None,
    };
    saved.or(props.lang) == Some(Lang::En)
}

/// Removes the static first screen (index.html, koers-embed.js) or the loading note from the
/// root. It is a picture of the app, never hydrated: the app draws itself anew in its place.
fn clear_static(root: &web_sys::Element) {
    root.replace_children_with_node_0();
}

/// The options a host sets as data attributes on its element.
fn options(host: &web_sys::Element) -> Props {
    let attr = |name: &str| host.get_attribute(name).filter(|v| !v.trim().is_empty());
    let cta = match (
        attr("data-cta-text"),
        attr("data-cta-href").and_then(|h| theme::safe_href(&h)),
    ) {
        (Some(text), Some(href)) => Some((text, href)),
        _ => None,
    };
    Props {
        lang: attr("data-lang").and_then(|l| Lang::from_code(&l)),
        full_page: false,
        autosave: attr("data-autosave")
            .is_none_or(|v| !matches!(v.as_str(), "off" | "false" | "no")),
        keep: if attr("data-autosave").as_deref() == Some("session") {
            crate::wizard::Keep::Session
        } else {
            crate::wizard::Keep::Local
        },
        ask: attr("data-autosave").as_deref() == Some("ask"),
        start: attr("data-start").and_then(|s| Section::from_key(&s)),
        cta,
        workshop: host
            .get_attribute("data-workshop")
            .is_some_and(|v| v != "false"),
        storage_key: browser::storage_key(
            &attr("data-koers-key")
                .or_else(|| host.get_attribute("data-koers"))
                .unwrap_or_default(),
        ),
        share_links: false,
        prefill: prefill(&attr),
    }
}

/// The host's prefill attributes; a value Koers does not know is ignored, and the site owner
/// hears why on the console (the visitor never sees the host's mistake).
fn prefill(attr: &dyn Fn(&str) -> Option<String>) -> crate::wizard::Prefill {
    let (sector, size) = (attr("data-sector"), attr("data-size"));
    let p = crate::wizard::Prefill::read(
        attr("data-org-name").as_deref(),
        sector.as_deref(),
        size.as_deref(),
    );
    for (name, given, known) in [
        ("data-sector", sector, p.sector.is_some()),
        ("data-size", size, p.size.is_some()),
    ] {
        if let Some(v) = given.filter(|_| !known) {
            web_sys::console::warn_1(
                &format!(
                    "Koers: {name}=\"{v}\" is not a value Koers knows (see the README); ignored."
                )
                .into(),
            );
        }
    }
    p
}

/// Applies the host's theme as CSS custom properties on the container (through the CSSOM,
/// which a strict Content-Security-Policy allows). A colour with too little contrast is
/// darkened, with a console warning; anything else unusable is ignored, with a warning.
fn apply_theme(host: &web_sys::Element, container: &web_sys::HtmlElement) {
    let style = container.style();
    if let Some(colour) = host.get_attribute("data-theme-color") {
        match theme::check_colour(&colour) {
            Some(c) => {
                if c.adjusted {
                    web_sys::console::warn_1(
                        &format!("Koers: theme colour {colour} has too little contrast with white text; using {} instead.", c.css).into(),
                    );
                }
                let _ = style.set_property("--koers-primary", &c.css);
                let _ = style.set_property("--koers-primary-dark", &c.dark);
            }
            None => web_sys::console::warn_1(
                &format!("Koers: theme colour \"{colour}\" is not a hex colour; ignored.").into(),
            ),
        }
    }
    if let Some(font) = host.get_attribute("data-theme-font") {
        // Only family names: letters (Latin, with accents), digits, spaces, commas, quotes
        // and dashes. Checked against Latin-1 rather than all of Unicode: the Unicode tables
        // cost kilobytes of wasm, and font family names are Latin.
        if font.len() < 200
            && font.chars().all(|c| {
                c.is_ascii_alphanumeric()
                    || matches!(c, 'À'..='ÿ' if c != '×' && c != '÷')
                    || " ,'\"-".contains(c)
            })
        {
            let _ = style.set_property("--koers-font", &font);
        }
    }
    if let Some(radius) = host
        .get_attribute("data-theme-radius")
        .and_then(|r| theme::safe_radius(&r))
    {
        let _ = style.set_property("--koers-radius", &radius);
    }
}

/// A mounted wizard, returned to the embed script so the host can unmount it again.
#[wasm_bindgen]
pub struct Mounted {
    drawn: Rc<RefCell<Drawn>>,
    root: web_sys::Element,
}

#[wasm_bindgen]
impl Mounted {
    /// Removes the wizard and its listeners; the container is left empty.
    pub fn unmount(&mut self) {
        if let Drawn::Shown(running) = self.drawn.replace(Drawn::Gone) {
            running.stop();
        }
        ROOTS.with(|r| r.borrow_mut().retain(|el| *el != self.root));
    }
}

/// Mounts a wizard into `container` (the embed script puts it in a shadow root), reading the
/// options from the host element's data attributes.
#[wasm_bindgen]
pub fn mount(container: web_sys::HtmlElement, host: web_sys::Element) -> Mounted {
    apply_theme(&host, &container);
    let mut props = options(&host);
    // The script embed keeps answers in the host site's own storage: unless the host says
    // otherwise, the visitor is asked once.
    props.ask |= host.get_attribute("data-autosave").is_none();
    props.share_links = register(&container);
    let root: web_sys::Element = container.into();
    Mounted {
        drawn: render(root.clone(), props),
        root,
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

/// Replaces every mounted wizard with a short message in its language. Storage is not
/// touched, so the last autosave survives for the reload.
pub fn show_crash_message() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let page_lang = document
        .document_element()
        .and_then(|e| e.get_attribute("lang"));
    ROOTS.with(|roots| {
        for el in roots.borrow().iter() {
            let lang = el
                .first_element_child()
                .and_then(|app| app.get_attribute("lang"))
                .or_else(|| page_lang.clone())
                .and_then(|l| Lang::from_code(&l))
                .unwrap_or_default();
            if let Ok(p) = document.create_element("p") {
                let _ = p.set_attribute("role", "alert");
                let _ = p.set_attribute("class", "koers-banner");
                p.set_text_content(Some(T::Errored.get(lang)));
                el.replace_children_with_node_1(&p);
            }
        }
    });
}
