//! A question screen, drawn from its layout: questions through their declared controls, and
//! the few rich views (stage, models, channels per audience, RACI grid, timeline) each in its
//! own function. No rules live here: they are in `domain`, the numbers in the wizard's views.

use super::fields::{checkbox, question, question_with, select, Ctx};
use super::markup;
use super::view::{button, el, list, View};
use crate::domain::{
    assess, check, potential_reach, Activity, Audience, Channel, ChannelRole, Raci, Rhythm,
    StaffingWarning,
};
use crate::i18n::{self, Label, T};
use crate::wizard::{Action, Add, Edit, Part, Rich};
use wasm_bindgen::JsCast;

/// The element id of a list's Add button.
#[must_use]
pub fn add_button_id(list: Add) -> &'static str {
    match list {
        Add::Kpi => "koers-add-kpi",
        Add::Milestone => "koers-add-milestone",
    }
}

/// Draws parts of a screen.
pub fn parts(ctx: &Ctx, parts: &[Part]) -> View {
    list(parts.iter().map(|p| part(ctx, p)))
}

fn part(ctx: &Ctx, p: &Part) -> View {
    match p {
        Part::Ask(q) => question(ctx, *q),
        Part::Row(qs) => el("div")
            .class("koers-row")
            .children(qs.iter().map(|q| question(ctx, *q)))
            .into(),
        Part::Group(legend, inner) => el("fieldset")
            .class("koers-fieldset")
            .child(
                el("legend")
                    .class("koers-legend")
                    .text(ctx.words(ctx.t(*legend))),
            )
            .child(parts(ctx, inner))
            .into(),
        Part::Reveal(q, reveals) => {
            let reveals = reveals
                .iter()
                .map(|(key, inner)| (*key, parts(ctx, inner)))
                .collect();
            question_with(ctx, *q, reveals)
        }
        Part::RevealIf(q, inner) => list([
            question(ctx, *q),
            (!inner.is_empty())
                .then(|| {
                    el("div")
                        .class("koers-conditional")
                        .child(parts(ctx, inner))
                })
                .into(),
        ]),
        Part::Item {
            legend,
            number,
            item,
            parts: inner,
        } => {
            let name = format!("{} {number}", ctx.t(*legend));
            let item = *item;
            el("fieldset")
                .class("koers-fieldset koers-card")
                .child(el("legend").class("koers-legend").text(name.clone()))
                .child(parts(ctx, inner))
                .child(
                    button(
                        "koers-button koers-button--secondary",
                        Action::Edit(Edit::Remove(item)),
                    )
                    .text(ctx.t(T::Remove))
                    .child(
                        el("span")
                            .class("koers-visually-hidden")
                            .text(format!(" {name}")),
                    ),
                )
                .into()
        }
        Part::Add(label, what) => button(
            "koers-button koers-button--secondary",
            Action::Edit(Edit::Add(*what)),
        )
        .id(add_button_id(*what))
        .text(ctx.t(*label))
        .into(),
        Part::Note(t) => el("p")
            .class("koers-notice")
            .text(ctx.words(ctx.t(*t)))
            .into(),
        Part::Phases(rows) => el("div")
            .class("koers-table-wrap")
            .attr("tabindex", "0")
            .attr("role", "region")
            .attr("aria-label", ctx.t(T::Phase))
            .child(
                el("table")
                    .class("koers-table koers-phase-table")
                    .child(el("caption").class("koers-caption").text(ctx.t(T::Phase)))
                    .child(
                        el("thead").child(
                            el("tr")
                                .child(el("th").attr("scope", "col").text(ctx.t(T::Phase)))
                                .child(el("th").attr("scope", "col").text(ctx.t(T::Weeks)))
                                .child(el("th").attr("scope", "col").text(ctx.t(T::Overlap))),
                        ),
                    )
                    .child(
                        el("tbody").children(rows.iter().map(|(kind, weeks, overlap)| {
                            el("tr")
                                .child(el("th").attr("scope", "row").text(kind.label(ctx.lang)))
                                .child(el("td").child(question(ctx, *weeks)))
                                .child(el("td").child(overlap.map(|q| question(ctx, q))))
                        })),
                    ),
            )
            .into(),
        Part::Rich(r) => rich(ctx, *r),
    }
}

fn warnings(ctx: &Ctx, list: &[String]) -> View {
    if list.is_empty() {
        return View::Empty;
    }
    el("div")
        .class("koers-warning")
        .attr("role", "status")
        .child(el("h2").class("koers-h2").text(ctx.t(T::Warnings)))
        .child(
            el("ul").class("koers-list").children(
                list.iter()
                    .map(|w| el("li").text(ctx.words(w).into_owned())),
            ),
        )
        .into()
}

/// A part the documents module rendered for this screen, or nothing while it is on its way.
fn aside(ctx: &Ctx, r: Rich) -> View {
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

fn rich(ctx: &Ctx, r: Rich) -> View {
    let plan = &ctx.m.plan;
    let lang = ctx.lang;
    match r {
        // The result itself is the app's (a test reads it); its reasons come from the module.
        Rich::StageResult => {
            let Some(a) = assess(&plan.maturity) else {
                return View::Empty;
            };
            list([
                el("p")
                    .class("koers-result")
                    .id("koers-stage-result")
                    .child(el("strong").text(ctx.t(T::CurrentStage)).text(": "))
                    .child(el("span").attr("data-stage", a.stage.key()).text(format!(
                        "{}. {}",
                        a.stage.number(),
                        a.stage.label(lang)
                    )))
                    .into(),
                aside(ctx, r),
            ])
        }
        Rich::ModelAdvice => {
            let best = crate::domain::recommend(plan).recommended();
            list([
                el("p")
                    .class("koers-result")
                    .id("koers-recommended")
                    .child(el("strong").text(ctx.t(T::RecommendedModel)).text(": "))
                    .child(
                        el("span")
                            .attr("data-model", best.key())
                            .text(best.label(lang)),
                    )
                    .into(),
                aside(ctx, r),
            ])
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
        Rich::EvalActions => el("div")
            .on("change", |e| {
                let chosen = e
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
                    .and_then(|s| {
                        let action = s
                            .id()
                            .strip_prefix("koers-f-eval-action-")
                            .and_then(crate::domain::GrowthAction::from_key)?;
                        Some((action, s.value()))
                    });
                Some(match chosen {
                    Some((a, value)) => crate::wizard::Action::Edit(crate::wizard::Edit::Choose(
                        crate::wizard::Q::EvalAction(a),
                        value,
                    )),
                    None => crate::wizard::Action::Focus(crate::wizard::Focus::None),
                })
            })
            .child(aside(ctx, r))
            .into(),
        Rich::AudienceChannels(a) => audience_channels(ctx, a),
        Rich::TotalHours => el("p")
            .child(el("strong").text(ctx.t(T::TotalHours)).text(": "))
            .text(crate::wizard::total_hours(plan, lang))
            .into(),
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
            el("fieldset")
                .class("koers-fieldset")
                .child(
                    el("legend")
                        .class("koers-legend")
                        .text(ctx.t(T::EvalActualsLegend)),
                )
                .children(fields)
                .into()
        }
        Rich::ReportDownloads => {
            let download = |f: crate::wizard::Format| {
                button(
                    "koers-button koers-button--secondary",
                    crate::wizard::Action::Download(f),
                )
            };
            super::pages::titled(
                "koers-downloads",
                "koers-report-title",
                ctx.t(T::ReportHeading),
            )
            .child(el("p").class("koers-hint").text(ctx.t(T::ReportHint)))
            .child(
                el("div")
                    .class("koers-download-buttons")
                    .child(
                        download(crate::wizard::Format::ReportDocx)
                            .id("koers-report-docx")
                            .text(ctx.t(T::DownloadDocx)),
                    )
                    .child(
                        download(crate::wizard::Format::ReportHtml)
                            .id("koers-report-html")
                            .text(ctx.t(T::DownloadHtml)),
                    )
                    .child(
                        download(crate::wizard::Format::ReportMarkdown)
                            .id("koers-report-md")
                            .text(ctx.t(T::DownloadMarkdown)),
                    ),
            )
            .child(super::pages::download_offer(ctx))
            .into()
        }
        Rich::CloseEvaluation => el("div")
            .class("koers-field")
            .child(el("p").class("koers-hint").text(ctx.t(T::EvalCloseHint)))
            .child(
                button(
                    "koers-button koers-button--secondary",
                    crate::wizard::Action::CloseEvaluation,
                )
                .id("koers-eval-close")
                .text(ctx.t(T::EvalClose)),
            )
            .into(),
        Rich::TrainingFromGrid => {
            let at = plan
                .maturity
                .scores
                .get(&crate::domain::Dimension::SkillsTraining);
            el("div")
                .class("koers-field")
                .child(
                    el("p")
                        .class("koers-label")
                        .text(ctx.t(T::TrainingFromGrid)),
                )
                .child(
                    el("p")
                        .class("koers-hint")
                        .text(ctx.t(T::TrainingFromGridHint)),
                )
                .child(el("p").id("koers-training-from-grid").text(at.map_or_else(
                    || ctx.t(T::NotAnswered).to_string(),
                    |s| {
                        format!(
                            "{}. {}",
                            s.number(),
                            crate::i18n::grid_cell(
                                crate::domain::Dimension::SkillsTraining,
                                *s,
                                lang
                            )
                        )
                    },
                )))
                .into()
        }
        Rich::Reach => list([
            el("p")
                .class("koers-result")
                .id("koers-reach")
                .attr("aria-live", "polite")
                .child(el("strong").text(ctx.t(T::PotentialReach)).text(": "))
                .text(i18n::number(potential_reach(&plan.staffing), lang))
                .into(),
            el("p")
                .class("koers-hint")
                .text(ctx.t(T::PotentialReachNote))
                .into(),
        ]),
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
fn audience_channels(ctx: &Ctx, a: Audience) -> View {
    let chans = ctx.m.plan.scope.audiences.get(&a);
    list([
        el("p")
            .class("koers-label")
            .text(ctx.t(T::ChannelsFor))
            .into(),
        list(Channel::ALL.iter().map(|c| {
            let c = *c;
            let plan = chans.and_then(|l| l.iter().find(|cp| cp.channel == c));
            let id = format!("koers-f-ac-{}-{}", a.key(), c.key());
            el("div")
                .class("koers-channel-plan")
                .child(checkbox(
                    &id,
                    c.label(ctx.lang),
                    plan.is_some(),
                    ctx.edit(move |on| Edit::AudienceChannel(a, c, on)),
                ))
                .child(plan.map(|p| {
                    el("div")
                        .class("koers-row")
                        .child(select(
                            &format!("{id}-role"),
                            ctx.t(T::ChannelRole),
                            options(ChannelRole::ALL, ChannelRole::key, ctx),
                            Some(p.role.key()),
                            "",
                            ctx.edit(move |k: String| {
                                Edit::AudienceChannelRole(
                                    a,
                                    c,
                                    ChannelRole::from_key(&k).unwrap_or(ChannelRole::Inform),
                                )
                            }),
                        ))
                        .child(select(
                            &format!("{id}-rhythm"),
                            ctx.t(T::Rhythm),
                            options(Rhythm::ALL, Rhythm::key, ctx),
                            Some(p.rhythm.key()),
                            "",
                            ctx.edit(move |k: String| {
                                Edit::AudienceChannelRhythm(
                                    a,
                                    c,
                                    Rhythm::from_key(&k).unwrap_or(Rhythm::Weekly),
                                )
                            }),
                        ))
                }))
                .into()
        })),
    ])
}

/// Who does what, per recurring activity: one accountable role (a choice) and the roles that
/// carry it out (checkboxes), and on request who is consulted and informed. One card per
/// activity, so a phone needs no sideways scrolling; on a wide screen the cards sit side by
/// side.
fn raci(ctx: &Ctx) -> View {
    let s = &ctx.m.plan.staffing;
    if s.roles.is_empty() {
        return el("p")
            .class("koers-notice")
            .text(ctx.t(T::RaciNeedsRoles))
            .into();
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
    let boxes = |a: Activity, letter: Raci, legend: T| -> View {
        let task = s.tasks.get(&a);
        el("fieldset")
            .class("koers-fieldset koers-task-letter")
            .child(el("legend").class("koers-legend").text(ctx.t(legend)))
            .child(
                el("div")
                    .class("koers-checkboxes")
                    .children(s.roles.iter().map(|r| {
                        let id = r.id;
                        let on = task.is_some_and(|t| t.has(id, letter));
                        checkbox(
                            &format!("koers-f-task-{}-{}-{}", a.key(), letter.key(), id.0),
                            r.kind.label(ctx.lang),
                            on,
                            ctx.edit(move |b| Edit::Task(a, letter, id, b)),
                        )
                    })),
            )
            .into()
    };
    // The accountable role is chosen by its id: the option values are the ids as text.
    let accountable_select = |a: Activity, current: Option<crate::domain::RoleId>| {
        let id = format!("koers-f-task-{}-a", a.key());
        el("div")
            .class("koers-field koers-field--inline")
            .child(
                el("label")
                    .class("koers-label")
                    .attr("for", id.clone())
                    .text(ctx.t(T::TasksAccountable)),
            )
            .child(
                el("select")
                    .class("koers-select")
                    .id(id)
                    .on_change(move |v| {
                        Action::Edit(Edit::Accountable(
                            a,
                            v.parse().ok().map(crate::domain::RoleId),
                        ))
                    })
                    .child(
                        el("option")
                            .attr("value", "")
                            .attr_opt("selected", current.is_none().then_some(""))
                            .selected(current.is_none())
                            .text(ctx.t(T::TasksNobody)),
                    )
                    .children(s.roles.iter().map(|r| {
                        el("option")
                            .attr("value", r.id.0.to_string())
                            .attr_opt("selected", (current == Some(r.id)).then_some(""))
                            .selected(current == Some(r.id))
                            .text(r.kind.label(ctx.lang))
                    })),
            )
    };
    list([
        el("div")
            .class("koers-tasks")
            .children(Activity::ALL.iter().map(|a| {
                let a = *a;
                let accountable = s.tasks.get(&a).and_then(|t| t.accountable);
                el("section")
                    .class("koers-task-card")
                    .attr("aria-labelledby", format!("koers-task-{}-title", a.key()))
                    .child(
                        el("h2")
                            .class("koers-h3")
                            .id(format!("koers-task-{}-title", a.key()))
                            .text(a.label(ctx.lang)),
                    )
                    .child(accountable_select(a, accountable))
                    .child(boxes(a, Raci::R, T::TasksResponsible))
                    .child(show_ci.then(|| {
                        list([
                            boxes(a, Raci::C, T::TasksConsulted),
                            boxes(a, Raci::I, T::TasksInformed),
                        ])
                    }))
            }))
            .into(),
        button("koers-link", Action::ShowConsulted(!show_ci))
            .id("koers-show-consulted")
            .attr("aria-expanded", if show_ci { "true" } else { "false" })
            .text(ctx.t(if show_ci {
                T::TasksHideConsulted
            } else {
                T::TasksShowConsulted
            }))
            .into(),
        warnings(ctx, &grid_warnings),
    ])
}
