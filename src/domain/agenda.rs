//! The agenda of an evaluation moment and of the go/no-go decision: what the team and the
//! sponsor go through, built from the plan so it names the plan's own indicators, hours and
//! model. Domain data only; the words are in `i18n`.

use super::governance::recommend;
use super::plan::PhaseKind;
use super::plan::{OrgModel, Plan};
use super::schedule::{MilestoneKind, Schedule};
use super::staffing::total_hours_tenths;
use super::units::{Amount, Hours};

/// An indicator as the agenda names it: what it is and where it should go.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct KpiLine {
    pub name: String,
    pub baseline: Option<Amount>,
    pub target: Option<Amount>,
    pub unit: String,
}

/// One point on the agenda.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AgendaItem {
    /// Each indicator against its target; empty while the plan has none.
    KpisAgainstTargets(Vec<KpiLine>),
    /// Incidents and webcare cases since the last moment.
    IncidentsAndWebcare,
    /// Whether the rules (house rules, consent, privacy) were kept.
    RulesKept,
    /// Whether the planned hours per week, the whole team's, hold in practice.
    HoursRealistic(Hours),
    /// Whether the chosen organisational model still fits.
    ModelStillFits(OrgModel),
    /// Go on to the rollout, adjust first, or stop. The works council: whether the
    /// organisation must have one (50 staff or more, WOR art. 2), `None` while its size is not
    /// known.
    GoNoGo { works_council: Option<bool> },
    /// A moment while the rollout is still under way: how far it has got, not yet the targets.
    RolloutSoFar,
    /// The first moment after the rollout: its balance, and the targets for the year ahead.
    RolloutDone,
}

/// Where a moment falls against the rollout, which changes what can be asked of it: targets
/// set for the whole organisation mean little while half of it has not started.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Timing {
    DuringRollout,
    FirstAfterRollout,
    Other,
}

/// The timing of each of the schedule's milestones, in their order. Only evaluation moments
/// are placed; a plan without a rollout has none during or after it.
#[must_use]
pub fn timings(s: &Schedule) -> Vec<Timing> {
    let Some(rollout) = s.phase(PhaseKind::Rollout).filter(|r| r.weeks.0 > 0) else {
        return vec![Timing::Other; s.milestones.len()];
    };
    let mut after_seen = false;
    s.milestones
        .iter()
        .map(|m| {
            if !m.kind.is_evaluation() {
                Timing::Other
            } else if rollout.contains(m.date) && m.date < rollout.last_day() {
                Timing::DuringRollout
            } else if m.date >= rollout.last_day() && !after_seen {
                after_seen = true;
                Timing::FirstAfterRollout
            } else {
                Timing::Other
            }
        })
        .collect()
}

/// Whether the organisation must have a works council (50 staff or more, WOR art. 2), whose
/// consent rules for staff need (WOR art. 27); `None` while its size is not known.
#[must_use]
pub fn works_council(plan: &Plan) -> Option<bool> {
    use super::plan::SizeBand;
    plan.organisation
        .size
        .map(|size| matches!(size, SizeBand::From51To250 | SizeBand::Over250))
}

/// The agenda for a milestone: the review points for every evaluation moment, and the same
/// plus the decision for the go/no-go moment, or plus what the rollout's progress asks of a
/// moment during or just after it. Other milestones have none.
#[must_use]
pub fn agenda(plan: &Plan, moment: &MilestoneKind, timing: Timing) -> Vec<AgendaItem> {
    if !moment.is_evaluation() && *moment != MilestoneKind::GoNoGo {
        return Vec::new();
    }
    let kpis = plan
        .goals
        .kpis
        .iter()
        .filter(|k| !k.name.trim().is_empty())
        .map(|k| KpiLine {
            name: k.name.trim().to_string(),
            baseline: k.baseline,
            target: k.target,
            unit: k.unit.trim().to_string(),
        })
        .collect();
    let hours =
        Hours::from_tenths(u32::try_from(total_hours_tenths(&plan.staffing)).unwrap_or(u32::MAX));
    let mut out = vec![
        AgendaItem::KpisAgainstTargets(kpis),
        AgendaItem::IncidentsAndWebcare,
        AgendaItem::RulesKept,
        AgendaItem::HoursRealistic(hours),
        AgendaItem::ModelStillFits(recommend(plan).chosen),
    ];
    if *moment == MilestoneKind::GoNoGo {
        out.push(AgendaItem::GoNoGo {
            works_council: works_council(plan),
        });
    }
    match timing {
        Timing::DuringRollout => out.push(AgendaItem::RolloutSoFar),
        Timing::FirstAfterRollout => out.push(AgendaItem::RolloutDone),
        Timing::Other => {}
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::plan::{Kpi, KpiId};

    #[test]
    fn evaluations_and_go_no_go_have_an_agenda() {
        let mut plan = Plan::default();
        plan.goals.kpis.push(Kpi {
            id: KpiId(1),
            name: " Reacties binnen 24 uur ".into(),
            ..Kpi::default()
        });
        let eval = agenda(&plan, &MilestoneKind::Evaluation(1), Timing::Other);
        assert_eq!(
            eval.first(),
            Some(&AgendaItem::KpisAgainstTargets(vec![KpiLine {
                name: "Reacties binnen 24 uur".into(),
                ..KpiLine::default()
            }]))
        );
        assert!(eval.contains(&AgendaItem::RulesKept));
        assert!(!eval.iter().any(|i| matches!(i, AgendaItem::GoNoGo { .. })));
        let go = agenda(&plan, &MilestoneKind::GoNoGo, Timing::Other);
        assert_eq!(
            go.last(),
            Some(&AgendaItem::GoNoGo {
                works_council: None
            })
        );
        assert_eq!(
            agenda(&plan, &MilestoneKind::PhaseEvaluation, Timing::Other),
            eval
        );
        assert!(agenda(&plan, &MilestoneKind::Kickoff, Timing::Other).is_empty());
        let during = agenda(&plan, &MilestoneKind::Evaluation(1), Timing::DuringRollout);
        assert_eq!(during.last(), Some(&AgendaItem::RolloutSoFar));
    }

    /// Realistic schedules: where each evaluation moment falls against the rollout.
    #[test]
    fn moments_are_placed_against_the_rollout() {
        use crate::domain::{Date, Weeks};
        let start = Date::from_ymd(2026, 9, 7).unwrap();
        let placed = |rollout: u16, first: u16| {
            let mut plan = Plan::default();
            plan.phasing.start = Some(start);
            plan.phasing.phases.rollout.weeks = Weeks(rollout);
            plan.phasing.first_evaluation = Some(Weeks(first));
            let s = crate::domain::schedule(&plan.phasing, start);
            s.milestones
                .iter()
                .zip(timings(&s))
                .filter(|(m, _)| m.kind.is_evaluation())
                .map(|(_, t)| t)
                .collect::<Vec<_>>()
        };
        let pilot = Plan::default().phasing.phases.pilot.weeks.0;
        // A hospital's pilot, then a twelve-week rollout; the first moment twelve weeks
        // after go-live falls inside the rollout, the next one is its balance.
        let hospital = placed(12, 12);
        assert_eq!(
            hospital.first(),
            Some(&Timing::DuringRollout),
            "{hospital:?}"
        );
        assert_eq!(
            hospital
                .iter()
                .filter(|t| **t == Timing::FirstAfterRollout)
                .count(),
            1
        );
        assert_eq!(hospital.get(1), Some(&Timing::FirstAfterRollout));
        // A first moment after the pilot and rollout are both over is the balance itself.
        let late = placed(4, pilot + 8);
        assert_eq!(late.first(), Some(&Timing::FirstAfterRollout), "{late:?}");
        // A team-only plan without a rollout: every moment is an ordinary one.
        let none = placed(0, 12);
        assert!(none.iter().all(|t| *t == Timing::Other), "{none:?}");
    }
}
