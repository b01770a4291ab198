//! Governance recommender: ranks the five Altimeter models for this organisation, each with a
//! score and the factors that moved it, so the wizard can show why, not only what.

use super::maturity::assess;
use super::plan::{
    CommsTeam, Dimension, OrgModel, Plan, Regulation, SizeBand, Stage, Trust, Usage,
};
use serde::{Deserialize, Serialize};

/// How much communication capacity the organisation has now.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Capacity {
    /// Nobody does communication as a task, or under four hours a week.
    None,
    /// One or two people besides other work.
    PartTime,
    /// A communication department.
    Team,
}

/// A fact about the organisation that moved a model's score.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Factor {
    Regulation(Regulation),
    /// Several brands in an organisation of more than 250: companies within the company.
    LargeMultiBrand(u32),
    /// Several brands in a smaller organisation: one hub serves them all.
    SeveralBrands(u32),
    SingleBrand,
    ManyLocations(u32),
    Size(SizeBand),
    Trust(Trust),
    /// The self-assessment's skills and training.
    Training(Stage),
    Stage(Stage),
    /// Who can do the work today.
    Capacity(Capacity),
    /// Channels already used regularly or daily by an organisation past experimenting: activity
    /// a hub can coordinate.
    OrganicActivity(u32),
    /// The same activity in an organisation still experimenting: it needs one roof first
    /// (Prophet 2015: ad hoc, then centralised to control organic growth, then hub and spoke).
    OrganicUncontrolled(u32),
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

/// What holds whatever model is chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Caveat {
    /// A regulated sector: the rules, the data protection officer (FG) and the crisis protocol
    /// stay central, whatever the model (Owyang 2011: regulated industries keep central
    /// control).
    RegulatedCore(Regulation),
}

/// The ranking, best first, and what the user did with it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recommendation {
    pub ranked: Vec<ModelScore>,
    /// The model the plan uses: the user's choice, else the best ranked.
    pub chosen: OrgModel,
    /// True when the user picked another model than the recommended one.
    pub deviates: bool,
    pub caveats: Vec<Caveat>,
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
/// keep central control (Owyang 2011); several hubs only for large organisations with companies
/// within the company (Owyang 2010: "large multi-national corporations"); honeycomb needs trust
/// and training that most care organisations do not have yet (Owyang 2013); a centralised model
/// needs someone to centralise to; the model follows maturity (Prophet 2015), and existing
/// organic activity is coordinated rather than shut down.
fn weight(model: OrgModel, factor: Factor) -> i32 {
    use OrgModel as M;
    match (model, factor) {
        (M::Centralised, Factor::Regulation(Regulation::VeryHigh)) => 3,
        (M::Centralised, Factor::Regulation(Regulation::High)) => 2,
        (M::HubAndSpoke, Factor::Regulation(Regulation::VeryHigh | Regulation::High)) => 1,
        (M::Decentralised, Factor::Regulation(Regulation::VeryHigh)) => -3,
        (M::Decentralised, Factor::Regulation(Regulation::High)) => -2,
        (M::Honeycomb, Factor::Regulation(Regulation::VeryHigh)) => -2,
        // Medical secrecy asks one tightly governed hub rather than several near-autonomous
        // ones (Owyang 2011).
        (M::Dandelion, Factor::Regulation(Regulation::VeryHigh)) => -1,
        (M::Honeycomb, Factor::Regulation(Regulation::High)) => -1,

        (M::Dandelion, Factor::LargeMultiBrand(n)) if n >= 3 => 6,
        (M::Dandelion, Factor::LargeMultiBrand(_)) => 4,
        (M::HubAndSpoke, Factor::LargeMultiBrand(_)) => 1,
        (M::Centralised, Factor::LargeMultiBrand(_)) => -3,
        (M::HubAndSpoke, Factor::SeveralBrands(_)) => 2,
        (M::Centralised, Factor::SeveralBrands(_)) => -1,
        (M::Dandelion, Factor::SingleBrand) => -4,

        (M::HubAndSpoke, Factor::ManyLocations(_)) => 2,
        (M::Dandelion, Factor::ManyLocations(_)) => 1,
        (M::Centralised, Factor::ManyLocations(_)) => -1,

        (M::Centralised, Factor::Size(SizeBand::UpTo20)) => 2,
        (M::HubAndSpoke, Factor::Size(SizeBand::UpTo20)) => -2,
        (M::Dandelion, Factor::Size(SizeBand::UpTo20 | SizeBand::From21To50)) => -3,
        (M::Dandelion, Factor::Size(SizeBand::From51To250)) => -2,
        (M::HubAndSpoke, Factor::Size(SizeBand::From51To250 | SizeBand::Over250)) => 1,
        // Several hubs need dedicated staff in each: only large organisations have them.
        (M::Dandelion, Factor::Size(SizeBand::Over250)) => 1,

        (M::Honeycomb, Factor::Trust(Trust::High)) => 2,
        (M::Decentralised, Factor::Trust(Trust::High)) => 1,
        (M::HubAndSpoke | M::Dandelion, Factor::Trust(Trust::Medium | Trust::High)) => 1,
        (M::Honeycomb | M::Decentralised, Factor::Trust(Trust::Low)) => -2,
        (M::Centralised, Factor::Trust(Trust::Low)) => 1,

        (M::Honeycomb, Factor::Training(Stage::Measurable | Stage::FullyEngaged)) => 2,
        (M::HubAndSpoke | M::Dandelion, Factor::Training(s)) if s >= Stage::Operational => 1,
        (M::Honeycomb, Factor::Training(Stage::Traditional | Stage::Experimental)) => -3,
        (M::Decentralised, Factor::Training(Stage::Traditional)) => -1,

        (M::Centralised, Factor::Stage(Stage::Traditional | Stage::Experimental)) => 2,
        (M::HubAndSpoke, Factor::Stage(Stage::Operational | Stage::Measurable)) => 2,
        (M::Dandelion, Factor::Stage(Stage::Operational | Stage::Measurable)) => 1,
        (M::Honeycomb, Factor::Stage(Stage::FullyEngaged)) => 3,
        (M::Honeycomb, Factor::Stage(Stage::Measurable)) => 1,
        (M::Honeycomb | M::Dandelion, Factor::Stage(Stage::Traditional | Stage::Experimental)) => {
            -2
        }

        // Central publishing needs someone to publish: with nobody, it is a plan on paper.
        (M::Centralised, Factor::Capacity(Capacity::None)) => -3,
        (M::HubAndSpoke | M::Dandelion, Factor::Capacity(Capacity::None)) => -1,
        (M::Centralised | M::HubAndSpoke, Factor::Capacity(Capacity::Team)) => 1,

        (M::HubAndSpoke, Factor::OrganicActivity(_)) => 1,
        (M::Centralised, Factor::OrganicActivity(_)) => -1,
        (M::Centralised, Factor::OrganicUncontrolled(_)) => 2,
        // A hub is a team: one or two people beside other work are not one yet.
        (M::HubAndSpoke, Factor::Capacity(Capacity::PartTime)) => -1,
        (M::Dandelion, Factor::Capacity(Capacity::PartTime)) => -2,
        (M::HubAndSpoke, Factor::Stage(Stage::Traditional | Stage::Experimental)) => -1,
        _ => 0,
    }
}

/// The capacity for communication, from who does it and the hours.
#[must_use]
pub fn capacity(plan: &Plan) -> Option<Capacity> {
    let org = &plan.organisation;
    let hours = org.comms_hours.tenths();
    match org.comms_team? {
        CommsTeam::Nobody => Some(Capacity::None),
        _ if hours > 0 && hours < 40 => Some(Capacity::None),
        CommsTeam::PartTime => Some(Capacity::PartTime),
        CommsTeam::Team => Some(Capacity::Team),
    }
}

/// The facts the recommender knows about this plan; unanswered questions add no factor.
fn factors(plan: &Plan) -> Vec<Factor> {
    let org = &plan.organisation;
    let mut out = Vec::new();
    if let Some(sector) = org.sector {
        out.push(Factor::Regulation(sector.regulation()));
    }
    match (org.brands.0, org.size) {
        (0, _) => {}
        (1, _) => out.push(Factor::SingleBrand),
        (n, Some(SizeBand::Over250)) => out.push(Factor::LargeMultiBrand(n)),
        (n, _) => out.push(Factor::SeveralBrands(n)),
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
    if let Some(training) = plan.maturity.scores.get(&Dimension::SkillsTraining) {
        out.push(Factor::Training(*training));
    }
    if let Some(a) = assess(&plan.maturity) {
        out.push(Factor::Stage(a.stage));
    }
    if let Some(c) = capacity(plan) {
        out.push(Factor::Capacity(c));
    }
    let organic = org
        .channels
        .values()
        .filter(|u| matches!(u, Usage::Regular | Usage::Daily))
        .count();
    if organic >= 2 {
        let n = u32::try_from(organic).unwrap_or(u32::MAX);
        let early = assess(&plan.maturity).is_some_and(|a| a.stage <= Stage::Experimental);
        out.push(if early {
            Factor::OrganicUncontrolled(n)
        } else {
            Factor::OrganicActivity(n)
        });
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
    let caveats = plan
        .organisation
        .sector
        .map(|s| s.regulation())
        .filter(|r| *r != Regulation::Moderate)
        .map(Caveat::RegulatedCore)
        .into_iter()
        .collect();
    Recommendation {
        ranked,
        chosen,
        deviates: chosen != best,
        caveats,
    }
}

/// Why the ranking came out as it did, in the few facts a reader needs before the table of
/// every score: what carries the first model, what speaks for the next one, and whether the
/// two are close enough that the choice is a judgement rather than a sum.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Contrast {
    pub top: OrgModel,
    pub top_score: i32,
    /// The first model's strongest reasons, at most two, strongest first.
    pub carried_by: Vec<Weighted>,
    pub runner_up: Option<RunnerUp>,
}

/// The second model, and the fact that counts most for it against the first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RunnerUp {
    pub model: OrgModel,
    pub score: i32,
    /// Its factor with the largest lead over what the same fact gives the first model.
    pub for_it: Option<Weighted>,
    /// Within two points: either model can be argued.
    pub close: bool,
}

/// Two points or less between the first two models is within what one answer changes.
pub const CLOSE: i32 = 2;

/// The contrast of a ranking; `None` when nothing was ranked.
#[must_use]
pub fn contrast(rec: &Recommendation) -> Option<Contrast> {
    let top = rec.ranked.first()?;
    let mut carried_by: Vec<Weighted> = top
        .reasons
        .iter()
        .filter(|w| w.delta > 0)
        .copied()
        .collect();
    // Strongest first; among equals, the order the recommender gave them.
    carried_by.sort_by_key(|w| std::cmp::Reverse(w.delta));
    carried_by.truncate(2);
    let runner_up = rec.ranked.get(1).map(|next| {
        let on_top = |f: Factor| {
            top.reasons
                .iter()
                .find(|w| w.factor == f)
                .map_or(0, |w| w.delta)
        };
        let for_it = next
            .reasons
            .iter()
            .map(|w| (w.delta - on_top(w.factor), *w))
            .filter(|(lead, _)| *lead > 0)
            .max_by_key(|(lead, _)| *lead)
            .map(|(_, w)| w);
        RunnerUp {
            model: next.model,
            score: next.score,
            for_it,
            close: top.score - next.score <= CLOSE,
        }
    });
    Some(Contrast {
        top: top.model,
        top_score: top.score,
        carried_by,
        runner_up,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::plan::Sector;
    use crate::domain::units::Count;

    /// An organisation for the recommender: training is the self-assessment's row.
    fn plan(
        sector: Sector,
        size: SizeBand,
        brands: u32,
        locations: u32,
        trust: Trust,
        training: u8,
        stage: u8,
    ) -> Plan {
        let mut p = Plan::default();
        p.organisation.sector = Some(sector);
        p.organisation.size = Some(size);
        p.organisation.brands = Count(brands);
        p.organisation.locations = Count(locations);
        p.organisation.comms_team = Some(CommsTeam::PartTime);
        p.governance.trust = Some(trust);
        for d in Dimension::ALL {
            p.maturity
                .scores
                .insert(*d, Stage::from_number(stage).unwrap());
        }
        p.maturity.scores.insert(
            Dimension::SkillsTraining,
            Stage::from_number(training).unwrap(),
        );
        p
    }

    #[test]
    fn table_of_organisations() {
        use OrgModel as M;
        let cases = [
            // Small home-care team starting from nothing: central control.
            (
                plan(
                    Sector::HomeCare,
                    SizeBand::UpTo20,
                    1,
                    1,
                    Trust::Medium,
                    1,
                    1,
                ),
                M::Centralised,
            ),
            // A large elderly-care group with four brands: several hubs.
            (
                plan(
                    Sector::ElderlyCare,
                    SizeBand::Over250,
                    4,
                    12,
                    Trust::Medium,
                    3,
                    3,
                ),
                M::Dandelion,
            ),
            // The same as a hospital group: medical secrecy asks one tightly governed hub.
            (
                plan(
                    Sector::Hospital,
                    SizeBand::Over250,
                    4,
                    12,
                    Trust::Medium,
                    3,
                    3,
                ),
                M::HubAndSpoke,
            ),
            // A 60-person elderly-care foundation with 3 labels: one hub, not several. Version
            // 2 counted "more than 50" as large and advised the dandelion.
            (
                plan(
                    Sector::ElderlyCare,
                    SizeBand::From51To250,
                    3,
                    4,
                    Trust::Medium,
                    3,
                    3,
                ),
                M::HubAndSpoke,
            ),
            // One brand, many locations, operational: hub and spoke.
            (
                plan(
                    Sector::ElderlyCare,
                    SizeBand::From51To250,
                    1,
                    9,
                    Trust::Medium,
                    3,
                    3,
                ),
                M::HubAndSpoke,
            ),
            // A welfare organisation that is fully engaged, with trained and trusted staff.
            (
                plan(
                    Sector::Welfare,
                    SizeBand::From21To50,
                    1,
                    2,
                    Trust::High,
                    5,
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

    /// Central publishing needs someone to publish: with nobody doing communication, a small
    /// organisation is not advised to centralise on paper.
    #[test]
    fn capacity_counts() {
        let mut p = plan(
            Sector::HomeCare,
            SizeBand::UpTo20,
            1,
            1,
            Trust::Medium,
            1,
            1,
        );
        let with = recommend(&p)
            .ranked
            .iter()
            .find(|m| m.model == OrgModel::Centralised)
            .unwrap()
            .score;
        p.organisation.comms_team = Some(CommsTeam::Nobody);
        let without = recommend(&p)
            .ranked
            .iter()
            .find(|m| m.model == OrgModel::Centralised)
            .unwrap()
            .score;
        assert_eq!(with - without, 3);
        assert!(recommend(&p).ranked[0]
            .reasons
            .iter()
            .chain(recommend(&p).ranked.iter().flat_map(|m| m.reasons.iter()))
            .any(|w| w.factor == Factor::Capacity(Capacity::None)));
    }

    /// A regulated sector keeps its core central whatever the model; welfare has no such
    /// caveat.
    #[test]
    fn regulated_sectors_get_the_caveat() {
        let p = plan(
            Sector::MentalHealth,
            SizeBand::Over250,
            3,
            20,
            Trust::High,
            4,
            4,
        );
        assert_eq!(
            recommend(&p).caveats,
            vec![Caveat::RegulatedCore(Regulation::VeryHigh)]
        );
        let w = plan(Sector::Welfare, SizeBand::UpTo20, 1, 1, Trust::High, 2, 2);
        assert!(recommend(&w).caveats.is_empty());
    }

    #[test]
    fn choosing_another_model_is_recorded() {
        let mut p = plan(Sector::HomeCare, SizeBand::UpTo20, 1, 1, Trust::Low, 1, 1);
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

    /// Realistic organisations: what the contrast names for the first two models.
    #[test]
    fn the_contrast_names_what_carries_the_first_two() {
        use OrgModel as M;
        let w = |factor, delta| Weighted { factor, delta };
        // A hospital group with four brands and fourteen sites: the hub leads by one point,
        // on its sites and its stage; several hubs follow on the brands.
        let mut hospital = plan(
            Sector::Hospital,
            SizeBand::Over250,
            4,
            14,
            Trust::Medium,
            3,
            3,
        );
        hospital.organisation.comms_team = Some(CommsTeam::Team);
        let c = contrast(&recommend(&hospital)).unwrap();
        let next = c.runner_up.unwrap();
        assert_eq!((c.top, next.model), (M::HubAndSpoke, M::Dandelion), "{c:?}");
        assert!(next.close);
        assert_eq!(
            next.for_it.map(|w| w.factor),
            Some(Factor::LargeMultiBrand(4))
        );
        assert!(c.carried_by.len() == 2 && c.carried_by.iter().all(|w| w.delta > 0));
        assert!(c.carried_by[0].delta >= c.carried_by[1].delta);
        // A small home-care team starting out: central control, far ahead of the rest.
        let small = plan(
            Sector::HomeCare,
            SizeBand::UpTo20,
            1,
            1,
            Trust::Medium,
            1,
            1,
        );
        let c = contrast(&recommend(&small)).unwrap();
        assert_eq!(c.top, M::Centralised);
        assert!(!c.runner_up.unwrap().close, "{c:?}");
        // A made-up ranking: the runner-up's lead is counted against what the same fact gives
        // the first model, not on its own.
        let rec = Recommendation {
            ranked: vec![
                ModelScore {
                    model: M::Centralised,
                    score: 5,
                    reasons: vec![w(Factor::ManyLocations(3), 3), w(Factor::SingleBrand, 2)],
                },
                ModelScore {
                    model: M::HubAndSpoke,
                    score: 4,
                    reasons: vec![w(Factor::ManyLocations(3), 4), w(Factor::SingleBrand, 0)],
                },
            ],
            chosen: M::Centralised,
            deviates: false,
            caveats: Vec::new(),
        };
        let c = contrast(&rec).unwrap();
        assert_eq!(
            c.runner_up.unwrap().for_it,
            Some(w(Factor::ManyLocations(3), 4))
        );
        assert!(contrast(&Recommendation {
            ranked: Vec::new(),
            ..rec
        })
        .is_none());
    }
}
