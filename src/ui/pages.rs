//! The non-question pages: the task list, check-your-answers and the plan with its downloads.

use super::fields::Ctx;
use super::screens::{model_comparison, stages_visual};
use super::timeline::timeline;
use crate::domain::Section;
use crate::i18n::{Label, T};
use crate::wizard::{review, summarise, Action, Route, Screen, Status};
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

/// The plan as a readable document on screen. The download buttons come from the app shell,
/// which owns the browser side effects.
pub fn plan_document(ctx: &Ctx, models_open: &UseStateHandle<bool>) -> Html {
    let ontoggle = {
        let open = models_open.clone();
        Callback::from(move |e: Event| {
            open.set(
                e.target_unchecked_into::<web_sys::Element>()
                    .has_attribute("open"),
            );
        })
    };
    let s = summarise(&ctx.w.plan, ctx.lang);
    let l = ctx.lang;
    let g = &s.governance;
    html! {
        <article class="koers-document" id="koers-plan-document">
            <h2 class="koers-h2">{ ctx.t(T::DocSummary) }</h2>
            <dl class="koers-dl">
                <dt>{ ctx.t(T::Organisation) }</dt><dd>{ if s.org_name.is_empty() { ctx.t(T::NotAnswered).to_string() } else { s.org_name.clone() } }</dd>
                { for s.facts.iter().map(|(k, v)| html! { <><dt>{ k.clone() }</dt><dd>{ v.clone() }</dd></> }) }
            </dl>
            <h2 class="koers-h2">{ ctx.t(T::DocMaturity) }</h2>
            { match &s.maturity {
                Some(m) => html! { <>
                    { stages_visual(ctx, m.current, m.target) }
                    <ul class="koers-list">{ for m.reasons.iter().map(|r| html! { <li>{ r.clone() }</li> }) }</ul>
                    <h3 class="koers-h3">{ ctx.t(T::GrowthActions) }</h3>
                    <ul class="koers-list">{ for m.actions.iter().map(|r| html! { <li>{ r.clone() }</li> }) }</ul>
                    <h3 class="koers-h3">{ ctx.t(T::FallbackRisks) }</h3>
                    <ul class="koers-list">{ for m.risks.iter().map(|r| html! { <li>{ r.clone() }</li> }) }</ul>
                </> },
                None => html! { <p class="koers-notice">{ ctx.t(T::MaturityIncomplete) }</p> },
            } }
            <h2 class="koers-h2">{ ctx.t(T::DocGovernance) }</h2>
            <p><strong>{ ctx.t(T::ChosenModel) }{ ": " }</strong><span id="koers-plan-model" data-model={g.chosen.key()}>{ g.chosen.label(l) }</span></p>
            if g.deviates { <p><strong>{ ctx.t(T::RecommendedModel) }{ ": " }</strong>{ g.recommended.label(l) }{ " — " }{ g.reason.clone() }</p> }
            // The comparison is built only once the disclosure is opened: a hundred elements
            // the plan screen would otherwise lay out on arrival, for a part most leave closed.
            <details class="koers-details" id="koers-models-disclosure" {ontoggle}>
                <summary>{ ctx.t(T::ModelsCompared) }</summary>
                if **models_open { { model_comparison(ctx) } }
            </details>
            <h2 class="koers-h2">{ ctx.t(T::DocTeam) }</h2>
            if s.team.is_empty() { <p class="koers-notice">{ ctx.t(T::NoRoles) }</p> } else {
                <div class="koers-table-wrap" tabindex="0" role="region" aria-label={ctx.t(T::DocTeam)}><table class="koers-table">
                    <thead><tr><th scope="col">{ ctx.t(T::Role) }</th><th scope="col">{ ctx.t(T::People) }</th><th scope="col">{ ctx.t(T::Headcount) }</th><th scope="col">{ ctx.t(T::HoursPerWeek) }</th></tr></thead>
                    <tbody>{ for s.team.iter().map(|r| html! { <tr><th scope="row">{ r.role.clone() }</th><td>{ r.people.clone() }</td><td>{ r.headcount }</td><td>{ r.hours.clone() }</td></tr> }) }</tbody>
                </table></div>
            }
            <h2 class="koers-h2">{ ctx.t(T::DocTimeline) }</h2>
            { match &s.timeline {
                Some(tl) => timeline(l, tl),
                None => html! { <p class="koers-notice">{ ctx.t(T::TimelineNeedsStart) }</p> },
            } }
            <h2 class="koers-h2">{ ctx.t(T::DocRisks) }</h2>
            if s.warnings.is_empty() { <p>{ ctx.t(T::NoWarnings) }</p> } else {
                <ul class="koers-list">{ for s.warnings.iter().map(|w| html! { <li>{ w.clone() }</li> }) }</ul>
            }
        </article>
    }
}
