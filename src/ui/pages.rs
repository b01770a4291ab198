//! The non-question pages: the task list, check-your-answers and the plan with its downloads.

use super::fields::Ctx;
use super::markup;
use super::screens::model_comparison;
use crate::domain::{Plan, Section};
use crate::i18n::{Label, Lang, T};
use crate::wizard::{Action, Route, Screen, Status};
use yew::prelude::*;

pub fn status_tag(ctx: &Ctx, status: Status) -> Html {
    let (text, class) = status.tag();
    html! { <span class={classes!("koers-tag", class)}>{ ctx.t(text) }</span> }
}

/// A link-styled button that goes somewhere in the wizard.
pub fn go_link(ctx: &Ctx, label: Html, action: Action, id: Option<String>) -> Html {
    let onclick = ctx.send.reform(move |_| action.clone());
    html! { <button type="button" class="koers-link" {id} {onclick}>{ label }</button> }
}

pub fn tasks(ctx: &Ctx) -> Html {
    html! { <>
        <p class="koers-lead">{ ctx.t(T::TasksIntro) }</p>
        <p>{ ctx.t(T::TasksHowLong) }</p>
        <ol class="koers-task-list">
            { for Section::ALL.iter().enumerate().map(|(i, s)| {
                let first = Screen::of_section(*s).first().copied().unwrap_or(Screen::OrgBasics);
                html! {
                    <li class="koers-task" data-section={s.key()}>
                        <span class="koers-task-name">
                            { format!("{}. ", i + 1) }
                            { go_link(ctx, html! { s.label(ctx.lang) }, Action::Go(Route::Screen(first)), Some(format!("koers-task-{}", s.key()))) }
                        </span>
                        { status_tag(ctx, ctx.w.status(*s)) }
                    </li>
                }
            }) }
            <li class="koers-task">
                <span class="koers-task-name">{ "7. " }{ go_link(ctx, html! { ctx.t(T::CheckAnswersLink) }, Action::Go(Route::Review), Some("koers-task-review".into())) }</span>
            </li>
            <li class="koers-task">
                <span class="koers-task-name">{ "8. " }{ go_link(ctx, html! { ctx.t(T::PlanLink) }, Action::Go(Route::Plan), Some("koers-task-plan".into())) }</span>
            </li>
        </ol>
    </> }
}

/// Check-your-answers: the markup the documents module made (`export::html::review`), with
/// one listener for all its Change buttons, which name their screen in `data-change`. Moving
/// it out of the first load saved 3.3 KB brotli.
pub fn review_page(
    ctx: &Ctx,
    view: &DocView,
    shown: &Option<DocRequest>,
    retry: Callback<MouseEvent>,
) -> Html {
    let send = ctx.send.clone();
    let onclick = Callback::from(move |e: MouseEvent| {
        let screen = e
            .target_dyn_into::<web_sys::Element>()
            .and_then(|t| t.closest("[data-change]").ok().flatten())
            .and_then(|b| b.get_attribute("data-change"))
            .and_then(|k| Screen::from_key(&k));
        if let Some(screen) = screen {
            send.emit(Action::Change(screen));
        }
    });
    html! { <div id="koers-review" {onclick}>{ doc_body(ctx, view, shown, retry) }</div> }
}

/// What a page that the documents module renders was made from.
#[derive(Clone, PartialEq)]
pub struct DocRequest {
    /// `screen` (the plan) or `review`.
    pub format: &'static str,
    pub plan: Plan,
    pub lang: Lang,
    /// The sections' status keys, for `review`.
    pub statuses: String,
}

/// A page body the documents module renders, and what it was rendered for.
#[derive(Clone, PartialEq)]
pub enum DocView {
    Building,
    Ready {
        markup: AttrValue,
        made_for: Box<DocRequest>,
    },
    Unavailable,
}

/// The rendered body, once it is the one for what the page shows now: answers changed since it
/// was made never show in their old version.
fn doc_body(
    ctx: &Ctx,
    view: &DocView,
    shown: &Option<DocRequest>,
    retry: Callback<MouseEvent>,
) -> Html {
    match view {
        // Check-your-answers still arrives as markup: escaped text only, no script and no links
        // (tests/exports.rs checks both).
        DocView::Ready { markup, made_for }
            if Some(&**made_for) == shown.as_ref() && made_for.format == "review" =>
        {
            Html::from_html_unchecked(markup.clone())
        }
        // The plan arrives as a tree, checked against the closed sets of tags and attributes
        // and built as elements: no markup is parsed, so it works under Trusted Types too.
        DocView::Ready {
            markup: wire,
            made_for,
        } if Some(&**made_for) == shown.as_ref() => match crate::export::markup::decode(wire) {
            Ok(nodes) => markup::view_all(&nodes),
            Err(_) => unavailable(ctx, retry),
        },
        DocView::Unavailable => unavailable(ctx, retry),
        // Shown only if it takes a while (the CSS delays it): the usual two frames pass without
        // a flash of text, or a screen reader announcing it on every visit.
        _ => {
            html! { <p class="koers-hint koers-pending" role="status">{ ctx.t(T::PageBuilding) }</p> }
        }
    }
}

/// The page could not be made: says so and offers to try again.
fn unavailable(ctx: &Ctx, retry: Callback<MouseEvent>) -> Html {
    html! { <>
        <p class="koers-notice">{ ctx.t(T::PageUnavailable) }</p>
        <button type="button" class="koers-button koers-button--secondary" id="koers-doc-retry" onclick={retry}>{ ctx.t(T::TryAgain) }</button>
    </> }
}

/// The plan as a readable document on screen: the markup the documents module made from the
/// same outline as the downloads. The download buttons come from the app shell, which owns
/// the browser side effects.
pub fn plan_document(
    ctx: &Ctx,
    view: &DocView,
    shown: &Option<DocRequest>,
    retry: Callback<MouseEvent>,
) -> Html {
    html! { <article class="koers-document" id="koers-plan-document">{ doc_body(ctx, view, shown, retry) }</article> }
}

/// The five models side by side, below the plan. Built only once its disclosure is opened: a
/// hundred elements the plan screen would otherwise lay out on arrival, for a part most leave
/// closed.
pub fn models_appendix(ctx: &Ctx, models_open: &UseStateHandle<bool>) -> Html {
    let ontoggle = {
        let open = models_open.clone();
        Callback::from(move |e: Event| {
            open.set(
                e.target_unchecked_into::<web_sys::Element>()
                    .has_attribute("open"),
            );
        })
    };
    html! {
        <details class="koers-details" id="koers-models-disclosure" {ontoggle}>
            <summary>{ ctx.t(T::ModelsCompared) }</summary>
            if **models_open { { model_comparison(ctx) } }
        </details>
    }
}
