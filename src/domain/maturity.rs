//! Maturity assessment: places the self-assessment grid on the five-stage social engagement
//! journey, with the reasons as data, and turns a target stage into growth actions and risks.

use super::plan::{CommsTeam, Dimension, Maturity, OrgModel, Plan, RoleKind, Stage, Usage};
use serde::{Deserialize, Serialize};

/// Why the assessment came out as it did. Rendered in both languages by `i18n`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum MaturityReason {
    /// Most dimensions sit at or above this stage (the lower median).
    Typical(Stage),
    /// A dimension that a stage builds on is not there yet, so the organisation stays below
    /// that stage, however strong the rest.
    HeldBackBy {
        dimension: Dimension,
        at: Stage,
        /// What the blocked stage needs of the dimension.
        needs: Stage,
        blocks: Stage,
    },
    /// Strong in one dimension, weak in another: two or more stages apart.
    Uneven {
        strong: Dimension,
        strong_at: Stage,
        weak: Dimension,
        weak_at: Stage,
    },
}

/// A dimension below what a stage needs of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Gap {
    pub dimension: Dimension,
    pub at: Stage,
    pub needs: Stage,
}

/// The outcome of the self-assessment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assessment {
    pub stage: Stage,
    pub reasons: Vec<MaturityReason>,
    /// What the next stage still needs: the organisation's own road ahead.
    pub ahead: Vec<Gap>,
}

/// What a stage adds to the ones below it, dimension by dimension (Ant's Eye View, 2010):
/// operational means a formal team, training, policies and a measurement framework;
/// measurable means results tied to the annual plan, listening as the norm and broad executive
/// support; fully engaged means all of it everywhere.
fn own_needs(stage: Stage) -> &'static [Dimension] {
    use Dimension as D;
    match stage {
        Stage::Traditional | Stage::Experimental => &[],
        Stage::Operational => &[
            D::OrganisationRoles,
            D::PolicyRules,
            D::SkillsTraining,
            D::Measurement,
        ],
        Stage::Measurable => &[
            D::StrategyGoals,
            D::ListeningWebcare,
            D::Measurement,
            D::ExecutiveSupport,
        ],
        Stage::FullyEngaged => D::ALL,
    }
}

/// Every stage builds on the ones below it: what `stage` needs, its own needs and those of
/// every stage under it, each dimension at the highest level asked.
#[must_use]
pub fn needs(stage: Stage) -> Vec<(Dimension, Stage)> {
    let mut out: Vec<(Dimension, Stage)> = Vec::new();
    for s in Stage::ALL.iter().filter(|s| **s <= stage) {
        for d in own_needs(*s) {
            match out.iter_mut().find(|(x, _)| x == d) {
                Some(entry) => entry.1 = entry.1.max(*s),
                None => out.push((*d, *s)),
            }
        }
    }
    out
}

fn score(m: &Maturity, d: Dimension) -> Stage {
    m.scores.get(&d).copied().unwrap_or(Stage::Traditional)
}

/// What stands between the grid and a stage: its needs that are not met. A stage's own new
/// needs may lag one level when `lag` is set (the organisation is growing into them); what the
/// stages below it need must be there in full.
fn gaps_for(m: &Maturity, stage: Stage, lag: bool) -> Vec<Gap> {
    let mut out = Vec::new();
    for s in Stage::ALL.iter().filter(|s| **s <= stage) {
        let allowed = if lag && *s == stage { 1 } else { 0 };
        for d in own_needs(*s) {
            let at = score(m, *d);
            if at.number() + allowed < s.number() {
                // A dimension two stages need is one gap, to the higher level.
                match out.iter_mut().find(|g: &&mut Gap| g.dimension == *d) {
                    Some(g) => g.needs = g.needs.max(*s),
                    None => out.push(Gap {
                        dimension: *d,
                        at,
                        needs: *s,
                    }),
                }
            }
        }
    }
    out
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
/// half a grid would look more certain than it is. The stage is the highest one, up to where
/// most dimensions are, whose foundations are all there: cumulative, so an organisation with
/// no rules at all is not "measurable" however strong the rest.
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
    while stage > Stage::Traditional {
        let gaps = gaps_for(m, stage, true);
        if gaps.is_empty() {
            break;
        }
        for g in gaps {
            reasons.push(MaturityReason::HeldBackBy {
                dimension: g.dimension,
                at: g.at,
                needs: g.needs,
                blocks: stage,
            });
        }
        stage = Stage::from_number(stage.number() - 1).unwrap_or(Stage::Traditional);
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
    let ahead = stage
        .next()
        .map(|next| gaps_for(m, next, false))
        .unwrap_or_default();
    Some(Assessment {
        stage,
        reasons,
        ahead,
    })
}

/// A concrete step that moves an organisation up a stage. Serde's names are the keys of
/// `GrowthAction::key`, the answers file's names for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
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
    /// The indicators exist with a baseline: put them to use.
    UseIndicators,
    /// Under a centralised model units supply, the central team posts.
    UnitsSupplyStories,
    /// Keep doing: the sponsor the team already has.
    KeepSponsor,
    /// Keep doing: the ambassadors the organisation already has.
    KeepAmbassadors,
    /// Keep doing: the core team already in place.
    KeepCoreTeam,
}

impl GrowthAction {
    /// Every action, for reading a key back.
    pub const ALL: &'static [GrowthAction] = &[
        GrowthAction::StartListening,
        GrowthAction::AllowPilotAccounts,
        GrowthAction::ConnectPioneers,
        GrowthAction::FormCoreTeam,
        GrowthAction::WritePolicy,
        GrowthAction::TrainStaff,
        GrowthAction::MeasurementFramework,
        GrowthAction::InventoryAccounts,
        GrowthAction::SecureSponsor,
        GrowthAction::LinkBusinessGoals,
        GrowthAction::ListeningAsNorm,
        GrowthAction::EmpowerUnits,
        GrowthAction::AmbassadorProgramme,
        GrowthAction::EmbedInCulture,
        GrowthAction::ClientExperienceFirst,
        GrowthAction::UseIndicators,
        GrowthAction::UnitsSupplyStories,
        GrowthAction::KeepSponsor,
        GrowthAction::KeepAmbassadors,
        GrowthAction::KeepCoreTeam,
    ];

    /// A stable key for the answers file: an evaluation records how each action went.
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            GrowthAction::StartListening => "start_listening",
            GrowthAction::AllowPilotAccounts => "allow_pilot_accounts",
            GrowthAction::ConnectPioneers => "connect_pioneers",
            GrowthAction::FormCoreTeam => "form_core_team",
            GrowthAction::WritePolicy => "write_policy",
            GrowthAction::TrainStaff => "train_staff",
            GrowthAction::MeasurementFramework => "measurement_framework",
            GrowthAction::InventoryAccounts => "inventory_accounts",
            GrowthAction::SecureSponsor => "secure_sponsor",
            GrowthAction::LinkBusinessGoals => "link_business_goals",
            GrowthAction::ListeningAsNorm => "listening_as_norm",
            GrowthAction::EmpowerUnits => "empower_units",
            GrowthAction::AmbassadorProgramme => "ambassador_programme",
            GrowthAction::EmbedInCulture => "embed_in_culture",
            GrowthAction::ClientExperienceFirst => "client_experience_first",
            GrowthAction::UseIndicators => "use_indicators",
            GrowthAction::UnitsSupplyStories => "units_supply_stories",
            GrowthAction::KeepSponsor => "keep_sponsor",
            GrowthAction::KeepAmbassadors => "keep_ambassadors",
            GrowthAction::KeepCoreTeam => "keep_core_team",
        }
    }

    #[must_use]
    pub fn from_key(key: &str) -> Option<GrowthAction> {
        GrowthAction::ALL.iter().copied().find(|a| a.key() == key)
    }
}

impl super::json::MapKey for GrowthAction {
    fn from_key_str(s: &str) -> Option<Self> {
        GrowthAction::from_key(s)
    }
    fn write_key(&self, out: &mut String) {
        super::json::write_str(out, self.key());
    }
}

/// What can make an organisation fall back a stage.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum FallbackRisk {
    /// Forrester: jumping stages brings mixed messages, faux pas, duplicated effort.
    SkippingStages,
    /// Executive support holds the measurable stage up; it hangs on one person.
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

/// One piece of advice: what to do, and the gap it closes (none for what a stage needs beyond
/// the grid, such as an inventory of accounts).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Advice {
    pub action: GrowthAction,
    pub closes: Option<Gap>,
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
    /// What the target needs that the grid does not show yet, largest first.
    pub gaps: Vec<Gap>,
    pub actions: Vec<Advice>,
    pub risks: Vec<FallbackRisk>,
}

/// The target a plan aims for: the user's choice, or the next stage.
#[must_use]
pub fn effective_target(current: Stage, chosen: Option<Stage>) -> Stage {
    chosen.unwrap_or_else(|| current.next().unwrap_or(current))
}

/// The action that grows a dimension to a level.
fn action_for(d: Dimension, needs: Stage) -> GrowthAction {
    use Dimension as D;
    use GrowthAction as G;
    match (d, needs) {
        (D::StrategyGoals, _) => G::LinkBusinessGoals,
        (D::OrganisationRoles, _) => G::FormCoreTeam,
        (D::PolicyRules, _) => G::WritePolicy,
        (D::SkillsTraining, Stage::FullyEngaged) => G::AmbassadorProgramme,
        (D::SkillsTraining, _) => G::TrainStaff,
        (D::ListeningWebcare, s) if s <= Stage::Operational => G::StartListening,
        (D::ListeningWebcare, _) => G::ListeningAsNorm,
        (D::Measurement, _) => G::MeasurementFramework,
        (D::ExecutiveSupport, _) => G::SecureSponsor,
    }
}

/// What a stage asks beyond its dimensions' levels.
fn stage_actions(stage: Stage) -> &'static [GrowthAction] {
    use GrowthAction as G;
    match stage {
        Stage::Traditional => &[],
        Stage::Experimental => &[G::StartListening, G::AllowPilotAccounts, G::ConnectPioneers],
        Stage::Operational => &[G::InventoryAccounts],
        Stage::Measurable => &[G::EmpowerUnits],
        Stage::FullyEngaged => &[G::EmbedInCulture, G::ClientExperienceFirst],
    }
}

/// Advice from the organisation's own gaps: the dimensions that fall short of what the target
/// needs come first, the largest gap first; what a stage needs beyond the grid follows. What
/// the answers show as done is left out or turned into "keep doing" (a sponsor in the team,
/// ambassadors already at work, a core team in place), and advice about pioneers is given only
/// where there are pioneers. The fall-back risks are chosen by the organisation's situation
/// and its organisational model.
#[must_use]
pub fn advise(plan: &Plan, a: &Assessment, target: Stage, model: OrgModel) -> TargetAdvice {
    let current = a.stage;
    let m = &plan.maturity;
    let s = &plan.staffing;
    let org = &plan.organisation;
    let skips_stages = target.number() > current.number() + 1;
    let consolidates = target <= current;
    let mut gaps = gaps_for(m, target.max(current), false);
    super::collections::sort_small_by_key(&mut gaps, |g| {
        std::cmp::Reverse(g.needs.number().saturating_sub(g.at.number()))
    });

    let has = |kind: RoleKind| s.roles.iter().any(|r| r.kind == kind);
    let staffed = |kind: RoleKind| {
        s.roles
            .iter()
            .any(|r| r.kind == kind && !r.hours.is_zero() && r.headcount.0 > 0)
    };
    let used_channels = org
        .channels
        .values()
        .filter(|u| **u != Usage::NotUsed)
        .count();
    let pioneers = used_channels > 0 || s.ambassadors.0 > 0;
    let measured = plan
        .goals
        .kpis
        .iter()
        .any(|k| !k.name.trim().is_empty() && k.baseline.is_some());
    let adjust = |action: GrowthAction| -> Option<GrowthAction> {
        use GrowthAction as G;
        match action {
            G::SecureSponsor if has(RoleKind::Sponsor) => Some(G::KeepSponsor),
            // A core team on paper, without hours, is still to be formed (a phone walk: "keep
            // doing" beside a team of 0 hours).
            G::FormCoreTeam if staffed(RoleKind::HubTeam) || staffed(RoleKind::Coordinator) => {
                Some(G::KeepCoreTeam)
            }
            G::AmbassadorProgramme if s.ambassadors.0 >= 10 => Some(G::KeepAmbassadors),
            G::ConnectPioneers if !pioneers => None,
            G::MeasurementFramework if measured => Some(G::UseIndicators),
            G::EmpowerUnits if model == OrgModel::Centralised => Some(G::UnitsSupplyStories),
            G::InventoryAccounts if used_channels == 0 => None,
            other => Some(other),
        }
    };
    let mut actions: Vec<Advice> = Vec::new();
    let mut push = |action: GrowthAction, closes: Option<Gap>| {
        if let Some(action) = adjust(action) {
            if !actions.iter().any(|x| x.action == action) {
                actions.push(Advice { action, closes });
            }
        }
    };
    for g in &gaps {
        push(action_for(g.dimension, g.needs), Some(*g));
    }
    let road: Vec<Stage> = if consolidates {
        vec![current]
    } else {
        Stage::ALL
            .iter()
            .copied()
            .filter(|st| *st > current && *st <= target)
            .collect()
    };
    for st in road {
        for action in stage_actions(st) {
            push(*action, None);
        }
    }

    let mut risks = Vec::new();
    if skips_stages {
        risks.push(FallbackRisk::SkippingStages);
    }
    let support = score(m, Dimension::ExecutiveSupport);
    if has(RoleKind::Sponsor) || support >= Stage::Measurable || target >= Stage::Measurable {
        risks.push(FallbackRisk::LosingSponsor);
    }
    let spread = org.locations.0 >= 5 || org.brands.0 >= 2;
    let thin = matches!(
        org.comms_team,
        Some(CommsTeam::Nobody | CommsTeam::PartTime)
    );
    if model == OrgModel::Centralised && (spread || thin) {
        risks.push(FallbackRisk::OverwhelmedCentralTeam);
    }
    if matches!(model, OrgModel::HubAndSpoke | OrgModel::Dandelion) && target >= Stage::Operational
    {
        risks.push(FallbackRisk::HubBottleneck);
    }
    if used_channels >= 3
        || (spread && matches!(model, OrgModel::Decentralised | OrgModel::Honeycomb))
    {
        risks.push(FallbackRisk::AccountSprawl);
    }
    if s.ambassadors.0 > 0 || matches!(model, OrgModel::Honeycomb) {
        risks.push(FallbackRisk::AdoptionPlateau);
    }
    TargetAdvice {
        current,
        target,
        skips_stages,
        consolidates,
        gaps,
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

    /// Cumulative: no rules at all holds an organisation below operational however strong the
    /// rest. Version 2 only checked the candidate stage's own needs, and called this profile
    /// "Resultaten meten" (4) and, with the rest at 5, "Volledig betrokken".
    #[test]
    fn no_rules_at_all_is_not_measurable() {
        for rest in [4, 5] {
            let mut scores = [rest; 7];
            scores[2] = 1; // policy and rules
            let a = assess(&grid(scores)).unwrap();
            assert_eq!(a.stage, Stage::Experimental, "rest at {rest}");
            assert!(a.reasons.contains(&MaturityReason::HeldBackBy {
                dimension: Dimension::PolicyRules,
                at: Stage::Traditional,
                needs: Stage::Operational,
                blocks: Stage::Operational,
            }));
            // What is ahead names the rules first, and only what is short.
            assert_eq!(
                a.ahead,
                vec![Gap {
                    dimension: Dimension::PolicyRules,
                    at: Stage::Traditional,
                    needs: Stage::Operational
                }]
            );
        }
    }

    #[test]
    fn uneven_profile_and_cap_are_reasons() {
        let a = assess(&grid([3, 2, 1, 4, 4, 2, 3])).unwrap();
        assert!(a.reasons.contains(&MaturityReason::HeldBackBy {
            dimension: Dimension::PolicyRules,
            at: Stage::Traditional,
            needs: Stage::Operational,
            blocks: Stage::Operational,
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

    fn plan_with(scores: [u8; 7]) -> Plan {
        let mut p = Plan::default();
        p.maturity = grid(scores);
        p
    }

    #[test]
    fn target_advice() {
        let p = plan_with([1; 7]);
        let a = assess(&p.maturity).unwrap();
        let adv = advise(&p, &a, Stage::Operational, OrgModel::Centralised);
        assert!(adv.skips_stages);
        assert!(adv.risks.contains(&FallbackRisk::SkippingStages));
        let actions: Vec<GrowthAction> = adv.actions.iter().map(|x| x.action).collect();
        assert!(actions.contains(&GrowthAction::StartListening));
        assert!(actions.contains(&GrowthAction::WritePolicy));
        // Nobody experiments yet: there are no pioneers to connect.
        assert!(!actions.contains(&GrowthAction::ConnectPioneers));

        let p = plan_with([5; 7]);
        let a = assess(&p.maturity).unwrap();
        let same = advise(&p, &a, effective_target(a.stage, None), OrgModel::Honeycomb);
        assert!(same.consolidates);
        assert!(!same.actions.is_empty());
    }
}
