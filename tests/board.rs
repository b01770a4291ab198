//! The board plan's own sections on realistic organisations: the webcare and crisis protocol,
//! the training plan and the content starter. Each test checks the data the rule returns and
//! what a board member reads in the plan.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

#[path = "fixtures/plans.rs"]
mod plans;

use koers::domain::*;
use koers::export::markdown;
use koers::i18n::Lang;
use koers::wizard::summarise;

fn md(plan: &Plan, lang: Lang) -> String {
    let today = Date::from_ymd(2026, 12, 1).unwrap();
    markdown::render(&summarise(plan, lang), today).body
}

fn role(id: u32, kind: RoleKind, people: u32, hours: u32) -> Role {
    Role {
        id: RoleId(id),
        kind,
        people: String::new(),
        headcount: Count(people),
        hours: Hours::whole(hours),
        discipline: None,
    }
}

fn task(plan: &mut Plan, a: Activity, accountable: u32, responsible: &[u32]) {
    plan.staffing.tasks.with_default(a, |t| {
        t.accountable = Some(RoleId(accountable));
        for r in responsible {
            t.responsible.insert(RoleId(*r));
        }
    });
}

/// A care organisation of a sector with a small, realistic team: a sponsor, a coordinator who
/// publishes and a webcare employee who responds; Approve answered for by the coordinator.
fn org(sector: Sector, name: &str) -> Plan {
    let mut p = Plan::default();
    p.organisation.name = name.into();
    p.organisation.sector = Some(sector);
    p.organisation.size = Some(SizeBand::From51To250);
    p.governance.response_time = Some(ResponseTime::SameDay);
    p.governance.approval = Some(Approval::SensitiveOnly);
    p.governance.consent = Some(ConsentPractice::Register);
    p.governance.escalation_contact = "Manager van dienst".into();
    p.staffing.roles = vec![
        role(1, RoleKind::Sponsor, 1, 1),
        role(2, RoleKind::Coordinator, 1, 16),
        role(3, RoleKind::Webcare, 2, 8),
    ];
    task(&mut p, Activity::Publish, 2, &[2]);
    task(&mut p, Activity::Respond, 2, &[3]);
    task(&mut p, Activity::Approve, 2, &[]);
    p.goals.goals = [(SocialGoal::Recruitment, "Vacatures vullen".to_string())].into();
    p.scope.audiences = [(
        Audience::Candidates,
        vec![ChannelPlan {
            channel: Channel::LinkedIn,
            role: ChannelRole::Recruit,
            rhythm: Rhythm::Weekly,
        }],
    )]
    .into();
    p.phasing.start = Some(Date::from_ymd(2027, 2, 1).unwrap());
    p
}

#[test]
fn mental_health_refers_to_113_and_calls_the_crisis_tier() {
    let p = org(Sector::MentalHealth, "GGZ Rivierduinen-achtig");
    let pr = protocol(&p);
    assert!(pr.rules.contains(&ProtocolRule::Refer113));
    let crisis = pr.tiers.iter().find(|t| t.tier == Tier::Crisis).unwrap();
    assert!(crisis.triggers.contains(&Trigger::SuicideSignal));
    let nl = md(&p, Lang::Nl);
    assert!(nl.contains("113 Zelfmoordpreventie") && nl.contains("0800-0113"));
    assert!(md(&p, Lang::En).contains("113.nl"));
    // Other sectors do not get the line.
    for other in [Sector::Hospital, Sector::ElderlyCare, Sector::YouthCare] {
        let q = org(other, "Anders");
        assert!(!protocol(&q).rules.contains(&ProtocolRule::Refer113));
        assert!(!md(&q, Lang::Nl).contains("0800-0113"), "{other:?}");
    }
}

#[test]
fn youth_care_names_veilig_thuis_and_the_age_limits() {
    let p = org(Sector::YouthCare, "Jeugdhulp De Kreek");
    let pr = protocol(&p);
    assert!(pr.rules.contains(&ProtocolRule::VeiligThuis));
    assert!(pr.rules.contains(&ProtocolRule::Minors));
    let crisis = pr.tiers.iter().find(|t| t.tier == Tier::Crisis).unwrap();
    assert_eq!(crisis.triggers.first(), Some(&Trigger::ChildUnsafe));
    let nl = md(&p, Lang::Nl);
    assert!(nl.contains("Veilig Thuis") && nl.contains("0800-2000"));
    assert!(nl.contains("meldcode") && nl.contains("UAVG art. 5"));
    let elderly = org(Sector::ElderlyCare, "Zorggroep Noord");
    assert!(!md(&elderly, Lang::Nl).contains("Veilig Thuis"));
    // The Wkkgz does not cover youth services: complaints follow the Jeugdwet, with the AKJ.
    assert!(pr.rules.contains(&ProtocolRule::ComplaintsYouth));
    assert!(!pr.rules.contains(&ProtocolRule::ComplaintsOfficer));
    assert!(nl.contains("Jeugdwet (hoofdstuk 4)") && nl.contains("AKJ"));
    assert!(!nl.contains("Wkkgz"), "{nl}");
}

#[test]
fn elderly_disability_and_home_care_address_relatives() {
    for (sector, relatives) in [
        (Sector::ElderlyCare, true),
        (Sector::DisabilityCare, true),
        (Sector::HomeCare, true),
        (Sector::Hospital, false),
        (Sector::GpPractice, false),
        (Sector::Welfare, false),
    ] {
        let p = org(sector, "Org");
        assert_eq!(
            protocol(&p).rules.contains(&ProtocolRule::Relatives),
            relatives,
            "{sector:?}"
        );
    }
    assert!(md(&org(Sector::ElderlyCare, "Org"), Lang::Nl).contains("wettelijk vertegenwoordiger"));
}

#[test]
fn every_plan_keeps_secrecy_complaints_reviews_and_breaches() {
    for (name, p) in plans::all() {
        let rules = protocol(&p).rules;
        for r in [
            ProtocolRule::NeverConfirm,
            ProtocolRule::ComplaintsOfficer,
            ProtocolRule::Reviews,
            ProtocolRule::DataBreach72h,
        ] {
            assert!(rules.contains(&r), "{name}: {r:?}");
        }
        let nl = md(&p, Lang::Nl);
        assert!(
            nl.contains("klachtenfunctionaris") && nl.contains("Wkkgz"),
            "{name}"
        );
        assert!(
            nl.contains("ZorgkaartNederland") && nl.contains("72 uur"),
            "{name}"
        );
        assert!(nl.contains("Binnen 2 weken na elk incident"), "{name}");
    }
}

#[test]
fn the_promised_response_time_sets_each_tiers_deadlines() {
    let cases = [
        (
            Some(ResponseTime::OneHour),
            Some(Deadline::Hours(1)),
            Some(Deadline::Minutes(15)),
        ),
        (
            Some(ResponseTime::SameDay),
            Some(Deadline::SameDay),
            Some(Deadline::Hours(2)),
        ),
        (
            Some(ResponseTime::NextWorkday),
            Some(Deadline::NextWorkday),
            Some(Deadline::SameDay),
        ),
        (None, None, None),
    ];
    for (promise, team_reply, to_manager) in cases {
        let mut p = org(Sector::HomeCare, "Thuiszorg");
        p.governance.response_time = promise;
        let pr = protocol(&p);
        assert_eq!(pr.tiers[0].tier, Tier::Team);
        assert_eq!(pr.tiers[0].reply, team_reply, "{promise:?}");
        assert_eq!(pr.tiers[1].pass_on, to_manager, "{promise:?}");
        assert_eq!(pr.tiers[1].reply, team_reply, "{promise:?}");
        // A crisis does not wait for the promise or for office hours.
        assert_eq!(pr.tiers[2].pass_on, Some(Deadline::Minutes(15)));
        assert_eq!(pr.tiers[2].reply, Some(Deadline::Hours(1)));
        if promise.is_none() {
            assert!(
                md(&p, Lang::Nl).contains("Open punt: de beloofde reactietijd staat nog niet vast")
            );
        }
    }
}

#[test]
fn who_acts_comes_from_the_tasks_and_the_escalation_contact() {
    let p = org(Sector::ElderlyCare, "Zorggroep");
    let pr = protocol(&p);
    assert_eq!(pr.tiers[0].who, Who::Roles(vec![RoleKind::Webcare]));
    assert_eq!(pr.tiers[1].who, Who::LineManager);
    assert_eq!(pr.tiers[2].who, Who::Contact("Manager van dienst".into()));

    // No contact: the sponsor; no sponsor either: an open point in the plan.
    let mut q = p.clone();
    q.governance.escalation_contact = "  ".into();
    assert_eq!(
        protocol(&q).tiers[2].who,
        Who::Roles(vec![RoleKind::Sponsor])
    );
    q.staffing.roles.retain(|r| r.kind != RoleKind::Sponsor);
    assert_eq!(protocol(&q).tiers[2].who, Who::Open);
    assert!(md(&q, Lang::Nl)
        .contains("Open punt: de contactpersoon voor escalatie is nog niet vastgelegd"));
}

#[test]
fn a_plan_without_an_approve_accountable_has_an_open_point_for_holding_statements() {
    // The home-care fixture has one coordinator who only publishes.
    let home = plans::home_care();
    assert_eq!(protocol(&home).holding_approver, None);
    let nl = md(&home, Lang::Nl);
    assert!(nl.contains("wie een holding statement goedkeurt, is nog niet vastgelegd"));
    assert!(nl.contains("wie berichten goedkeurt, is nog niet vastgelegd"));
    let hospital = plans::hospital_group();
    assert_eq!(
        protocol(&hospital).holding_approver,
        Some(RoleKind::Sponsor)
    );
    assert!(!md(&hospital, Lang::Nl).contains("wie een holding statement goedkeurt"));
}

#[test]
fn outside_office_hours_someone_watches_or_it_is_an_open_point() {
    let mut p = org(Sector::DisabilityCare, "Stichting");
    p.governance.crisis_in_general_plan = true;
    assert_eq!(protocol(&p).watch, Watch::CrisisRota);
    assert!(md(&p, Lang::Nl).contains("De bereikbaarheidsdienst uit het algemene crisisplan"));
    p.governance.crisis_in_general_plan = false;
    assert_eq!(protocol(&p).watch, Watch::Open);
    let nl = md(&p, Lang::Nl);
    assert!(nl.contains("Open punt:* wie 's avonds en in het weekend"));
    assert!(nl.contains("nog geen onderdeel van het algemene crisisplan"));
}

#[test]
fn training_falls_before_go_live_for_every_plan_with_a_start() {
    let mut all = plans::all();
    all.push(("mental health", org(Sector::MentalHealth, "GGZ")));
    for (name, p) in all {
        let start = p.phasing.start.unwrap();
        let sch = schedule(&p.phasing, start);
        let w = training_plan(&p).window.unwrap();
        assert_eq!(w.go_live, sch.go_live, "{name}");
        assert!(w.start <= w.end && w.end < sch.go_live, "{name}");
        assert!(w.start >= start, "{name}");
        if let Some((from, to)) = w.rollout {
            assert!(sch.go_live < from && from <= to, "{name}");
        }
    }
    let mut none = plans::hospital_group();
    none.phasing.start = None;
    assert_eq!(training_plan(&none).window, None);
    assert!(md(&none, Lang::Nl).contains("de trainingsdata volgen uit de planning"));
}

#[test]
fn modules_go_to_the_roles_that_need_them_with_a_trainer() {
    let hospital = plans::hospital_group();
    let tp = training_plan(&hospital);
    let module = |m| tp.modules.iter().find(|x| x.module == m).unwrap();
    // The privacy officer gives the privacy module; the ambassadors count 30.
    let privacy = module(TrainingModule::PolicyPrivacy);
    assert_eq!(privacy.trainer, Some(RoleKind::PrivacyOfficer));
    assert!(privacy.trainees.contains(&Trainees {
        role: RoleKind::Ambassador,
        people: 30
    }));
    assert_eq!(module(TrainingModule::Basics).people(), 30);
    // Webcare refreshes twice a year, the rest yearly.
    assert_eq!(
        module(TrainingModule::Webcare).refresher,
        Refresher::HalfYearly
    );
    assert_eq!(module(TrainingModule::Basics).refresher, Refresher::Yearly);
    // The hub is the only one taking webcare, so it cannot give it too.
    assert_eq!(module(TrainingModule::Webcare).trainer, None);

    // Without a privacy officer the privacy module has no trainer: an open point.
    let mut p = org(Sector::ElderlyCare, "Zorggroep");
    p.staffing.training = [TrainingModule::PolicyPrivacy, TrainingModule::Webcare].into();
    let tp = training_plan(&p);
    assert_eq!(tp.modules[0].trainer, None);
    assert_eq!(tp.modules[1].trainer, Some(RoleKind::Coordinator));
    assert_eq!(
        tp.modules[1].trainees,
        vec![Trainees {
            role: RoleKind::Webcare,
            people: 2
        }]
    );
    assert!(md(&p, Lang::Nl).contains(
        "Open punt: de functionaris gegevensbescherming (FG) geeft deze module, maar staat nog niet in het team"
    ));
}

#[test]
fn a_rhythm_gives_its_posts_in_the_sample_month() {
    for (rhythm, posts) in [
        (Rhythm::Daily, 20),
        (Rhythm::Weekly, 4),
        (Rhythm::Fortnightly, 2),
        (Rhythm::Monthly, 1),
    ] {
        let mut p = org(Sector::Hospital, "Ziekenhuis");
        for plans in p.scope.audiences.values_mut() {
            plans[0].rhythm = rhythm;
        }
        let c = content_starter(&p);
        assert_eq!(c.months.len(), 1);
        assert_eq!(c.months[0].posts(), posts, "{rhythm:?}");
    }
    // A channel two audiences use posts at the more frequent of their rhythms, once.
    let hospital = plans::hospital_group();
    let c = content_starter(&hospital);
    let channels: Vec<Channel> = c.months.iter().map(|m| m.channel).collect();
    assert_eq!(
        channels,
        vec![Channel::Facebook, Channel::LinkedIn, Channel::Instagram]
    );
    assert!(md(&hospital, Lang::Nl).contains("| LinkedIn | Wekelijks |"));
}

#[test]
fn every_goal_has_pillars_and_channels_take_them_in_turn() {
    for g in SocialGoal::ALL {
        assert!((2..=3).contains(&pillars(*g).len()), "{g:?}");
    }
    assert_eq!(
        pillars(SocialGoal::Recruitment),
        &[
            Pillar::DayAtWork,
            Pillar::ColleaguesTell,
            Pillar::VacanciesOpenDays
        ]
    );
    // The hospital's recruitment channels carry the recruitment pillars; its client channel the
    // reputation pillars.
    let c = content_starter(&plans::hospital_group());
    let recruit = pillars(SocialGoal::Recruitment);
    for m in &c.months {
        let used: Vec<Pillar> = m.weeks.iter().flatten().copied().collect();
        let recruiting = used.iter().all(|p| recruit.contains(p));
        assert_eq!(
            recruiting,
            m.channel != Channel::Facebook,
            "{:?}",
            m.channel
        );
    }
}

#[test]
fn who_approves_which_post_follows_the_approval_answer() {
    let cases = [
        (Approval::Always, "Worden allemaal vooraf goedgekeurd"),
        (
            Approval::SensitiveOnly,
            "Gaan direct online; gevoelige berichten",
        ),
        (
            Approval::AfterwardsOnly,
            "achteraf steekproefsgewijs gecontroleerd",
        ),
    ];
    for (approval, text) in cases {
        let mut p = org(Sector::ElderlyCare, "Zorggroep");
        p.governance.approval = Some(approval);
        let nl = md(&p, Lang::Nl);
        assert!(nl.contains(text), "{approval:?}");
        // Posts with clients always need consent and the approver, whatever the rule.
        assert!(
            nl.contains("alleen met schriftelijke toestemming"),
            "{approval:?}"
        );
        assert!(nl.contains("**Keurt berichten goed:** Social media-coördinator"));
    }
    let mut p = org(Sector::ElderlyCare, "Zorggroep");
    p.governance.consent = Some(ConsentPractice::Informal);
    assert!(!content_starter(&p).consent_in_writing);
    assert!(md(&p, Lang::Nl).contains("plaats geen berichten met herkenbare cliënten"));
    p.governance.consent = None;
    assert!(md(&p, Lang::Nl).contains(
        "Open punt:* hoe toestemming van cliënten wordt vastgelegd, staat nog niet vast"
    ));
    p.governance.approval = None;
    assert!(md(&p, Lang::Nl).contains("Open punt: wanneer berichten worden gecontroleerd"));
}

#[test]
fn the_new_sections_read_as_statements_in_both_languages() {
    for (name, p) in plans::all() {
        for lang in [Lang::Nl, Lang::En] {
            let text = md(&p, lang);
            assert!(
                !text.contains("?:") && !text.contains("?**"),
                "{name} {lang:?}"
            );
            let (protocol, content) = match lang {
                Lang::Nl => ("## Webcare- en crisisprotocol", "## Contentstarter"),
                Lang::En => ("## Webcare and crisis protocol", "## Content starter"),
            };
            // The protocol follows the rules, the content starter the audiences.
            let at = |h: &str| text.find(h).unwrap_or_else(|| panic!("{name}: {h}"));
            let (rules, audiences) = match lang {
                Lang::Nl => ("## Spelregels en webcare", "## Doelgroepen en kanalen"),
                Lang::En => ("## Rules and webcare", "## Audiences and channels"),
            };
            assert!(at(rules) < at(protocol), "{name}");
            assert!(
                at(audiences) < at(content) && at(content) < at(rules),
                "{name}"
            );
        }
    }
}

/// Phone walk (session 7): LinkedIn kept for candidates and staff was given carers' tips in
/// the sample month. A channel carries the themes of the goals its audiences are for.
#[test]
fn a_channel_carries_the_themes_of_its_audiences() {
    let mut p = org(Sector::HomeCare, "Thuiszorg");
    p.goals.goals = [
        (SocialGoal::InformalCarers, String::new()),
        (SocialGoal::Recruitment, String::new()),
    ]
    .into();
    let plan = |channel, role| ChannelPlan {
        channel,
        role,
        rhythm: Rhythm::Weekly,
    };
    p.scope.audiences = [
        (
            Audience::Candidates,
            vec![plan(Channel::LinkedIn, ChannelRole::Recruit)],
        ),
        (
            Audience::Employees,
            vec![plan(Channel::LinkedIn, ChannelRole::Community)],
        ),
        (
            Audience::InformalCarers,
            vec![plan(Channel::Facebook, ChannelRole::Service)],
        ),
    ]
    .into();
    let c = content_starter(&p);
    let used = |ch: Channel| -> Vec<Pillar> {
        c.months
            .iter()
            .find(|m| m.channel == ch)
            .map(|m| m.weeks.iter().flatten().copied().collect())
            .unwrap_or_default()
    };
    let carers = pillars(SocialGoal::InformalCarers);
    let recruit = pillars(SocialGoal::Recruitment);
    assert!(!used(Channel::LinkedIn).is_empty());
    assert!(
        used(Channel::LinkedIn).iter().all(|x| recruit.contains(x)),
        "{:?}",
        used(Channel::LinkedIn)
    );
    assert!(
        used(Channel::Facebook).iter().all(|x| carers.contains(x)),
        "{:?}",
        used(Channel::Facebook)
    );
    // Every pairing of goal and audience is a decision, tested here for one of each side.
    assert!(serves(SocialGoal::Fundraising, Audience::Volunteers));
    assert!(!serves(SocialGoal::InformalCarers, Audience::Candidates));
}

/// A GP practice or an organisation of up to 20 has no webcare team and no layer of managers:
/// the protocol names whoever answers the messages and their manager, director or practice
/// owner. A larger organisation keeps its webcare team.
#[test]
fn a_small_organisation_has_no_webcare_team() {
    let cases = [
        (Sector::GpPractice, SizeBand::From21To50, true),
        (Sector::ElderlyCare, SizeBand::UpTo20, true),
        (Sector::ElderlyCare, SizeBand::From51To250, false),
        (Sector::Hospital, SizeBand::Over250, false),
    ];
    for (sector, size, small) in cases {
        let mut p = org(sector, "Praktijk of zorggroep");
        p.organisation.size = Some(size);
        // Nobody answers for escalation: the manager tier falls to the line manager.
        p.staffing.tasks.remove(&Activity::Escalate);
        assert_eq!(protocol(&p).small, small, "{sector:?} {size:?}");
        let plan = md(&p, Lang::Nl);
        assert_eq!(plan.contains("webcareteam"), !small, "{sector:?} {size:?}");
        assert_eq!(
            plan.contains("| 1\\. Wie de berichten beantwoordt |"),
            small,
            "{plan}"
        );
        assert_eq!(
            plan.contains("De leidinggevende, directeur of praktijkhouder"),
            small
        );
        assert_eq!(plan.contains("| 3\\. Directie of praktijkhouder |"), small);
        assert_eq!(plan.contains("crisisteam"), !small, "{plan}");
    }
}
