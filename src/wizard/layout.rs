//! What each question screen shows, as data: its blocks (shown together, or one at a time in
//! workshop mode), each a list of parts: questions, groups of them, lists of items and the few
//! rich views that are more than a question. Validation and check-your-answers walk the same
//! parts, so what is asked, what is checked and what is reviewed cannot drift apart.

use super::questions::{Answer, Q};
use super::route::Screen;
use crate::domain::{
    Audience, Dimension, PhaseKind, Plan, RoleKind, Section, SocialGoal, MAX_ITEMS,
};
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

/// The blocks of a question screen.
#[must_use]
pub fn layout(plan: &Plan, screen: Screen) -> Vec<Vec<Part>> {
    use Part::{Ask, Group, Rich as R, Row};
    match screen {
        Screen::OrgBasics => vec![
            vec![Ask(Q::OrgName)],
            vec![Ask(Q::Sector)],
            vec![Ask(Q::Size)],
        ],
        Screen::OrgChannels => vec![
            vec![Row(vec![Q::Locations, Q::Brands])],
            vec![Group(
                T::ChannelsLegend,
                crate::domain::Channel::ALL
                    .iter()
                    .map(|c| Ask(Q::Channel(*c)))
                    .collect(),
            )],
            vec![Ask(Q::CommsTeam), Ask(Q::CommsHours)],
        ],
        Screen::MaturityGrid => Dimension::ALL
            .iter()
            .map(|d| vec![Ask(Q::Score(*d))])
            .collect(),
        Screen::MaturityResult => {
            if crate::domain::assess(&plan.maturity).is_none() {
                vec![vec![Part::Note(T::MaturityIncomplete)]]
            } else {
                vec![
                    vec![R(Rich::StageResult)],
                    vec![Ask(Q::Target), R(Rich::TargetAdvice)],
                ]
            }
        }
        Screen::Goals => vec![vec![Part::Reveal(
            Q::Goals,
            SocialGoal::ALL
                .iter()
                .filter(|g| plan.goals.goals.contains_key(g))
                .map(|g| (g.key(), vec![Ask(Q::GoalBusiness(*g))]))
                .collect(),
        )]],
        Screen::Kpis => {
            let mut parts = Vec::new();
            if plan.goals.kpis.is_empty() {
                parts.push(Part::Note(T::NoKpis));
            }
            for (i, k) in plan.goals.kpis.iter().enumerate() {
                parts.push(Part::Item {
                    legend: T::KpiName,
                    number: i + 1,
                    item: Item::Kpi(k.id),
                    parts: vec![
                        Ask(Q::KpiName(k.id)),
                        Ask(Q::KpiLevel(k.id)),
                        Row(vec![
                            Q::KpiBaseline(k.id),
                            Q::KpiTarget(k.id),
                            Q::KpiOwner(k.id),
                        ]),
                    ],
                });
            }
            if plan.goals.kpis.len() < MAX_ITEMS {
                parts.push(Part::Add(T::AddKpi, Add::Kpi));
            }
            vec![parts]
        }
        Screen::Scope => vec![
            vec![Ask(Q::ScopeLevel)],
            vec![Part::Reveal(
                Q::Audiences,
                Audience::ALL
                    .iter()
                    .filter(|a| plan.scope.audiences.contains_key(a))
                    .map(|a| (a.key(), vec![R(Rich::AudienceChannels(*a))]))
                    .collect(),
            )],
        ],
        Screen::GovInputs => vec![vec![Ask(Q::Trust)], vec![Ask(Q::Training)]],
        Screen::GovModel => {
            let mut choice = vec![Ask(Q::Model)];
            let deviates = crate::domain::recommend(plan).deviates;
            if deviates || !plan.governance.choice_reason.is_empty() {
                choice.push(Ask(Q::ChoiceReason));
            }
            vec![vec![R(Rich::ModelAdvice)], choice]
        }
        Screen::GovRules => vec![
            vec![Ask(Q::Spokespeople)],
            vec![Ask(Q::Approval)],
            vec![Ask(Q::ResponseTime)],
            vec![Ask(Q::Escalation)],
            vec![
                Group(
                    T::RulesChecks,
                    vec![Ask(Q::PhotoConsent), Ask(Q::Disclaimer), Ask(Q::CrisisPlan)],
                ),
                Part::Note(T::WebcareNote),
            ],
        ],
        Screen::Team => vec![vec![
            R(Rich::TeamWarnings),
            Part::Reveal(
                Q::Roles,
                RoleKind::ALL
                    .iter()
                    .filter_map(|kind| {
                        let roles: Vec<Part> = plan
                            .staffing
                            .roles
                            .iter()
                            .filter(|r| r.kind == *kind)
                            .flat_map(|r| {
                                [
                                    Ask(Q::RolePeople(r.id)),
                                    Row(vec![Q::RoleHeadcount(r.id), Q::RoleHours(r.id)]),
                                ]
                            })
                            .collect();
                        (!roles.is_empty()).then_some((kind.key(), roles))
                    })
                    .collect(),
            ),
            R(Rich::TotalHours),
        ]],
        Screen::Raci => vec![vec![R(Rich::Raci)]],
        Screen::Training => vec![
            vec![Ask(Q::TrainingModules)],
            vec![Row(vec![Q::Ambassadors, Q::NetworkSize]), R(Rich::Reach)],
        ],
        Screen::Dates => {
            let phases = PhaseKind::ALL
                .iter()
                .map(|k| {
                    let overlap = (*k != PhaseKind::Identify).then_some(Q::PhaseOverlap(*k));
                    (*k, Q::PhaseWeeks(*k), overlap)
                })
                .collect();
            let mut milestones: Vec<Part> = plan
                .phasing
                .milestones
                .iter()
                .enumerate()
                .map(|(i, m)| Part::Item {
                    legend: T::MilestoneTitle,
                    number: i + 1,
                    item: Item::Milestone(m.id),
                    parts: vec![Row(vec![Q::MilestoneTitle(m.id), Q::MilestoneDate(m.id)])],
                })
                .collect();
            if plan.phasing.milestones.len() < MAX_ITEMS {
                milestones.push(Part::Add(T::AddMilestone, Add::Milestone));
            }
            vec![
                vec![Ask(Q::Start)],
                vec![Part::Phases(phases)],
                vec![Part::RevealIf(
                    Q::Evaluation,
                    if plan.phasing.first_evaluation.is_some() {
                        vec![Ask(Q::FirstEvaluation), Ask(Q::Cadence)]
                    } else {
                        Vec::new()
                    },
                )],
                vec![Group(T::MilestonesLegend, milestones)],
            ]
        }
        Screen::Timeline => vec![vec![R(Rich::ScheduleWarnings), R(Rich::Timeline)]],
    }
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
