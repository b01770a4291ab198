//! The agenda of an evaluation moment and of the go/no-go decision: what the team and the
//! sponsor go through, built from the plan so it names the plan's own indicators, hours and
//! model. Domain data only; the words are in `i18n`.

use super::governance::recommend;
use super::plan::{OrgModel, Plan};
use super::schedule::MilestoneKind;
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
    /// Go on to the rollout, adjust first, or stop.
    GoNoGo,
}

/// The agenda for a milestone: the review points for every evaluation moment, and the same
/// plus the decision for the go/no-go moment. Other milestones have none.
#[must_use]
pub fn agenda(plan: &Plan, moment: &MilestoneKind) -> Vec<AgendaItem> {
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
        out.push(AgendaItem::GoNoGo);
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
        let eval = agenda(&plan, &MilestoneKind::Evaluation(1));
        assert_eq!(
            eval.first(),
            Some(&AgendaItem::KpisAgainstTargets(vec![KpiLine {
                name: "Reacties binnen 24 uur".into(),
                ..KpiLine::default()
            }]))
        );
        assert!(eval.contains(&AgendaItem::RulesKept));
        assert!(!eval.contains(&AgendaItem::GoNoGo));
        let go = agenda(&plan, &MilestoneKind::GoNoGo);
        assert_eq!(go.last(), Some(&AgendaItem::GoNoGo));
        assert_eq!(agenda(&plan, &MilestoneKind::PhaseEvaluation), eval);
        assert!(agenda(&plan, &MilestoneKind::Kickoff).is_empty());
    }
}
