//! The judgement a question screen shows (the stage and its reasons, the advice for the
//! target, the profile, the model comparison, the findings fixed on that screen), as typed
//! trees the documents module hands to the app: its rules and texts stay out of the first load.
//! Each part is one element with the id `koers-aside-<key>`, where the screen shows it.

use super::html::{model_comparison, stages, Flavour};
use super::markup::{el, Attr, Element, Node, Tag};
use super::radar;
use crate::domain::Plan;
use crate::i18n::{self, Label, Lang, D, T};
use crate::wizard::{
    budget_view, findings_view, governance_view, layout, maturity_view, Part, Rich, Screen,
};

/// Every part the documents module renders for this screen.
#[must_use]
pub fn render(plan: &Plan, screen: Screen, lang: Lang) -> Vec<Node> {
    let mut nodes = layout(plan, screen)
        .iter()
        .flatten()
        .filter_map(|p| match p {
            Part::Rich(r) if r.in_module() => Some(*r),
            _ => None,
        })
        .map(|r| {
            part(plan, r, lang)
                .id(format!("koers-aside-{}", r.key()))
                .into()
        })
        .collect::<Vec<_>>();
    in_sector_words(&mut nodes, plan, lang);
    nodes
}

/// What the module draws for a screen in the sector's words, as the plan is
/// (`outline::in_sector_words`): a hospital's screens speak of patients.
fn in_sector_words(nodes: &mut [Node], plan: &Plan, lang: Lang) {
    let sector = plan.organisation.sector;
    for node in nodes {
        node.each_text(&mut |t| {
            if let Some(own) = crate::i18n::sector_words(t, lang, sector) {
                *t = own;
            }
        });
    }
}

fn list(items: &[String]) -> Element {
    el(Tag::Ul)
        .class("koers-list")
        .children_from(items.iter().map(|i| el(Tag::Li).text(i)))
}

/// The warnings box the app showed itself before: a status region with its heading and list.
fn warnings(out: Element, list: &[String], lang: Lang) -> Element {
    if list.is_empty() {
        return out;
    }
    out.class("koers-warning")
        .attr(Attr::Role, "status")
        .child(h2(T::Warnings.get(lang)))
        .child(self::list(list))
}

/// The open evaluation held against the state before it: the stage's movement, then and now as
/// a radar with its table, each indicator's progress, and the next period's actions.
fn evaluation(plan: &Plan, lang: Lang) -> Element {
    use crate::domain::{evaluation_review, open_evaluation, Dimension};
    use crate::i18n::E;
    let mut out = el(Tag::Div).class("koers-evaluation");
    let Some(r) = open_evaluation(plan).and_then(|i| evaluation_review(plan, i)) else {
        return out;
    };
    let e = |k: E| k.get(lang);
    out.push(h2(e(E::ResultHeading)));
    let stage = |s: Option<crate::domain::Stage>| {
        s.map_or_else(
            || e(E::NotScored).to_string(),
            |s| format!("{}. {}", s.number(), s.label(lang)),
        )
    };
    let movement = super::report::movement(r.movement, lang);
    out.push(
        el(Tag::P)
            .class("koers-result")
            .id("koers-eval-stage")
            .child(el(Tag::Strong).text(format!("{}: ", e(E::Stage))))
            .text(format!(
                "{} → {} ({movement})",
                stage(r.stage_then),
                stage(r.stage_now)
            )),
    );
    if let Some(note) = super::report::stage_same_note(&r, lang) {
        out.push(el(Tag::P).class("koers-hint").text(note));
    }
    if !r.fallback.is_empty() {
        out.push(
            el(Tag::Div)
                .class("koers-warning")
                .child(h2(e(E::FellBack)))
                .child(list(
                    &r.fallback
                        .iter()
                        .map(|f| i18n::fallback_risk(*f, lang).to_string())
                        .collect::<Vec<_>>(),
                )),
        );
    }
    let axes: Vec<String> = Dimension::ALL
        .iter()
        .map(|d| d.label(lang).to_string())
        .collect();
    let series_of = |scores: &crate::domain::VecMap<Dimension, crate::domain::Stage>| {
        Dimension::ALL
            .iter()
            .map(|d| {
                scores
                    .get(d)
                    .copied()
                    .unwrap_or(crate::domain::Stage::Traditional)
            })
            .collect::<Vec<_>>()
    };
    // Now first, as in the progress report: the same colour and line for the same moment.
    let series = [
        super::radar::Series {
            name: e(E::Now).to_string(),
            stages: series_of(&r.now),
            dashed: false,
        },
        super::radar::Series {
            name: e(E::Then).to_string(),
            stages: series_of(&r.then),
            dashed: true,
        },
    ];
    if let Some(charts) = super::svg::both(|l| super::radar::radar(&axes, &series, lang, l)) {
        out.push(
            el(Tag::Div)
                .class("koers-radar-wrap koers-charts")
                .children_from(charts),
        );
    }
    // Text tables that become a card per row on a phone, as the plan's do: five columns of
    // figures scrolled their names out of sight (a phone walk).
    let text_table = |id: &str, caption: &str, head: Vec<String>, rows: Vec<Vec<String>>| {
        super::html::table(
            &head,
            &rows,
            super::html::Flavour::Screen,
            caption,
            Some(id),
        )
    };
    let stage_cell = |s: Option<&crate::domain::Stage>| {
        s.map_or_else(String::new, |s| {
            format!("{}. {}", s.number(), s.label(lang))
        })
    };
    let rows = Dimension::ALL
        .iter()
        .map(|d| {
            vec![
                d.label(lang).to_string(),
                stage_cell(r.then.get(d)),
                stage_cell(r.now.get(d)),
            ]
        })
        .collect();
    out.push(text_table(
        "koers-eval-profile",
        e(E::ThenAndNow),
        vec![
            t_dim(lang).to_string(),
            e(E::Then).to_string(),
            e(E::Now).to_string(),
        ],
        rows,
    ));
    if !r.kpis.is_empty() {
        let value = |v, unit: &str| i18n::with_unit(v, unit, lang);
        let measured = |v: Option<crate::domain::Amount>, unit: &str| {
            if v.is_some() {
                value(v, unit)
            } else {
                e(E::NotMeasured).to_string()
            }
        };
        // Held against an earlier evaluation, its measurement shows the trend.
        let previous = r.then_date.is_some();
        let rows = r
            .kpis
            .iter()
            .map(|k| {
                let mut row = vec![
                    k.name.clone(),
                    value(k.baseline, &k.unit),
                    value(k.target, &k.unit),
                ];
                if previous {
                    row.push(measured(k.previous, &k.unit));
                }
                row.push(measured(k.actual, &k.unit));
                row.push(
                    k.progress
                        .map_or_else(|| e(E::NotMeasured).to_string(), |p| format!("{p}%")),
                );
                row
            })
            .collect();
        out.push(text_table(
            "koers-eval-kpis",
            e(E::Indicators),
            [
                Some(T::KpiName.get(lang)),
                Some(T::KpiBaseline.get(lang)),
                Some(T::KpiTarget.get(lang)),
                previous.then(|| e(E::Previous)),
                Some(e(E::Actual)),
                Some(e(E::Progress)),
            ]
            .into_iter()
            .flatten()
            .map(str::to_string)
            .collect(),
            rows,
        ));
    }
    if !r.next.is_empty() {
        out.push(h2(e(E::Next)));
        out.push(list(
            &r.next
                .iter()
                .map(|a| i18n::next_action(a, r.carried.contains(&a.action), lang))
                .collect::<Vec<_>>(),
        ));
    }
    out
}

/// How each action of the plan went, as choices: the actions and their words come from the
/// advice, which the first load does not carry. The app hears the choices on a parent element.
fn evaluation_actions(plan: &Plan, lang: Lang) -> Element {
    use crate::domain::{evaluation_review, open_evaluation, ActionStatus};
    let Some(r) = open_evaluation(plan).and_then(|i| evaluation_review(plan, i)) else {
        return el(Tag::Div);
    };
    if r.actions.is_empty() {
        return el(Tag::Div);
    }
    let fields = r.actions.iter().map(|(action, status)| {
        let id = format!("koers-f-eval-action-{}", action.key());
        let options = ActionStatus::ALL.iter().map(|s| {
            let option = el(Tag::Option)
                .attr(Attr::Value, s.key())
                .text(s.label(lang));
            if s == status {
                option.attr(Attr::Selected, "selected")
            } else {
                option
            }
        });
        el(Tag::Div)
            .class("koers-field koers-field--inline")
            .child(
                el(Tag::Label)
                    .class("koers-label")
                    .attr(Attr::For, &id)
                    .text(i18n::growth_action(*action, lang)),
            )
            .child(
                el(Tag::Select)
                    .class("koers-select")
                    .id(id)
                    .children_from(options),
            )
    });
    el(Tag::Fieldset)
        .class("koers-fieldset")
        .child(
            el(Tag::Legend)
                .class("koers-legend")
                .text(T::EvalActionsLegend.get(lang)),
        )
        .children_from(fields)
}

fn t_dim(lang: Lang) -> &'static str {
    D::DocDimension.get(lang)
}

/// A table with its caption in a focusable, named region, so it scrolls sideways on a phone
/// and a keyboard user can scroll it too.
fn table(
    id: &str,
    caption: &str,
    head: Element,
    rows: impl IntoIterator<Item = Element>,
) -> Element {
    el(Tag::Div)
        .class("koers-table-wrap")
        .attr(Attr::Tabindex, "0")
        .attr(Attr::Role, "region")
        .attr(Attr::AriaLabel, caption)
        .child(
            el(Tag::Table)
                .class("koers-table")
                .id(id)
                .child(el(Tag::Caption).class("koers-caption").text(caption))
                .child(el(Tag::Thead).child(head))
                .child(el(Tag::Tbody).children_from(rows)),
        )
}

/// Check-your-answers, drawn here so its rows and their words stay out of the first load:
/// the lead, a notice while a section is unfinished, then per section its status and every
/// answer with a Change button. The buttons name their screen in `value`; the app hears them
/// all with one listener on a parent element. `statuses` holds one per section, in order.
#[must_use]
pub fn review(plan: &Plan, lang: Lang, statuses: &[crate::wizard::Status]) -> Node {
    use crate::wizard::Status;
    let t = |k: T| k.get(lang);
    let mut out = el(Tag::Div)
        .id("koers-review")
        .child(el(Tag::P).class("koers-lead").text(t(T::ReviewIntro)));
    if statuses.iter().any(|s| *s != Status::Done) {
        out.push(
            el(Tag::P)
                .class("koers-notice")
                .text(t(T::ReviewHasProblems)),
        );
    }
    for ((section, rows), status) in crate::wizard::review(plan, lang).into_iter().zip(statuses) {
        let key = section.key();
        let (text, colour) = match status {
            Status::NotStarted => (T::StatusNotStarted, "koers-tag koers-tag--grey"),
            Status::InProgress => (T::StatusInProgress, "koers-tag koers-tag--blue"),
            Status::Done => (T::StatusDone, "koers-tag koers-tag--green"),
            Status::NeedsAttention => (T::StatusNeedsAttention, "koers-tag koers-tag--red"),
        };
        let heading = el(Tag::H2)
            .class("koers-h2")
            .id(format!("koers-review-{key}"))
            .text(section.label(lang))
            .text(" ")
            .child(el(Tag::Span).class(colour).text(t(text)));
        let list = el(Tag::Dl).class("koers-summary-list").children_from(
            rows.into_iter().enumerate().map(|(i, row)| {
                el(Tag::Div)
                    .class("koers-summary-row")
                    .child(el(Tag::Dt).class("koers-summary-key").text(&row.label))
                    .child(el(Tag::Dd).class("koers-summary-value").text(&row.value))
                    .child(
                        el(Tag::Dd).class("koers-summary-action").child(
                            // Named by aria-label, which starts with the visible text.
                            el(Tag::Button)
                                .class("koers-link")
                                .id(format!("koers-change-{key}-{i}"))
                                // The screen, and the field that gets the focus.
                                .attr(Attr::Value, row.change_value())
                                .attr(Attr::AriaLabel, format!("{} {}", t(T::Change), row.label))
                                .text(t(T::Change)),
                        ),
                    )
            }),
        );
        out.push(
            el(Tag::Section)
                .class("koers-review-section")
                .attr(Attr::AriaLabelledby, format!("koers-review-{key}"))
                .child(heading)
                .child(list),
        );
    }
    let mut out = [Node::from(out)];
    in_sector_words(&mut out, plan, lang);
    let [out] = out;
    out
}

/// The timeline as a Gantt-style chart with its text alternative (a table of phases and a
/// list of milestones), so the chart is never the only way to read the dates.
fn timeline(tl: &crate::wizard::TimelineView, lang: Lang) -> Element {
    let t = |k: T| k.get(lang);
    let heads = [T::Phase, T::Start, T::End, T::Weeks];
    let rows = tl.phases.iter().map(|p| {
        el(Tag::Tr)
            .attr(Attr::DataPhase, p.kind.key())
            .child(
                el(Tag::Th)
                    .attr(Attr::Scope, "row")
                    .text(p.kind.label(lang)),
            )
            .child(
                el(Tag::Td)
                    .attr(Attr::DataDate, p.start.to_string())
                    .text(i18n::date(p.start, lang)),
            )
            .child(
                el(Tag::Td)
                    .attr(Attr::DataDate, p.end.to_string())
                    .text(i18n::date(p.end, lang)),
            )
            .child(el(Tag::Td).text(p.weeks.to_string()))
    });
    let table = el(Tag::Table)
        .class("koers-table")
        .id("koers-phase-dates")
        .child(
            el(Tag::Caption)
                .class("koers-visually-hidden")
                .text(t(T::TimelineText)),
        )
        .child(
            el(Tag::Thead).child(
                el(Tag::Tr)
                    .children_from(heads.map(|h| el(Tag::Th).attr(Attr::Scope, "col").text(t(h)))),
            ),
        )
        .child(el(Tag::Tbody).children_from(rows));
    let milestones = tl.milestones.iter().map(|m| {
        let mut li = el(Tag::Li)
            .attr(Attr::DataDate, m.date.to_string())
            .child(el(Tag::Strong).text(i18n::date(m.date, lang)))
            .text(format!(": {}", m.title));
        if m.in_evaluation_phase {
            li = li.text(format!(" ({})", t(T::InEvaluationPhase)));
        }
        li
    });
    el(Tag::Div)
        .class("koers-timeline")
        .id("koers-timeline")
        .child(
            el(Tag::Figure)
                .class("koers-figure koers-charts")
                .attr(Attr::AriaHidden, "true")
                .children_from(
                    super::svg::both(|l| Some(super::svg::gantt(tl, lang, l)))
                        .into_iter()
                        .flatten(),
                ),
        )
        .child(h2(t(T::TimelineText)))
        .child(
            el(Tag::Div)
                .class("koers-table-wrap")
                .attr(Attr::Tabindex, "0")
                .attr(Attr::Role, "region")
                .attr(Attr::AriaLabel, t(T::TimelineText))
                .child(table),
        )
        .child(h2(t(T::Milestones)))
        .child(
            el(Tag::Ul)
                .class("koers-list")
                .id("koers-milestones")
                .children_from(milestones),
        )
}

fn h2(text: &str) -> Element {
    el(Tag::H2).class("koers-h2").text(text)
}

fn part(plan: &Plan, r: Rich, lang: Lang) -> Element {
    let t = |k: T| k.get(lang);
    let d = |k: D| k.get(lang);
    let mut out = el(Tag::Div);
    match r {
        Rich::StageResult => {
            if let Some(m) = maturity_view(plan, lang) {
                out.push(stages(m.current, m.target, lang, Flavour::Screen));
                out.push(el(Tag::P).text(i18n::stage_description(m.current, lang)));
                out.push(h2(d(D::WhyThisStage)));
                out.push(list(&m.reasons));
            }
        }
        Rich::TargetAdvice => {
            if let Some(m) = maturity_view(plan, lang) {
                if m.skips_stages {
                    out.push(
                        el(Tag::P)
                            .class("koers-warning")
                            .attr(Attr::Role, "status")
                            .text(d(D::SkipWarning)),
                    );
                }
                if m.consolidates {
                    out.push(el(Tag::P).class("koers-notice").text(d(D::ConsolidateNote)));
                }
                out.push(h2(d(D::GrowthActions)));
                out.push(list(&m.actions));
                if !m.keep.is_empty() {
                    out.push(h2(d(D::KeepDoing)));
                    out.push(list(&m.keep));
                }
                out.push(h2(d(D::FallbackRisks)));
                out.push(list(&m.risks));
            }
        }
        Rich::Profile => {
            if let Some(m) = maturity_view(plan, lang) {
                let head = el(Tag::Tr)
                    .child(
                        el(Tag::Th)
                            .attr(Attr::Scope, "col")
                            .text(d(D::DocDimension)),
                    )
                    .child(el(Tag::Th).attr(Attr::Scope, "col").text(d(D::DocNow)))
                    .child(el(Tag::Th).attr(Attr::Scope, "col").text(format!(
                        "{} ({})",
                        d(D::DocTargetNeeds),
                        m.target.label(lang)
                    )));
                let rows = m.profile.iter().map(|p| {
                    el(Tag::Tr)
                        .child(
                            el(Tag::Th)
                                .attr(Attr::Scope, "row")
                                .text(p.dimension.label(lang)),
                        )
                        .child(el(Tag::Td).text(format!("{}. {}", p.at.number(), p.at.label(lang))))
                        .child(el(Tag::Td).text(p.needs.map_or_else(
                            || d(D::DocNeedsMet).to_string(),
                            |n| format!("{}. {}", n.number(), n.label(lang)),
                        )))
                });
                // The chart first, its text alternative (the table) right after it.
                let (axes, series) = radar::profile(&m.profile, m.target, lang);
                if let Some(charts) = super::svg::both(|l| radar::radar(&axes, &series, lang, l)) {
                    out.push(
                        el(Tag::Figure)
                            .class("koers-figure koers-charts")
                            .children_from(charts),
                    );
                }
                out.push(table("koers-profile", d(D::DocMaturity), head, rows));
            }
        }
        Rich::ModelAdvice => {
            let g = governance_view(plan, lang);
            for c in &g.caveats {
                out.push(el(Tag::P).class("koers-notice").text(c));
            }
            out.push(h2(t(T::ModelsCompared)));
            if !g.contrast.is_empty() {
                out.push(el(Tag::P).id("koers-model-contrast").text(&g.contrast));
            }
            out.push(model_comparison(&g, lang));
        }
        Rich::Findings(screen) => {
            let here: Vec<_> = findings_view(plan, lang)
                .into_iter()
                .filter(|f| f.fix == screen)
                .collect();
            if !here.is_empty() {
                out = out.class("koers-warning").attr(Attr::Role, "status");
                out.push(h2(d(D::FindingsHeading)));
                out.push(
                    el(Tag::Ul)
                        .class("koers-list")
                        .children_from(here.iter().map(|f| {
                            el(Tag::Li)
                                .child(
                                    el(Tag::Strong)
                                        .text(format!("{}: ", i18n::severity(f.severity, lang))),
                                )
                                .text(&f.text)
                        })),
                );
            }
        }
        Rich::Budget => {
            let b = budget_view(plan, lang);
            let th = |text: &str| el(Tag::Th).attr(Attr::Scope, "col").text(text);
            let head = el(Tag::Tr)
                .child(th(d(D::BudgetItem)))
                .child(th(d(D::YearOne)))
                .child(th(d(D::LaterYears)));
            let row = |item: &str, detail: &str, one: &str, later: &str| {
                let mut name = el(Tag::Th).attr(Attr::Scope, "row").text(item);
                if !detail.is_empty() {
                    name = name.child(el(Tag::Span).class("koers-detail").text(detail));
                }
                el(Tag::Tr)
                    .child(name)
                    .child(el(Tag::Td).text(one))
                    .child(el(Tag::Td).text(later))
            };
            let mut rows: Vec<Element> = b
                .rows
                .iter()
                .map(|r| row(&r.item, &r.detail, &r.year_one, &r.later))
                .collect();
            rows.push(row(d(D::BudgetTotal), "", &b.year_one, &b.later).class("koers-total"));
            for (label, one, later) in &b.parts {
                rows.push(row(label, "", one, later));
            }
            out.push(table("koers-budget", d(D::BudgetTable), head, rows));
            if !b.without_hours.is_empty() {
                out.push(el(Tag::P).class("koers-notice").text(&b.without_hours));
            }
            out.push(el(Tag::P).class("koers-hint").text(&b.assumptions));
        }
        // Warnings live here, not in the app: their sentences are document copy too.
        Rich::TeamWarnings => {
            use crate::domain::{check, StaffingWarning};
            let s = &plan.staffing;
            let list: Vec<String> = check(s)
                .into_iter()
                .filter(|w| {
                    matches!(
                        w,
                        StaffingWarning::NoSponsor | StaffingWarning::OneDiscipline(_)
                    )
                })
                .map(|w| i18n::staffing_warning(w, s, lang))
                .collect();
            out = warnings(out, &list, lang);
        }
        Rich::ScheduleWarnings => {
            let list: Vec<String> = crate::domain::plan_flags(plan)
                .into_iter()
                .map(|f| i18n::schedule_flag(f, lang))
                .collect();
            out = warnings(out, &list, lang);
        }
        Rich::AudienceChannels(_)
        | Rich::TotalHours
        | Rich::Raci
        | Rich::Reach
        | Rich::TrainingFromGrid
        | Rich::EvalActuals
        | Rich::ReportDownloads
        | Rich::CloseEvaluation => {}
        Rich::EvalActions => out = evaluation_actions(plan, lang),
        Rich::Timeline => {
            out.push(match crate::wizard::timeline_view(plan, lang) {
                Some(tl) => timeline(&tl, lang),
                None => el(Tag::P)
                    .class("koers-notice")
                    .text(T::TimelineNeedsStart.get(lang)),
            });
        }
        Rich::EvaluationResult => out = evaluation(plan, lang),
    }
    out
}
