//! What a question screen is made of, as data: blocks (shown together, or one at a time in
//! workshop mode), each a list of parts: questions, groups of them, lists of items and the few
//! rich views that are more than a question. Each screen's layout is declared with the
//! questions (`questions::layout`); validation and check-your-answers walk the same parts, so
//! what is asked, what is checked and what is reviewed cannot drift apart.

use super::questions::{layout, Answer, Q};
use super::route::Screen;
use crate::domain::{Audience, PhaseKind, Plan, Section};
use crate::i18n::T;

/// A view on a screen that is more than a question; the UI draws each in its own way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rich {
    /// The stage the self-assessment gives, with the reasons.
    StageResult,
    /// What the chosen target takes: skipped stages, growth actions, fall-back risks.
    TargetAdvice,
    /// The recommended model and the five compared.
    ModelAdvice,
    /// The channels, roles and rhythms for one audience.
    AudienceChannels(Audience),
    /// Warnings about the team as a whole.
    TeamWarnings,
    TotalHours,
    Raci,
    Reach,
    ScheduleWarnings,
    Timeline,
}

/// Something to add to a list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Add {
    Kpi,
    Milestone,
}

/// One item of a list, to remove.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Item {
    Kpi(crate::domain::KpiId),
    Milestone(crate::domain::MilestoneId),
}

/// One part of a screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Part {
    Ask(Q),
    /// Questions side by side.
    Row(Vec<Q>),
    /// Several answers to one question, under a shared legend.
    Group(T, Vec<Part>),
    /// A multiple choice whose checked options each reveal more parts.
    Reveal(Q, Vec<(&'static str, Vec<Part>)>),
    /// A yes/no that reveals more parts when yes.
    RevealIf(Q, Vec<Part>),
    /// One item of a list: its legend is the label with its number.
    Item {
        legend: T,
        number: usize,
        item: Item,
        parts: Vec<Part>,
    },
    Add(T, Add),
    /// A remark in the screen's flow.
    Note(T),
    /// The weeks and overlap of every phase, as a table.
    Phases(Vec<(PhaseKind, Q, Option<Q>)>),
    Rich(Rich),
}

/// Every question a screen asks now, in the order it shows them.
#[must_use]
pub fn questions(plan: &Plan, screen: Screen) -> Vec<Q> {
    fn walk(parts: &[Part], out: &mut Vec<Q>) {
        for part in parts {
            match part {
                Part::Ask(q) => out.push(*q),
                Part::Row(qs) => out.extend(qs.iter().copied()),
                Part::Group(_, inner) | Part::Item { parts: inner, .. } => walk(inner, out),
                Part::Reveal(q, reveals) => {
                    out.push(*q);
                    for (_, inner) in reveals {
                        walk(inner, out);
                    }
                }
                Part::RevealIf(q, inner) => {
                    out.push(*q);
                    walk(inner, out);
                }
                Part::Phases(rows) => {
                    for (_, weeks, overlap) in rows {
                        out.push(*weeks);
                        out.extend(*overlap);
                    }
                }
                Part::Add(..) | Part::Note(_) | Part::Rich(_) => {}
            }
        }
    }
    let mut out = Vec::new();
    for block in layout(plan, screen) {
        walk(&block, &mut out);
    }
    out
}

/// A problem at one question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Problem {
    pub q: Q,
    pub kind: crate::domain::ProblemKind,
}

/// Every problem of the answers on one screen: each question judged by its declaration, plus
/// the one rule between answers (another model than the advice needs a reason).
#[must_use]
pub fn screen_problems(plan: &Plan, screen: Screen) -> Vec<Problem> {
    let mut out: Vec<Problem> = questions(plan, screen)
        .into_iter()
        .filter_map(|q| q.check(plan).map(|kind| Problem { q, kind }))
        .collect();
    if screen == Screen::GovModel
        && crate::domain::recommend(plan).deviates
        && plan.governance.choice_reason.trim().is_empty()
    {
        out.push(Problem {
            q: Q::ChoiceReason,
            kind: crate::domain::ProblemKind::ReasonRequired,
        });
    }
    out
}

/// Every problem of a section's answers.
#[must_use]
pub fn validate(plan: &Plan, section: Section) -> Vec<Problem> {
    Screen::of_section(section)
        .into_iter()
        .flat_map(|s| screen_problems(plan, s))
        .collect()
}

/// Whether a multiple choice has an option checked.
#[must_use]
pub fn is_checked(plan: &Plan, q: Q, key: &str) -> bool {
    matches!(q.read(plan), Answer::Keys(keys) if keys.contains(&key))
}
