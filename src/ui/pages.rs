//! The non-question pages: the task list, check-your-answers and the plan with its downloads.

use super::fields::Ctx;
use super::screens::model_comparison;
use crate::domain::{Plan, Section};
use crate::i18n::{Label, Lang, T};
use crate::wizard::{review, Action, Route, Screen, Status};
use yew::prelude::*;

pub fn status_tag(ctx: &Ctx, status: Status) -> Html {
    let (text, class) = match status {
        Status::NotStarted => (T::StatusNotStarted, "koers-tag--grey"),
        Status::InProgress => (T::StatusInProgress, "koers-tag--blue"),
        Status::Done => (T::StatusDone, "koers-tag--green"),
        Status::NeedsAttention => (T::StatusNeedsAttention, "koers-tag--red"),
    };
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

pub fn review_page(ctx: &Ctx) -> Html {
    let any_open = Section::ALL.iter().any(|s| !ctx.w.problems(*s).is_empty());
    html! { <>
        <p class="koers-lead">{ ctx.t(T::ReviewIntro) }</p>
        if any_open { <p class="koers-notice">{ ctx.t(T::ReviewHasProblems) }</p> }
        { for review(&ctx.w.plan, ctx.lang).into_iter().map(|(section, rows)| html! {
            <section class="koers-review-section" aria-labelledby={format!("koers-review-{}", section.key())}>
                <h2 class="koers-h2" id={format!("koers-review-{}", section.key())}>
                    { section.label(ctx.lang) }{ " " }{ status_tag(ctx, ctx.w.status(section)) }
                </h2>
                <dl class="koers-summary-list">
                    { for rows.into_iter().enumerate().map(|(i, r)| html! {
                        <div class="koers-summary-row">
                            <dt class="koers-summary-key">{ r.label.clone() }</dt>
                            <dd class="koers-summary-value">{ r.value.clone() }</dd>
                            <dd class="koers-summary-action">
                                { go_link(ctx, html! { <>
                                    { ctx.t(T::Change) }<span class="koers-visually-hidden">{ format!(" {}", r.label) }</span>
                                </> }, Action::Change(r.change), Some(format!("koers-change-{}-{i}", section.key()))) }
                            </dd>
                        </div>
                    }) }
                </dl>
            </section>
        }) }
    </> }
}

/// The plan screen's document, once the documents module has rendered it for these answers.
#[derive(Clone, PartialEq)]
pub enum PlanView {
    Building,
    Ready {
        markup: AttrValue,
        plan: Box<Plan>,
        lang: Lang,
    },
    Unavailable,
}

/// The plan as a readable document on screen: the markup the documents module made from the
/// same outline as the downloads. The download buttons come from the app shell, which owns
/// the browser side effects.
pub fn plan_document(ctx: &Ctx, view: &PlanView, retry: Callback<MouseEvent>) -> Html {
    let body = match view {
        // Until the answers it was made for are the answers shown, it is not shown: a plan that
        // was just changed never shows its old version.
        PlanView::Ready { markup, plan, lang } if **plan == ctx.w.plan && *lang == ctx.lang => {
            // Escaped text only, no script and no links (tests/exports.rs checks both).
            Html::from_html_unchecked(markup.clone())
        }
        PlanView::Unavailable => html! { <>
            <p class="koers-notice">{ ctx.t(T::PlanUnavailable) }</p>
            <button type="button" class="koers-button koers-button--secondary" id="koers-plan-retry" onclick={retry}>{ ctx.t(T::TryAgain) }</button>
        </> },
        _ => html! { <p class="koers-hint" role="status">{ ctx.t(T::PlanBuilding) }</p> },
    };
    html! { <article class="koers-document" id="koers-plan-document">{ body }</article> }
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
