//! A question screen, drawn from its layout: questions through their declared controls, and
//! the few rich views (stage, models, channels per audience, RACI grid, timeline) each in its
//! own function. No rules live here: they are in `domain`, the numbers in the wizard's views.

use super::fields::{checkbox, question, question_with, select, Ctx};
use super::markup;
use crate::domain::{
    assess, check, potential_reach, Activity, Audience, Channel, ChannelRole, Raci, Rhythm,
    StaffingWarning,
};
use crate::i18n::{self, Label, T};
use crate::wizard::{Action, Add, Edit, Part, Rich};
use yew::prelude::*;

/// Draws parts of a screen.
pub fn parts(ctx: &Ctx, parts: &[Part]) -> Html {
    html! { <>{ for parts.iter().map(|p| part(ctx, p)) }</> }
}

fn part(ctx: &Ctx, p: &Part) -> Html {
    match p {
        Part::Ask(q) => question(ctx, *q),
        Part::Row(qs) => {
            html! { <div class="koers-row">{ for qs.iter().map(|q| question(ctx, *q)) }</div> }
        }
        Part::Group(legend, inner) => html! {
            <fieldset class="koers-fieldset">
                <legend class="koers-legend">{ ctx.words(ctx.t(*legend)) }</legend>
                { parts(ctx, inner) }
            </fieldset>
        },
        Part::Reveal(q, reveals) => {
            let reveals = reveals
                .iter()
                .map(|(key, inner)| (*key, parts(ctx, inner)))
                .collect();
            question_with(ctx, *q, reveals)
        }
        Part::RevealIf(q, inner) => html! { <>
            { question(ctx, *q) }
            if !inner.is_empty() { <div class="koers-conditional">{ parts(ctx, inner) }</div> }
        </> },
        Part::Item {
            legend,
            number,
            item,
            parts: inner,
        } => {
            let name = format!("{} {number}", ctx.t(*legend));
            let item = *item;
            html! {
                <fieldset class="koers-fieldset koers-card">
                    <legend class="koers-legend">{ name.clone() }</legend>
                    { parts(ctx, inner) }
                    <button type="button" class="koers-button koers-button--secondary"
                        onclick={ctx.send.reform(move |_| Action::Edit(Edit::Remove(item)))}>
                        { ctx.t(T::Remove) }<span class="koers-visually-hidden">{ format!(" {name}") }</span>
                    </button>
                </fieldset>
            }
        }
        Part::Add(label, what) => {
            let (id, what) = match what {
                Add::Kpi => ("koers-add-kpi", Add::Kpi),
                Add::Milestone => ("koers-add-milestone", Add::Milestone),
            };
            html! {
                <button type="button" class="koers-button koers-button--secondary" {id}
                    onclick={ctx.send.reform(move |_| Action::Edit(Edit::Add(what)))}>{ ctx.t(*label) }</button>
            }
        }
        Part::Note(t) => html! { <p class="koers-notice">{ ctx.words(ctx.t(*t)) }</p> },
        Part::Phases(rows) => html! {
            <div class="koers-table-wrap" tabindex="0" role="region" aria-label={ctx.t(T::Phase)}>
                <table class="koers-table koers-phase-table">
                    <caption class="koers-caption">{ ctx.t(T::Phase) }</caption>
                    <thead><tr><th scope="col">{ ctx.t(T::Phase) }</th><th scope="col">{ ctx.t(T::Weeks) }</th><th scope="col">{ ctx.t(T::Overlap) }</th></tr></thead>
                    <tbody>{ for rows.iter().map(|(kind, weeks, overlap)| html! { <tr>
                        <th scope="row">{ kind.label(ctx.lang) }</th>
                        <td>{ question(ctx, *weeks) }</td>
                        <td>{ overlap.map(|q| question(ctx, q)).unwrap_or_default() }</td>
                    </tr> }) }</tbody>
                </table>
            </div>
        },
        Part::Rich(r) => rich(ctx, *r),
    }
}

fn warnings(ctx: &Ctx, list: &[String]) -> Html {
    if list.is_empty() {
        return Html::default();
    }
    html! {
        <div class="koers-warning" role="status">
            <h2 class="koers-h2">{ ctx.t(T::Warnings) }</h2>
            <ul class="koers-list">{ for list.iter().map(|w| html! { <li>{ ctx.words(w).into_owned() }</li> }) }</ul>
        </div>
    }
}

/// A part the documents module rendered for this screen, or nothing while it is on its way.
fn aside(ctx: &Ctx, r: Rich) -> Html {
    let id = format!("koers-aside-{}", r.key());
    ctx.asides
        .iter()
        .find(|n| match n {
            crate::export::markup::Node::Element(e) => e
                .attrs()
                .iter()
                .any(|(a, v)| *a == crate::export::markup::Attr::Id && *v == id),
            crate::export::markup::Node::Text(_) => false,
        })
        .map(markup::view)
        .unwrap_or_default()
}

fn rich(ctx: &Ctx, r: Rich) -> Html {
    let plan = &ctx.m.plan;
    let lang = ctx.lang;
    match r {
        // The result itself is the app's (a test reads it); its reasons come from the module.
        Rich::StageResult => {
            let Some(a) = assess(&plan.maturity) else {
                return Html::default();
            };
            html! { <>
                <p class="koers-result" id="koers-stage-result">
                    <strong>{ ctx.t(T::CurrentStage) }{ ": " }</strong>
                    <span data-stage={a.stage.key()}>{ format!("{}. {}", a.stage.number(), a.stage.label(lang)) }</span>
                </p>
                { aside(ctx, r) }
            </> }
        }
        Rich::ModelAdvice => {
            let best = crate::domain::recommend(plan).recommended();
            html! { <>
                <p class="koers-result" id="koers-recommended">
                    <strong>{ ctx.t(T::RecommendedModel) }{ ": " }</strong>
                    <span data-model={best.key()}>{ best.label(lang) }</span>
                </p>
                { aside(ctx, r) }
            </> }
        }
        Rich::TargetAdvice
        | Rich::Profile
        | Rich::Findings(_)
        | Rich::Budget
        | Rich::TeamWarnings
        | Rich::ScheduleWarnings
        | Rich::Timeline
        | Rich::EvaluationResult => aside(ctx, r),
        // The choices are the documents module's; their changes are heard here, on the way up.
        Rich::EvalActions => {
            let onchange = ctx.send.reform(|e: Event| {
                let chosen = e
                    .target_dyn_into::<web_sys::HtmlSelectElement>()
                    .and_then(|s| {
                        let action = s
                            .id()
                            .strip_prefix("koers-f-eval-action-")
                            .and_then(crate::domain::GrowthAction::from_key)?;
                        Some((action, s.value()))
                    });
                match chosen {
                    Some((a, value)) => crate::wizard::Action::Edit(crate::wizard::Edit::Choose(
                        crate::wizard::Q::EvalAction(a),
                        value,
                    )),
                    None => crate::wizard::Action::Focus(crate::wizard::Focus::None),
                }
            });
            html! { <div {onchange}>{ aside(ctx, r) }</div> }
        }
        Rich::AudienceChannels(a) => audience_channels(ctx, a),
        Rich::TotalHours => html! {
            <p><strong>{ ctx.t(T::TotalHours) }{ ": " }</strong>{ crate::wizard::total_hours(plan, lang) }</p>
        },
        Rich::Raci => raci(ctx),
        Rich::EvalActuals => {
            let fields = plan.goals.kpis.iter().map(|k| {
                let unit = k.unit.trim();
                let name = if unit.is_empty() {
                    k.name.trim().to_string()
                } else {
                    format!("{} ({unit})", k.name.trim())
                };
                super::fields::question_named(ctx, crate::wizard::Q::EvalActual(k.id), name)
            });
            html! {
                <fieldset class="koers-fieldset">
                    <legend class="koers-legend">{ ctx.t(T::EvalActualsLegend) }</legend>
                    { for fields }
                </fieldset>
            }
        }
        Rich::ReportDownloads => {
            let download = |f: crate::wizard::Format| {
                ctx.send.reform(move |_| crate::wizard::Action::Download(f))
            };
            html! {
                <section class="koers-downloads" aria-labelledby="koers-report-title">
                    <h2 class="koers-h2" id="koers-report-title">{ ctx.t(T::ReportHeading) }</h2>
                    <p class="koers-hint">{ ctx.t(T::ReportHint) }</p>
                    <div class="koers-download-buttons">
                        <button type="button" class="koers-button koers-button--secondary" id="koers-report-docx" onclick={download(crate::wizard::Format::ReportDocx)}>{ ctx.t(T::DownloadDocx) }</button>
                        <button type="button" class="koers-button koers-button--secondary" id="koers-report-html" onclick={download(crate::wizard::Format::ReportHtml)}>{ ctx.t(T::DownloadHtml) }</button>
                        <button type="button" class="koers-button koers-button--secondary" id="koers-report-md" onclick={download(crate::wizard::Format::ReportMarkdown)}>{ ctx.t(T::DownloadMarkdown) }</button>
                    </div>
                    { super::pages::download_offer(ctx) }
                </section>
            }
        }
        Rich::CloseEvaluation => html! {
            <div class="koers-field">
                <p class="koers-hint">{ ctx.t(T::EvalCloseHint) }</p>
                <button type="button" class="koers-button koers-button--secondary" id="koers-eval-close"
                    onclick={ctx.send.reform(|_| crate::wizard::Action::CloseEvaluation)}>{ ctx.t(T::EvalClose) }</button>
            </div>
        },
        Rich::TrainingFromGrid => {
            let at = plan
                .maturity
                .scores
                .get(&crate::domain::Dimension::SkillsTraining);
            html! {
                <div class="koers-field">
                    <p class="koers-label">{ ctx.t(T::TrainingFromGrid) }</p>
                    <p class="koers-hint">{ ctx.t(T::TrainingFromGridHint) }</p>
                    <p id="koers-training-from-grid">{ at.map_or_else(
                        || ctx.t(T::NotAnswered).to_string(),
                        |s| format!("{}. {}", s.number(), crate::i18n::grid_cell(crate::domain::Dimension::SkillsTraining, *s, lang)),
                    ) }</p>
                </div>
            }
        }
        Rich::Reach => html! { <>
            <p class="koers-result" id="koers-reach" aria-live="polite">
                <strong>{ ctx.t(T::PotentialReach) }{ ": " }</strong>{ i18n::number(potential_reach(&plan.staffing), lang) }
            </p>
            <p class="koers-hint">{ ctx.t(T::PotentialReachNote) }</p>
        </> },
    }
}

fn options<L: Label + Copy>(
    all: &[L],
    key: fn(L) -> &'static str,
    ctx: &Ctx,
) -> Vec<(&'static str, String)> {
    all.iter()
        .map(|v| (key(*v), v.label(ctx.lang).to_string()))
        .collect()
}

/// The channels for one audience: a checkbox per channel, and for a checked one its role and
/// rhythm.
fn audience_channels(ctx: &Ctx, a: Audience) -> Html {
    let chans = ctx.m.plan.scope.audiences.get(&a);
    html! { <>
        <p class="koers-label">{ ctx.t(T::ChannelsFor) }</p>
        { for Channel::ALL.iter().map(|c| {
            let c = *c;
            let plan = chans.and_then(|l| l.iter().find(|cp| cp.channel == c));
            let id = format!("koers-f-ac-{}-{}", a.key(), c.key());
            html! { <div class="koers-channel-plan">
                { checkbox(&id, c.label(ctx.lang), plan.is_some(), ctx.edit(move |on| Edit::AudienceChannel(a, c, on))) }
                if let Some(p) = plan {
                    <div class="koers-row">
                        { select(&format!("{id}-role"), ctx.t(T::ChannelRole), options(ChannelRole::ALL, ChannelRole::key, ctx), Some(p.role.key()), "",
                            ctx.edit(move |k: String| Edit::AudienceChannelRole(a, c, ChannelRole::from_key(&k).unwrap_or(ChannelRole::Inform)))) }
                        { select(&format!("{id}-rhythm"), ctx.t(T::Rhythm), options(Rhythm::ALL, Rhythm::key, ctx), Some(p.rhythm.key()), "",
                            ctx.edit(move |k: String| Edit::AudienceChannelRhythm(a, c, Rhythm::from_key(&k).unwrap_or(Rhythm::Weekly)))) }
                    </div>
                }
            </div> }
        }) }
    </> }
}

/// Who does what, per recurring activity: one accountable role (a choice) and the roles that
/// carry it out (checkboxes), and on request who is consulted and informed. One card per
/// activity, so a phone needs no sideways scrolling; on a wide screen the cards sit side by
/// side.
fn raci(ctx: &Ctx) -> Html {
    let s = &ctx.m.plan.staffing;
    if s.roles.is_empty() {
        return html! { <p class="koers-notice">{ ctx.t(T::RaciNeedsRoles) }</p> };
    }
    let grid_warnings: Vec<_> = check(s)
        .into_iter()
        .filter(|w| {
            !matches!(
                w,
                StaffingWarning::NoSponsor | StaffingWarning::OneDiscipline(_)
            )
        })
        .collect();
    let grid_warnings = i18n::staffing_warnings(&grid_warnings, s, ctx.lang);
    let show_ci = ctx.m.show_ci;
    let boxes = |a: Activity, letter: Raci, legend: T| {
        let task = s.tasks.get(&a);
        html! {
            <fieldset class="koers-fieldset koers-task-letter">
                <legend class="koers-legend">{ ctx.t(legend) }</legend>
                <div class="koers-checkboxes">
                { for s.roles.iter().map(|r| {
                    let id = r.id;
                    let on = task.is_some_and(|t| t.has(id, letter));
                    checkbox(&format!("koers-f-task-{}-{}-{}", a.key(), letter.key(), id.0), r.kind.label(ctx.lang), on,
                        ctx.edit(move |b| Edit::Task(a, letter, id, b)))
                }) }
                </div>
            </fieldset>
        }
    };
    // The accountable role is chosen by its id: the option values are the ids as text.
    let accountable_select = |a: Activity, current: Option<crate::domain::RoleId>| {
        let id = format!("koers-f-task-{}-a", a.key());
        let onchange = ctx.send.reform(move |e: Event| {
            let v = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            Action::Edit(Edit::Accountable(
                a,
                v.parse().ok().map(crate::domain::RoleId),
            ))
        });
        html! {
            <div class="koers-field koers-field--inline">
                <label class="koers-label" for={id.clone()}>{ ctx.t(T::TasksAccountable) }</label>
                <select class="koers-select" {id} {onchange}>
                    <option value="" selected={current.is_none()}>{ ctx.t(T::TasksNobody) }</option>
                    { for s.roles.iter().map(|r| html! {
                        <option value={r.id.0.to_string()} selected={current == Some(r.id)}>{ r.kind.label(ctx.lang) }</option>
                    }) }
                </select>
            </div>
        }
    };
    html! { <>
        <div class="koers-tasks">
        { for Activity::ALL.iter().map(|a| {
            let a = *a;
            let accountable = s.tasks.get(&a).and_then(|t| t.accountable);
            html! {
                <section class="koers-task-card" aria-labelledby={format!("koers-task-{}-title", a.key())}>
                    <h2 class="koers-h3" id={format!("koers-task-{}-title", a.key())}>{ a.label(ctx.lang) }</h2>
                    { accountable_select(a, accountable) }
                    { boxes(a, Raci::R, T::TasksResponsible) }
                    if show_ci {
                        { boxes(a, Raci::C, T::TasksConsulted) }
                        { boxes(a, Raci::I, T::TasksInformed) }
                    }
                </section>
            }
        }) }
        </div>
        <button type="button" class="koers-link" id="koers-show-consulted" aria-expanded={if show_ci { "true" } else { "false" }}
            onclick={ctx.send.reform(move |_| Action::ShowConsulted(!show_ci))}>
            { ctx.t(if show_ci { T::TasksHideConsulted } else { T::TasksShowConsulted }) }
        </button>
        { warnings(ctx, &grid_warnings) }
    </> }
}
