//! Maturity assessment: places the self-assessment grid on the five-stage social engagement
//! journey, with the reasons as data, and turns a target stage into growth actions and risks.

use super::plan::{Dimension, Maturity, Stage};
use serde::{Deserialize, Serialize};

/// Why the assessment came out as it did. Rendered in both languages by `i18n`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum MaturityReason {
    /// Most dimensions sit at or above this stage (the lower median).
    Typical(Stage),
    /// A dimension that a stage cannot do without holds the organisation below it.
    HeldBackBy {
        dimension: Dimension,
        at: Stage,
        caps: Stage,
    },
    /// Strong in one dimension, weak in another: two or more stages apart.
    Uneven {
        strong: Dimension,
        strong_at: Stage,
        weak: Dimension,
        weak_at: Stage,
    },
}

/// The outcome of the self-assessment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assessment {
    pub stage: Stage,
    pub reasons: Vec<MaturityReason>,
}

/// What a stage cannot exist without (Ant's Eye View: operational means policy and roles;
/// measurable means measurement and broad executive support).
fn requirements(stage: Stage) -> &'static [Dimension] {
    match stage {
        Stage::Traditional | Stage::Experimental => &[],
        Stage::Operational => &[Dimension::PolicyRules, Dimension::OrganisationRoles],
        Stage::Measurable => &[Dimension::Measurement, Dimension::ExecutiveSupport],
        Stage::FullyEngaged => &[
            Dimension::ExecutiveSupport,
            Dimension::SkillsTraining,
            Dimension::ListeningWebcare,
        ],
    }
}

/// The dimensions not yet answered, in grid order.
#[must_use]
pub fn missing(m: &Maturity) -> Vec<Dimension> {
    Dimension::ALL
        .iter()
        .copied()
        .filter(|d| !m.scores.contains_key(d))
        .collect()
}

/// Assesses a complete grid; `None` while any dimension is unanswered, because a stage from
/// half a grid would look more certain than it is.
#[must_use]
pub fn assess(m: &Maturity) -> Option<Assessment> {
    let profile: Vec<(Dimension, Stage)> = Dimension::ALL
        .iter()
        .map(|d| m.scores.get(d).map(|s| (*d, *s)))
        .collect::<Option<_>>()?;
    let mut sorted: Vec<Stage> = profile.iter().map(|(_, s)| *s).collect();
    super::collections::sort_small_by_key(&mut sorted, |s| *s);
    // Lower median: with seven dimensions, four of them sit at or above it.
    let typical = *sorted.get((sorted.len() - 1) / 2)?;
    let mut reasons = vec![MaturityReason::Typical(typical)];

    let mut stage = typical;
    // Walk down from the typical stage until every required dimension supports it.
    'down: while stage > Stage::Traditional {
        for &dim in requirements(stage) {
            let at = m.scores.get(&dim).copied().unwrap_or(Stage::Traditional);
            // A required dimension may lag one stage: it is the next thing to grow.
            if at.number() + 1 < stage.number() {
                reasons.push(MaturityReason::HeldBackBy {
                    dimension: dim,
                    at,
                    caps: stage,
                });
                stage = Stage::from_number(stage.number() - 1).unwrap_or(Stage::Traditional);
                continue 'down;
            }
        }
        break;
    }

    let strong = profile.iter().max_by_key(|(_, s)| *s);
    let weak = profile.iter().min_by_key(|(_, s)| *s);
    if let (Some(&(sd, ss)), Some(&(wd, ws))) = (strong, weak) {
        if ss.number() >= ws.number() + 2 {
            reasons.push(MaturityReason::Uneven {
                strong: sd,
                strong_at: ss,
                weak: wd,
                weak_at: ws,
            });
        }
    }
    Some(Assessment { stage, reasons })
}

/// A concrete step that moves an organisation up a stage.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum GrowthAction {
    StartListening,
    AllowPilotAccounts,
    ConnectPioneers,
    FormCoreTeam,
    WritePolicy,
    TrainStaff,
    MeasurementFramework,
    InventoryAccounts,
    SecureSponsor,
    LinkBusinessGoals,
    ListeningAsNorm,
    EmpowerUnits,
    AmbassadorProgramme,
    EmbedInCulture,
    ClientExperienceFirst,
}

/// What can make an organisation fall back a stage.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum FallbackRisk {
    /// Forrester: jumping stages brings mixed messages, faux pas, duplicated effort.
    SkippingStages,
    /// Executive support defines the measurable stage; losing it undoes it.
    LosingSponsor,
    /// A central team drowning in requests (Owyang 2013).
    OverwhelmedCentralTeam,
    /// Uncoordinated accounts multiply (178 on average in 2011).
    AccountSprawl,
    /// Voluntary adoption stalls after the enthusiasts.
    AdoptionPlateau,
    /// A centre of excellence that becomes a bottleneck (Altimeter 2013).
    HubBottleneck,
}

fn actions_into(stage: Stage) -> &'static [GrowthAction] {
    use GrowthAction as G;
    match stage {
        Stage::Traditional => &[],
        Stage::Experimental => &[G::StartListening, G::AllowPilotAccounts, G::ConnectPioneers],
        Stage::Operational => &[
            G::FormCoreTeam,
            G::WritePolicy,
            G::TrainStaff,
            G::MeasurementFramework,
            G::InventoryAccounts,
        ],
        Stage::Measurable => &[
            G::SecureSponsor,
            G::LinkBusinessGoals,
            G::ListeningAsNorm,
            G::EmpowerUnits,
        ],
        Stage::FullyEngaged => &[
            G::AmbassadorProgramme,
            G::EmbedInCulture,
            G::ClientExperienceFirst,
        ],
    }
}

/// The way from the current stage to the target.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TargetAdvice {
    pub current: Stage,
    pub target: Stage,
    /// More than one stage ahead: allowed, but flagged.
    pub skips_stages: bool,
    /// The target is not ahead of the current stage: the plan consolidates.
    pub consolidates: bool,
    pub actions: Vec<GrowthAction>,
    pub risks: Vec<FallbackRisk>,
}

/// The target a plan aims for: the user's choice, or the next stage.
#[must_use]
pub fn effective_target(current: Stage, chosen: Option<Stage>) -> Stage {
    chosen.unwrap_or_else(|| current.next().unwrap_or(current))
}

/// Growth actions for every stage between current and target, and the risks of the road.
#[must_use]
pub fn advise(current: Stage, target: Stage) -> TargetAdvice {
    let skips_stages = target.number() > current.number() + 1;
    let consolidates = target <= current;
    let actions: Vec<GrowthAction> = if consolidates {
        actions_into(current).to_vec()
    } else {
        Stage::ALL
            .iter()
            .filter(|s| **s > current && **s <= target)
            .flat_map(|s| actions_into(*s).iter().copied())
            .collect()
    };
    let mut risks = Vec::new();
    if skips_stages {
        risks.push(FallbackRisk::SkippingStages);
    }
    if target >= Stage::Measurable || current >= Stage::Measurable {
        risks.push(FallbackRisk::LosingSponsor);
    }
    if target >= Stage::Operational {
        risks.push(FallbackRisk::OverwhelmedCentralTeam);
        risks.push(FallbackRisk::AdoptionPlateau);
    }
    if target <= Stage::Operational {
        risks.push(FallbackRisk::AccountSprawl);
    }
    if target >= Stage::Measurable {
        risks.push(FallbackRisk::HubBottleneck);
    }
    TargetAdvice {
        current,
        target,
        skips_stages,
        consolidates,
        actions,
        risks,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grid(stages: [u8; 7]) -> Maturity {
        Maturity {
            scores: Dimension::ALL
                .iter()
                .zip(stages)
                .map(|(d, s)| (*d, Stage::from_number(s).unwrap()))
                .collect(),
            target: None,
        }
    }

    #[test]
    fn incomplete_grid_is_not_assessed() {
        let mut m = grid([2; 7]);
        m.scores.remove(&Dimension::Measurement);
        assert_eq!(assess(&m), None);
        assert_eq!(missing(&m), vec![Dimension::Measurement]);
    }

    #[test]
    fn table_of_profiles() {
        // (strategy, roles, policy, skills, listening, measurement, executive) → stage
        let cases: &[([u8; 7], Stage)] = &[
            ([1, 1, 1, 1, 1, 1, 1], Stage::Traditional),
            ([2, 2, 1, 2, 2, 1, 2], Stage::Experimental),
            ([3, 3, 3, 3, 3, 3, 3], Stage::Operational),
            // Enthusiasm without policy: typical stage 3, held to 2 by policy at 1.
            ([3, 2, 1, 4, 4, 2, 3], Stage::Experimental),
            ([4, 4, 4, 4, 4, 4, 4], Stage::Measurable),
            // Measurable needs measurement: at 2 it holds the organisation at operational.
            ([4, 4, 4, 4, 4, 2, 4], Stage::Operational),
            ([5, 5, 5, 5, 5, 5, 5], Stage::FullyEngaged),
        ];
        for (scores, expected) in cases {
            let a = assess(&grid(*scores)).unwrap();
            assert_eq!(a.stage, *expected, "profile {scores:?}: {:?}", a.reasons);
        }
    }

    #[test]
    fn uneven_profile_and_cap_are_reasons() {
        let a = assess(&grid([3, 2, 1, 4, 4, 2, 3])).unwrap();
        assert!(a.reasons.contains(&MaturityReason::HeldBackBy {
            dimension: Dimension::PolicyRules,
            at: Stage::Traditional,
            caps: Stage::Operational
        }));
        assert!(a.reasons.iter().any(|r| matches!(
            r,
            MaturityReason::Uneven {
                weak: Dimension::PolicyRules,
                weak_at: Stage::Traditional,
                strong_at: Stage::Measurable,
                ..
            }
        )));
    }

    #[test]
    fn target_advice() {
        let a = advise(Stage::Traditional, Stage::Operational);
        assert!(a.skips_stages);
        assert!(a.risks.contains(&FallbackRisk::SkippingStages));
        assert!(a.actions.contains(&GrowthAction::StartListening));
        assert!(a.actions.contains(&GrowthAction::WritePolicy));
        let next = advise(
            Stage::Experimental,
            effective_target(Stage::Experimental, None),
        );
        assert_eq!(next.target, Stage::Operational);
        assert!(!next.skips_stages);
        assert!(!next.risks.contains(&FallbackRisk::SkippingStages));
        let same = advise(
            Stage::FullyEngaged,
            effective_target(Stage::FullyEngaged, None),
        );
        assert!(same.consolidates);
        assert!(!same.actions.is_empty());
    }
}
