//! The app shell: holds the wizard's model, sends every action through the wizard's pure
//! `update`, runs the effects it returns, and renders the model (header, notices, the page for
//! the route, navigation, footer). The only state here is what the browser hands over: the
//! root element and the listeners.

use super::browser::{self, Root};
use super::documents;
use super::dom::{Dom, Live};
use super::fields::{dom_id, Ctx};
use super::pages;
use super::screens;
use super::view::{button, el, list, Sender, View};
use crate::domain::Section;
use crate::export::share;
use crate::i18n::{self, Label, Lang, T};
use crate::wizard::{
    update, Action, Config, Downloaded, Effect, Focus, Model, Notice, Route, Saving, Screen, Start,
    STEP_COUNT,
};
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::{Rc, Weak};
use wasm_bindgen::JsCast;

/// What the host (or the page) says about a wizard before it starts.
#[derive(Clone)]
pub struct Props {
    /// The language to start in when nothing was saved.
    pub lang: Option<Lang>,
    /// Whether this wizard owns the page (title and URL fragment); false when embedded.
    pub full_page: bool,
    /// Whether answers are kept in localStorage.
    pub autosave: bool,
    /// The section to open on a first visit, instead of the task list.
    pub start: Option<Section>,
    /// The host's call to action (text, checked link), shown with the plan.
    pub cta: Option<(String, String)>,
    /// Start in workshop (projector) mode.
    pub workshop: bool,
    /// The localStorage key for this wizard's answers.
    pub storage_key: String,
    /// Whether this wizard opens a share link in the address (only one wizard on a page does).
    pub share_links: bool,
    /// What the host fills in for a visitor with no saved answers.
    pub prefill: crate::wizard::Prefill,
    /// Where answers are kept (`data-autosave="local"` or `"session"`).
    pub keep: crate::wizard::Keep,
    /// Ask the visitor once whether to keep their answers on this computer.
    pub ask: bool,
}

impl Default for Props {
    fn default() -> Self {
        Props {
            lang: None,
            full_page: true,
            autosave: true,
            start: None,
            cta: None,
            workshop: false,
            storage_key: browser::STORAGE_KEY.to_string(),
            share_links: true,
            prefill: crate::wizard::Prefill::default(),
            keep: crate::wizard::Keep::default(),
            ask: false,
        }
    }
}

/// A running wizard and the actions waiting for it. Handlers, listeners and tasks hold a
/// `Link` to it, which does nothing once the wizard is gone.
struct Shared {
    app: RefCell<Option<App>>,
    queue: RefCell<VecDeque<Action>>,
    /// An action is being handled: one sent meanwhile (a focus moved by the drawing) waits
    /// its turn in the queue.
    busy: Cell<bool>,
}

/// Sends actions to a running wizard.
#[derive(Clone)]
pub struct Link(Weak<Shared>);

impl Link {
    pub fn send_message(&self, action: Action) {
        let Some(shared) = self.0.upgrade() else {
            return;
        };
        shared.queue.borrow_mut().push_back(action);
        self.drain();
    }

    /// Handles what waits in the queue, unless that is already under way further up.
    fn drain(&self) {
        let Some(shared) = self.0.upgrade() else {
            return;
        };
        if shared.busy.replace(true) {
            return;
        }
        // Everything waiting goes through `update` first, then one drawing, as a batch.
        loop {
            let batch: Vec<Action> = shared.queue.borrow_mut().drain(..).collect();
            if batch.is_empty() {
                break;
            }
            let mut app = shared.app.borrow_mut();
            let Some(app) = app.as_mut() else {
                break;
            };
            for action in batch {
                app.update(action);
            }
            app.render();
        }
        shared.busy.set(false);
    }

    /// In workshop mode, the wizard's element (if drawn); `None` otherwise or while it is busy.
    fn workshop_root(&self) -> Option<Option<web_sys::Element>> {
        let shared = self.0.upgrade()?;
        let app = shared.app.try_borrow().ok()?;
        let app = app.as_ref()?;
        app.model.workshop.then(|| app.root.get())
    }

    fn sender(&self) -> Sender {
        let link = self.clone();
        Sender::new(move |a| link.send_message(a))
    }
}

/// A wizard on the page, until the host takes it away.
pub struct Running(Rc<Shared>);

impl Running {
    /// Removes the wizard and its listeners; the container is left empty.
    pub fn stop(&self) {
        if let Some(app) = self.0.app.borrow_mut().take() {
            app.root.0.replace_children_with_node_0();
        }
    }
}

/// Starts a wizard in `container` (drawn at once, the first drawing in place of whatever the
/// container held).
pub fn mount(container: web_sys::Element, props: Props) -> Option<Running> {
    let doc = web_sys::window()?.document()?;
    let shared = Rc::new(Shared {
        app: RefCell::new(None),
        queue: RefCell::new(VecDeque::new()),
        busy: Cell::new(true),
    });
    let link = Link(Rc::downgrade(&shared));
    let dom = Dom::new(doc, link.sender());
    let app = App::create(props, container, dom, link.clone());
    *shared.app.borrow_mut() = Some(app);
    if let Some(app) = shared.app.borrow_mut().as_mut() {
        app.render();
    }
    shared.busy.set(false);
    // What the opening sent while the first drawing was made.
    link.drain();
    Some(Running(shared))
}

pub struct App {
    model: Model,
    props: Props,
    root: Root,
    dom: Dom,
    /// What is on the page now; `None` before the first drawing.
    live: Option<Live>,
    link: Link,
    /// Focus moves once the render it belongs to is on the page.
    focus: Option<Focus>,
    /// The judgement last drawn for a screen, shown while the documents module redraws it for
    /// the answer just typed: without it the box would vanish and come back on every keystroke,
    /// and everything below it would jump under the visitor's finger.
    shown: Option<(Route, String)>,
    /// What the next drawing of the documents module must do again, and since when: it draws
    /// a moment after the page, so it may push a field just focused off the screen, or
    /// replace the Change button just focused.
    again: Option<(Again, f64)>,
    /// The documents module's drawing for this page changed in this update.
    redrawn: bool,
    /// The switch to English waits for its copy: the button says so meanwhile.
    english_pending: bool,
    /// Dutch was chosen again while English was on its way: its arrival changes nothing.
    english_abandoned: bool,
    _listeners: Vec<gloo_events::EventListener>,
}

/// See `App::again`.
enum Again {
    /// Bring this field back into view, within a second and a half.
    Scroll(String),
    /// Focus this Change button (its `value`) again, within three seconds, unless the visitor
    /// has moved on.
    FocusRow(String),
}

impl App {
    /// Runs the effects; what a synchronous one reports back (the autosave written or not) is
    /// returned, to go through `update` before this render rather than cost a render of its
    /// own after every keystroke.
    fn run(&mut self, effects: Vec<Effect>) -> Vec<Action> {
        let mut reports = Vec::new();
        let props = &self.props;
        for effect in effects {
            let link = self.link.clone();
            match effect {
                Effect::Save(json) => {
                    let ok = browser::write_stored(&props.storage_key, &json, self.model.keep);
                    // Reported back as an action, so the model says what the footer shows.
                    reports.push(Action::Saved(ok));
                    if ok && !props.full_page {
                        browser::keep_for_tab(
                            &props.storage_key,
                            browser::PLACE,
                            Some(&self.model.route.fragment()),
                        );
                    }
                    if ok {
                        browser::check_room_later(
                            &props.storage_key,
                            json.len(),
                            self.model.keep,
                            move || link.send_message(Action::StorageLow),
                        );
                    }
                }
                Effect::ClearSaved => browser::clear_stored(&props.storage_key),
                Effect::Address { route, replace } => {
                    if !props.full_page && self.model.saving == Saving::Saved {
                        browser::keep_for_tab(
                            &props.storage_key,
                            browser::PLACE,
                            Some(&route.fragment()),
                        );
                    }
                    if props.full_page {
                        let title = title(&self.model);
                        let fragment = route.fragment();
                        browser::later(move || {
                            browser::set_title(&title);
                            if browser::fragment() != fragment {
                                browser::set_fragment(&fragment, replace);
                            }
                        });
                    }
                }
                Effect::Focus(f) => self.focus = Some(f),
                Effect::Render(route, plan, lang) => {
                    let format = match route {
                        Route::Screen(s) => format!("aside:{}", s.key()),
                        // The sections' statuses depend on where the visitor has been, which
                        // the plan does not hold: they travel with the request.
                        Route::Review => Section::ALL
                            .iter()
                            .map(|s| self.model.status(*s).letter())
                            .fold("review:".to_string(), |mut f, c| {
                                f.push(c);
                                f
                            }),
                        _ => "screen".to_string(),
                    };
                    // In a task of its own: the screen and its focused heading come first, the
                    // judgement the documents module adds follows a moment later.
                    browser::later(move || {
                        wasm_bindgen_futures::spawn_local(async move {
                            let markup = documents::render(&format, &plan, lang, browser::today())
                                .await
                                .map(|d| String::from_utf8_lossy(&d.body).into_owned());
                            link.send_message(Action::Rendered {
                                route,
                                plan,
                                lang,
                                markup,
                            });
                        });
                    });
                }
                Effect::Download(format, plan, lang) => {
                    let root = self.root.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        match documents::render(format.key(), &plan, lang, browser::today()).await {
                            Some(doc) => {
                                browser::download(&root, &doc.filename, &doc.mime, &doc.body)
                            }
                            None => link.send_message(Action::DocumentsUnavailable),
                        }
                    });
                }
                Effect::DownloadReport(index, format, plan, lang) => {
                    let root = self.root.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        let format = format!("{}:{index}", format.key());
                        match documents::render(&format, &plan, lang, browser::today()).await {
                            Some(doc) => {
                                browser::download(&root, &doc.filename, &doc.mime, &doc.body)
                            }
                            None => link.send_message(Action::DocumentsUnavailable),
                        }
                    });
                }
                Effect::OpenInTab(what, plan, lang) => {
                    wasm_bindgen_futures::spawn_local(async move {
                        let shown = match what {
                            Downloaded::Answers => Some((
                                crate::domain::to_json(&plan).into_bytes(),
                                "text/plain;charset=utf-8".to_string(),
                            )),
                            Downloaded::Report(index) => documents::render(
                                &format!("report-html:{index}"),
                                &plan,
                                lang,
                                browser::today(),
                            )
                            .await
                            .map(|d| (d.body, "text/html;charset=utf-8".to_string())),
                            Downloaded::Plan(format) => documents::render(
                                format.viewable().key(),
                                &plan,
                                lang,
                                browser::today(),
                            )
                            .await
                            .map(|d| (d.body, format.viewable().shown_as().to_string())),
                        };
                        match shown {
                            Some((body, mime)) => {
                                if !browser::open_tab(&body, &mime) {
                                    link.send_message(Action::TabBlocked);
                                }
                            }
                            None => link.send_message(Action::DocumentsUnavailable),
                        }
                    });
                }
                Effect::KeepGroup(record) => {
                    // Kept where answers may be kept (forgetting it always may).
                    if self.model.may_keep() || record.is_none() {
                        browser::keep_for_tab(
                            &props.storage_key,
                            browser::WORKSHOP,
                            record.as_deref(),
                        );
                    }
                }
                Effect::KeepOwn(record) => {
                    // As the workshop session: kept only where answers may be kept.
                    if self.model.may_keep() {
                        browser::keep_for_tab(&props.storage_key, browser::OWN, Some(&record));
                    }
                }
                Effect::Copy(text) => {
                    wasm_bindgen_futures::spawn_local(async move {
                        link.send_message(Action::Copied(browser::copy(&text).await));
                    });
                }
                Effect::SaveFile { name, mime, body } => {
                    browser::download(&self.root, &name, mime, body.as_bytes());
                }
                Effect::Print(plan, lang) => {
                    let root = self.root.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        match documents::print(&plan, lang, browser::today()).await {
                            Some(p) => {
                                browser::print(&root, &p.title, lang.code(), &p.style, &p.body)
                            }
                            None => link.send_message(Action::DocumentsUnavailable),
                        }
                    });
                }
                Effect::MakeShareLink(plan) => {
                    wasm_bindgen_futures::spawn_local(async move {
                        let fragment = documents::share_fragment(&plan).await;
                        link.send_message(Action::ShareLinkMade(
                            fragment.map(|f| format!("{}#{f}", browser::page_address())),
                        ));
                    });
                }
                Effect::MakeQr(id) => {
                    let lang = self.model.lang;
                    wasm_bindgen_futures::spawn_local(async move {
                        let address = format!("{}#scoren-{}", browser::page_address(), id.text());
                        let qr = documents::qr(&address, T::GroupQrName.get(lang)).await;
                        link.send_message(Action::GroupQr(qr));
                    });
                }
                Effect::LoadExample(sector) => {
                    wasm_bindgen_futures::spawn_local(async move {
                        link.send_message(match documents::example(sector).await {
                            Some(bytes) => Action::ExampleArrived(bytes),
                            None => Action::ExampleFailed,
                        });
                    });
                }
                Effect::ClearShareLink => {
                    // The answers leave the address bar, in place, so no history entry keeps
                    // them. Embedded, the host's address is left as it was without our part.
                    if share::is_share_fragment(&browser::fragment()) {
                        let keep = if props.full_page {
                            self.model.route.fragment()
                        } else {
                            browser::page_address()
                        };
                        browser::set_fragment(&keep, true);
                    }
                }
                Effect::Fullscreen => browser::toggle_fullscreen(&self.root),
                Effect::Emit(event) => browser::emit(&self.root, event.name(), &event.detail()),
            }
        }
        reports
    }
}

/// The window title: "Stap 2 van 8: Over uw organisatie – Koers".
fn title(m: &Model) -> String {
    let lang = m.lang;
    let step = m.route.step_number().map(|n| {
        format!(
            "{} {n} {} {STEP_COUNT}: ",
            T::StepOf.get(lang),
            T::Of.get(lang)
        )
    });
    format!("{}{} – Koers", step.unwrap_or_default(), heading_text(m))
}

fn heading_text(m: &Model) -> &'static str {
    let l = m.lang;
    match m.route {
        Route::Tasks => T::TasksHeading.get(l),
        Route::Screen(s) => s.heading().0.get(l),
        Route::Review => T::ReviewHeading.get(l),
        Route::Plan => T::PlanHeading.get(l),
        Route::Score(_) => T::ScoreHeading.get(l),
    }
}

impl App {
    fn create(props: Props, container: web_sys::Element, dom: Dom, link: Link) -> Self {
        let lang = props.lang.unwrap_or_default();
        let first_screen = props
            .start
            .and_then(|s| Screen::of_section(s).first().copied())
            .map_or(Route::Tasks, Route::Screen);
        // An embedded wizard leaves the host's URL alone, so it never reads a route from it.
        let route = if props.full_page {
            Route::from_fragment(&browser::fragment()).unwrap_or(first_screen)
        } else {
            first_screen
        };
        let (stored, stored_in) = if props.autosave {
            let (stored, at) = browser::read_stored(&props.storage_key);
            (Some(stored), at)
        } else {
            (None, props.keep)
        };
        let mut model = Model::start(Start {
            config: Config {
                full_page: props.full_page,
                autosave: props.autosave,
                keep: props.keep,
                ask: props.ask,
            },
            lang,
            route,
            resume: if props.full_page || !props.autosave {
                None
            } else {
                browser::kept_for_tab(&props.storage_key, browser::PLACE)
                    .and_then(|f| Route::from_fragment(&f))
            },
            stored,
            stored_in,
            workshop: props.workshop,
            group: browser::kept_for_tab(&props.storage_key, browser::WORKSHOP),
            own: browser::kept_for_tab(&props.storage_key, browser::OWN),
            seed: browser::seed(),
            prefill: props.prefill.clone(),
        });

        documents::start_loading();
        // Installable and usable offline, as a page of its own only: an embed must never put
        // a service worker on its host's origin, nor the iframe page on the assets' origin
        // behind a host's back.
        if props.full_page {
            browser::offline();
        }
        // A share link in the address is opened, with a preview and a question, as a file is.
        let fragment = browser::fragment();
        if props.share_links && share::is_share_fragment(&fragment) {
            let link = link.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match documents::share_unpack(&fragment).await {
                    Ok(bytes) => link.send_message(Action::Opened {
                        bytes,
                        from_link: true,
                    }),
                    Err(Some(e)) => link.send_message(Action::LinkFailed(e)),
                    Err(None) => link.send_message(Action::DocumentsUnavailable),
                }
            });
        }

        let mut listeners = Vec::new();
        if let Some(window) = web_sys::window() {
            if props.full_page {
                let link = link.clone();
                listeners.push(gloo_events::EventListener::new(
                    &window,
                    "popstate",
                    move |_| {
                        if let Some(route) = Route::from_fragment(&browser::fragment()) {
                            link.send_message(Action::Popped(route));
                        }
                    },
                ));
            }
            // Back from the back-forward cache: the page is as it was left, but storage may
            // hold newer answers (another tab, or this one before it was frozen). Read them
            // again, and on the full page the place in the address too.
            if props.autosave {
                let (link, key, full_page) =
                    (link.clone(), props.storage_key.clone(), props.full_page);
                listeners.push(gloo_events::EventListener::new(
                    &window,
                    "pageshow",
                    move |e| {
                        let persisted = js_sys::Reflect::get(e, &"persisted".into())
                            .is_ok_and(|p| p.is_truthy());
                        if !persisted {
                            return;
                        }
                        if let (crate::wizard::Stored::Raw(raw), _) = browser::read_stored(&key) {
                            link.send_message(Action::Restored(raw));
                        }
                        if full_page {
                            if let Some(route) = Route::from_fragment(&browser::fragment()) {
                                link.send_message(Action::Popped(route));
                            }
                        }
                    },
                ));
            }
            // Another tab wrote our key: say so, rather than silently overwriting its work.
            let (tab_link, key) = (link.clone(), props.storage_key.clone());
            listeners.push(gloo_events::EventListener::new(
                &window,
                "storage",
                move |e| {
                    if let Some(e) = e.dyn_ref::<web_sys::StorageEvent>() {
                        if e.key().as_deref() == Some(key.as_str()) {
                            tab_link
                                .send_message(Action::OtherTab(e.new_value().unwrap_or_default()));
                        }
                    }
                },
            ));
            if let Some(document) = window.document() {
                listeners.push(shortcuts(&link, &document));
            }
        }
        // `ui::render` waited for the English copy and it did not come: the first screen is
        // Dutch, and says why (never half in English); the switch tries again.
        let failed = if model.lang == Lang::En && !i18n::later::ready() {
            update(&mut model, Action::EnglishUnavailable)
        } else {
            Vec::new()
        };
        let mut opening = crate::wizard::on_start(&mut model);
        opening.extend(failed);
        let mut app = App {
            model,
            props,
            root: Root(container),
            dom,
            live: None,
            link: link.clone(),
            focus: None,
            shown: None,
            again: None,
            redrawn: false,
            english_pending: false,
            english_abandoned: false,
            _listeners: listeners,
        };
        // Sent after the first drawing, as the mount's caller drains the queue.
        let reports = app.run(opening);
        if let Some(shared) = link.0.upgrade() {
            shared.queue.borrow_mut().extend(reports);
        }
        app
    }

    fn update(&mut self, action: Action) {
        // Every action is drawn: the patch is cheaper than cloning and comparing the model to
        // find the few that change nothing.
        let mut pending = vec![action];
        while let Some(action) = pending.pop() {
            // English needs its copy first (the first load leaves it out): the switch waits
            // for it, so nothing is ever shown half in Dutch.
            match action {
                Action::SetLang(Lang::En) if !i18n::later::ready() => {
                    self.english_abandoned = false;
                    if !self.english_pending {
                        self.english_pending = true;
                        fetch_english(&self.link);
                    }
                    continue;
                }
                Action::SetLang(Lang::Nl) if self.english_pending => {
                    self.english_pending = false;
                    self.english_abandoned = true;
                }
                // What the fetch reports, once the visitor has gone back to Dutch.
                Action::SetLang(Lang::En) | Action::EnglishUnavailable
                    if self.english_abandoned =>
                {
                    self.english_abandoned = false;
                    continue;
                }
                Action::SetLang(_) | Action::EnglishUnavailable => self.english_pending = false,
                _ => {}
            }
            let effects = update(&mut self.model, action);
            pending.extend(self.run(effects));
        }
        if let crate::wizard::Document::Ready(r, _, _, encoded) = &self.model.document {
            if self
                .shown
                .as_ref()
                .is_none_or(|(sr, se)| sr != r || se != encoded)
            {
                self.shown = Some((*r, encoded.clone()));
                self.redrawn = true;
            }
        }
    }

    /// Draws the model and patches the page to it, then does what needs the drawing on the
    /// page (focus, the first drawing's announcements).
    fn render(&mut self) {
        let view = self.view();
        let parent: web_sys::Node = self.root.0.clone().into();
        let first_render = match self.live.as_mut() {
            Some(live) => {
                self.dom.patch(&parent, live, view, None, false);
                false
            }
            None => {
                self.live = Some(self.dom.create(&parent, view, None, false));
                true
            }
        };
        self.rendered(first_render);
    }

    fn rendered(&mut self, first_render: bool) {
        if first_render {
            browser::emit(&self.root, "koers:ready", "{}");
            if let Some(root) = self.root.get() {
                browser::warm_controls(&root);
            }
            // Once the page is idle, the same screen drawn again: it changes nothing, but it
            // runs the patch from one drawing to the next, which the mount never does,
            // so the browser has compiled that code before the visitor's first step needs it.
            let link = self.link.clone();
            wasm_bindgen_futures::spawn_local(async move {
                super::documents::idle().await;
                link.send_message(Action::Focus(Focus::None));
            });
        }
        if first_render {
            self.page_lang();
            if self.model.config.full_page {
                let title = title(&self.model);
                browser::later(move || browser::set_title(&title));
            }
        }
        let redrawn = std::mem::take(&mut self.redrawn);
        if let Some(f) = self.focus.take() {
            let id = match f {
                Focus::Heading => "koers-heading".to_string(),
                Focus::ErrorSummary => "koers-error-summary".to_string(),
                Focus::Part => "koers-part".to_string(),
                Focus::Question(q) => dom_id(q),
                Focus::Field(f) => format!("koers-f-{}", f.key()),
                Focus::LoadConfirm => "koers-load-confirm".to_string(),
                Focus::GroupCodes => "koers-group-codes".to_string(),
                Focus::GroupClosing => "koers-group-closing".to_string(),
                Focus::Own(d) => format!("koers-own-{}", d.key()),
                Focus::AddButton(list) => screens::add_button_id(list).to_string(),
                Focus::GroupResult => {
                    if !browser::focus(&self.root, "koers-group-refused") {
                        browser::scroll_to(&self.root, "koers-group-count");
                    }
                    self.page_lang();
                    return;
                }
                Focus::ShareLink => "koers-share-link".to_string(),
                Focus::ChangedRow => {
                    let row = self.model.changed_row.clone().unwrap_or_default();
                    if !browser::focus_button(&self.root, &row) {
                        browser::focus(&self.root, "koers-heading");
                    }
                    // Again once the new drawing is in: it may replace the button.
                    self.again = Some((Again::FocusRow(row), js_sys::Date::now()));
                    self.page_lang();
                    return;
                }
                Focus::None => return,
            };
            // A question that is not drawn (an option that reveals it is not chosen): the
            // heading, so focus never falls to the page.
            let found = browser::focus(&self.root, &id);
            let field = matches!(f, Focus::Question(_) | Focus::Field(_));
            if !found && field {
                browser::focus(&self.root, "koers-heading");
            }
            self.again = (found && field).then(|| (Again::Scroll(id), js_sys::Date::now()));
        } else if redrawn {
            let since = |at: f64| js_sys::Date::now() - at;
            match self.again.take() {
                Some((Again::Scroll(id), at)) if since(at) < 1500.0 => {
                    browser::scroll_to(&self.root, &id);
                }
                Some((Again::FocusRow(row), at))
                    if since(at) < 3000.0 && browser::focus_is_on(&self.root, &row) =>
                {
                    browser::focus_button(&self.root, &row);
                }
                _ => {}
            }
        }
        self.page_lang();
    }

    fn view(&self) -> View {
        let m = &self.model;
        // The judgement the documents module rendered for this screen, once it is there.
        let asides = match (&m.document, m.route, &self.shown) {
            (crate::wizard::Document::Ready(r, _, _, encoded), Route::Screen(_), _)
                if *r == m.route =>
            {
                crate::export::markup::decode(encoded).unwrap_or_default()
            }
            (crate::wizard::Document::Waiting(r, _, _), Route::Screen(_), Some((sr, encoded)))
                if *r == m.route && *sr == m.route =>
            {
                crate::export::markup::decode(encoded).unwrap_or_default()
            }
            _ => Vec::new(),
        };
        let c = Ctx {
            m,
            lang: m.lang,
            send: self.link.sender(),
            asides: &asides,
        };
        let status = match m.saving {
            Saving::Off if !m.config.autosave => Some(T::AutosaveOff),
            Saving::Off => Some(T::NotSaved),
            Saving::Saved if m.keep == crate::wizard::Keep::Session => Some(T::SavedSession),
            Saving::Saved => Some(T::Saved),
            Saving::Asking => Some(T::KeepNotYet),
            Saving::Held | Saving::NotSaved => None,
        };
        let shell = Shell {
            lang: m.lang,
            busy: self.english_pending,
            workshop: m.workshop,
            scoring: matches!(m.route, Route::Score(_)),
            status,
            confirm_forget: m.confirm_forget,
            cta: &self.props.cta,
        };
        el("div")
            .class("koers-app")
            .class_if(m.workshop, "koers-workshop")
            .attr("lang", m.lang.code())
            .child(header(&shell))
            .child(
                el("main")
                    .class("koers-main")
                    .id("koers-main")
                    .child(help_overlay(&c))
                    .child(m.workshop.then(|| {
                        el("p")
                            .class("koers-hint")
                            .id("koers-workshop-hint")
                            .text(c.t(T::ShortcutsHint))
                    }))
                    .child(notice(&c))
                    .child(keep_question(&c))
                    .child(confirm_load(&c))
                    .child(step_caption(&c))
                    .child(
                        el("h1")
                            .class("koers-h1")
                            .id("koers-heading")
                            .attr("tabindex", "-1")
                            .text(heading_text(m)),
                    )
                    .child(error_summary(&c))
                    .child(content(&c))
                    .child(if m.route == Route::Plan {
                        cta(&self.props.cta, "koers-cta-plan")
                    } else {
                        View::Empty
                    })
                    .child(nav(&c)),
            )
            .child(footer(&shell))
            .into()
    }
}

impl App {
    /// The page's language follows the switch when Koers owns the page.
    fn page_lang(&self) {
        if self.props.full_page {
            if let Some(el) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.document_element())
            {
                let _ = el.set_attribute("lang", self.model.lang.code());
            }
        }
    }
}

/// Single-key shortcuts, only in workshop mode (which the user can switch off, WCAG 2.1.4),
/// never while typing in a field, and only for keys aimed at this wizard or at the page itself
/// (the composed path reaches into a shadow root, so embeds work too).
/// Fetches the English copy, then switches to English, or says it could not.
fn fetch_english(link: &Link) {
    let link = link.clone();
    wasm_bindgen_futures::spawn_local(async move {
        link.send_message(if documents::english().await {
            Action::SetLang(Lang::En)
        } else {
            Action::EnglishUnavailable
        });
    });
}

fn shortcuts(link: &Link, document: &web_sys::Document) -> gloo_events::EventListener {
    let link = link.clone();
    let options = gloo_events::EventListenerOptions::enable_prevent_default();
    gloo_events::EventListener::new_with_options(document, "keydown", options, move |e| {
        let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
            return;
        };
        if e.ctrl_key() || e.meta_key() || e.alt_key() {
            return;
        }
        let Some(root) = link.workshop_root() else {
            return;
        };
        let path = e.composed_path();
        let first = path.get(0).dyn_into::<web_sys::Element>().ok();
        let typing = first
            .as_ref()
            .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA"));
        let on_page = first
            .as_ref()
            .is_none_or(|el| matches!(el.tag_name().as_str(), "BODY" | "HTML"));
        let in_wizard = root.is_some_and(|r| path.includes(&r, 0));
        if typing || !(on_page || in_wizard) {
            return;
        }
        let action = match e.key().as_str() {
            "n" | "N" => Action::Next,
            "b" | "B" => Action::Back,
            "o" | "O" => Action::Go(Route::Tasks),
            "f" | "F" => Action::Fullscreen,
            "?" => Action::ToggleHelp,
            "Escape" => Action::CloseHelp,
            _ => return,
        };
        e.prevent_default();
        link.send_message(action);
    })
}

/// The header.
fn header(p: &Shell) -> View {
    let t = |k: T| k.get(p.lang);
    let other = match p.lang {
        Lang::Nl => Lang::En,
        Lang::En => Lang::Nl,
    };
    // Focus moves by script: a # link would change the address the app routes on, and in a
    // shadow root it reaches nothing.
    let skip = el("a")
        .class("koers-skip")
        .attr("href", "#koers-main")
        .on("click", |e| {
            e.prevent_default();
            Some(Action::Focus(Focus::Heading))
        })
        .text(t(T::SkipToContent));
    let switches = (!p.scoring).then(|| {
        list([
            button("koers-link", Action::Go(Route::Tasks))
                .id("koers-overview")
                .text(t(T::Overview))
                .into(),
            button("koers-link", Action::ToggleWorkshop)
                .id("koers-workshop")
                .attr("aria-pressed", if p.workshop { "true" } else { "false" })
                .text(t(T::Workshop))
                .into(),
        ])
    });
    el("header")
        .class("koers-header")
        .child(skip)
        .child(
            el("div")
                .class("koers-header-inner")
                .child(
                    el("p")
                        .class("koers-brand")
                        .child(el("span").class("koers-brand-name").text(t(T::AppName)))
                        .child(el("span").class("koers-brand-tagline").text(t(T::Tagline))),
                )
                .child(
                    el("nav")
                        .class("koers-header-nav")
                        .attr("aria-label", t(T::Overview))
                        .child(switches)
                        // The name says what the button does, in the language it switches to,
                        // and holds the visible text (WCAG 2.5.3, label in name).
                        .child(
                            button("koers-link", Action::SetLang(other))
                                .id("koers-lang")
                                .attr("lang", other.code())
                                .attr("aria-label", T::SwitchToOtherLabel.get(p.lang))
                                .attr_opt("aria-busy", p.busy.then_some("true"))
                                .text(t(T::SwitchToOther)),
                        )
                        .child(p.busy.then(|| {
                            el("span")
                                .class("koers-visually-hidden")
                                .attr("role", "status")
                                .id("koers-lang-status")
                                .text(t(T::LoadingEnglish))
                        })),
                ),
        )
        .into()
}

fn notice(c: &Ctx) -> View {
    let Some(n) = &c.m.notice else {
        return View::Empty;
    };
    let lang = c.lang;
    let (text, extra): (String, View) = match n {
        Notice::StorageUnavailable => (c.t(T::StorageUnavailable).to_string(), View::Empty),
        // Another way to keep the work when storage cannot: the answers file.
        Notice::StorageFull | Notice::StorageLow => (
            c.t(if matches!(n, Notice::StorageLow) {
                T::StorageLow
            } else {
                T::StorageFull
            })
            .to_string(),
            button(
                "koers-button koers-button--secondary",
                Action::DownloadAnswers,
            )
            .id("koers-notice-download")
            .text(c.t(T::DownloadAnswersNow))
            .into(),
        ),
        Notice::OtherTab => (c.t(T::OtherTab).to_string(), View::Empty),
        Notice::Forgotten => (c.t(T::Forgotten).to_string(), View::Empty),
        Notice::ForgottenAfterDownload => (c.t(T::ForgottenAfterDownload).to_string(), View::Empty),
        Notice::Loaded => (c.t(T::Loaded).to_string(), View::Empty),
        Notice::LinkOpened => (c.t(T::LinkOpened).to_string(), View::Empty),
        Notice::ExampleLoaded => (c.t(T::ExampleLoaded).to_string(), View::Empty),
        Notice::EvaluationClosed => (c.t(T::EvaluationClosed).to_string(), View::Empty),
        Notice::DocumentsUnavailable => (c.t(T::DocumentsUnavailable).to_string(), View::Empty),
        Notice::ExampleFailed => (c.t(T::ExampleFailed).to_string(), View::Empty),
        // The visitor asked for English: say it in English too.
        Notice::EnglishUnavailable => (
            c.t(T::EnglishUnavailable).to_string(),
            el("p")
                .attr("lang", "en")
                .text(T::EnglishUnavailableInEnglish.get(Lang::Nl))
                .into(),
        ),
        Notice::ImportFailed(e) => (i18n::import_error(e, lang), View::Empty),
        Notice::LinkFailed(e) => (i18n::share_error(e, lang), View::Empty),
        Notice::Corrupt(_) => (
            c.t(T::StorageCorrupt).to_string(),
            button(
                "koers-button koers-button--secondary",
                Action::DownloadCorrupt,
            )
            .id("koers-download-corrupt")
            .text(c.t(T::DownloadCorrupt))
            .into(),
        ),
    };
    let role = if matches!(
        n,
        Notice::Forgotten | Notice::Loaded | Notice::LinkOpened | Notice::ForgottenAfterDownload
    ) {
        "status"
    } else {
        "alert"
    };
    el("div")
        .class("koers-banner")
        .attr("role", role)
        .id("koers-notice")
        .child(el("p").text(text))
        .child(extra)
        .child(
            button(
                "koers-button koers-button--secondary",
                Action::DismissNotice,
            )
            .text(c.t(T::Dismiss)),
        )
        .into()
}

/// Where the page lets the visitor choose, asks once, as soon as there is something to keep,
/// whether to keep the answers on this computer or in this tab only.
fn keep_question(c: &Ctx) -> View {
    use crate::wizard::Keep;
    if c.m.saving != Saving::Asking || !c.m.edited {
        return View::Empty;
    }
    el("div")
        .class("koers-banner")
        .attr("role", "region")
        .attr("aria-labelledby", "koers-keep-question")
        .id("koers-keep")
        .child(
            el("p")
                .id("koers-keep-question")
                .child(el("strong").text(c.t(T::KeepQuestion))),
        )
        .child(el("p").text(c.t(T::KeepExplain)))
        .child(
            button("koers-button", Action::Keep(Keep::Local))
                .id("koers-keep-local")
                .text(c.t(T::KeepLocal)),
        )
        .text(" ")
        .child(
            button(
                "koers-button koers-button--secondary",
                Action::Keep(Keep::Session),
            )
            .id("koers-keep-session")
            .text(c.t(T::KeepSession)),
        )
        .into()
}

/// Asks before a loaded file or an opened share link replaces the current answers, and shows
/// what would be replaced.
fn confirm_load(c: &Ctx) -> View {
    let Some(p) = &c.m.pending else {
        return View::Empty;
    };
    let lang = c.lang;
    let name = |n: &str| {
        if n.trim().is_empty() {
            c.t(T::NotAnswered).to_string()
        } else {
            n.to_string()
        }
    };
    // With nothing answered yet there is nothing to replace: the question says what comes in,
    // and the button opens it rather than warning.
    let fresh = c.m.nothing_answered();
    let question = match (p.example, p.from_link, fresh) {
        (true, _, false) => T::ExampleReplaceWarning,
        (true, _, true) => T::ExampleOpenFresh,
        (false, true, false) => T::ShareOpened,
        (false, true, true) => T::ShareOpenedFresh,
        (false, false, false) => T::LoadReplaceWarning,
        (false, false, true) => T::LoadFresh,
    };
    let (yes, yes_class) = if fresh {
        (T::OpenIt, "koers-button")
    } else {
        (T::LoadConfirm, "koers-button koers-button--warning")
    };
    let incoming = el("span")
        .id("koers-load-incoming")
        .text(name(&p.plan.organisation.name));
    let what = if fresh {
        el("dd").child(incoming).into()
    } else {
        list([
            el("dd")
                .child(
                    el("span")
                        .id("koers-load-current")
                        .text(name(&c.m.plan.organisation.name)),
                )
                .text(" → ")
                .child(incoming)
                .into(),
            el("dt").text(c.t(T::WhatIsReplaced)).into(),
            el("dd")
                .text(
                    Section::ALL
                        .iter()
                        .map(|s| s.label(lang))
                        .collect::<Vec<_>>()
                        .join(", "),
                )
                .into(),
        ])
    };
    el("div")
        .class("koers-confirm")
        .class_if(fresh, "koers-confirm--open")
        .attr("role", "alertdialog")
        .attr("aria-labelledby", "koers-load-question")
        .id("koers-load-confirm")
        .attr("tabindex", "-1")
        .child(
            el("p")
                .id("koers-load-question")
                .child(el("strong").text(c.t(question))),
        )
        .child(
            el("dl")
                .class("koers-dl")
                .child(el("dt").text(c.t(T::Organisation)))
                .child(what),
        )
        .child(
            button(yes_class, Action::ConfirmLoad)
                .id("koers-load-yes")
                .text(c.t(yes)),
        )
        .child(
            button("koers-button koers-button--secondary", Action::CancelLoad)
                .id("koers-load-cancel")
                .text(c.t(T::Cancel)),
        )
        .into()
}

fn step_caption(c: &Ctx) -> View {
    let m = c.m;
    let n = m.route.step_number().unwrap_or(STEP_COUNT);
    let step = format!("{} {n} {} {STEP_COUNT}", c.t(T::StepOf), c.t(T::Of));
    let caption = |text: String| {
        el("p")
            .class("koers-caption")
            .id("koers-step")
            .text(text)
            .into()
    };
    match m.route {
        // An evaluation comes after the plan: it is no step of it.
        Route::Screen(Screen::Evaluate) => caption(c.t(T::EvaluateCaption).to_string()),
        Route::Screen(s) => caption(format!("{step} · {}", s.section().label(c.lang))),
        Route::Review | Route::Plan => caption(step),
        Route::Tasks | Route::Score(_) => View::Empty,
    }
}

fn error_summary(c: &Ctx) -> View {
    if c.m.shown.is_empty() {
        return View::Empty;
    }
    let items = c.m.shown.iter().map(|p| {
        let (id, q) = (dom_id(p.q), p.q);
        let text = i18n::labelled(&p.q.name(&c.m.plan, c.lang), &i18n::problem(p.kind, c.lang));
        // The link moves focus to the question's control by script, for the same reason as
        // the skip link.
        el("li").child(
            el("a")
                .attr("href", format!("#{id}"))
                .on("click", move |e| {
                    e.prevent_default();
                    Some(Action::Focus(Focus::Question(q)))
                })
                .text(text),
        )
    });
    el("div")
        .class("koers-error-summary")
        .id("koers-error-summary")
        .attr("tabindex", "-1")
        .attr("role", "alert")
        .attr("aria-labelledby", "koers-error-summary-title")
        .child(
            el("h2")
                .class("koers-h2")
                .id("koers-error-summary-title")
                .text(c.t(T::ErrorSummaryTitle)),
        )
        .child(el("ul").class("koers-list").children(items))
        .into()
}

fn content(c: &Ctx) -> View {
    let m = c.m;
    match m.route {
        Route::Tasks => pages::tasks(c),
        Route::Score(id) => pages::score_page(c, id),
        Route::Screen(s) => {
            let blocks = m.blocks();
            // Scoring together: in workshop mode, above the grid the group is scoring.
            let group = if m.workshop && s == Screen::MaturityGrid {
                pages::group_panel(c)
            } else {
                View::Empty
            };
            let help = list([
                group,
                el("p").class("koers-help").text(c.t(s.heading().1)).into(),
            ]);
            if m.stepping_through(&blocks) {
                let count = blocks.len();
                let index = m.part.min(count.saturating_sub(1));
                let current = blocks
                    .get(index)
                    .map(|b| screens::parts(c, b))
                    .unwrap_or_default();
                list([
                    help,
                    el("p")
                        .class("koers-caption")
                        .id("koers-part-count")
                        .text(format!(
                            "{} {} {} {count}",
                            c.t(T::Question),
                            index + 1,
                            c.t(T::Of)
                        ))
                        .into(),
                    el("div")
                        .class("koers-part")
                        .id("koers-part")
                        .attr("tabindex", "-1")
                        .attr("aria-labelledby", "koers-part-count")
                        .child(current)
                        .into(),
                ])
            } else {
                list([help, blocks.iter().map(|b| screens::parts(c, b)).collect()])
            }
        }
        Route::Review => pages::review_page(c),
        Route::Plan => pages::plan_page(c),
    }
}

fn nav(c: &Ctx) -> View {
    let m = c.m;
    let back = || {
        button("koers-button koers-button--secondary", Action::Back)
            .id("koers-back")
            .text(c.t(T::Back))
    };
    let next = |label: T| {
        button("koers-button", Action::Next)
            .id("koers-next")
            .text(c.t(label))
    };
    match m.route {
        Route::Score(_) => View::Empty,
        Route::Tasks => {
            let label = if m.nothing_answered() {
                T::StartButton
            } else if m.resume_at() == Route::Plan {
                T::PlanLink
            } else {
                T::ContinueButton
            };
            el("div").class("koers-nav").child(next(label)).into()
        }
        Route::Plan => el("div").class("koers-nav").child(back()).into(),
        Route::Screen(_) | Route::Review => {
            let next_label = match m.route {
                Route::Review => T::ToPlan,
                Route::Screen(Screen::Evaluate) => T::Overview,
                _ if m.return_to_review => T::BackToReview,
                _ => T::Next,
            };
            el("div")
                .class("koers-nav")
                .child(back())
                .child(next(next_label))
                .into()
        }
    }
}

/// What the header and footer show: the language, two switches, the autosave line, the
/// host's call to action.
struct Shell<'a> {
    lang: Lang,
    /// The switch to the other language waits for its copy.
    busy: bool,
    workshop: bool,
    /// A participant's score-only page: one task on a phone, so no way off it but the language.
    scoring: bool,
    /// What the autosave line says, if anything.
    status: Option<T>,
    confirm_forget: bool,
    cta: &'a Option<(String, String)>,
}

/// The footer: the autosave line, Forget, the host's call to action and the privacy note.
fn footer(p: &Shell) -> View {
    let t = |k: T| k.get(p.lang);
    let forget: View = if p.confirm_forget {
        el("div")
            .class("koers-confirm")
            .attr("role", "group")
            .attr("aria-labelledby", "koers-forget-question")
            .child(
                el("p")
                    .id("koers-forget-question")
                    .text(t(T::ForgetConfirm)),
            )
            .child(
                button("koers-button koers-button--warning", Action::ConfirmForget)
                    .id("koers-forget-yes")
                    .text(t(T::ForgetYes)),
            )
            .child(
                button("koers-button koers-button--secondary", Action::CancelForget)
                    .id("koers-forget-cancel")
                    .text(t(T::Cancel)),
            )
            .into()
    } else {
        button("koers-link", Action::AskForget)
            .id("koers-forget")
            .text(t(T::Forget))
            .into()
    };
    el("footer")
        .class("koers-footer")
        .child(
            el("p")
                .class("koers-save-status")
                .id("koers-save-status")
                .attr("aria-live", "polite")
                .child(p.status.map(t)),
        )
        .child(forget)
        .child(cta(p.cta, "koers-cta"))
        .child(el("p").class("koers-privacy").text(t(T::PrivacyNote)))
        .child(
            el("p").class("koers-privacy").child(
                el("a")
                    .class("koers-statement-link")
                    .id("koers-accessibility")
                    .attr("target", "_blank")
                    .attr("rel", "noopener")
                    .attr(
                        "href",
                        browser::asset(if p.lang == Lang::En {
                            "accessibility.html"
                        } else {
                            "toegankelijkheid.html"
                        }),
                    )
                    .text(t(T::AccessibilityStatement)),
            ),
        )
        .into()
}

/// The host's call to action, with its checked link. The plan page shows it twice (after the
/// plan and in the footer), so each place gives its own id.
fn cta(cta: &Option<(String, String)>, id: &'static str) -> View {
    cta.as_ref()
        .map(|(text, href)| {
            el("p").class("koers-cta").child(
                el("a")
                    .class("koers-button")
                    .attr("href", href.clone())
                    .id(id)
                    .attr("target", "_top")
                    .text(text.clone()),
            )
        })
        .into()
}

fn help_overlay(c: &Ctx) -> View {
    if !c.m.help {
        return View::Empty;
    }
    let keys = [
        ("N", T::ShortcutNext),
        ("B", T::ShortcutBack),
        ("O", T::ShortcutOverview),
        ("F", T::ShortcutFullscreen),
        ("?", T::ShortcutHelp),
    ];
    el("div")
        .class("koers-help-overlay")
        .attr("role", "dialog")
        .attr("aria-labelledby", "koers-shortcuts-title")
        .id("koers-shortcuts")
        .child(
            el("h2")
                .class("koers-h2")
                .id("koers-shortcuts-title")
                .text(c.t(T::ShortcutsHeading)),
        )
        .child(
            el("dl")
                .class("koers-shortcuts")
                .children(keys.map(|(k, what)| {
                    list([
                        el("dt").child(el("kbd").text(k)).into(),
                        el("dd").text(c.t(what)).into(),
                    ])
                })),
        )
        .child(
            button("koers-button", Action::CloseHelp)
                .id("koers-shortcuts-close")
                .text(c.t(T::Close)),
        )
        .into()
}
