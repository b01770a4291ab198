//! Walking a screen's layout (`questions::layout`): the questions it asks now, and its
//! problems. Check-your-answers walks the same parts, so what is asked, what is checked and what
//! is reviewed cannot drift apart.

use super::questions::{layout, Answer, Part, Q};
use super::route::Screen;
use crate::domain::{Plan, Section};

/// Every question a screen asks now, in the order it shows them.
#[must_use]
pub fn questions(plan: &Plan, screen: Screen) -> Vec<Q> {
    let mut out = Vec::new();
    for block in layout(plan, screen) {
        asked_in(&block, &mut out);
    }
    out
}

/// The questions some parts ask, revealed ones included, in the order they show them.
pub fn asked_in(parts: &[Part], out: &mut Vec<Q>) {
    for part in parts {
        match part {
            Part::Ask(q) => out.push(*q),
            Part::Row(qs) => out.extend(qs.iter().copied()),
            Part::Group(_, inner) | Part::Item { parts: inner, .. } => asked_in(inner, out),
            Part::Reveal(q, reveals) => {
                out.push(*q);
                for (_, inner) in reveals {
                    asked_in(inner, out);
                }
            }
            Part::RevealIf(q, inner) => {
                out.push(*q);
                asked_in(inner, out);
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
