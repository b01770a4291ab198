//! The app shell: one reducer over the wizard, the effects that talk to the browser (autosave,
//! history, focus, title), the header, the notices and the footer around every page.

use super::browser::{self, Stored, STORAGE_KEY};
use super::documents;
use super::fields::Ctx;
use super::pages::{self, DocRequest, DocView};
use super::screens;
use crate::domain::{
    from_bytes, read_document, to_compact_json, to_json, Plan, Section, MAX_BYTES,
};
use crate::export::share;
use crate::i18n::{self, Label, Lang, T};
use crate::wizard::{update, Action, Route, Screen, Wizard, STEP_COUNT};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The reducer's state: the wizard, unchanged `Rc` when an action changes nothing.
#[derive(PartialEq)]
pub struct Model(pub Wizard);

impl Reducible for Model {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = self.0.clone();
        update(&mut next, action);
        if next == self.0 {
            self
        } else {
            Rc::new(Model(next))
        }
    }
}

/// A message above the page about storage or files.
#[derive(Clone, PartialEq)]
pub enum Notice {
    StorageUnavailable,
    /// The unreadable autosave, kept until the user has had the chance to download it.
    Corrupt(String),
    StorageFull,
    OtherTab,
    Forgotten,
    Loaded,
    LoadError(String),
    /// The documents module did not load (offline since the page opened, or blocked).
    DocumentsUnavailable,
}

#[derive(Properties, PartialEq, Clone)]
pub struct Props {
    /// The language to start in when nothing was saved.
    #[prop_or_default]
    pub lang: Option<Lang>,
    /// Whether this wizard owns the page (title and URL fragment); false when embedded.
    #[prop_or(true)]
    pub full_page: bool,
    /// Whether answers are kept in localStorage.
    #[prop_or(true)]
    pub autosave: bool,
    /// The section to open on a first visit, instead of the task list.
    #[prop_or_default]
    pub start: Option<Section>,
    /// The host's call to action (text, checked link), shown with the plan.
    #[prop_or_default]
    pub cta: Option<(String, String)>,
    /// Start in workshop (projector) mode.
    #[prop_or_default]
    pub workshop: bool,
    /// The localStorage key for this wizard's answers.
    #[prop_or_else(|| STORAGE_KEY.to_string())]
    pub storage_key: String,
}

struct Start {
    wizard: Wizard,
    notice: Option<Notice>,
    /// A share link in the address, to be opened once the documents module is there.
    share_link: Option<String>,
}

fn start(props: &Props) -> Start {
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
    let stored = if props.autosave {
        browser::read_stored(&props.storage_key)
    } else {
        Stored::Nothing
    };
    let (wizard, notice) = match stored {
        Stored::Unavailable => (
            Wizard::new(Plan::default(), lang),
            Some(Notice::StorageUnavailable),
        ),
        Stored::Nothing => (Wizard::new(Plan::default(), lang), None),
        Stored::Raw(raw) => match read_document(raw.as_bytes()) {
            Ok(doc) => {
                let saved_lang = doc.lang.as_deref().and_then(Lang::from_code);
                (Wizard::new(doc.plan, saved_lang.unwrap_or(lang)), None)
            }
            Err(_) => (
                Wizard::new(Plan::default(), lang),
                Some(Notice::Corrupt(raw)),
            ),
        },
    };
    let mut wizard = wizard;
    wizard.route = route;
    let fragment = browser::fragment();
    let share_link = (props.full_page && share::is_share_fragment(&fragment)).then_some(fragment);
    Start {
        wizard,
        notice,
        share_link,
    }
}

fn heading_text(w: &Wizard) -> String {
    let l = w.lang;
    match w.route {
        Route::Tasks => T::TasksHeading.get(l).into(),
        Route::Screen(s) => screens::heading(s).0.get(l).into(),
        Route::Review => T::ReviewHeading.get(l).into(),
        Route::Plan => T::PlanHeading.get(l).into(),
    }
}

#[component]
pub fn App(props: &Props) -> Html {
    let init = use_memo((), |()| {
        let s = start(props);
        (s.wizard, s.notice, s.share_link)
    });
    let state = use_reducer(|| Model(init.0.clone()));
    let notice = use_state(|| init.1.clone());
    let confirm_forget = use_state(|| false);
    let pending_load = use_state(|| None::<Plan>);
    let share_link = use_state(|| None::<String>);
    let saved = use_state(|| false);
    let last_written = use_mut_ref(String::new);
    let first_route = use_mut_ref(|| true);
    let root = use_node_ref();
    let workshop = use_state(|| props.workshop);
    // Which question block of the current screen workshop mode shows, tagged with the route it
    // belongs to, so a new screen starts at its first block.
    let part = use_state(|| (Route::Tasks, 0usize));
    let help_open = use_state(|| false);
    // Whether the plan screen's model comparison is open (it is built only then).
    let models_open = use_state(|| false);
    // The body of the plan screen or check-your-answers (see `show_doc`).
    let doc_view = use_state(|| DocView::Building);
    let w = &state.0;
    let lang = w.lang;
    let full_page = props.full_page;

    // Autosave after every change of answers or language. Not while an unreadable autosave
    // waits to be downloaded (it would be overwritten unseen), nor where storage is refused.
    {
        let notice = notice.clone();
        let saved = saved.clone();
        let last_written = last_written.clone();
        let holds_corrupt = !props.autosave
            || matches!(
                *notice,
                Some(Notice::Corrupt(_)) | Some(Notice::StorageUnavailable)
            );
        let snapshot = (w.plan.clone(), w.lang);
        let key = props.storage_key.clone();
        use_effect_with((snapshot, holds_corrupt), move |((plan, lang), blocked)| {
            if *blocked {
                return;
            }
            if *plan == Plan::default() {
                // Nothing worth keeping: leave no trace in the browser.
                browser::clear_stored(&key);
                last_written.borrow_mut().clear();
                saved.set(false);
            } else {
                // The autosave record: the answers document plus the interface language.
                let json = to_compact_json(plan, Some(lang.code()));
                if browser::write_stored(&key, &json) {
                    *last_written.borrow_mut() = json;
                    saved.set(true);
                } else {
                    saved.set(false);
                    notice.set(Some(Notice::StorageFull));
                }
            }
        });
    }

    // Route changes: history entry, document title, focus on the heading.
    {
        let first_route = first_route.clone();
        let root = root.clone();
        let title = {
            let step = w.route.step_number().map(|n| {
                format!(
                    "{} {n} {} {STEP_COUNT}: ",
                    T::StepOf.get(lang),
                    T::Of.get(lang)
                )
            });
            format!("{}{} – Koers", step.unwrap_or_default(), heading_text(w))
        };
        use_effect_with((w.route, title), move |(route, title)| {
            let first = std::mem::replace(&mut *first_route.borrow_mut(), false);
            if !first {
                browser::focus(&root, "koers-heading");
            }
            if full_page {
                let title = title.clone();
                let fragment = route.fragment();
                browser::later(move || {
                    browser::set_title(&title);
                    if browser::fragment() != fragment {
                        browser::push_fragment(&fragment, first);
                    }
                });
            }
        });
    }

    // The plan screen and check-your-answers are rendered by the documents module: the plan
    // from the same outline as the downloads, and both out of the first load (4.5 KB brotli
    // less than Yew views of them). Rendered again whenever what they show changes.
    let doc_request = match w.route {
        Route::Plan => Some("screen"),
        Route::Review => Some("review"),
        _ => None,
    }
    .map(|format| DocRequest {
        format,
        plan: w.plan.clone(),
        lang,
        statuses: if format == "review" {
            Section::ALL
                .iter()
                .map(|s| w.status(*s).key())
                .collect::<Vec<_>>()
                .join(",")
        } else {
            String::new()
        },
    });
    {
        let doc_view = doc_view.clone();
        use_effect_with(doc_request.clone(), move |request| {
            if let Some(request) = request.clone() {
                show_doc(request, doc_view);
            }
        });
    }
    let doc_retry = {
        let (request, view) = (doc_request.clone(), doc_view.clone());
        Callback::from(move |_| {
            if let Some(request) = request.clone() {
                show_doc(request, view.clone());
            }
        })
    };

    // The documents module loads once the first screen is up; a share link in the address is
    // opened (with a preview and a question, as a file is) when it has.
    {
        let (notice, pending, link, lang) =
            (notice.clone(), pending_load.clone(), init.2.clone(), w.lang);
        use_effect_with((), move |()| {
            documents::start_loading();
            if let Some(link) = link {
                wasm_bindgen_futures::spawn_local(async move {
                    let opened = documents::share_unpack(&link).await.and_then(|json| {
                        from_bytes(&json).map_err(|e| Some(share::ShareError::Answers(e)))
                    });
                    match opened {
                        Ok(plan) => pending.set(Some(plan)),
                        Err(Some(e)) => {
                            notice.set(Some(Notice::LoadError(i18n::share_error(&e, lang))))
                        }
                        Err(None) => notice.set(Some(Notice::DocumentsUnavailable)),
                    }
                });
            }
        });
    }

    // Browser back/forward.
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |()| {
            browser::listen(
                browser::window_target(),
                "popstate",
                move |_: web_sys::Event| {
                    if let Some(route) = Route::from_fragment(&browser::fragment()) {
                        dispatcher.dispatch(Action::Go(route));
                    }
                },
            )
        });
    }

    // Another tab wrote our key: say so, rather than silently overwriting its work.
    {
        let notice = notice.clone();
        let last_written = last_written.clone();
        let key = props.storage_key.clone();
        use_effect_with((), move |()| {
            browser::listen(
                browser::window_target(),
                "storage",
                move |e: web_sys::StorageEvent| {
                    if e.key().as_deref() == Some(key.as_str())
                        && e.new_value().as_deref() != Some(last_written.borrow().as_str())
                    {
                        notice.set(Some(Notice::OtherTab));
                    }
                },
            )
        });
    }

    // A refused Next moves focus to the error summary.
    {
        let root = root.clone();
        use_effect_with(w.shown.clone(), move |shown| {
            if !shown.is_empty() {
                browser::focus(&root, "koers-error-summary");
            }
        });
    }

    // The page's language follows the switch when Koers owns the page.
    use_effect_with(lang, move |lang| {
        if full_page {
            if let Some(el) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.document_element())
            {
                let _ = el.set_attribute("lang", lang.code());
            }
        }
    });

    let send: Callback<Action> = {
        let state = state.clone();
        Callback::from(move |a: Action| state.dispatch(a))
    };
    let ctx = Ctx {
        w,
        lang,
        send: send.clone(),
    };
    let cta = props.cta.as_ref().map_or_else(Html::default, |(text, href)| html! {
        <p class="koers-cta"><a class="koers-button" href={href.clone()} id="koers-cta" target="_top">{ text.clone() }</a></p>
    });

    let header = {
        let other = match lang {
            Lang::Nl => Lang::En,
            Lang::En => Lang::Nl,
        };
        html! {
            <header class="koers-header">
                <a class="koers-skip" href="#koers-main" onclick={{ let root = root.clone(); Callback::from(move |e: MouseEvent| { e.prevent_default(); browser::focus(&root, "koers-heading"); }) }}>{ ctx.t(T::SkipToContent) }</a>
                <div class="koers-header-inner">
                    <p class="koers-brand"><span class="koers-brand-name">{ ctx.t(T::AppName) }</span>
                        <span class="koers-brand-tagline">{ ctx.t(T::Tagline) }</span></p>
                    <nav class="koers-header-nav" aria-label={ctx.t(T::Overview)}>
                        <button type="button" class="koers-link" id="koers-overview"
                            onclick={send.reform(|_| Action::Go(Route::Tasks))}>{ ctx.t(T::Overview) }</button>
                        <button type="button" class="koers-link" id="koers-workshop" aria-pressed={if *workshop { "true" } else { "false" }}
                            onclick={{ let workshop = workshop.clone(); Callback::from(move |_| workshop.set(!*workshop)) }}>{ ctx.t(T::Workshop) }</button>
                        <button type="button" class="koers-link" id="koers-lang" lang={other.code()}
                            aria-label={other.pick(T::SwitchToOtherLabel.get(Lang::Nl), T::SwitchToOtherLabel.get(Lang::En))}
                            onclick={send.reform(move |_| Action::SetLang(other))}>{ ctx.t(T::SwitchToOther) }</button>
                    </nav>
                </div>
            </header>
        }
    };

    let notice_html = match (*notice).clone() {
        None => Html::default(),
        Some(n) => {
            let dismiss = {
                let notice = notice.clone();
                Callback::from(move |_| notice.set(None))
            };
            let (text, extra) = match &n {
                Notice::StorageUnavailable => {
                    (ctx.t(T::StorageUnavailable).to_string(), Html::default())
                }
                Notice::StorageFull => (ctx.t(T::StorageFull).to_string(), Html::default()),
                Notice::OtherTab => (ctx.t(T::OtherTab).to_string(), Html::default()),
                Notice::Forgotten => (ctx.t(T::Forgotten).to_string(), Html::default()),
                Notice::Loaded => (ctx.t(T::Loaded).to_string(), Html::default()),
                Notice::DocumentsUnavailable => {
                    (ctx.t(T::DocumentsUnavailable).to_string(), Html::default())
                }
                Notice::LoadError(msg) => (msg.clone(), Html::default()),
                Notice::Corrupt(raw) => {
                    let raw = raw.clone();
                    let onclick = Callback::from(move |_| {
                        let _ = browser::download(
                            "koers-onleesbaar.txt",
                            "text/plain;charset=utf-8",
                            raw.as_bytes(),
                        );
                    });
                    (
                        ctx.t(T::StorageCorrupt).to_string(),
                        html! {
                            <button type="button" class="koers-button koers-button--secondary" id="koers-download-corrupt" {onclick}>{ ctx.t(T::DownloadCorrupt) }</button>
                        },
                    )
                }
            };
            let role = if matches!(n, Notice::Forgotten | Notice::Loaded) {
                "status"
            } else {
                "alert"
            };
            html! {
                <div class="koers-banner" role={role} id="koers-notice">
                    <p>{ text }</p>
                    { extra }
                    <button type="button" class="koers-button koers-button--secondary" onclick={dismiss}>{ ctx.t(T::Dismiss) }</button>
                </div>
            }
        }
    };

    let error_summary = if w.shown.is_empty() {
        Html::default()
    } else {
        html! {
            <div class="koers-error-summary" id="koers-error-summary" tabindex="-1" role="alert" aria-labelledby="koers-error-summary-title">
                <h2 class="koers-h2" id="koers-error-summary-title">{ ctx.t(T::ErrorSummaryTitle) }</h2>
                <ul class="koers-list">
                    { for w.shown.iter().map(|p| {
                        let id = p.field.dom_id();
                        let target = id.clone();
                        let root = root.clone();
                        let onclick = Callback::from(move |e: MouseEvent| { e.prevent_default(); browser::focus(&root, &target); });
                        html! { <li><a href={format!("#{id}")} {onclick}>{ format!("{}: {}", i18n::field_label(p.field, lang), i18n::problem(p, lang)) }</a></li> }
                    }) }
                </ul>
            </div>
        }
    };

    let step_caption = match w.route {
        Route::Screen(s) => {
            let n = w.route.step_number().unwrap_or(1);
            html! { <p class="koers-caption" id="koers-step">{ format!("{} {n} {} {STEP_COUNT} · {}", ctx.t(T::StepOf), ctx.t(T::Of), s.section().label(lang)) }</p> }
        }
        Route::Review | Route::Plan => {
            let n = w.route.step_number().unwrap_or(STEP_COUNT);
            html! { <p class="koers-caption" id="koers-step">{ format!("{} {n} {} {STEP_COUNT}", ctx.t(T::StepOf), ctx.t(T::Of)) }</p> }
        }
        Route::Tasks => Html::default(),
    };

    let parts = match w.route {
        Route::Screen(s) => screens::body(&ctx, s),
        _ => Vec::new(),
    };
    let stepping = *workshop && w.shown.is_empty() && parts.len() > 1;
    let part_count = parts.len();
    let part_index = if part.0 == w.route {
        part.1.min(part_count.saturating_sub(1))
    } else {
        0
    };
    // Next and Back in workshop mode walk the blocks first, then the screens.
    let advance = {
        let (dispatcher, part, route) = (state.dispatcher(), part.clone(), w.route);
        Rc::new(move |forward: bool| {
            if stepping && forward && part_index + 1 < part_count {
                part.set((route, part_index + 1));
            } else if stepping && !forward && part_index > 0 {
                part.set((route, part_index - 1));
            } else {
                dispatcher.dispatch(if forward { Action::Next } else { Action::Back });
            }
        })
    };
    {
        let root = root.clone();
        use_effect_with((part_index, w.route), move |(index, _)| {
            if stepping && *index > 0 {
                browser::focus(&root, "koers-part");
            }
        });
    }

    let (content, help) = match w.route {
        Route::Tasks => (pages::tasks(&ctx), None),
        Route::Screen(s) => {
            let body = if stepping {
                let current = parts.into_iter().nth(part_index).unwrap_or_default();
                html! { <>
                    <p class="koers-caption" id="koers-part-count">{ format!("{} {} {} {part_count}", ctx.t(T::Question), part_index + 1, ctx.t(T::Of)) }</p>
                    <div class="koers-part" id="koers-part" tabindex="-1" aria-labelledby="koers-part-count">{ current }</div>
                </> }
            } else {
                html! { <>{ for parts }</> }
            };
            (body, Some(screens::heading(s).1.get(lang)))
        }
        Route::Review => (
            pages::review_page(&ctx, &doc_view, &doc_request, doc_retry),
            None,
        ),
        Route::Plan => (
            plan_page(
                &ctx,
                &notice,
                &pending_load,
                &share_link,
                &models_open,
                pages::plan_document(&ctx, &doc_view, &doc_request, doc_retry),
            ),
            None,
        ),
    };

    let nav = match w.route {
        Route::Tasks => html! {
            <div class="koers-nav">
                <button type="button" class="koers-button" id="koers-next" onclick={send.reform(|_| Action::Next)}>{ ctx.t(T::StartButton) }</button>
            </div>
        },
        Route::Plan => html! {
            <div class="koers-nav">
                <button type="button" class="koers-button koers-button--secondary" id="koers-back" onclick={send.reform(|_| Action::Back)}>{ ctx.t(T::Back) }</button>
            </div>
        },
        _ => {
            let next_label = match w.route {
                Route::Review => T::ToPlan,
                _ if w.return_to_review => T::BackToReview,
                _ => T::Next,
            };
            html! {
                <div class="koers-nav">
                    <button type="button" class="koers-button koers-button--secondary" id="koers-back" onclick={{ let a = advance.clone(); Callback::from(move |_| a(false)) }}>{ ctx.t(T::Back) }</button>
                    <button type="button" class="koers-button" id="koers-next" onclick={{ let a = advance.clone(); Callback::from(move |_| a(true)) }}>{ ctx.t(next_label) }</button>
                </div>
            }
        }
    };

    let footer = {
        let confirm = confirm_forget.clone();
        let ask = Callback::from(move |_| confirm.set(true));
        let confirm = confirm_forget.clone();
        let cancel = Callback::from(move |_| confirm.set(false));
        let confirm = confirm_forget.clone();
        let notice_f = notice.clone();
        let key = props.storage_key.clone();
        let send_f = send.clone();
        let forget = Callback::from(move |_| {
            browser::clear_stored(&key);
            send_f.emit(Action::Reset);
            confirm.set(false);
            notice_f.set(Some(Notice::Forgotten));
        });
        html! {
            <footer class="koers-footer">
                <p class="koers-save-status" id="koers-save-status" aria-live="polite">
                    { if !props.autosave { ctx.t(T::AutosaveOff) } else if matches!(*notice, Some(Notice::StorageUnavailable)) { ctx.t(T::NotSaved) } else if *saved { ctx.t(T::Saved) } else { "" } }
                </p>
                if *confirm_forget {
                    <div class="koers-confirm" role="group" aria-labelledby="koers-forget-question">
                        <p id="koers-forget-question">{ ctx.t(T::ForgetConfirm) }</p>
                        <button type="button" class="koers-button koers-button--warning" id="koers-forget-yes" onclick={forget}>{ ctx.t(T::ForgetYes) }</button>
                        <button type="button" class="koers-button koers-button--secondary" id="koers-forget-cancel" onclick={cancel}>{ ctx.t(T::Cancel) }</button>
                    </div>
                } else {
                    <button type="button" class="koers-link" id="koers-forget" onclick={ask}>{ ctx.t(T::Forget) }</button>
                }
                { cta.clone() }
                <p class="koers-privacy">{ ctx.t(T::PrivacyNote) }</p>
            </footer>
        }
    };

    // Single-key shortcuts only in workshop mode (which the user can switch off, WCAG 2.1.4),
    // never while typing in a field, and only for keys aimed at this wizard or at the page
    // itself (the composed path reaches into a shadow root, so embeds work too).
    {
        let (dispatcher, help_open, root, advance) = (
            state.dispatcher(),
            help_open.clone(),
            root.clone(),
            advance.clone(),
        );
        // Re-registered when the help or the block changes, so keys act on the current state.
        use_effect_with(
            (*workshop, *help_open, part_index, w.route, stepping),
            move |(on, ..)| {
                let active = *on;
                browser::listen(
                    browser::document_target(),
                    "keydown",
                    move |e: web_sys::KeyboardEvent| {
                        if !active || e.ctrl_key() || e.meta_key() || e.alt_key() {
                            return;
                        }
                        let path = e.composed_path();
                        let first = path.get(0).dyn_into::<web_sys::Element>().ok();
                        let typing = first.as_ref().is_some_and(|el| {
                            matches!(el.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA")
                        });
                        let on_page = first
                            .as_ref()
                            .is_none_or(|el| matches!(el.tag_name().as_str(), "BODY" | "HTML"));
                        let in_wizard = root
                            .cast::<web_sys::Element>()
                            .is_some_and(|r| path.includes(&r, 0));
                        if typing || !(on_page || in_wizard) {
                            return;
                        }
                        match e.key().as_str() {
                            "n" | "N" => advance(true),
                            "b" | "B" => advance(false),
                            "o" | "O" => dispatcher.dispatch(Action::Go(Route::Tasks)),
                            "f" | "F" => browser::toggle_fullscreen(&root),
                            "?" => help_open.set(!*help_open),
                            "Escape" => help_open.set(false),
                            _ => return,
                        }
                        e.prevent_default();
                    },
                )
            },
        );
    }
    let help_overlay = if *help_open {
        let close = {
            let help_open = help_open.clone();
            Callback::from(move |_| help_open.set(false))
        };
        html! {
            <div class="koers-help-overlay" role="dialog" aria-labelledby="koers-shortcuts-title" id="koers-shortcuts">
                <h2 class="koers-h2" id="koers-shortcuts-title">{ ctx.t(T::ShortcutsHeading) }</h2>
                <dl class="koers-shortcuts">
                    <dt><kbd>{ "N" }</kbd></dt><dd>{ ctx.t(T::ShortcutNext) }</dd>
                    <dt><kbd>{ "B" }</kbd></dt><dd>{ ctx.t(T::ShortcutBack) }</dd>
                    <dt><kbd>{ "O" }</kbd></dt><dd>{ ctx.t(T::ShortcutOverview) }</dd>
                    <dt><kbd>{ "F" }</kbd></dt><dd>{ ctx.t(T::ShortcutFullscreen) }</dd>
                    <dt><kbd>{ "?" }</kbd></dt><dd>{ ctx.t(T::ShortcutHelp) }</dd>
                </dl>
                <button type="button" class="koers-button" id="koers-shortcuts-close" onclick={close}>{ ctx.t(T::Close) }</button>
            </div>
        }
    } else {
        Html::default()
    };
    let app_class = classes!("koers-app", workshop.then_some("koers-workshop"));
    html! {
        <div class={app_class} lang={lang.code()} ref={root.clone()}>
            { header }
            <main class="koers-main" id="koers-main">
                { help_overlay }
                if *workshop { <p class="koers-hint" id="koers-workshop-hint">{ ctx.t(T::ShortcutsHint) }</p> }
                { notice_html }
                { confirm_load(&ctx, &notice, &pending_load) }
                { step_caption }
                <h1 class="koers-h1" id="koers-heading" tabindex="-1">{ heading_text(w) }</h1>
                { error_summary }
                if let Some(h) = help { <p class="koers-help">{ h }</p> }
                { content }
                if matches!(w.route, Route::Plan) { { cta.clone() } }
                { nav }
            </main>
            { footer }
        </div>
    }
}

/// Asks before a loaded file or an opened share link replaces the current answers, and shows
/// what would be replaced.
fn confirm_load(
    ctx: &Ctx,
    notice: &UseStateHandle<Option<Notice>>,
    pending: &UseStateHandle<Option<Plan>>,
) -> Html {
    let Some(incoming) = &**pending else {
        return Html::default();
    };
    let lang = ctx.lang;
    let name = |n: &str| {
        if n.trim().is_empty() {
            ctx.t(T::NotAnswered).to_string()
        } else {
            n.to_string()
        }
    };
    let incoming_name = name(&incoming.organisation.name);
    let current_name = name(&ctx.w.plan.organisation.name);
    let from_link = share::is_share_fragment(&browser::fragment());
    // Once answered, the answers leave the address bar: a link is not a place to keep them.
    let route_fragment = ctx.w.route.fragment();
    let clear_link = move || {
        if from_link {
            browser::push_fragment(&route_fragment, true);
        }
    };
    let yes = {
        let (send, p, n, plan_in, clear) = (
            ctx.send.clone(),
            pending.clone(),
            notice.clone(),
            incoming.clone(),
            clear_link.clone(),
        );
        Callback::from(move |_| {
            send.emit(Action::Load(Box::new(plan_in.clone())));
            p.set(None);
            n.set(Some(Notice::Loaded));
            clear();
        })
    };
    let no = {
        let p = pending.clone();
        Callback::from(move |_| {
            p.set(None);
            clear_link();
        })
    };
    let question = if from_link {
        T::ShareOpened
    } else {
        T::LoadReplaceWarning
    };
    html! {
        <div class="koers-confirm" role="alertdialog" aria-labelledby="koers-load-question" id="koers-load-confirm">
            <p id="koers-load-question"><strong>{ ctx.t(question) }</strong></p>
            <dl class="koers-dl">
                <dt>{ ctx.t(T::Organisation) }</dt>
                <dd><span id="koers-load-current">{ current_name }</span>{ " → " }<span id="koers-load-incoming">{ incoming_name }</span></dd>
                <dt>{ lang.pick("Wat wordt vervangen", "What is replaced") }</dt>
                <dd>{ Section::ALL.iter().map(|s| s.label(lang)).collect::<Vec<_>>().join(", ") }</dd>
            </dl>
            <button type="button" class="koers-button koers-button--warning" id="koers-load-yes" onclick={yes}>{ ctx.t(T::LoadConfirm) }</button>
            <button type="button" class="koers-button koers-button--secondary" id="koers-load-cancel" onclick={no}>{ ctx.t(T::Cancel) }</button>
        </div>
    }
}

/// Has the documents module render a page body for this request.
fn show_doc(request: DocRequest, view: UseStateHandle<DocView>) {
    wasm_bindgen_futures::spawn_local(async move {
        let today = browser::today();
        let (format, plan, lang) = (request.format, &request.plan, request.lang);
        view.set(
            match documents::render(format, plan, lang, today, &request.statuses).await {
                Some(doc) => DocView::Ready {
                    markup: String::from_utf8_lossy(&doc.body).into_owned().into(),
                    made_for: Box::new(request),
                },
                None => DocView::Unavailable,
            },
        );
    });
}

fn plan_page(
    ctx: &Ctx,
    notice: &UseStateHandle<Option<Notice>>,
    pending: &UseStateHandle<Option<Plan>>,
    share_link: &UseStateHandle<Option<String>>,
    models_open: &UseStateHandle<bool>,
    document: Html,
) -> Html {
    let lang = ctx.lang;
    let plan = ctx.w.plan.clone();
    // Documents come from the documents module, asynchronously; by the time the plan screen
    // is reached it has long been loaded, so the download still follows the click at once.
    let with_document = |format: &'static str, then: fn(documents::Rendered)| {
        let (plan, notice) = (plan.clone(), notice.clone());
        Callback::from(move |_| {
            let (plan, notice) = (plan.clone(), notice.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match documents::render(format, &plan, lang, browser::today(), "").await {
                    Some(doc) => then(doc),
                    None => notice.set(Some(Notice::DocumentsUnavailable)),
                }
            });
        })
    };
    let download = |format: &'static str| {
        with_document(format, |doc| {
            let _ = browser::download(&doc.filename, &doc.mime, &doc.body);
        })
    };
    let md = download("markdown");
    let html_dl = download("html");
    let ics_dl = download("ics");
    let docx_dl = download("docx");
    let print = with_document("html", |doc| {
        browser::print_html(&String::from_utf8_lossy(&doc.body));
    });
    let json = {
        let plan = plan.clone();
        Callback::from(move |_| {
            let name = format!(
                "{}-antwoorden.json",
                crate::export::file_stem(&plan.organisation.name)
            );
            let _ = browser::download(&name, "application/json", to_json(&plan).as_bytes());
        })
    };
    let make_link = {
        let (plan, notice, share_link) = (plan.clone(), notice.clone(), share_link.clone());
        Callback::from(move |_| {
            let (plan, notice, share_link) = (plan.clone(), notice.clone(), share_link.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match documents::share_fragment(&plan).await {
                    Some(fragment) => {
                        share_link.set(Some(format!("{}#{fragment}", browser::page_address())))
                    }
                    None => notice.set(Some(Notice::DocumentsUnavailable)),
                }
            });
        })
    };
    let on_file = {
        let notice = notice.clone();
        let pending = pending.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            input.set_value("");
            if file.size() > MAX_BYTES as f64 {
                let err = crate::domain::ImportError::TooLarge {
                    bytes: file.size() as usize,
                };
                notice.set(Some(Notice::LoadError(i18n::import_error(&err, lang))));
                return;
            }
            let notice = notice.clone();
            let pending = pending.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await;
                let bytes = buffer
                    .map(|b| js_sys::Uint8Array::new(&b).to_vec())
                    .unwrap_or_default();
                match from_bytes(&bytes) {
                    Ok(plan) => pending.set(Some(plan)),
                    Err(err) => notice.set(Some(Notice::LoadError(i18n::import_error(&err, lang)))),
                }
            });
        })
    };
    html! { <>
        <p class="koers-lead">{ ctx.t(T::PlanIntro) }</p>
        <section class="koers-downloads" aria-labelledby="koers-downloads-title">
            <h2 class="koers-h2" id="koers-downloads-title">{ ctx.t(T::Downloads) }</h2>
            <div class="koers-download-buttons">
                <button type="button" class="koers-button" id="koers-print" onclick={print}>{ ctx.t(T::Print) }</button>
                <button type="button" class="koers-button koers-button--secondary" id="koers-download-docx" onclick={docx_dl}>{ ctx.t(T::DownloadDocx) }</button>
                <button type="button" class="koers-button koers-button--secondary" id="koers-download-html" onclick={html_dl}>{ ctx.t(T::DownloadHtml) }</button>
                <button type="button" class="koers-button koers-button--secondary" id="koers-download-md" onclick={md}>{ ctx.t(T::DownloadMarkdown) }</button>
                <button type="button" class="koers-button koers-button--secondary" id="koers-download-ics" onclick={ics_dl}>{ ctx.t(T::DownloadIcs) }</button>
                <button type="button" class="koers-button koers-button--secondary" id="koers-download-json" onclick={json}>{ ctx.t(T::DownloadJson) }</button>
            </div>
            <p class="koers-hint">{ ctx.t(T::PrintHint) }</p>
            <p class="koers-hint">{ ctx.t(T::AnswersFileNote) }</p>
            <div class="koers-field">
                <label class="koers-label" for="koers-load-file">{ ctx.t(T::LoadAnswers) }</label>
                <input type="file" id="koers-load-file" class="koers-file" accept=".json,application/json" onchange={on_file} />
            </div>
            <h2 class="koers-h2">{ ctx.t(T::ShareHeading) }</h2>
            <p class="koers-warning">{ ctx.t(T::ShareWarning) }</p>
            <button type="button" class="koers-button koers-button--secondary" id="koers-share" onclick={make_link}>{ ctx.t(T::ShareButton) }</button>
            if let Some(link) = &**share_link {
                <div class="koers-field">
                    <label class="koers-label" for="koers-share-link">{ ctx.t(T::ShareLinkLabel) }</label>
                    <input class="koers-input" id="koers-share-link" type="text" readonly=true value={link.clone()}
                        onfocus={Callback::from(|e: FocusEvent| e.target_unchecked_into::<web_sys::HtmlInputElement>().select())} />
                </div>
            }
        </section>
        { document }
        { pages::models_appendix(ctx, models_open) }
    </> }
}
