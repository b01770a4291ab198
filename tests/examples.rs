//! The "start from an example" answers files: one per sector offered, each complete, invented,
//! free of serious findings, renderable, and still what `examples/write_examples.rs` writes.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

#[path = "fixtures/examples.rs"]
mod fixtures;

use koers::domain::*;
use koers::export::examples::{example, SECTORS};
use koers::export::markdown;
use koers::i18n::Lang;
use koers::wizard::summarise;

fn load(sector: Sector) -> Plan {
    let text = example(sector).unwrap_or_else(|| panic!("no example for {sector:?}"));
    from_bytes(text.as_bytes()).unwrap_or_else(|e| panic!("{sector:?}: {e:?}"))
}

#[test]
fn every_offered_sector_has_an_example_and_no_other() {
    assert_eq!(SECTORS.len(), 6);
    for sector in Sector::ALL {
        assert_eq!(
            example(*sector).is_some(),
            SECTORS.contains(sector),
            "{sector:?}"
        );
    }
    let mut seen = SECTORS.to_vec();
    seen.dedup();
    assert_eq!(seen.len(), SECTORS.len());
}

#[test]
fn examples_load_round_trip_and_are_the_sector_listed() {
    for &sector in SECTORS {
        let text = example(sector).unwrap();
        assert!(text.contains("\"app\": \"koers\"") || text.contains("\"app\":\"koers\""));
        let plan = load(sector);
        assert_eq!(plan.organisation.sector, Some(sector));
        assert_eq!(to_json(&plan), text, "{sector:?} does not round-trip");
        assert_eq!(from_bytes(to_json(&plan).as_bytes()).unwrap(), plan);
    }
}

#[test]
fn examples_are_marked_as_examples() {
    for &sector in SECTORS {
        let plan = load(sector);
        assert!(
            plan.organisation.name.starts_with("Voorbeeld: "),
            "{sector:?}: {}",
            plan.organisation.name
        );
        // No id of its own: loading gives every visitor a fresh one (see `Action::ConfirmLoad`).
        assert!(plan.id.is_empty(), "{sector:?}: {}", plan.id);
    }
}

#[test]
fn every_section_of_every_example_validates() {
    for &sector in SECTORS {
        let plan = load(sector);
        for section in Section::ALL {
            let problems = koers::wizard::validate(&plan, *section);
            assert!(problems.is_empty(), "{sector:?} {section:?}: {problems:?}");
        }
    }
}

#[test]
fn examples_are_complete_plans() {
    for &sector in SECTORS {
        let plan = load(sector);
        let start = plan.phasing.start.expect("a start date");
        assert_eq!(start.ymd().0, 2027, "{sector:?}");
        assert_eq!(start.iso_weekday(), 1, "{sector:?} starts on a Monday");
        assert!(!plan.goals.goals.is_empty(), "{sector:?}");
        for (goal, business) in plan.goals.goals.iter() {
            assert!(!business.trim().is_empty(), "{sector:?} {goal:?}");
        }
        assert!(plan.goals.kpis.len() >= 2, "{sector:?}");
        for k in &plan.goals.kpis {
            assert!(k.goal.is_some() && k.level.is_some() && k.frequency.is_some());
            assert!(k.baseline.is_some() && k.target.is_some(), "{}", k.name);
            assert!(k.progress(k.target.unwrap()) == Some(100), "{}", k.name);
            for text in [&k.unit, &k.source, &k.owner] {
                assert!(!text.trim().is_empty(), "{sector:?}: {}", k.name);
            }
        }
        assert!(!plan.scope.audiences.is_empty(), "{sector:?}");
        assert!(plan.scope.audiences.values().all(|c| !c.is_empty()));
        assert!(plan.governance.chosen.is_some(), "{sector:?}");
        assert!(plan
            .governance
            .consent
            .is_some_and(|c| c.meets_requirement()));
        assert!(!plan.governance.consent_groups.is_empty(), "{sector:?}");
        let s = &plan.staffing;
        assert!(s
            .roles
            .iter()
            .all(|r| !r.hours.is_zero() && r.headcount.0 > 0));
        assert!(s.roles.iter().any(|r| r.kind == RoleKind::Sponsor));
        assert!(check(s).is_empty(), "{sector:?}: {:?}", check(s));
        assert!(!s.training.is_empty(), "{sector:?}");
        assert!(
            plan_flags(&plan).is_empty(),
            "{sector:?}: {:?}",
            plan_flags(&plan)
        );
    }
}

#[test]
fn examples_have_no_serious_findings() {
    for &sector in SECTORS {
        let plan = load(sector);
        let all = findings(&plan);
        assert!(
            all.iter().all(|f| f.severity() != Severity::High),
            "{sector:?}: {all:?}"
        );
        // The RACI does not trip the obvious checks either: nothing to fix in the team.
        assert!(
            !all.iter().any(|f| matches!(
                f,
                Finding::SponsorAccountableForDailyWork(_) | Finding::PrivacyOfficerInDailyWork(_)
            )),
            "{sector:?}: {all:?}"
        );
        assert!(!recommend(&plan).deviates, "{sector:?}");
    }
}

#[test]
fn sector_facts_show_in_the_examples() {
    let groups = |s| load(s).governance.consent_groups;
    assert!(groups(Sector::YouthCare).contains(&ConsentGroup::Under16));
    assert!(groups(Sector::YouthCare).contains(&ConsentGroup::From16To17));
    assert!(groups(Sector::ElderlyCare).contains(&ConsentGroup::Represented));
    assert!(load(Sector::ElderlyCare)
        .scope
        .audiences
        .contains_key(&Audience::InformalCarers));
    for strict in [Sector::MentalHealth, Sector::Hospital] {
        assert_eq!(load(strict).governance.approval, Some(Approval::Always));
    }
    let gp = load(Sector::GpPractice);
    assert_eq!(gp.organisation.size, Some(SizeBand::UpTo20));
    assert_eq!(gp.governance.chosen, Some(OrgModel::Centralised));
    let hospital = load(Sector::Hospital);
    assert!(hospital.organisation.locations.0 > 1);
    assert_eq!(hospital.organisation.comms_team, Some(CommsTeam::Team));
}

#[test]
fn examples_render_in_both_languages() {
    let today = Date::from_ymd(2027, 2, 1).unwrap();
    for &sector in SECTORS {
        let plan = load(sector);
        for lang in [Lang::Nl, Lang::En] {
            let doc = markdown::render(&summarise(&plan, lang), today);
            assert!(
                doc.body.contains(&plan.organisation.name),
                "{sector:?} {lang:?}"
            );
            assert!(
                doc.filename.starts_with("koers-voorbeeld-"),
                "{}",
                doc.filename
            );
        }
    }
}

#[test]
fn examples_stay_small() {
    let total: usize = SECTORS
        .iter()
        .filter_map(|s| example(*s))
        .map(str::len)
        .sum();
    assert!(total < 60 * 1024, "{total} bytes");
}

#[test]
fn committed_files_match_the_generator() {
    let built = fixtures::all();
    assert_eq!(
        built.iter().map(|(s, _)| *s).collect::<Vec<_>>(),
        SECTORS.to_vec()
    );
    for (sector, plan) in built {
        assert_eq!(
            example(sector),
            Some(to_json(&plan).as_str()),
            "{sector:?}: run `cargo run --example write_examples` and commit the files"
        );
    }
}
