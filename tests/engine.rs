//! The plan engine end to end on realistic organisations, the answers file across schema
//! versions, and properties that must hold for any plan.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use koers::domain::*;
use koers::i18n::Lang;
use koers::wizard::summarise;

#[path = "fixtures/plans.rs"]
mod plans;
use plans::scores;

/// A small home-care team starting from nothing.
fn small_home_care() -> Plan {
    let mut p = Plan::default();
    p.organisation.name = "Thuiszorg Het Anker".into();
    p.organisation.sector = Some(Sector::HomeCare);
    p.organisation.size = Some(SizeBand::UpTo20);
    p.organisation.locations = Count(1);
    p.organisation.brands = Count(1);
    p.organisation.comms_team = Some(CommsTeam::Nobody);
    p.maturity.scores = scores([1, 1, 1, 2, 1, 1, 2]);
    p.governance.trust = Some(Trust::Medium);
    p.staffing.roles = vec![Role {
        id: RoleId(1),
        kind: RoleKind::Coordinator,
        people: "Anna".into(),
        headcount: Count(1),
        hours: Hours::whole(4),
        discipline: None,
    }];
    p.phasing.start = Some("2026-02-02".parse().unwrap());
    p
}

/// A large hospital group with several brands.
fn hospital_group() -> Plan {
    let mut p = Plan::default();
    p.organisation.name = "Ziekenhuisgroep Rivierenland".into();
    p.organisation.sector = Some(Sector::Hospital);
    p.organisation.size = Some(SizeBand::Over250);
    p.organisation.locations = Count(14);
    p.organisation.brands = Count(4);
    p.maturity.scores = scores([3, 3, 3, 3, 3, 2, 4]);
    p.maturity.target = Some(Stage::Measurable);
    p.governance.trust = Some(Trust::Medium);
    p.staffing.roles = vec![
        Role {
            id: RoleId(1),
            kind: RoleKind::Sponsor,
            people: "Bestuurder zorg".into(),
            headcount: Count(1),
            hours: Hours::whole(1),
            discipline: None,
        },
        Role {
            id: RoleId(2),
            kind: RoleKind::HubTeam,
            people: "".into(),
            headcount: Count(4),
            hours: Hours::whole(16),
            discipline: None,
        },
        Role {
            id: RoleId(3),
            kind: RoleKind::Ambassador,
            people: "".into(),
            headcount: Count(30),
            hours: Hours::from_tenths(15),
            discipline: None,
        },
    ];
    p.staffing.ambassadors = Count(30);
    p.staffing.network_size = Count(400);
    p.phasing.start = Some("2026-09-07".parse().unwrap());
    p
}

/// Enthusiasm without policy: skilled, listening staff, but no rules and no measurement.
fn enthusiastic_no_policy() -> Plan {
    let mut p = Plan::default();
    p.organisation.sector = Some(Sector::DisabilityCare);
    p.organisation.size = Some(SizeBand::From21To50);
    p.organisation.brands = Count(1);
    p.organisation.locations = Count(3);
    p.maturity.scores = scores([3, 2, 1, 4, 4, 2, 3]);
    p.governance.trust = Some(Trust::High);
    p
}

#[test]
fn realistic_organisations_get_fitting_advice() {
    let cases = [
        (small_home_care(), Stage::Traditional, OrgModel::Centralised),
        (hospital_group(), Stage::Operational, OrgModel::Dandelion),
        (
            enthusiastic_no_policy(),
            Stage::Experimental,
            OrgModel::Centralised,
        ),
    ];
    for (plan, stage, model) in cases {
        let a = assess(&plan.maturity).unwrap();
        assert_eq!(a.stage, stage, "{}", plan.organisation.name);
        assert_eq!(
            recommend(&plan).recommended(),
            model,
            "{}",
            plan.organisation.name
        );
    }
    // The enthusiastic organisation is told that policy holds it back, and that it is uneven.
    let a = assess(&enthusiastic_no_policy().maturity).unwrap();
    assert!(a.reasons.iter().any(|r| matches!(
        r,
        MaturityReason::HeldBackBy {
            dimension: Dimension::PolicyRules,
            ..
        }
    )));
    assert!(a
        .reasons
        .iter()
        .any(|r| matches!(r, MaturityReason::Uneven { .. })));
    // The hospital aims two stages up: allowed, flagged.
    let h = hospital_group();
    let a = assess(&h.maturity).unwrap();
    let adv = advise(&h, &a, h.maturity.target.unwrap(), OrgModel::Dandelion);
    assert!(!adv.skips_stages, "operational to measurable is one step");
    let e = enthusiastic_no_policy();
    let a = assess(&e.maturity).unwrap();
    let adv = advise(&e, &a, Stage::Measurable, OrgModel::Centralised);
    assert!(adv.skips_stages && adv.risks.contains(&FallbackRisk::SkippingStages));
}

#[test]
fn staffing_of_realistic_teams() {
    let w = check(&small_home_care().staffing);
    assert!(w.contains(&StaffingWarning::NoSponsor));
    assert!(w.contains(&StaffingWarning::OneDiscipline(Discipline::Communication)));
    let h = hospital_group();
    let w = check(&h.staffing);
    assert!(!w.contains(&StaffingWarning::NoSponsor));
    assert_eq!(potential_reach(&h.staffing), 12_000);
    // 1×1 + 4×16 + 30×1.5 = 110 hours a week.
    assert_eq!(total_hours_tenths(&h.staffing), 1100);
}

#[test]
fn summary_reads_the_same_numbers_in_both_languages() {
    let plan = hospital_group();
    let nl = summarise(&plan, Lang::Nl);
    let en = summarise(&plan, Lang::En);
    assert_eq!(
        nl.timeline.as_ref().unwrap().go_live,
        en.timeline.as_ref().unwrap().go_live
    );
    assert_eq!(nl.potential_reach, Some(12_000));
    assert_eq!(nl.total_hours, "110");
    assert_eq!(nl.governance.recommended, OrgModel::Dandelion);
    assert_ne!(nl.warnings, en.warnings);
    assert_eq!(nl.warnings.len(), en.warnings.len());
}

#[test]
fn version_1_fixture_loads_through_the_migration() {
    let bytes = include_bytes!("fixtures/answers-v1.json");
    let plan = match from_bytes(bytes) {
        Ok(p) => p,
        Err(e) => panic!("a version 1 file must always load: {e:?}"),
    };
    assert_eq!(plan.organisation.name, "Thuiszorg Het Anker");
    assert_eq!(plan.organisation.locations, Count(2));
    assert_eq!(plan.organisation.brands, Count(1));
    assert_eq!(plan.organisation.comms_hours, Hours::whole(2));
    assert_eq!(plan.governance.chosen, Some(OrgModel::Centralised));
    assert_eq!(plan.phasing.phases.identify.weeks, Weeks(3));
    assert_eq!(plan.phasing.phases.evaluate.weeks, Weeks(4));
    assert_eq!(plan.phasing.first_evaluation, Some(Weeks(10)));
    assert_eq!(assess(&plan.maturity).unwrap().stage, Stage::Traditional);
    // And it saves as the current version.
    assert!(to_json(&plan).contains(&format!("\"schema_version\": {SCHEMA_VERSION}")));
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    fn any_enum<T: Copy + std::fmt::Debug + 'static>(
        all: &'static [T],
    ) -> impl Strategy<Value = T> {
        prop::sample::select(all)
    }

    fn any_date() -> impl Strategy<Value = Date> {
        (1990i32..2150, 1u32..=12, 1u32..=28).prop_map(|(y, m, d)| Date::from_ymd(y, m, d).unwrap())
    }

    fn any_phasing() -> impl Strategy<Value = Phasing> {
        let spec = (0u16..600, 0u16..600).prop_map(|(w, o)| PhaseSpec {
            weeks: Weeks(w),
            overlap: Weeks(o),
        });
        (
            prop::array::uniform6(spec),
            prop::option::of(any_date()),
            prop::option::of((0u16..600).prop_map(Weeks)),
            any_enum(Cadence::ALL),
            0u8..12,
            prop::collection::vec((".{0,20}", any_date()), 0..4),
            ".{0,30}",
        )
            .prop_map(
                |(specs, start, first, cadence, follow_ups, ms, pilot_group)| {
                    let [identify, monitor, define, pilot, rollout, evaluate] = specs;
                    Phasing {
                        start,
                        phases: Phases {
                            identify,
                            monitor,
                            define,
                            pilot,
                            rollout,
                            evaluate,
                        },
                        pilot_group,
                        first_evaluation: first,
                        cadence,
                        follow_ups,
                        milestones: ms
                            .into_iter()
                            .enumerate()
                            .map(|(i, (title, date))| Milestone {
                                id: MilestoneId(u32::try_from(i).unwrap() + 1),
                                title,
                                date: Some(date),
                            })
                            .collect(),
                    }
                },
            )
    }

    prop_compose! {
        fn any_plan()(
            name in ".{0,40}",
            sector in prop::option::of(any_enum(Sector::ALL)),
            size in prop::option::of(any_enum(SizeBand::ALL)),
            locations in 0u32..50_000,
            brands in 0u32..2_000,
            stages in prop::collection::btree_map(any_enum(Dimension::ALL), any_enum(Stage::ALL), 0..8),
            target in prop::option::of(any_enum(Stage::ALL)),
            goals in prop::collection::btree_map(any_enum(SocialGoal::ALL), ".{0,30}", 0..4),
            trust in prop::option::of(any_enum(Trust::ALL)),
            consent in prop::option::of(any_enum(ConsentPractice::ALL)),
            groups in prop::collection::vec(any_enum(ConsentGroup::ALL), 0..3),
            chosen in prop::option::of(any_enum(OrgModel::ALL)),
            reason in ".{0,30}",
            roles in prop::collection::vec((any_enum(RoleKind::ALL), ".{0,20}", 0u32..100, 0u32..2000), 0..6),
            raci in prop::collection::vec((any_enum(Activity::ALL), 0u32..8, any_enum(Raci::ALL)), 0..12),
            ambassadors in 0u32..200_000,
            network in 0u32..2_000_000,
            phasing in any_phasing(),
        ) -> Plan {
            let mut p = Plan::default();
            p.organisation.name = name;
            p.organisation.sector = sector;
            p.organisation.size = size;
            p.organisation.locations = Count(locations);
            p.organisation.brands = Count(brands);
            p.maturity.scores = stages.into_iter().collect();
            p.maturity.target = target;
            p.goals.goals = goals.into_iter().collect();
            p.governance.trust = trust;
            p.governance.consent = consent;
            p.governance.consent_groups = groups.into_iter().collect();
            p.governance.chosen = chosen;
            p.governance.choice_reason = reason;
            p.staffing.roles = roles.into_iter().enumerate().map(|(i, (kind, people, n, h))| Role {
                id: RoleId(u32::try_from(i).unwrap() + 1), kind, people, headcount: Count(n), hours: Hours::from_tenths(h), discipline: None,
            }).collect();
            for (a, id, l) in raci {
                p.staffing.tasks.with_default(a, |t| match l {
                    Raci::A => t.accountable = Some(RoleId(id)),
                    Raci::R => { t.responsible.insert(RoleId(id)); }
                    Raci::C => { t.consulted.insert(RoleId(id)); }
                    Raci::I => { t.informed.insert(RoleId(id)); }
                });
            }
            p.staffing.ambassadors = Count(ambassadors);
            p.staffing.network_size = Count(network);
            p.phasing = phasing;
            p
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        /// Phases come in order, each starting no earlier than the one before, with no working
        /// day between one phase's end and the next one's start: no gaps, whatever the
        /// durations and overlaps. Every date the schedule sets is a working day.
        #[test]
        fn schedule_is_ordered_and_gap_free(p in any_phasing(), start in any_date()) {
            use koers::domain::calendar::is_working_day;
            let s = schedule(&p, start);
            prop_assert_eq!(s.phases.len(), 6);
            prop_assert_eq!(s.phases[0].start, calendar::next_working_day(start));
            for w in s.phases.windows(2) {
                prop_assert!(w[1].start >= w[0].start, "out of order: {:?}", w);
                let mut day = w[0].end;
                while day < w[1].start {
                    prop_assert!(!is_working_day(day), "gap on {}: {:?}", day, w);
                    day = day.add_days(1);
                }
            }
            for ph in &s.phases {
                prop_assert!(is_working_day(ph.start), "{:?}", ph);
                prop_assert!(is_working_day(ph.last_day()), "{:?}", ph);
                // Snapping takes at most the four days off in a row there can be, at each end.
                let days = ph.start.days_until(ph.end);
                if ph.weeks.0 == 0 {
                    prop_assert_eq!(days, 0);
                } else {
                    prop_assert!(days <= ph.weeks.days() && days >= ph.weeks.days() - 8, "{:?}", ph);
                }
            }
            prop_assert!(s.milestones.windows(2).all(|w| w[0].date <= w[1].date));
            for m in s.milestones.iter().filter(|m| !matches!(m.kind, MilestoneKind::Custom(..))) {
                prop_assert!(is_working_day(m.date), "{:?}", m);
            }
            let planned = if p.first_evaluation.is_some() { 1 + usize::from(p.follow_ups) } else { 0 };
            prop_assert!(s.evaluations.len() == planned || s.evaluations.len() == planned + 1);
            let evaluate = s.phases[5];
            // The evaluation phase is heard: by a moment inside it, or by one in the four weeks
            // after it.
            if planned > 0 && evaluate.weeks.0 > 0 {
                let heard = |d: &koers::domain::Date| evaluate.contains(*d)
                    || (*d >= evaluate.start && *d <= evaluate.last_day().add_days(28));
                prop_assert!(s.evaluations.iter().any(heard), "{:?}", s.evaluations);
            }
            prop_assert!(s.milestones.iter().any(|m| m.kind == MilestoneKind::GoNoGo));
        }

        /// Saving and loading is the identity for any plan.
        #[test]
        fn answers_round_trip(plan in any_plan()) {
            let json = to_json(&plan);
            prop_assert_eq!(from_bytes(json.as_bytes()), Ok(plan));
        }

        /// The hand-written writer gives serde_json's bytes for any plan (serde_json is the
        /// oracle; the app does not ship it).
        #[test]
        fn the_writer_matches_serde_json(plan in any_plan()) {
            #[derive(serde::Serialize)]
            struct Doc<'a> {
                app: &'static str,
                schema_version: u32,
                plan: &'a koers::domain::Plan,
                lang: &'static str,
            }
            let oracle = serde_json::to_string(&Doc { app: "koers", schema_version: SCHEMA_VERSION, plan: &plan, lang: "en" }).unwrap();
            prop_assert_eq!(koers::domain::to_compact_json(&plan, Some("en")), oracle);
        }

        /// Validation, the summary and the Markdown export never panic, in either language.
        #[test]
        fn engine_never_panics(plan in any_plan()) {
            for s in Section::ALL {
                let _ = koers::wizard::validate(&plan, *s);
            }
            let _ = check(&plan.staffing);
            let _ = recommend(&plan);
            for lang in [Lang::Nl, Lang::En] {
                let summary = summarise(&plan, lang);
                let _ = koers::export::markdown::render(&summary, Date::EPOCH);
                let _ = koers::wizard::review(&plan, lang);
            }
        }
    }
}
