//! Governance recommender: ranks the five Altimeter models for this organisation, each with a
//! score and the factors that moved it, so the wizard can show why, not only what.

use super::maturity::assess;
use super::plan::{OrgModel, Plan, Regulation, SizeBand, Stage, TrainingLevel, Trust};
use serde::{Deserialize, Serialize};

/// A fact about the organisation that moved a model's score.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Factor {
    Regulation(Regulation),
    SeveralBrands(u32),
    SingleBrand,
    ManyLocations(u32),
    Size(SizeBand),
    Trust(Trust),
    Training(TrainingLevel),
    Stage(Stage),
}

/// One factor's effect on one model.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Weighted {
    pub factor: Factor,
    pub delta: i32,
}

/// A model with its score and the reasons for it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ModelScore {
    pub model: OrgModel,
    pub score: i32,
    pub reasons: Vec<Weighted>,
}

/// The ranking, best first, and what the user did with it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recommendation {
    pub ranked: Vec<ModelScore>,
    /// The model the plan uses: the user's choice, else the best ranked.
    pub chosen: OrgModel,
    /// True when the user picked another model than the recommended one.
    pub deviates: bool,
}

impl Recommendation {
    #[must_use]
    pub fn recommended(&self) -> OrgModel {
        self.ranked
            .first()
            .map_or(OrgModel::Centralised, |m| m.model)
    }
}

/// The effect of one factor on one model. The weights encode the research: regulated sectors
/// keep central control (Owyang 2011); several brands call for several hubs; honeycomb needs
/// trust and training that most care organisations do not have yet (Owyang 2013); the model
/// follows maturity (Prophet 2015).
fn weight(model: OrgModel, factor: Factor) -> i32 {
    use OrgModel as M;
    match (model, factor) {
        (M::Centralised, Factor::Regulation(Regulation::VeryHigh)) => 3,
        (M::Centralised, Factor::Regulation(Regulation::High)) => 2,
        (M::HubAndSpoke, Factor::Regulation(Regulation::VeryHigh | Regulation::High)) => 1,
        (M::Decentralised, Factor::Regulation(Regulation::VeryHigh)) => -3,
        (M::Decentralised, Factor::Regulation(Regulation::High)) => -2,
        (M::Honeycomb, Factor::Regulation(Regulation::VeryHigh)) => -2,
        (M::Honeycomb, Factor::Regulation(Regulation::High)) => -1,

        (M::Dandelion, Factor::SeveralBrands(n)) if n >= 3 => 4,
        (M::Dandelion, Factor::SeveralBrands(_)) => 2,
        (M::HubAndSpoke, Factor::SeveralBrands(n)) if n < 3 => 1,
        (M::Centralised, Factor::SeveralBrands(n)) if n >= 3 => -2,
        (M::Centralised, Factor::SeveralBrands(_)) => -1,
        (M::Dandelion, Factor::SingleBrand) => -4,

        (M::HubAndSpoke, Factor::ManyLocations(_)) => 2,
        (M::Dandelion, Factor::ManyLocations(_)) => 1,
        (M::Centralised, Factor::ManyLocations(_)) => -1,

        (M::Centralised, Factor::Size(SizeBand::UpTo20)) => 2,
        (M::HubAndSpoke, Factor::Size(SizeBand::UpTo20)) => -2,
        (M::Dandelion, Factor::Size(SizeBand::UpTo20 | SizeBand::From21To50)) => -2,
        (M::HubAndSpoke, Factor::Size(SizeBand::Over50)) => 1,
        // Several hubs need dedicated staff in each: only large organisations have them.
        (M::Dandelion, Factor::Size(SizeBand::Over50)) => 2,

        (M::Honeycomb, Factor::Trust(Trust::High)) => 2,
        (M::Decentralised, Factor::Trust(Trust::High)) => 1,
        (M::HubAndSpoke | M::Dandelion, Factor::Trust(Trust::Medium | Trust::High)) => 1,
        (M::Honeycomb | M::Decentralised, Factor::Trust(Trust::Low)) => -2,
        (M::Centralised, Factor::Trust(Trust::Low)) => 1,

        (M::Honeycomb, Factor::Training(TrainingLevel::Structured)) => 2,
        (
            M::HubAndSpoke | M::Dandelion,
            Factor::Training(TrainingLevel::Structured | TrainingLevel::Partial),
        ) => 1,
        (M::Honeycomb, Factor::Training(TrainingLevel::Absent)) => -3,
        (M::Decentralised, Factor::Training(TrainingLevel::Absent)) => -1,

        (M::Centralised, Factor::Stage(Stage::Traditional | Stage::Experimental)) => 2,
        (M::HubAndSpoke, Factor::Stage(Stage::Operational | Stage::Measurable)) => 2,
        (M::Dandelion, Factor::Stage(Stage::Operational | Stage::Measurable)) => 1,
        (M::Honeycomb, Factor::Stage(Stage::FullyEngaged)) => 3,
        (M::Honeycomb, Factor::Stage(Stage::Measurable)) => 1,
        (M::Honeycomb | M::Dandelion, Factor::Stage(Stage::Traditional | Stage::Experimental)) => {
            -2
        }
        _ => 0,
    }
}

/// The facts the recommender knows about this plan; unanswered questions add no factor.
fn factors(plan: &Plan) -> Vec<Factor> {
    let org = &plan.organisation;
    let mut out = Vec::new();
    if let Some(sector) = org.sector {
        out.push(Factor::Regulation(sector.regulation()));
    }
    match org.brands.0 {
        0 => {}
        1 => out.push(Factor::SingleBrand),
        n => out.push(Factor::SeveralBrands(n)),
    }
    if org.locations.0 >= 5 {
        out.push(Factor::ManyLocations(org.locations.0));
    }
    if let Some(size) = org.size {
        out.push(Factor::Size(size));
    }
    if let Some(trust) = plan.governance.trust {
        out.push(Factor::Trust(trust));
    }
    if let Some(training) = plan.governance.training {
        out.push(Factor::Training(training));
    }
    if let Some(a) = assess(&plan.maturity) {
        out.push(Factor::Stage(a.stage));
    }
    out
}

/// Ranks all five models. Ties keep the order of `OrgModel::ALL`, which lists the tighter
/// forms of control first: when the evidence is even, a care organisation errs on control.
#[must_use]
pub fn recommend(plan: &Plan) -> Recommendation {
    let facts = factors(plan);
    let mut ranked: Vec<ModelScore> = OrgModel::ALL
        .iter()
        .map(|&model| {
            let reasons: Vec<Weighted> = facts
                .iter()
                .map(|&factor| Weighted {
                    factor,
                    delta: weight(model, factor),
                })
                .filter(|w| w.delta != 0)
                .collect();
            ModelScore {
                model,
                score: reasons.iter().map(|w| w.delta).sum(),
                reasons,
            }
        })
        .collect();
    // Stable sort keeps the ALL order for equal scores.
    super::collections::sort_small_by_key(&mut ranked, |m| std::cmp::Reverse(m.score));
    let best = ranked.first().map_or(OrgModel::Centralised, |m| m.model);
    let chosen = plan.governance.chosen.unwrap_or(best);
    Recommendation {
        ranked,
        chosen,
        deviates: chosen != best,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::plan::{Dimension, Sector};
    use crate::domain::units::Count;

    fn plan(
        sector: Sector,
        size: SizeBand,
        brands: u32,
        locations: u32,
        trust: Trust,
        training: TrainingLevel,
        stage: u8,
    ) -> Plan {
        let mut p = Plan::default();
        p.organisation.sector = Some(sector);
        p.organisation.size = Some(size);
        p.organisation.brands = Count(brands);
        p.organisation.locations = Count(locations);
        p.governance.trust = Some(trust);
        p.governance.training = Some(training);
        for d in Dimension::ALL {
            p.maturity
                .scores
                .insert(*d, Stage::from_number(stage).unwrap());
        }
        p
    }

    #[test]
    fn table_of_organisations() {
        use OrgModel as M;
        use TrainingLevel as T;
        let cases = [
            // Small home-care team starting from nothing: central control.
            (
                plan(
                    Sector::HomeCare,
                    SizeBand::UpTo20,
                    1,
                    1,
                    Trust::Medium,
                    T::Absent,
                    1,
                ),
                M::Centralised,
            ),
            // Large hospital group with several brands: several hubs.
            (
                plan(
                    Sector::Hospital,
                    SizeBand::Over50,
                    4,
                    12,
                    Trust::Medium,
                    T::Partial,
                    3,
                ),
                M::Dandelion,
            ),
            // One brand, many locations, operational: hub and spoke.
            (
                plan(
                    Sector::ElderlyCare,
                    SizeBand::Over50,
                    1,
                    9,
                    Trust::Medium,
                    T::Partial,
                    3,
                ),
                M::HubAndSpoke,
            ),
            // Welfare organisation that is fully engaged with trained, trusted staff.
            (
                plan(
                    Sector::Welfare,
                    SizeBand::From21To50,
                    1,
                    2,
                    Trust::High,
                    T::Structured,
                    5,
                ),
                M::Honeycomb,
            ),
        ];
        for (p, expected) in cases {
            let r = recommend(&p);
            assert_eq!(r.recommended(), expected, "{:#?}", r.ranked);
            assert_eq!(r.ranked.len(), 5);
            assert!(r.ranked.windows(2).all(|w| w[0].score >= w[1].score));
            assert!(!r.deviates);
        }
    }

    #[test]
    fn choosing_another_model_is_recorded() {
        let mut p = plan(
            Sector::HomeCare,
            SizeBand::UpTo20,
            1,
            1,
            Trust::Low,
            TrainingLevel::Absent,
            1,
        );
        p.governance.chosen = Some(OrgModel::Honeycomb);
        let r = recommend(&p);
        assert_eq!(r.chosen, OrgModel::Honeycomb);
        assert!(r.deviates);
        assert_eq!(r.recommended(), OrgModel::Centralised);
    }

    #[test]
    fn empty_plan_still_ranks_all_models() {
        let r = recommend(&Plan::default());
        assert_eq!(r.ranked.len(), 5);
        assert!(r
            .ranked
            .iter()
            .all(|m| m.score == 0 && m.reasons.is_empty()));
        assert_eq!(r.recommended(), OrgModel::Centralised);
    }
}
