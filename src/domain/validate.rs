//! Validation: every problem of a section at once, each tied to the field it belongs to, so
//! the wizard can show an error summary and the message at the field.

use super::governance::recommend;
use super::plan::{Activity, Dimension, PhaseKind, Plan, RoleId};
use serde::{Deserialize, Serialize};

/// The sections of the plan, in the order of the journey.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Section {
    Organisation,
    Maturity,
    GoalsScope,
    Governance,
    Staffing,
    Phasing,
}

impl Section {
    pub const ALL: &'static [Section] = &[
        Section::Organisation,
        Section::Maturity,
        Section::GoalsScope,
        Section::Governance,
        Section::Staffing,
        Section::Phasing,
    ];

    #[must_use]
    pub fn from_key(key: &str) -> Option<Section> {
        Section::ALL.iter().copied().find(|s| s.key() == key)
    }

    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Section::Organisation => "organisation",
            Section::Maturity => "maturity",
            Section::GoalsScope => "goals_scope",
            Section::Governance => "governance",
            Section::Staffing => "staffing",
            Section::Phasing => "phasing",
        }
    }
}

/// A field a problem belongs to. Indexed fields carry the index or id they point at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum FieldId {
    OrgName,
    Sector,
    Size,
    Locations,
    Brands,
    CommsTeam,
    CommsHours,
    MaturityScore(Dimension),
    Goals,
    GoalBusiness(super::plan::SocialGoal),
    KpiName(usize),
    KpiLevel(usize),
    ScopeLevel,
    Audiences,
    Trust,
    Training,
    ChoiceReason,
    Spokespeople,
    Approval,
    ResponseTime,
    EscalationContact,
    Roles,
    RoleHeadcount(RoleId),
    RoleHours(RoleId),
    Raci(Activity),
    Ambassadors,
    NetworkSize,
    StartDate,
    PhaseWeeks(PhaseKind),
    PhaseOverlap(PhaseKind),
    FirstEvaluation,
    MilestoneTitle(usize),
    MilestoneDate(usize),
}

impl FieldId {
    /// A DOM id for the input, so an error summary link can jump to it.
    #[must_use]
    pub fn dom_id(self) -> String {
        match self {
            FieldId::OrgName => "koers-f-org-name".into(),
            FieldId::Sector => "koers-f-sector".into(),
            FieldId::Size => "koers-f-size".into(),
            FieldId::Locations => "koers-f-locations".into(),
            FieldId::Brands => "koers-f-brands".into(),
            FieldId::CommsTeam => "koers-f-comms-team".into(),
            FieldId::CommsHours => "koers-f-comms-hours".into(),
            FieldId::MaturityScore(d) => format!("koers-f-maturity-{}", d.key()),
            FieldId::Goals => "koers-f-goals".into(),
            FieldId::GoalBusiness(g) => format!("koers-f-goal-{}", g.key()),
            FieldId::KpiName(i) => format!("koers-f-kpi-{i}-name"),
            FieldId::KpiLevel(i) => format!("koers-f-kpi-{i}-level"),
            FieldId::ScopeLevel => "koers-f-scope-level".into(),
            FieldId::Audiences => "koers-f-audiences".into(),
            FieldId::Trust => "koers-f-trust".into(),
            FieldId::Training => "koers-f-training".into(),
            FieldId::ChoiceReason => "koers-f-choice-reason".into(),
            FieldId::Spokespeople => "koers-f-spokespeople".into(),
            FieldId::Approval => "koers-f-approval".into(),
            FieldId::ResponseTime => "koers-f-response-time".into(),
            FieldId::EscalationContact => "koers-f-escalation".into(),
            FieldId::Roles => "koers-f-roles".into(),
            FieldId::RoleHeadcount(id) => format!("koers-f-role-{}-headcount", id.0),
            FieldId::RoleHours(id) => format!("koers-f-role-{}-hours", id.0),
            FieldId::Raci(a) => format!("koers-f-raci-{}", a.key()),
            FieldId::Ambassadors => "koers-f-ambassadors".into(),
            FieldId::NetworkSize => "koers-f-network".into(),
            FieldId::StartDate => "koers-f-start".into(),
            FieldId::PhaseWeeks(k) => format!("koers-f-phase-{}-weeks", k.key()),
            FieldId::PhaseOverlap(k) => format!("koers-f-phase-{}-overlap", k.key()),
            FieldId::FirstEvaluation => "koers-f-first-evaluation".into(),
            FieldId::MilestoneTitle(i) => format!("koers-f-milestone-{i}-title"),
            FieldId::MilestoneDate(i) => format!("koers-f-milestone-{i}-date"),
        }
    }
}

/// What is wrong with a field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ProblemKind {
    Required,
    ChooseAtLeastOne,
    TooLong {
        max: usize,
    },
    TooMany {
        max: usize,
    },
    WholeNumber {
        min: u32,
        max: u32,
    },
    HoursNumber,
    InvalidDate,
    /// Another model than the recommended one needs a reason, for the board.
    ReasonRequired,
}

/// One problem at one field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    pub field: FieldId,
    pub kind: ProblemKind,
}

/// Free text longer than this is a paste accident, not an answer.
pub const MAX_TEXT: usize = 10_000;
/// More roles, KPIs or milestones than this do not fit a board plan.
pub const MAX_ITEMS: usize = 200;

fn text(out: &mut Vec<Problem>, field: FieldId, value: &str, required: bool) {
    if required && value.trim().is_empty() {
        out.push(Problem {
            field,
            kind: ProblemKind::Required,
        });
    } else if value.chars().count() > MAX_TEXT {
        out.push(Problem {
            field,
            kind: ProblemKind::TooLong { max: MAX_TEXT },
        });
    }
}

fn required<T>(out: &mut Vec<Problem>, field: FieldId, value: Option<T>) {
    if value.is_none() {
        out.push(Problem {
            field,
            kind: ProblemKind::Required,
        });
    }
}

fn count(out: &mut Vec<Problem>, field: FieldId, value: u32, min: u32, max: u32) {
    if value < min || value > max {
        out.push(Problem {
            field,
            kind: ProblemKind::WholeNumber { min, max },
        });
    }
}

fn items(out: &mut Vec<Problem>, field: FieldId, len: usize) {
    if len > MAX_ITEMS {
        out.push(Problem {
            field,
            kind: ProblemKind::TooMany { max: MAX_ITEMS },
        });
    }
}

/// Every problem in one section.
#[must_use]
pub fn validate(plan: &Plan, section: Section) -> Vec<Problem> {
    let mut out = Vec::new();
    match section {
        Section::Organisation => {
            let o = &plan.organisation;
            text(&mut out, FieldId::OrgName, &o.name, true);
            required(&mut out, FieldId::Sector, o.sector);
            required(&mut out, FieldId::Size, o.size);
            count(&mut out, FieldId::Locations, o.locations.0, 1, 10_000);
            count(&mut out, FieldId::Brands, o.brands.0, 1, 1_000);
            required(&mut out, FieldId::CommsTeam, o.comms_team);
        }
        Section::Maturity => {
            for d in super::maturity::missing(&plan.maturity) {
                out.push(Problem {
                    field: FieldId::MaturityScore(d),
                    kind: ProblemKind::Required,
                });
            }
        }
        Section::GoalsScope => {
            let g = &plan.goals;
            if g.goals.is_empty() {
                out.push(Problem {
                    field: FieldId::Goals,
                    kind: ProblemKind::ChooseAtLeastOne,
                });
            }
            for (goal, business) in &g.goals {
                text(&mut out, FieldId::GoalBusiness(*goal), business, false);
            }
            items(&mut out, FieldId::KpiName(0), g.kpis.len());
            for (i, k) in g.kpis.iter().enumerate().take(MAX_ITEMS) {
                text(&mut out, FieldId::KpiName(i), &k.name, true);
                required(&mut out, FieldId::KpiLevel(i), k.level);
                for t in [&k.baseline, &k.target, &k.owner] {
                    text(&mut out, FieldId::KpiName(i), t, false);
                }
            }
            required(&mut out, FieldId::ScopeLevel, plan.scope.level);
            if plan.scope.audiences.is_empty() {
                out.push(Problem {
                    field: FieldId::Audiences,
                    kind: ProblemKind::ChooseAtLeastOne,
                });
            }
        }
        Section::Governance => {
            let g = &plan.governance;
            required(&mut out, FieldId::Trust, g.trust);
            required(&mut out, FieldId::Training, g.training);
            if recommend(plan).deviates && g.choice_reason.trim().is_empty() {
                out.push(Problem {
                    field: FieldId::ChoiceReason,
                    kind: ProblemKind::ReasonRequired,
                });
            }
            text(&mut out, FieldId::ChoiceReason, &g.choice_reason, false);
            required(&mut out, FieldId::Spokespeople, g.spokespeople);
            required(&mut out, FieldId::Approval, g.approval);
            required(&mut out, FieldId::ResponseTime, g.response_time);
            text(
                &mut out,
                FieldId::EscalationContact,
                &g.escalation_contact,
                true,
            );
        }
        Section::Staffing => {
            let s = &plan.staffing;
            if s.roles.is_empty() {
                out.push(Problem {
                    field: FieldId::Roles,
                    kind: ProblemKind::ChooseAtLeastOne,
                });
            }
            items(&mut out, FieldId::Roles, s.roles.len());
            for r in s.roles.iter().take(MAX_ITEMS) {
                count(
                    &mut out,
                    FieldId::RoleHeadcount(r.id),
                    r.headcount.0,
                    1,
                    10_000,
                );
                text(&mut out, FieldId::RoleHeadcount(r.id), &r.people, false);
            }
            count(&mut out, FieldId::Ambassadors, s.ambassadors.0, 0, 100_000);
            count(
                &mut out,
                FieldId::NetworkSize,
                s.network_size.0,
                0,
                1_000_000,
            );
        }
        Section::Phasing => {
            let p = &plan.phasing;
            required(&mut out, FieldId::StartDate, p.start);
            for &k in PhaseKind::ALL {
                count(
                    &mut out,
                    FieldId::PhaseWeeks(k),
                    u32::from(p.phases.get(k).weeks.0),
                    0,
                    520,
                );
            }
            items(&mut out, FieldId::MilestoneTitle(0), p.milestones.len());
            for (i, m) in p.milestones.iter().enumerate().take(MAX_ITEMS) {
                text(&mut out, FieldId::MilestoneTitle(i), &m.title, true);
            }
        }
    }
    out
}

/// Every problem in the plan, section by section.
#[must_use]
pub fn validate_all(plan: &Plan) -> Vec<(Section, Vec<Problem>)> {
    Section::ALL
        .iter()
        .map(|s| (*s, validate(plan, *s)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_plan_reports_every_problem_at_once() {
        let p = Plan::default();
        let org = validate(&p, Section::Organisation);
        let fields: Vec<FieldId> = org.iter().map(|p| p.field).collect();
        assert_eq!(
            fields,
            [
                FieldId::OrgName,
                FieldId::Sector,
                FieldId::Size,
                FieldId::Locations,
                FieldId::Brands,
                FieldId::CommsTeam
            ]
        );
        assert_eq!(validate(&p, Section::Maturity).len(), 7);
        assert!(validate(&p, Section::Phasing)
            .iter()
            .any(|pr| pr.field == FieldId::StartDate));
    }

    #[test]
    fn whitespace_is_not_an_answer() {
        let mut p = Plan::default();
        p.organisation.name = "   ".into();
        assert!(validate(&p, Section::Organisation).contains(&Problem {
            field: FieldId::OrgName,
            kind: ProblemKind::Required
        }));
    }

    #[test]
    fn dom_ids_are_unique() {
        let ids = [
            FieldId::OrgName.dom_id(),
            FieldId::KpiName(1).dom_id(),
            FieldId::KpiLevel(1).dom_id(),
            FieldId::PhaseWeeks(PhaseKind::Pilot).dom_id(),
            FieldId::PhaseOverlap(PhaseKind::Pilot).dom_id(),
        ];
        let set: crate::domain::VecSet<_> = ids.iter().collect();
        assert_eq!(set.len(), ids.len());
    }
}
