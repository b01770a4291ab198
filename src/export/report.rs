//! The board's progress report: one evaluation held against the moment before it, as the same
//! format-neutral `Outline` the plan uses, so HTML, Markdown and Word render it alike.

use super::outline::{Block, Outline};
use super::radar::{Series, MIN_AXES};
use super::{docx, file_stem, html, markdown, Document};
use crate::domain::{
    evaluation_review, ActionStatus, Date, Dimension, EvaluationReview, KpiReview, Plan, Stage,
};
use crate::i18n::with_unit;
use crate::i18n::{self, Label, Lang, D, V};

/// An indicator counts as on track from halfway between its baseline and its target.
pub const ON_TRACK: i64 = 50;

/// "3. Operationaliseren".
fn stage(s: Stage, l: Lang) -> String {
    format!("{}. {}", s.number(), s.label(l))
}

/// "gegroeid met 1 fase", "teruggevallen met 2 fasen", "gelijk gebleven": the report and the
/// evaluation screen say it alike.
#[must_use]
pub fn movement(m: i8, l: Lang) -> String {
    let n = m.unsigned_abs();
    let unit = if n == 1 { V::OneStage } else { V::Stages };
    match m {
        0 => V::Unchanged.get(l).to_string(),
        m if m > 0 => format!("{} {n} {}", V::GrewBy.get(l), unit.get(l)),
        _ => format!("{} {n} {}", V::FellBackBy.get(l), unit.get(l)),
    }
}

/// The status as the evaluation screen names it, so the report and the screen agree.
fn status(s: ActionStatus, l: Lang) -> &'static str {
    crate::i18n::Label::label(s, l)
}

/// Why the stage stayed where it was although scores moved: a reader expects it to follow
/// them. `None` when nothing moved, or the stage did.
#[must_use]
pub fn stage_same_note(r: &EvaluationReview, l: Lang) -> Option<String> {
    (r.movement == 0 && r.stage_now.is_some() && r.then != r.now)
        .then(|| V::StageSameWhy.get(l).to_string())
}

/// The stage then and now in one line, with the movement in words.
fn stage_line(r: &EvaluationReview, l: Lang) -> String {
    match (r.stage_then, r.stage_now) {
        (Some(a), Some(b)) => format!(
            "{} → {} ({})",
            stage(a, l),
            stage(b, l),
            movement(r.movement, l)
        ),
        _ => V::StageUnknown.get(l).to_string(),
    }
}

/// An indicator's row: name, baseline, target, the previous measurement (held against an
/// earlier evaluation), actual and progress, with units; no cell is blank, so a board never
/// reads a blank as zero.
fn kpi_row(k: &KpiReview, previous: bool, l: Lang) -> Vec<String> {
    let or = |v: String, missing: V| {
        if v.is_empty() {
            missing.get(l).to_string()
        } else {
            v
        }
    };
    let progress = match (k.actual, k.progress) {
        (None, _) => V::NotMeasured.get(l).to_string(),
        (Some(_), None) => V::NoProgress.get(l).to_string(),
        (Some(_), Some(p)) => format!("{p}%"),
    };
    let mut row = vec![
        k.name.clone(),
        or(with_unit(k.baseline, &k.unit, l), V::NotMeasured),
        or(with_unit(k.target, &k.unit, l), V::NoTarget),
    ];
    if previous {
        row.push(or(with_unit(k.previous, &k.unit, l), V::NotMeasured));
    }
    row.push(or(with_unit(k.actual, &k.unit, l), V::NotMeasured));
    row.push(progress);
    row
}

/// How many indicators are on track, out of those that can be judged: one not measured yet
/// is not off track, and a board must not read it so ("1 van 1 (1 nog niet gemeten)").
fn on_track(kpis: &[KpiReview], l: Lang) -> String {
    let judged = kpis.iter().filter(|k| k.progress.is_some()).count();
    if judged == 0 && kpis.iter().all(|k| k.actual.is_none()) {
        return V::NoneMeasured.get(l).to_string();
    }
    let on = kpis
        .iter()
        .filter(|k| k.progress.is_some_and(|p| p >= ON_TRACK))
        .count();
    let not_measured = kpis.iter().filter(|k| k.actual.is_none()).count();
    let unknown = kpis.len() - judged - not_measured;
    let rest: Vec<String> = [(not_measured, V::NotMeasured), (unknown, V::NoProgress)]
        .iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, what)| format!("{n} {}", what.get(l)))
        .collect();
    let counted = format!("{on} {} {judged}", V::Of.get(l));
    if rest.is_empty() {
        counted
    } else {
        format!("{counted} ({})", rest.join(", "))
    }
}

/// The dimensions that went down, with their stages then and now: what a fall back is about.
fn fell(r: &EvaluationReview) -> Vec<(Dimension, Stage, Stage)> {
    Dimension::ALL
        .iter()
        .filter_map(|d| {
            let (then, now) = (*r.then.get(d)?, *r.now.get(d)?);
            (now < then).then_some((*d, then, now))
        })
        .collect()
}

/// The dimensions scored then or now, in the questionnaire's order.
fn scored(r: &EvaluationReview) -> Vec<Dimension> {
    Dimension::ALL
        .iter()
        .copied()
        .filter(|d| r.then.get(d).is_some() || r.now.get(d).is_some())
        .collect()
}

/// The radar: now filled, then dashed behind it, on the dimensions scored at both moments
/// (an outline needs a stage on every axis). `None` with too few of them for a shape.
fn radar(r: &EvaluationReview, l: Lang) -> Option<Block> {
    let both: Vec<(Dimension, Stage, Stage)> = Dimension::ALL
        .iter()
        .filter_map(|d| Some((*d, *r.then.get(d)?, *r.now.get(d)?)))
        .collect();
    if both.len() < MIN_AXES {
        return None;
    }
    let then_name = match r.then_date {
        Some(d) => format!("{} {}", V::RadarThenEvaluation.get(l), i18n::date(d, l)),
        None => V::RadarThenPlan.get(l).to_string(),
    };
    Some(Block::Radar {
        axes: both
            .iter()
            .map(|(d, _, _)| d.label(l).to_string())
            .collect(),
        series: vec![
            Series {
                name: V::RadarNow.get(l).to_string(),
                stages: both.iter().map(|(_, _, now)| *now).collect(),
                dashed: false,
            },
            Series {
                name: then_name,
                stages: both.iter().map(|(_, then, _)| *then).collect(),
                dashed: true,
            },
        ],
    })
}

/// The progress report of the evaluation at `index`; `None` when the plan has no evaluation
/// there. `today` is the date the report says it was made.
#[must_use]
pub fn report_outline(plan: &Plan, index: usize, lang: Lang, today: Date) -> Option<Outline> {
    let r = evaluation_review(plan, index)?;
    let l = lang;
    let v = |k: V| k.get(l).to_string();
    let mut b = Vec::new();
    let section = |b: &mut Vec<Block>, id: &'static str, title: V| {
        b.push(Block::Section {
            id,
            title: title.get(l).to_string(),
        });
    };
    let closed = plan.evaluations.get(index).is_some_and(|e| e.closed);
    let incidents = plan
        .evaluations
        .get(index)
        .map(|e| e.incidents.as_str())
        .unwrap_or_default();

    section(&mut b, "samenvatting", V::SecSummary);
    let done = r
        .actions
        .iter()
        .filter(|(_, s)| *s == ActionStatus::Done)
        .count();
    let mut facts = vec![
        (
            v(V::EvaluationDate),
            r.date.map_or_else(|| v(V::NotDated), |d| i18n::date(d, l)),
        ),
        (
            v(V::HeldAgainst),
            r.then_date.map_or_else(
                || v(V::AgainstPlan),
                |d| format!("{} {}", v(V::AgainstEvaluation), i18n::date(d, l)),
            ),
        ),
        (v(V::Status), v(if closed { V::Closed } else { V::Draft })),
        (v(V::Stage), stage_line(&r, l)),
    ];
    if !r.kpis.is_empty() {
        facts.push((v(V::OnTrack), on_track(&r.kpis, l)));
    }
    if !r.actions.is_empty() {
        facts.push((
            v(V::ActionsDone),
            format!("{done} {} {}", v(V::Of), r.actions.len()),
        ));
    }
    b.push(Block::Facts(facts));
    if let Some(note) = stage_same_note(&r, l) {
        b.push(Block::Para(note));
    }
    if r.movement < 0 {
        let down: Vec<String> = fell(&r)
            .iter()
            .map(|(d, then, now)| format!("{} ({} → {})", d.label(l), then.number(), now.number()))
            .collect();
        b.push(Block::Note(if down.is_empty() {
            v(V::FellBackNote)
        } else {
            format!(
                "{} {}: {}.",
                v(V::FellBackNote),
                v(V::Down),
                down.join(", ")
            )
        }));
    }

    section(&mut b, "volwassenheid", V::SecMaturity);
    b.extend(radar(&r, l));
    let at = |s: Option<&Stage>| s.map_or_else(|| v(V::NotScored), |s| stage(*s, l));
    b.push(Block::Table {
        head: vec![
            D::DocDimension.get(l).to_string(),
            v(V::Then),
            v(V::Now),
            v(V::Change),
        ],
        rows: scored(&r)
            .iter()
            .map(|d| {
                let (then, now) = (r.then.get(d), r.now.get(d));
                let change = match (then, now) {
                    (Some(a), Some(b)) => {
                        let diff = i16::from(b.number()) - i16::from(a.number());
                        // A true minus sign: a hyphen in front of a number reads as a dash.
                        match diff {
                            0 => v(V::Same),
                            d if d > 0 => format!("+{d}"),
                            d => format!("−{}", d.unsigned_abs()),
                        }
                    }
                    _ => v(V::NotScored),
                };
                vec![d.label(l).to_string(), at(then), at(now), change]
            })
            .collect(),
    });

    section(&mut b, "indicatoren", V::SecKpis);
    if r.kpis.is_empty() {
        b.push(Block::Para(v(V::NoKpis)));
    } else {
        // Held against an earlier evaluation, its measurement shows the trend.
        let previous = r.then_date.is_some();
        let mut head = vec![v(V::Indicator), v(V::Baseline), v(V::Target)];
        if previous {
            head.push(v(V::Previous));
        }
        head.extend([v(V::Actual), v(V::Progress)]);
        b.push(Block::Table {
            head,
            rows: r.kpis.iter().map(|k| kpi_row(k, previous, l)).collect(),
        });
    }

    section(&mut b, "acties", V::SecActions);
    if r.actions.is_empty() {
        b.push(Block::Para(v(V::NoActions)));
    } else {
        b.push(Block::Table {
            head: vec![v(V::Action), v(V::Status)],
            rows: r
                .actions
                .iter()
                .map(|(a, s)| {
                    vec![
                        i18n::growth_action(*a, l).to_string(),
                        status(*s, l).to_string(),
                    ]
                })
                .collect(),
        });
    }

    section(&mut b, "incidenten", V::SecIncidents);
    // The team's lines stay lines: one paragraph each, as they were typed.
    let lines: Vec<&str> = incidents
        .lines()
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .collect();
    if lines.is_empty() {
        b.push(Block::Para(v(V::NoIncidents)));
    } else {
        b.extend(lines.iter().map(|t| Block::Para((*t).to_string())));
    }

    if r.movement < 0 {
        section(&mut b, "terugval", V::SecFallback);
        b.push(Block::List(
            r.fallback
                .iter()
                .map(|f| i18n::fallback_risk(*f, l).to_string())
                .collect(),
        ));
    }

    section(&mut b, "volgende-periode", V::SecNext);
    if r.next.is_empty() {
        b.push(Block::Para(v(V::NothingNext)));
    } else {
        b.push(Block::Para(v(V::NextIntro)));
        b.push(Block::List(
            r.next
                .iter()
                .map(|a| i18n::next_action(a, r.carried.contains(&a.action), l))
                .collect(),
        ));
    }

    super::outline::in_sector_words(&mut b, plan.organisation.sector, l);
    let org = plan.organisation.name.trim();
    Some(Outline {
        title: if org.is_empty() {
            v(V::Title)
        } else {
            format!("{}: {org}", v(V::Title))
        },
        made: format!("{} {}", D::DocMade.get(l), i18n::date(today, l)),
        open: None,
        blocks: b,
    })
}

/// The report's file name without its extension: "koers-voortgang-<organisation>-<date>"
/// ("koers-progress-…" in English), dated by the evaluation (by `today` when it has no date),
/// so reports of one plan sort by their moment.
#[must_use]
pub fn report_stem(plan: &Plan, index: usize, lang: Lang, today: Date) -> String {
    let stem = file_stem(&plan.organisation.name);
    let org = stem.strip_prefix("koers-").unwrap_or(&stem);
    let date = plan
        .evaluations
        .get(index)
        .and_then(|e| e.date)
        .unwrap_or(today);
    let kind = lang.pick("voortgang", "progress");
    format!("koers-{kind}-{org}-{date}")
}

/// The report as a standalone HTML document; `None` without an evaluation at `index`.
#[must_use]
pub fn render_html(plan: &Plan, index: usize, lang: Lang, today: Date) -> Option<Document> {
    let doc = report_outline(plan, index, lang, today)?;
    Some(html::render_outline(
        &doc,
        lang,
        &report_stem(plan, index, lang, today),
    ))
}

/// The report as Markdown; `None` without an evaluation at `index`.
#[must_use]
pub fn render_markdown(plan: &Plan, index: usize, lang: Lang, today: Date) -> Option<Document> {
    let doc = report_outline(plan, index, lang, today)?;
    Some(markdown::render_outline(
        &doc,
        lang,
        &report_stem(plan, index, lang, today),
    ))
}

/// The report as a Word document; `None` without an evaluation at `index`.
#[must_use]
pub fn render_docx(
    plan: &Plan,
    index: usize,
    lang: Lang,
    today: Date,
) -> Option<docx::BinaryDocument> {
    let doc = report_outline(plan, index, lang, today)?;
    Some(docx::render_outline(
        &doc,
        lang,
        &report_stem(plan, index, lang, today),
        today,
    ))
}
