//! The wizard as a state machine, natively: whole journeys and the lost-work cases as action
//! sequences, the declarations held against the texts, check-your-answers and the documents,
//! and a property test over random action sequences.
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
use koers::i18n::Lang;
use koers::wizard::*;
use proptest::prelude::*;

fn act(m: &mut Model, a: Action) -> Vec<Effect> {
    update(m, a)
}

fn edit(m: &mut Model, e: Edit) -> Vec<Effect> {
    update(m, Action::Edit(e))
}

fn typed(m: &mut Model, q: Q, s: &str) {
    edit(m, Edit::Type(q, s.into()));
}

fn choose(m: &mut Model, q: Q, key: &str) {
    edit(m, Edit::Choose(q, key.into()));
}

fn check(m: &mut Model, q: Q, key: &str) {
    edit(m, Edit::Check(q, key.into(), true));
}

/// Presses Continue and expects to land on `to`.
fn next_to(m: &mut Model, to: Route) {
    let fx = act(m, Action::Next);
    assert_eq!(m.route, to, "refused: {:?}", m.shown);
    assert!(fx.contains(&Effect::Focus(Focus::Heading)));
    assert!(fx.contains(&Effect::Address {
        route: to,
        replace: false
    }));
}

fn screen(s: Screen) -> Route {
    Route::Screen(s)
}

/// The hospital group's answers, typed in as a person would, screen by screen.
fn walk_hospital(m: &mut Model) {
    next_to(m, screen(Screen::OrgBasics));
    typed(m, Q::OrgName, "Ziekenhuisgroep Rivierenland");
    choose(m, Q::Sector, "hospital");
    choose(m, Q::Size, "over_250");
    next_to(m, screen(Screen::OrgChannels));
    typed(m, Q::Locations, "14");
    typed(m, Q::Brands, "4");
    choose(m, Q::Channel(Channel::Facebook), "regular");
    choose(m, Q::CommsTeam, "team");
    typed(m, Q::CommsHours, "24,5");
    next_to(m, screen(Screen::MaturityGrid));
    for (d, s) in Dimension::ALL.iter().zip([3, 3, 3, 3, 3, 2, 4]) {
        choose(m, Q::Score(*d), Stage::from_number(s).unwrap().key());
    }
    next_to(m, screen(Screen::MaturityResult));
    choose(m, Q::Target, "measurable");
    next_to(m, screen(Screen::Goals));
    check(m, Q::Goals, "recruitment");
    typed(
        m,
        Q::GoalBusiness(SocialGoal::Recruitment),
        "Vacatures sneller vullen",
    );
    next_to(m, screen(Screen::Kpis));
    let fx = edit(m, Edit::Add(Add::Kpi));
    assert!(
        fx.contains(&Effect::Focus(Focus::Question(Q::KpiName(KpiId(1))))),
        "{fx:?}"
    );
    typed(m, Q::KpiName(KpiId(1)), "Sollicitaties via LinkedIn");
    choose(m, Q::KpiLevel(KpiId(1)), "action");
    next_to(m, screen(Screen::Scope));
    choose(m, Q::ScopeLevel, "organisation");
    check(m, Q::Audiences, "candidates");
    edit(
        m,
        Edit::AudienceChannel(Audience::Candidates, Channel::LinkedIn, true),
    );
    next_to(m, screen(Screen::GovInputs));
    choose(m, Q::Trust, "medium");
    next_to(m, screen(Screen::GovModel));
    next_to(m, screen(Screen::GovRules));
    choose(m, Q::Spokespeople, "trained_staff");
    choose(m, Q::Approval, "sensitive_only");
    choose(m, Q::ResponseTime, "same_day");
    typed(m, Q::Escalation, "Bestuurssecretaris");
    choose(m, Q::Consent, "register");
    next_to(m, screen(Screen::Team));
    check(m, Q::Roles, "sponsor");
    check(m, Q::Roles, "hub_team");
    typed(m, Q::RoleHours(RoleId(2)), "16");
    next_to(m, screen(Screen::Raci));
    edit(m, Edit::Task(Activity::Publish, Raci::R, RoleId(2), true));
    next_to(m, screen(Screen::Training));
    check(m, Q::TrainingModules, "basics");
    typed(m, Q::Ambassadors, "30");
    next_to(m, screen(Screen::Budget));
    // Every cost shows the default in use; a rate can be changed and emptied back.
    assert_eq!(m.raw(Q::MonitoringTool), "2400");
    typed(m, Q::MonitoringTool, "1200");
    assert_eq!(m.plan.budget.monitoring_tool, Some(Count(1200)));
    typed(m, Q::MonitoringTool, "");
    assert_eq!(m.plan.budget.monitoring_tool, None);
    assert_eq!(Q::MonitoringTool.read(&m.plan), Answer::Number(Some(2400)));
    next_to(m, screen(Screen::Dates));
    typed(m, Q::Start, "2026-09-07");
    next_to(m, screen(Screen::Timeline));
    next_to(m, Route::Review);
    next_to(m, Route::Plan);
}

#[test]
fn the_whole_journey_ends_on_the_plan_with_every_section_done() {
    let mut m = Model::default();
    walk_hospital(&mut m);
    for s in Section::ALL {
        assert_eq!(m.status(*s), Status::Done, "{s:?}");
    }
    assert_eq!(m.plan.organisation.comms_hours, Hours::from_tenths(245));
    assert_eq!(m.plan.staffing.roles.len(), 2);
    // The plan got an id with its first answer, for its calendar events.
    assert_eq!(m.plan.id.len(), 16);
    // Arriving on the plan asks the documents module for its document.
    assert!(matches!(m.document, Document::Waiting(..)));
}

#[test]
fn every_edit_is_saved_and_an_empty_plan_leaves_no_trace() {
    let mut m = Model::default();
    act(&mut m, Action::Next);
    let fx = edit(&mut m, Edit::Type(Q::OrgName, "Zorg".into()));
    assert!(matches!(fx.as_slice(), [Effect::Save(json)] if json.contains("\"Zorg\"")));
    act(&mut m, Action::Saved(true));
    assert_eq!(m.saving, Saving::Saved);
    // Full storage: said, not hidden.
    act(&mut m, Action::Saved(false));
    assert_eq!(m.notice, Some(Notice::StorageFull));
    // Moving around saves nothing.
    assert!(!act(&mut m, Action::Next)
        .iter()
        .any(|e| matches!(e, Effect::Save(_))));
}

/// Storage filling up as the assessment history grows: warned once while everything still
/// fits, told when it no longer does, and the plan is never given up to make room.
#[test]
fn storage_filling_up_warns_first_and_never_drops_the_plan() {
    let mut m = Model::new(plans::hospital_group(), Lang::Nl);
    let plan = m.plan.clone();
    act(&mut m, Action::Saved(true));
    let fx = act(&mut m, Action::StorageLow);
    assert_eq!(m.notice, Some(Notice::StorageLow));
    assert!(
        fx.is_empty(),
        "a warning clears nothing and emits no error: {fx:?}"
    );
    // Dismissed, it does not come back on every save of this visit.
    act(&mut m, Action::DismissNotice);
    act(&mut m, Action::StorageLow);
    assert_eq!(m.notice, None);
    // A message that matters more is never covered by it.
    let mut other = Model::new(plans::hospital_group(), Lang::Nl);
    other.notice = Some(Notice::OtherTab);
    act(&mut other, Action::StorageLow);
    assert_eq!(other.notice, Some(Notice::OtherTab));
    // Full: said, the answers file offered by the notice, nothing cleared, the plan kept.
    let fx = act(&mut m, Action::Saved(false));
    assert_eq!(m.notice, Some(Notice::StorageFull));
    assert!(!fx.contains(&Effect::ClearSaved));
    assert_eq!(m.plan, plan);
    let fx = act(&mut m, Action::DownloadAnswers);
    assert!(fx.iter().any(|e| matches!(e, Effect::SaveFile { body, .. } if from_bytes(body.as_bytes()).as_ref() == Ok(&plan))));
    // The next edit tries again.
    let fx = typed_fx(&mut m, Q::OrgName, "Ziekenhuisgroep Rivierenland en Betuwe");
    assert!(fx.iter().any(|e| matches!(e, Effect::Save(_))));
}

fn typed_fx(m: &mut Model, q: Q, s: &str) -> Vec<Effect> {
    edit(m, Edit::Type(q, s.into()))
}

/// A blocked download: no browser says so, so after every download the same page offers the
/// file in a new tab, and the share link when the tab is refused too.
#[test]
fn a_download_is_followed_by_another_way_to_get_it() {
    let mut m = Model::new(plans::hospital_group(), Lang::Nl);
    act(&mut m, Action::Go(Route::Plan));
    assert_eq!(
        act(&mut m, Action::OpenInTab),
        vec![],
        "nothing to open before a download"
    );
    act(&mut m, Action::Download(Format::Docx));
    assert_eq!(m.downloaded, Some(Downloaded::Plan(Format::Docx)));
    let fx = act(&mut m, Action::OpenInTab);
    assert_eq!(
        fx,
        vec![Effect::OpenInTab(
            Downloaded::Plan(Format::Docx),
            Box::new(m.plan.clone()),
            Lang::Nl
        )]
    );
    // A Word file opens as the web page, the report likewise; text formats as text.
    assert_eq!(Format::Docx.viewable(), Format::Html);
    assert_eq!(Format::ReportDocx.viewable(), Format::ReportHtml);
    assert_eq!(Format::Docx.shown_as(), "text/html;charset=utf-8");
    assert_eq!(Format::Ics.shown_as(), "text/plain;charset=utf-8");
    act(&mut m, Action::TabBlocked);
    assert!(m.tab_blocked);
    assert_eq!(
        act(&mut m, Action::MakeShareLink),
        vec![Effect::MakeShareLink(Box::new(m.plan.clone()))]
    );
    // Made as the way round, the link gets focus: it may be screens away on a phone.
    assert_eq!(
        act(&mut m, Action::ShareLinkMade(Some("https://x/#d=1".into()))),
        vec![Effect::Focus(Focus::ShareLink)]
    );
    // Downloading again starts afresh; the answers file is offered the same way.
    act(&mut m, Action::DownloadAnswers);
    assert_eq!(m.downloaded, Some(Downloaded::Answers));
    assert!(!m.tab_blocked);
    // Moving on ends the offer.
    act(&mut m, Action::Back);
    assert_eq!(m.downloaded, None);
}

/// Files from a newer Koers or from another edition: a clear message, nothing replaced,
/// nothing offered for confirmation.
#[test]
fn a_file_from_a_newer_version_or_another_edition_replaces_nothing() {
    let mut m = Model::new(plans::hospital_group(), Lang::Nl);
    let plan = m.plan.clone();
    let file = to_json(&plans::home_care());
    for (bytes, error) in [
        (
            file.replace(
                &format!("\"schema_version\": {}", koers::domain::SCHEMA_VERSION),
                "\"schema_version\": 9",
            ),
            ImportError::FutureVersion(9),
        ),
        (
            file.replace("\"app\": \"koers\"", "\"app\": \"koers-zorgnet\""),
            ImportError::OtherApp("koers-zorgnet".into()),
        ),
    ] {
        act(
            &mut m,
            Action::Opened {
                bytes: bytes.into_bytes(),
                from_link: false,
            },
        );
        assert_eq!(m.notice, Some(Notice::ImportFailed(error)));
        assert_eq!(m.pending, None);
        assert_eq!(m.plan, plan);
    }
}

#[test]
fn a_refused_next_shows_every_problem_and_focuses_the_summary() {
    let mut m = Model::default();
    act(&mut m, Action::Next);
    let fx = act(&mut m, Action::Next);
    assert_eq!(m.route, screen(Screen::OrgBasics));
    assert_eq!(fx, vec![Effect::Focus(Focus::ErrorSummary)]);
    let qs: Vec<Q> = m.shown.iter().map(|p| p.q).collect();
    assert_eq!(qs, [Q::OrgName, Q::Sector, Q::Size]);
    // The summary follows the fixes.
    typed(&mut m, Q::OrgName, "Zorg");
    assert_eq!(m.shown.len(), 2);
}

#[test]
fn change_from_check_your_answers_returns_there() {
    let mut m = Model::new(plans::hospital_group(), Lang::Nl);
    act(&mut m, Action::Go(Route::Review));
    act(&mut m, Action::Change(Screen::Team, None));
    assert_eq!(m.route, screen(Screen::Team));
    typed(&mut m, Q::RolePeople(RoleId(1)), "Dr. Jansen");
    next_to(&mut m, Route::Review);
    // Back from a changed screen also returns to the review.
    act(&mut m, Action::Change(Screen::OrgBasics, None));
    act(&mut m, Action::Back);
    assert_eq!(m.route, Route::Review);
    // Leaving for the task list ends the detour.
    act(&mut m, Action::Change(Screen::OrgBasics, None));
    act(&mut m, Action::Go(Route::Tasks));
    act(&mut m, Action::Go(screen(Screen::OrgBasics)));
    next_to(&mut m, screen(Screen::OrgChannels));
}

#[test]
fn change_lands_on_the_field_of_its_row() {
    let mut m = Model::new(plans::hospital_group(), Lang::Nl);
    act(&mut m, Action::Go(Route::Review));
    let people = Q::RolePeople(RoleId(1));
    let fx = act(&mut m, Action::Change(Screen::Team, Some(people.key())));
    assert_eq!(m.route, screen(Screen::Team));
    assert_eq!(
        fx.iter()
            .filter(|e| matches!(e, Effect::Focus(_)))
            .collect::<Vec<_>>(),
        [&Effect::Focus(Focus::Question(people))]
    );
    // Back on check-your-answers: the row just changed has the focus again, by its button.
    let fx = act(&mut m, Action::Next);
    assert_eq!(m.route, Route::Review);
    assert!(fx.contains(&Effect::Focus(Focus::ChangedRow)), "{fx:?}");
    assert_eq!(m.changed_row.as_deref(), Some("team role-1-people"));
    // Onwards to the plan, and back by the task list: the heading, as after any step change.
    act(&mut m, Action::Next);
    let fx = act(&mut m, Action::Go(Route::Review));
    assert!(fx.contains(&Effect::Focus(Focus::Heading)), "{fx:?}");
    // A key the screen does not ask (a button from an older drawing): the heading, as after
    // any step change.
    act(&mut m, Action::Go(Route::Review));
    let fx = act(&mut m, Action::Change(Screen::Team, Some(Q::OrgName.key())));
    assert!(fx.contains(&Effect::Focus(Focus::Heading)), "{fx:?}");
    assert!(!fx
        .iter()
        .any(|e| matches!(e, Effect::Focus(Focus::Question(_)))));

    // A row of a rich view: the RACI grid's task, by its accountable role's field.
    act(&mut m, Action::Go(Route::Review));
    let fx = act(
        &mut m,
        Action::Change(Screen::Raci, Some("task-approve-a".into())),
    );
    assert!(
        fx.contains(&Effect::Focus(Focus::Field(RichField::Task(
            Activity::Approve
        )))),
        "{fx:?}"
    );
    // Only what that screen shows: the same key on another screen is no field there.
    act(&mut m, Action::Go(Route::Review));
    let fx = act(
        &mut m,
        Action::Change(Screen::Team, Some("task-approve-a".into())),
    );
    assert!(fx.contains(&Effect::Focus(Focus::Heading)), "{fx:?}");
    // Every rich row of the review names a field its screen shows.
    for (_, rows) in review(&m.plan, Lang::Nl) {
        for row in rows.iter().filter(|r| r.questions.is_empty()) {
            if let Some(f) = row.field {
                assert_eq!(
                    rich_field(&m.plan, row.change, &f.key()),
                    Some(f),
                    "{}",
                    row.label
                );
            }
        }
    }

    // Workshop mode shows a screen a block at a time: the block that asks it.
    m.workshop = true;
    let (s, block, q) = Screen::ALL
        .iter()
        .find_map(|s| {
            let blocks = layout(&m.plan, *s);
            let q = blocks.get(1).and_then(|b| {
                b.iter().find_map(|p| match p {
                    Part::Ask(q) => Some(*q),
                    _ => None,
                })
            })?;
            Some((*s, 1, q))
        })
        .expect("a screen of several blocks");
    act(&mut m, Action::Go(Route::Review));
    let fx = act(&mut m, Action::Change(s, Some(q.key())));
    assert_eq!(m.part, block);
    assert!(fx.contains(&Effect::Focus(Focus::Question(q))), "{fx:?}");
}

#[test]
fn loading_a_file_asks_first_and_cancel_keeps_every_answer() {
    let mine = plans::hospital_group();
    let mut m = Model::new(mine.clone(), Lang::Nl);
    typed(&mut m, Q::Locations, "1x");
    let other = to_json(&plans::home_care()).into_bytes();
    act(
        &mut m,
        Action::Opened {
            bytes: other.clone(),
            from_link: false,
        },
    );
    assert!(m.pending.is_some());
    assert_eq!(m.plan, mine, "nothing replaced before the user says so");
    act(&mut m, Action::CancelLoad);
    assert_eq!(m.plan, mine);
    assert_eq!(m.raw(Q::Locations), "1x", "the half-typed answer too");

    act(
        &mut m,
        Action::Opened {
            bytes: other,
            from_link: false,
        },
    );
    act(&mut m, Action::ConfirmLoad);
    assert_eq!(m.plan.organisation.name, "Thuiszorg Het Anker");
    assert_eq!(m.route, Route::Review);
    assert_eq!(m.notice, Some(Notice::Loaded));
    assert!(m.drafts.is_empty());
    assert!(!m.nothing_answered());

    // A fresh visitor has nothing to replace; a link says it was a link.
    let mut fresh = Model::default();
    assert!(fresh.nothing_answered());
    act(
        &mut fresh,
        Action::Opened {
            bytes: to_json(&plans::home_care()).into_bytes(),
            from_link: true,
        },
    );
    act(&mut fresh, Action::ConfirmLoad);
    assert_eq!(fresh.notice, Some(Notice::LinkOpened));
}

#[test]
fn a_bad_file_is_explained_and_changes_nothing() {
    let mine = plans::hospital_group();
    let mut m = Model::new(mine.clone(), Lang::Nl);
    act(
        &mut m,
        Action::Opened {
            bytes: b"{\"app\":".to_vec(),
            from_link: false,
        },
    );
    assert!(matches!(
        m.notice,
        Some(Notice::ImportFailed(ImportError::NotJson { .. }))
    ));
    assert_eq!(m.plan, mine);
    assert!(m.pending.is_none());
    // A share link that fails takes itself out of the address bar.
    let fx = act(&mut m, Action::LinkFailed(ShareError::Damaged));
    assert_eq!(fx, vec![Effect::ClearShareLink]);
    assert_eq!(m.plan, mine);
}

#[test]
fn forget_asks_then_clears_everything_and_the_storage() {
    let mut m = Model::new(plans::hospital_group(), Lang::En);
    act(&mut m, Action::Go(screen(Screen::Team)));
    act(&mut m, Action::AskForget);
    act(&mut m, Action::CancelForget);
    assert_eq!(m.plan, plans::hospital_group());
    act(&mut m, Action::AskForget);
    let fx = act(&mut m, Action::ConfirmForget);
    assert_eq!(m.plan, Plan::default());
    assert!(fx.contains(&Effect::ClearSaved));
    assert_eq!(m.notice, Some(Notice::Forgotten));
    assert_eq!(m.route, Route::Tasks);
    assert_eq!(m.lang, Lang::En, "the language stays");
}

#[test]
fn a_half_typed_number_survives_a_language_switch() {
    let mut m = Model::default();
    act(&mut m, Action::Go(screen(Screen::OrgChannels)));
    typed(&mut m, Q::Locations, "12a");
    act(&mut m, Action::SetLang(Lang::En));
    assert_eq!(m.raw(Q::Locations), "12a");
    assert_eq!(m.plan.organisation.locations, Count(0), "not silently zero");
    act(&mut m, Action::Next);
    assert!(m.shown.contains(&Problem {
        q: Q::Locations,
        kind: ProblemKind::WholeNumber {
            min: 1,
            max: 10_000
        }
    }));
    typed(&mut m, Q::Locations, "12");
    assert!(!m
        .problems(Section::Organisation)
        .iter()
        .any(|p| p.q == Q::Locations));
    assert_eq!(m.plan.organisation.locations, Count(12));
}

#[test]
fn typed_text_is_shown_as_typed_while_it_is_on_its_way() {
    let mut m = Model::default();
    act(&mut m, Action::Go(screen(Screen::OrgChannels)));
    // "24," parses as 24 already; showing the stored "24" would take the comma away mid-typing.
    typed(&mut m, Q::CommsHours, "24,");
    assert_eq!(m.raw(Q::CommsHours), "24,");
    assert_eq!(m.plan.organisation.comms_hours, Hours::whole(24));
    typed(&mut m, Q::CommsHours, "24,5");
    assert_eq!(m.plan.organisation.comms_hours, Hours::from_tenths(245));
    typed(&mut m, Q::Locations, "07");
    assert_eq!(
        (m.raw(Q::Locations), m.plan.organisation.locations),
        ("07".into(), Count(7))
    );
}

#[test]
fn browser_back_and_forward_move_without_a_new_history_entry() {
    let mut m = Model::new(plans::hospital_group(), Lang::Nl);
    act(&mut m, Action::Go(screen(Screen::Goals)));
    let fx = act(&mut m, Action::Popped(screen(Screen::OrgBasics)));
    assert_eq!(m.route, screen(Screen::OrgBasics));
    assert_eq!(fx[0], Effect::Focus(Focus::Heading));
    assert!(!fx.iter().any(|e| matches!(e, Effect::Address { .. })));
    // Leaving a section by the back button marks it visited, as any way out does.
    assert!(m.visited.contains(&Section::GoalsScope));
    let fx = act(&mut m, Action::Popped(screen(Screen::Goals)));
    assert_eq!(fx[0], Effect::Focus(Focus::Heading));
    assert!(!fx.iter().any(|e| matches!(e, Effect::Address { .. })));
}

/// The host page hears where the visitor goes and what they do, in closed words and numbers.
#[test]
fn host_events_follow_the_journey_and_carry_no_answers() {
    let emitted = |fx: &[Effect]| -> Vec<HostEvent> {
        fx.iter()
            .filter_map(|e| match e {
                Effect::Emit(h) => Some(*h),
                _ => None,
            })
            .collect()
    };
    let mut m = Model::new(Plan::default(), Lang::Nl);
    let fx = act(&mut m, Action::Next);
    assert_eq!(
        emitted(&fx),
        vec![HostEvent::Step {
            section: Section::Organisation,
            screen: Screen::OrgBasics,
            position: 1,
            total: 16
        }]
    );
    // Typing is no event.
    let fx = act(
        &mut m,
        Action::Edit(Edit::Type(Q::OrgName, "Geheim".into())),
    );
    assert!(emitted(&fx).is_empty());
    // A complete plan: check-your-answers, then the plan screen says complete; a download
    // and print say their format.
    let mut m = Model::new(plans::hospital_group(), Lang::Nl);
    assert_eq!(
        emitted(&act(&mut m, Action::Go(Route::Review))),
        vec![HostEvent::Review]
    );
    assert_eq!(
        emitted(&act(&mut m, Action::Next)),
        vec![HostEvent::Complete]
    );
    assert_eq!(
        emitted(&act(&mut m, Action::Download(Format::Docx))),
        vec![HostEvent::Download("docx")]
    );
    assert_eq!(
        emitted(&act(&mut m, Action::Print)),
        vec![HostEvent::Download("print")]
    );
    // An unreadable file is an error of kind "import", once.
    let fx = act(
        &mut m,
        Action::Opened {
            bytes: b"{ kapot".to_vec(),
            from_link: false,
        },
    );
    assert_eq!(emitted(&fx), vec![HostEvent::Error(ErrorKind::Import)]);
    // Every detail is JSON with only keys and numbers.
    for e in [
        HostEvent::Step {
            section: Section::Phasing,
            screen: Screen::Timeline,
            position: 15,
            total: 16,
        },
        HostEvent::Download("markdown"),
        HostEvent::Error(ErrorKind::Storage),
        HostEvent::Complete,
    ] {
        let v: serde_json::Value = serde_json::from_str(&e.detail()).unwrap();
        assert!(v.is_object(), "{}", e.detail());
        assert!(e.name().starts_with("koers:"));
    }
}

#[test]
fn workshop_mode_steps_through_the_blocks_of_a_screen() {
    let mut m = Model::new(plans::hospital_group(), Lang::Nl);
    act(&mut m, Action::ToggleWorkshop);
    act(&mut m, Action::Go(screen(Screen::OrgBasics)));
    assert!(m.stepping());
    let fx = act(&mut m, Action::Next);
    assert_eq!((m.route, m.part), (screen(Screen::OrgBasics), 1));
    assert_eq!(fx, vec![Effect::Focus(Focus::Part)]);
    act(&mut m, Action::Next);
    act(&mut m, Action::Next);
    assert_eq!((m.route, m.part), (screen(Screen::OrgChannels), 0));
    act(&mut m, Action::Back);
    assert_eq!(m.route, screen(Screen::OrgBasics));
    // The help opens only in workshop mode.
    act(&mut m, Action::ToggleHelp);
    assert!(m.help);
    act(&mut m, Action::ToggleWorkshop);
    act(&mut m, Action::ToggleHelp);
    assert!(!m.help);
}

#[test]
fn roles_are_chosen_with_checkboxes_and_a_chosen_role_counts() {
    let mut m = Model::default();
    act(&mut m, Action::Go(screen(Screen::Team)));
    act(&mut m, Action::Next);
    assert!(m.shown.contains(&Problem {
        q: Q::Roles,
        kind: ProblemKind::ChooseAtLeastOne
    }));
    check(&mut m, Q::Roles, "coordinator");
    act(&mut m, Action::Next);
    assert_eq!(m.route, screen(Screen::Raci), "{:?}", m.shown);
    let role = m.plan.staffing.roles[0].clone();
    assert_eq!(
        (role.kind, role.headcount),
        (RoleKind::Coordinator, Count(1))
    );
    // Unchecking removes the role and its cells, and nothing else.
    edit(
        &mut m,
        Edit::Task(Activity::Publish, Raci::R, role.id, true),
    );
    check(&mut m, Q::Roles, "sponsor");
    edit(&mut m, Edit::Check(Q::Roles, "coordinator".into(), false));
    assert_eq!(m.plan.staffing.roles.len(), 1);
    assert!(m
        .plan
        .staffing
        .tasks
        .values()
        .all(|t| t.letters(role.id).is_empty()));
}

#[test]
fn a_new_milestone_has_no_made_up_date_and_needs_one() {
    let mut m = Model::default();
    act(&mut m, Action::Go(screen(Screen::Dates)));
    let fx = edit(&mut m, Edit::Add(Add::Milestone));
    let ms = m.plan.phasing.milestones[0].clone();
    assert_eq!(ms.date, None);
    // It opens below the button, often off a phone's screen: its title field gets focus.
    assert!(
        fx.contains(&Effect::Focus(Focus::Question(Q::MilestoneTitle(ms.id)))),
        "{fx:?}"
    );
    typed(&mut m, Q::MilestoneTitle(ms.id), "Bestuur");
    typed(&mut m, Q::Start, "2026-09-07");
    act(&mut m, Action::Next);
    assert!(m.shown.contains(&Problem {
        q: Q::MilestoneDate(MilestoneId(1)),
        kind: ProblemKind::Required
    }));
    // Nothing undated reaches the calendar.
    let s = summarise(&m.plan, Lang::Nl);
    let today = Date::from_ymd(2026, 11, 24).unwrap();
    let ics = koers::export::ics::render(&s, today).body;
    assert!(!ics.contains("1970"), "{ics}");
    assert_eq!(
        ics.matches("BEGIN:VEVENT").count(),
        11,
        "the computed milestones only (with the training start and the go/no-go; the evaluation phase is heard at the quarterly moment that follows it)"
    );
}

#[test]
fn removing_one_milestone_keeps_the_others_half_typed_dates() {
    let mut m = Model::default();
    act(&mut m, Action::Go(screen(Screen::Dates)));
    for _ in 0..3 {
        edit(&mut m, Edit::Add(Add::Milestone));
    }
    typed(&mut m, Q::MilestoneDate(MilestoneId(2)), "2026-13");
    typed(
        &mut m,
        Q::MilestoneTitle(MilestoneId(3)),
        "Raad van toezicht",
    );
    let fx = edit(&mut m, Edit::Remove(Item::Milestone(MilestoneId(1))));
    // Not the next milestone's Remove button, which takes the removed one's place on the page:
    // a second press there would remove another.
    assert!(
        fx.contains(&Effect::Focus(Focus::AddButton(Add::Milestone))),
        "{fx:?}"
    );
    assert_eq!(m.raw(Q::MilestoneDate(MilestoneId(2))), "2026-13");
    assert_eq!(
        m.raw(Q::MilestoneTitle(MilestoneId(3))),
        "Raad van toezicht"
    );
    // The removed one's own drafts go with it.
    typed(&mut m, Q::MilestoneDate(MilestoneId(3)), "x");
    edit(&mut m, Edit::Remove(Item::Milestone(MilestoneId(3))));
    assert!(m.drafts.get(&Q::MilestoneDate(MilestoneId(3))).is_none());
}

#[test]
fn problems_land_on_the_field_they_are_about() {
    let mut p = plans::hospital_group();
    let long = "x".repeat(MAX_TEXT + 1);
    p.goals.kpis[0].source = long.clone();
    p.staffing.roles[0].people = long;
    let id = p.goals.kpis[0].id;
    let role = p.staffing.roles[0].id;
    let problems: Vec<Q> = validate(&p, Section::GoalsScope)
        .iter()
        .chain(validate(&p, Section::Staffing).iter())
        .map(|pr| pr.q)
        .collect();
    assert_eq!(problems, [Q::KpiSource(id), Q::RolePeople(role)]);
}

#[test]
fn a_fresh_visitors_language_is_kept_before_any_answer() {
    let config = Config {
        full_page: true,
        autosave: true,
        ..Config::default()
    };
    let mut m = Model::start(Start {
        config,
        stored: Some(Stored::Nothing),
        ..Start::default()
    });
    let fx = act(&mut m, Action::SetLang(Lang::En));
    let saved = fx
        .iter()
        .find_map(|e| match e {
            Effect::Save(raw) => Some(raw.clone()),
            _ => None,
        })
        .expect("English is kept");
    // The next visit opens in English, on an empty plan.
    let again = Model::start(Start {
        config,
        stored: Some(Stored::Raw(saved)),
        ..Start::default()
    });
    assert_eq!((again.lang, &again.plan), (Lang::En, &Plan::default()));
    // Back to the page's own language with nothing answered: nothing left to keep.
    let fx = act(&mut m, Action::SetLang(Lang::Nl));
    assert!(fx.contains(&Effect::ClearSaved), "{fx:?}");
    // A page that asks where to keep answers keeps nothing before it is told.
    let mut asking = Model::start(Start {
        config: Config {
            ask: true,
            ..config
        },
        stored: Some(Stored::Nothing),
        ..Start::default()
    });
    let fx = act(&mut asking, Action::SetLang(Lang::En));
    assert!(!fx.iter().any(|e| matches!(e, Effect::Save(_))), "{fx:?}");
}

#[test]
fn an_embed_reopens_where_it_was_only_on_answers_that_read_back() {
    let config = Config {
        autosave: true,
        ..Config::default()
    };
    let team = Route::Screen(Screen::Team);
    let place = Some(team);
    let cases = [
        // (what was kept, where the tab was, where the wizard opens)
        (
            Stored::Raw(to_compact_json(&plans::hospital_group(), None)),
            place,
            team,
        ),
        (
            Stored::Raw(to_compact_json(&plans::hospital_group(), None)),
            None,
            Route::Tasks,
        ),
        // Nothing kept, or kept answers that do not read: the place means nothing without them.
        (Stored::Nothing, place, Route::Tasks),
        (
            Stored::Raw("{\"app\":\"koers\"".into()),
            place,
            Route::Tasks,
        ),
        // A participant's score page is never where a plan reopens.
        (
            Stored::Raw(to_compact_json(&plans::hospital_group(), None)),
            Some(Route::Score(koers::domain::group::WorkshopId::from_seed(7))),
            Route::Tasks,
        ),
    ];
    for (stored, resume, expected) in cases {
        let m = Model::start(Start {
            config,
            resume,
            stored: Some(stored.clone()),
            ..Start::default()
        });
        assert_eq!(m.route, expected, "{stored:?} at {resume:?}");
    }
}

#[test]
fn the_autosave_is_read_back_and_an_unreadable_one_is_held() {
    let raw = to_compact_json(&plans::hospital_group(), Some("en"));
    let m = Model::start(Start {
        config: Config {
            full_page: true,
            autosave: true,
            ..Config::default()
        },
        stored: Some(Stored::Raw(raw)),
        ..Start::default()
    });
    assert_eq!(m.plan, plans::hospital_group());
    assert_eq!(m.lang, Lang::En);

    let mut m = Model::start(Start {
        config: Config {
            full_page: true,
            autosave: true,
            ..Config::default()
        },
        stored: Some(Stored::Raw("{\"app\":\"koers\"".into())),
        ..Start::default()
    });
    assert!(matches!(m.notice, Some(Notice::Corrupt(_))));
    // Typing does not overwrite what could not be read...
    act(&mut m, Action::Next);
    let fx = edit(&mut m, Edit::Type(Q::OrgName, "Zorg".into()));
    assert!(fx.is_empty(), "{fx:?}");
    // ...until the user has had the chance to download it.
    let fx = act(&mut m, Action::DownloadCorrupt);
    assert!(matches!(&fx[..], [Effect::SaveFile { body, .. }] if body == "{\"app\":\"koers\""));
    act(&mut m, Action::DismissNotice);
    let fx = edit(&mut m, Edit::Type(Q::OrgName, "Zorg Noord".into()));
    assert!(matches!(&fx[..], [Effect::Save(_)]));
}

/// A host page may fill in the organisation for a first visit; the visitor's own saved
/// answers always win, unreadable ones included, and nonsense is ignored.
#[test]
fn prefill_fills_a_first_visit_and_never_overrides_saved_answers() {
    let prefill = Prefill::read(
        Some("  Zorggroep\u{7} Noord "),
        Some("elderly_care"),
        Some("bogus"),
    );
    assert_eq!(prefill.name.as_deref(), Some("Zorggroep Noord"));
    assert_eq!(prefill.sector, Some(Sector::ElderlyCare));
    assert_eq!(prefill.size, None);
    let config = Config {
        full_page: false,
        autosave: true,
        ..Config::default()
    };
    let first = Model::start(Start {
        config,
        prefill: prefill.clone(),
        ..Start::default()
    });
    assert_eq!(first.plan.organisation.name, "Zorggroep Noord");
    assert_eq!(first.plan.organisation.sector, Some(Sector::ElderlyCare));
    let saved = Model::start(Start {
        config,
        prefill: prefill.clone(),
        stored: Some(Stored::Raw(to_compact_json(&plans::hospital_group(), None))),
        ..Start::default()
    });
    assert_eq!(saved.plan, plans::hospital_group());
    let held = Model::start(Start {
        config,
        prefill,
        stored: Some(Stored::Raw("{\"app\":\"koers\"".into())),
        ..Start::default()
    });
    assert_eq!(held.plan, Plan::default());
    let long = Prefill::read(Some(&"x".repeat(500)), None, Some("over_250"));
    assert_eq!(long.name.map(|n| n.chars().count()), Some(120));
    assert_eq!(long.size, Some(SizeBand::Over250));
}

/// Back from the back-forward cache, the page takes the answers storage holds now; an
/// unreadable record changes nothing.
#[test]
fn a_page_restored_from_the_back_forward_cache_reads_the_saved_answers_again() {
    let mut m = Model::new(Plan::default(), Lang::Nl);
    act(&mut m, Action::Next);
    typed(&mut m, Q::OrgName, "Eerst");
    act(
        &mut m,
        Action::Restored(to_compact_json(&plans::hospital_group(), Some("nl"))),
    );
    assert_eq!(m.plan, plans::hospital_group());
    assert_eq!(m.raw(Q::OrgName), plans::hospital_group().organisation.name);
    act(&mut m, Action::Restored("{ kapot".into()));
    assert_eq!(m.plan, plans::hospital_group());
}

/// Where the page asks, nothing is kept until the visitor chooses; then it is kept where they
/// chose. Answers already kept load and stay where they are, whatever the mode. After a
/// download the visitor may have the answers forgotten.
#[test]
fn the_visitor_chooses_where_answers_are_kept() {
    let ask = Config {
        full_page: false,
        autosave: true,
        ask: true,
        ..Config::default()
    };
    let mut m = Model::start(Start {
        config: ask,
        stored: Some(Stored::Nothing),
        ..Start::default()
    });
    assert_eq!(m.saving, Saving::Asking);
    act(&mut m, Action::Next);
    let fx = edit(&mut m, Edit::Type(Q::OrgName, "Zorg Noord".into()));
    assert!(!fx.iter().any(|e| matches!(e, Effect::Save(_))), "{fx:?}");
    let fx = act(&mut m, Action::Keep(Keep::Session));
    assert_eq!(m.keep, Keep::Session);
    // Saved at once, and focus goes on to the heading rather than the page's body (the
    // question and its button are gone).
    assert!(
        matches!(&fx[..], [Effect::Focus(Focus::Heading), Effect::Save(json)] if json.contains("Zorg Noord")),
        "{fx:?}"
    );
    let fx = edit(&mut m, Edit::Type(Q::OrgName, "Zorg Noord-Oost".into()));
    assert!(fx.iter().any(|e| matches!(e, Effect::Save(_))));

    // Kept before, in this computer's storage: no question, and kept there.
    let m = Model::start(Start {
        config: ask,
        stored: Some(Stored::Raw(to_compact_json(&plans::hospital_group(), None))),
        stored_in: Keep::Local,
        ..Start::default()
    });
    assert_eq!((m.saving, m.keep), (Saving::Saved, Keep::Local));

    // Forget after download: the record goes, nothing more is written, the screen keeps it.
    let mut m = Model::new(plans::hospital_group(), Lang::Nl);
    act(&mut m, Action::ForgetAfterDownload(true));
    let fx = act(&mut m, Action::Download(Format::Markdown));
    assert!(fx.contains(&Effect::ClearSaved), "{fx:?}");
    assert_eq!(m.notice, Some(Notice::ForgottenAfterDownload));
    assert_eq!(m.plan, plans::hospital_group());
    act(&mut m, Action::Go(Route::Screen(Screen::OrgBasics)));
    let fx = edit(&mut m, Edit::Type(Q::OrgName, "Nog iets".into()));
    assert!(!fx.iter().any(|e| matches!(e, Effect::Save(_))), "{fx:?}");
}

/// Every question of every screen of these plans.
fn all_questions(plan: &Plan) -> Vec<Q> {
    Screen::ALL
        .iter()
        .flat_map(|s| questions(plan, *s))
        .collect()
}

/// A plan that asks every question there is: the hospital group, with a model of its own
/// choosing (so the reason is asked) and an evaluation planned.
fn full_plan() -> Plan {
    let mut p = plans::hospital_group();
    p.governance.chosen = Some(OrgModel::Centralised);
    p.governance.choice_reason = "Eén centrale redactie.".into();
    p
}

#[test]
fn every_question_has_its_texts_in_both_languages() {
    for q in all_questions(&full_plan()) {
        let spec = q.spec();
        let texts = std::iter::once(spec.label).chain(spec.hint);
        for t in texts {
            let (nl, en) = (t.get(Lang::Nl), t.get(Lang::En));
            assert!(!nl.trim().is_empty() && !en.trim().is_empty(), "{q:?}");
        }
        assert!(
            q.label(Lang::Nl) != q.label(Lang::En) || matches!(q, Q::Sector | Q::Channel(_)),
            "{q:?}: the same label in both languages"
        );
        for lang in [Lang::Nl, Lang::En] {
            for (_, label) in (spec.options)(&full_plan(), lang) {
                assert!(!label.trim().is_empty(), "{q:?}");
            }
        }
    }
}

#[test]
fn every_question_has_a_row_in_check_your_answers() {
    for plan in [full_plan(), plans::home_care(), plans::enthusiasts()] {
        let reviewed: Vec<Q> = review(&plan, Lang::Nl)
            .into_iter()
            .flat_map(|(_, rows)| rows.into_iter().flat_map(|r| r.questions))
            .collect();
        for q in all_questions(&plan) {
            assert!(reviewed.contains(&q), "{q:?} has no review row");
        }
    }
}

#[test]
fn every_review_row_changes_on_the_screen_that_asks_it() {
    for (section, rows) in review(&full_plan(), Lang::En) {
        for row in rows {
            assert_eq!(row.change.section(), section);
            for q in &row.questions {
                assert_eq!(q.screen(), row.change, "{}", row.label);
            }
            assert!(!row.value.trim().is_empty(), "{}", row.label);
        }
    }
}

/// Another answer than the current one, of the question's own kind.
fn another_answer(plan: &Plan, q: Q) -> Answer {
    let spec = q.spec();
    match (spec.kind, q.read(plan)) {
        (_, Answer::Text(t)) => Answer::Text(format!("{t} Zqx")),
        (_, Answer::Key(k)) => {
            let options = (spec.options)(plan, Lang::Nl);
            // The last other option: the first is often the default ("the next stage").
            Answer::Key(options.iter().map(|o| o.0).rev().find(|o| Some(*o) != k))
        }
        (_, Answer::Keys(mut keys)) => {
            let options = (spec.options)(plan, Lang::Nl);
            let last = options.last().unwrap().0;
            if keys.contains(&last) {
                keys.retain(|k| *k != last);
            } else {
                keys.push(last);
            }
            Answer::Keys(keys)
        }
        (Kind::Number { min, max }, Answer::Number(n)) => {
            Answer::Number(Some(n.map_or(min.max(1), |n| {
                if n < max {
                    n + 1
                } else {
                    n - 1
                }
            })))
        }
        (_, Answer::Number(n)) => Answer::Number(Some(n.unwrap_or(0) + 1)),
        (_, Answer::Hours(h)) => Answer::Hours(h.saturating_add(Hours::whole(1))),
        (_, Answer::Date(d)) => Answer::Date(Some(d.unwrap_or(Date::EPOCH).add_days(1))),
        (_, Answer::Flag(b)) => Answer::Flag(!b),
        (_, Answer::Amount(a)) => Answer::Amount(Some(Amount::whole(
            a.map_or(0, |a| a.hundredths() / 100) + 1,
        ))),
    }
}

#[test]
fn every_answer_has_a_place_in_the_documents() {
    let plan = full_plan();
    for lang in [Lang::Nl, Lang::En] {
        let before = koers::export::markdown::render(&summarise(&plan, lang), Date::EPOCH).body;
        for q in all_questions(&plan) {
            let mut changed = plan.clone();
            q.write(&mut changed, another_answer(&plan, q));
            assert_ne!(changed, plan, "{q:?}: the edit changed nothing");
            let after =
                koers::export::markdown::render(&summarise(&changed, lang), Date::EPOCH).body;
            assert!(after != before, "{q:?} does not reach the plan document");
        }
    }
}

/// The actions a person can take, with arguments from small pools, so a random sequence
/// revisits the same items and keys.
fn any_action() -> impl Strategy<Value = Action> {
    let plan = full_plan();
    let qs: Vec<Q> = all_questions(&plan)
        .into_iter()
        .chain([
            Q::KpiName(KpiId(3)),
            Q::RoleHours(RoleId(9)),
            Q::MilestoneDate(MilestoneId(2)),
            // The evaluation's own questions: answered only while one is open.
            Q::EvalScore(Dimension::PolicyRules),
            Q::EvalActual(KpiId(1)),
            Q::EvalAction(GrowthAction::ALL[0]),
            Q::EvalIncidents,
            Q::EvalDate,
        ])
        .chain(Dimension::ALL.iter().map(|d| Q::EvalScore(*d)))
        .collect();
    let routes: Vec<Route> = [
        Route::Tasks,
        Route::Review,
        Route::Plan,
        Route::Screen(Screen::Evaluate),
        Route::Score(koers::domain::group::WorkshopId::from_seed(7)),
    ]
    .into_iter()
    .chain(Screen::ALL.iter().map(|s| Route::Screen(*s)))
    .collect();
    let texts = prop::sample::select(vec![
        "",
        "0",
        "12",
        "4,5",
        "2026-09-07",
        "2026-02-30",
        "x",
        "sponsor",
        "daily",
        "next",
        "hospital",
        "measurable",
        "-1",
        "99999999999",
    ]);
    let q = prop::sample::select(qs);
    let route = prop::sample::select(routes);
    let screen = prop::sample::select(Screen::ALL.to_vec());
    prop_oneof![
        route.clone().prop_map(Action::Go),
        route.prop_map(Action::Popped),
        Just(Action::Next),
        Just(Action::Back),
        (screen, prop::option::of(q.clone().prop_map(Q::key)))
            .prop_map(|(s, k)| Action::Change(s, k)),
        prop::sample::select(vec![Lang::Nl, Lang::En]).prop_map(Action::SetLang),
        (q.clone(), texts.clone()).prop_map(|(q, t)| Action::Edit(Edit::Type(q, t.into()))),
        (q.clone(), texts.clone()).prop_map(|(q, t)| Action::Edit(Edit::Choose(q, t.into()))),
        (q.clone(), texts, any::<bool>()).prop_map(|(q, t, on)| Action::Edit(Edit::Check(
            q,
            t.into(),
            on
        ))),
        (q, any::<bool>()).prop_map(|(q, on)| Action::Edit(Edit::Flag(q, on))),
        Just(Action::Edit(Edit::Add(Add::Kpi))),
        Just(Action::Edit(Edit::Add(Add::Milestone))),
        (1u32..4).prop_map(|i| Action::Edit(Edit::Remove(Item::Kpi(KpiId(i))))),
        (1u32..4).prop_map(|i| Action::Edit(Edit::Remove(Item::Milestone(MilestoneId(i))))),
        (0u32..4, any::<bool>()).prop_map(|(r, on)| Action::Edit(Edit::Task(
            Activity::Publish,
            Raci::R,
            RoleId(r),
            on
        ))),
        (0u32..4).prop_map(|r| Action::Edit(Edit::Accountable(Activity::Respond, Some(RoleId(r))))),
        Just(Action::Edit(Edit::AudienceChannel(
            Audience::Clients,
            Channel::Facebook,
            true
        ))),
        Just(Action::ToggleWorkshop),
        Just(Action::AskForget),
        Just(Action::ConfirmForget),
        Just(Action::CancelLoad),
        Just(Action::ConfirmLoad),
        Just(Action::Opened {
            bytes: to_json(&plans::home_care()).into_bytes(),
            from_link: false
        }),
        Just(Action::Opened {
            bytes: b"not json".to_vec(),
            from_link: true
        }),
        Just(Action::DismissNotice),
        Just(Action::Saved(false)),
        // Starting from an example: asked for, arrived, or failed to arrive.
        proptest::sample::select(koers::export::examples::SECTORS.to_vec())
            .prop_map(Action::OpenExample),
        proptest::sample::select(koers::export::examples::SECTORS.to_vec()).prop_map(|s| {
            Action::ExampleArrived(
                koers::export::examples::example(s)
                    .unwrap_or_default()
                    .as_bytes()
                    .to_vec(),
            )
        }),
        Just(Action::ExampleFailed),
        Just(Action::EnglishUnavailable),
        // Evaluation moments.
        Just(Action::Evaluate(Date::from_ymd(2027, 6, 1).unwrap())),
        Just(Action::CloseEvaluation),
        // Scoring together: the facilitator's panel and a participant's page. `{valid}` stands
        // for a code of the open workshop, made when the action runs.
        Just(Action::GroupOpen),
        Just(Action::GroupClose),
        prop::sample::select(vec![
            "",
            "{valid}",
            "{valid}\n{valid}",
            "K7Q2-3342412-XKD-M",
            "kaas; 1234567, ----",
            "\u{202e}K7Q2\u{0}",
        ])
        .prop_map(|t| Action::GroupCodes(t.into())),
        (
            prop::sample::select(Dimension::ALL.to_vec()),
            1u8..=5,
            any::<bool>()
        )
            .prop_map(|(d, s, up)| Action::GroupBump(
                d,
                Stage::from_number(s).unwrap(),
                up
            )),
        prop::sample::select(Dimension::ALL.to_vec()).prop_map(Action::GroupAdopt),
        (
            prop::sample::select(Dimension::ALL.to_vec()),
            prop::option::of(1u8..=5)
        )
            .prop_map(|(d, s)| Action::OwnScore(d, s.and_then(Stage::from_number))),
        Just(Action::OwnCode),
    ]
}

/// A code of the facilitator's open workshop in place of `{valid}`, so random journeys also
/// merge real codes.
fn with_real_codes(m: &Model, a: Action) -> Action {
    match (a, &m.group) {
        (Action::GroupCodes(text), Some(g)) if text.contains("{valid}") => {
            let code = koers::domain::group::participant_code(
                g.id,
                &[Stage::Operational; 7],
                u64::from(m.group.as_ref().map_or(0, |g| g.accepted.len() as u32)),
            );
            Action::GroupCodes(text.replace("{valid}", &code))
        }
        (a, _) => a,
    }
}

/// The plan without its evaluation history, for checking what evaluating may change.
fn without_history(plan: &Plan) -> Plan {
    Plan {
        evaluations: Vec::new(),
        ..plan.clone()
    }
}

/// What an action may change in the answers: the question it aims at (and what that question
/// contains), or everything for Forget and a confirmed Load.
fn may_change(a: &Action) -> bool {
    matches!(
        a,
        Action::Edit(_) | Action::ConfirmForget | Action::ConfirmLoad
    )
}

/// The answers as stored, question by question, for comparing what an edit touched.
fn stored_answers(plan: &Plan) -> Vec<(Q, Answer)> {
    all_questions(plan)
        .into_iter()
        // The model question reads the advice when nothing is stored; compare what is stored.
        .filter(|q| *q != Q::Model)
        .map(|q| (q, q.read(plan)))
        .collect()
}

/// Whether `other` belongs to `q`: the business goal to its goal, a role's answers to the
/// roles, an item's answers to the item, the first evaluation to its yes/no.
fn contains(q: Q, other: Q) -> bool {
    match q {
        Q::Goals => matches!(other, Q::GoalBusiness(_)),
        Q::Roles => matches!(
            other,
            Q::RolePeople(_) | Q::RoleHeadcount(_) | Q::RoleHours(_)
        ),
        Q::Evaluation => matches!(other, Q::FirstEvaluation),
        _ => false,
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, failure_persistence: None, ..ProptestConfig::default() })]

    /// Any sequence of actions never panics, always ends on a valid route, and an answer
    /// changes only through an edit aimed at it or at what contains it, Forget, or a confirmed
    /// Load.
    #[test]
    fn random_journeys_keep_every_promise(actions in prop::collection::vec(any_action(), 1..60)) {
        let mut m = Model::new(full_plan(), Lang::Nl);
        for a in actions {
            let a = with_real_codes(&m, a);
            let before = m.clone();
            let _ = update(&mut m, a.clone());
            let valid = match m.route {
                Route::Screen(s) => Screen::ALL.contains(&s) || s == Screen::Evaluate,
                _ => true,
            };
            prop_assert!(valid);
            prop_assert!(m.part <= m.blocks().len());
            match &a {
                // Evaluating adds to the history and touches nothing else.
                Action::Evaluate(_) | Action::CloseEvaluation => {
                    prop_assert_eq!(without_history(&m.plan), without_history(&before.plan));
                    prop_assert!(m.plan.evaluations.len() <= before.plan.evaluations.len() + 1);
                    continue;
                }
                // Adopting the group's score sets that dimension's score, and only that.
                Action::GroupAdopt(d) => {
                    let mut expected = before.plan.clone();
                    if let Some(s) = m.plan.maturity.scores.get(d) {
                        expected.maturity.scores.insert(*d, *s);
                    }
                    prop_assert_eq!(&m.plan, &expected);
                    continue;
                }
                // A code is hostile input: refused ones add no vote and never touch the plan.
                Action::GroupCodes(_) => {
                    if let (Some(g), Some(b)) = (&m.group, &before.group) {
                        if g.accepted.len() == b.accepted.len() {
                            prop_assert_eq!(&g.votes, &b.votes);
                        }
                        prop_assert_eq!(g.id, b.id);
                    }
                }
                _ => {}
            }
            if !may_change(&a) {
                prop_assert_eq!(&m.plan, &before.plan, "{:?} changed the answers", a);
                continue;
            }
            if let Action::Edit(Edit::Type(q, _) | Edit::Choose(q, _) | Edit::Check(q, _, _) | Edit::Flag(q, _)) = &a {
                let old = stored_answers(&before.plan);
                let new = stored_answers(&m.plan);
                for (other, answer) in &old {
                    if other == q || contains(*q, *other) || *q == Q::Model {
                        continue;
                    }
                    if let Some((_, now)) = new.iter().find(|(o, _)| o == other) {
                        prop_assert_eq!(now, answer, "{:?} changed {:?}", a, other);
                    }
                }
                // Nothing outside the questions: the grid and the channels stay.
                if *q != Q::Audiences {
                    prop_assert_eq!(&m.plan.scope.audiences.get(&Audience::Clients).map(Vec::len),
                        &before.plan.scope.audiences.get(&Audience::Clients).map(Vec::len));
                }
                if *q != Q::Roles {
                    prop_assert_eq!(&m.plan.staffing.tasks, &before.plan.staffing.tasks);
                }
            }
        }
    }
}

/// The calendar's event ids, in file order.
fn uids(plan: &Plan, lang: Lang) -> Vec<String> {
    let today = Date::from_ymd(2026, 11, 24).unwrap();
    koers::export::ics::render(&summarise(plan, lang), today)
        .body
        .lines()
        .filter_map(|l| l.strip_prefix("UID:").map(str::to_string))
        .collect()
}

#[test]
fn calendar_events_keep_their_ids_across_language_dates_and_new_milestones() {
    let plan = plans::hospital_group();
    let mut nl = uids(&plan, Lang::Nl);
    let mut en = uids(&plan, Lang::En);
    nl.sort();
    en.sort();
    assert_eq!(
        nl, en,
        "downloading again in English updates the same events"
    );
    let mut moved = plan.clone();
    moved.phasing.milestones[0].date = Some(Date::from_ymd(2027, 3, 1).unwrap());
    moved.phasing.start = Some(Date::from_ymd(2026, 10, 5).unwrap());
    moved.phasing.milestones.push(Milestone {
        id: MilestoneId(9),
        title: "Nieuw".into(),
        date: Some(Date::from_ymd(2026, 9, 1).unwrap()),
    });
    let mut after = uids(&moved, Lang::Nl);
    assert_eq!(after.len(), nl.len() + 1);
    after.retain(|u| !u.starts_with("milestone-9-"));
    after.sort();
    assert_eq!(
        after, nl,
        "moving dates or adding a milestone keeps the other events' ids"
    );
    // Another plan's events never collide with these.
    let other = uids(&plans::home_care(), Lang::Nl);
    assert!(other.iter().all(|u| !nl.contains(u)));
}

/// An example is asked of the documents module, then offered like a file: nothing is replaced
/// before the visitor confirms.
#[test]
fn an_example_is_offered_before_it_replaces_anything() {
    let mut m = Model::new(plans::home_care(), Lang::Nl);
    let fx = act(&mut m, Action::OpenExample(Sector::MentalHealth));
    assert_eq!(fx, vec![Effect::LoadExample(Sector::MentalHealth)]);
    let before = m.plan.clone();
    let example = koers::export::examples::example(Sector::MentalHealth).unwrap();
    let fx = act(&mut m, Action::ExampleArrived(example.as_bytes().to_vec()));
    assert_eq!(
        m.plan, before,
        "nothing replaced before the question is answered"
    );
    // The question may open far from the button that asked for it: focus goes there.
    assert!(fx.contains(&Effect::Focus(Focus::LoadConfirm)));
    assert!(m.pending.is_some());
    act(&mut m, Action::ConfirmLoad);
    assert!(m.plan.organisation.name.starts_with("Voorbeeld: "));
    assert_eq!(m.plan.organisation.sector, Some(Sector::MentalHealth));
    // The example has no id: this visitor's plan gets one of its own.
    assert!(!m.plan.id.is_empty());
    assert_eq!(m.route, Route::Review);
    assert_eq!(m.notice, Some(Notice::ExampleLoaded));
}

/// An evaluation opens from the task list, takes its answers into the open evaluation only, and
/// once finished is kept as the starting point of the next.
#[test]
fn an_evaluation_is_entered_and_finished() {
    let mut m = Model::new(plans::hospital_group(), Lang::Nl);
    let before = m.plan.maturity.clone();
    let today = Date::from_ymd(2027, 9, 6).unwrap();
    let fx = act(&mut m, Action::Evaluate(today));
    assert_eq!(m.route, Route::Screen(Screen::Evaluate));
    assert!(fx.contains(&Effect::Focus(Focus::Heading)));
    choose(&mut m, Q::EvalScore(Dimension::Measurement), "measurable");
    typed(&mut m, Q::EvalActual(KpiId(1)), "9");
    typed(&mut m, Q::EvalIncidents, "Eén negatieve recensie");
    let action = evaluation_review(&m.plan, 0).unwrap().actions[0].0;
    choose(&mut m, Q::EvalAction(action), "done");
    // The plan's own self-assessment stays as it was: it is what the evaluation is held against.
    assert_eq!(m.plan.maturity, before);
    let e = &m.plan.evaluations[0];
    assert_eq!(e.date, Some(today));
    assert_eq!(
        e.scores.get(&Dimension::Measurement),
        Some(&Stage::Measurable)
    );
    assert_eq!(e.actuals.get(&KpiId(1)), Some(&Amount::whole(9)));
    assert_eq!(e.actions.get(&action), Some(&ActionStatus::Done));
    // The screen asks for every dimension; the indicators and the actions are rich parts (the
    // actions drawn by the documents module, which knows the advice).
    let asked = questions(&m.plan, Screen::Evaluate);
    assert!(asked.contains(&Q::EvalScore(Dimension::StrategyGoals)));
    assert!(layout(&m.plan, Screen::Evaluate)
        .iter()
        .flatten()
        .any(|p| *p == Part::Rich(Rich::EvalActions)));
    act(&mut m, Action::CloseEvaluation);
    assert!(m.plan.evaluations[0].closed);
    assert_eq!(m.route, Route::Tasks);
    assert_eq!(m.notice, Some(Notice::EvaluationClosed));
    // Without an open evaluation the screen says how to start one, and edits change nothing.
    assert_eq!(
        layout(&m.plan, Screen::Evaluate),
        vec![vec![Part::Note(koers::i18n::T::NoOpenEvaluation)]]
    );
    let closed = m.plan.clone();
    typed(&mut m, Q::EvalIncidents, "later");
    assert_eq!(m.plan, closed);
    // A second evaluation starts from the first one's scores.
    act(&mut m, Action::Evaluate(today.add_days(180)));
    assert_eq!(m.plan.evaluations.len(), 2);
    assert_eq!(m.plan.evaluations[1].scores, m.plan.evaluations[0].scores);
    assert_eq!(
        Route::from_fragment("#evaluatie"),
        Some(Route::Screen(Screen::Evaluate))
    );
}

/// Scoring together: the facilitator opens it (a workshop id and a QR code asked of the
/// documents module), three participants' codes are read, a foreign and a mistyped code are
/// refused with their reasons and change nothing, a hand vote counts, and the median is taken.
#[test]
fn a_group_scores_together_and_settles_on_the_median() {
    use koers::domain::group::{participant_code, CodeError};
    let mut m = Model::new(plans::hospital_group(), Lang::Nl);
    let fx = act(&mut m, Action::GroupOpen);
    let id = m.group.as_ref().unwrap().id;
    assert_eq!(
        fx,
        vec![
            Effect::MakeQr(id),
            Effect::KeepGroup(Some(m.group.as_ref().unwrap().record())),
            Effect::Focus(Focus::GroupCodes)
        ]
    );
    let code = |n: [u8; 7], nonce: u64| {
        participant_code(id, &n.map(|x| Stage::from_number(x).unwrap()), nonce)
    };
    let other = koers::domain::group::WorkshopId::from_seed(7);
    let foreign = participant_code(other, &[Stage::Operational; 7], 1);
    let mistyped = code([3, 3, 3, 3, 3, 3, 3], 9).replacen("3333333", "3333334", 1);
    // Two participants who score the same still count twice; one who sends twice, once.
    let codes = [
        code([3, 2, 3, 3, 2, 2, 4], 1),
        code([3, 2, 3, 3, 4, 2, 4], 2),
        code([4, 2, 3, 3, 5, 2, 4], 3),
        code([4, 2, 3, 3, 5, 2, 4], 4),
    ];
    let before = m.plan.clone();
    act(
        &mut m,
        Action::GroupCodes(format!(
            "{}\n{}\n{foreign}\n{mistyped}\n{}\n{}\n{}",
            codes[0],
            codes[1],
            codes[2],
            codes[3],
            codes[0].to_lowercase()
        )),
    );
    let g = m.group.as_ref().unwrap();
    assert_eq!(g.accepted.len(), 4, "the repeated code counts once");
    assert_eq!(g.repeated, 1);
    assert_eq!(
        g.refused,
        vec![
            (foreign, CodeError::OtherWorkshop),
            (mistyped, CodeError::Checksum)
        ]
    );
    assert_eq!(m.plan, before, "codes change no answer by themselves");
    let l = Dimension::ListeningWebcare;
    assert!(g.votes.disagree(l));
    assert_eq!(g.votes.median(l), Some(Stage::Measurable));
    // Listening votes 2, 4, 5, 5; two hand votes for 2 make 2, 2, 2, 4, 5, 5: the lower median
    // is 2, and that is what is adopted.
    act(&mut m, Action::GroupBump(l, Stage::Experimental, true));
    act(&mut m, Action::GroupBump(l, Stage::Experimental, true));
    act(&mut m, Action::GroupAdopt(l));
    assert_eq!(m.plan.maturity.scores.get(&l), Some(&Stage::Experimental));
    // With votes in, closing asks first; going back keeps every vote.
    let kept = m.group.clone().unwrap();
    let fx = act(&mut m, Action::GroupClose);
    assert!(m.group.as_ref().unwrap().closing);
    assert!(fx.contains(&Effect::Focus(Focus::GroupClosing)), "{fx:?}");
    act(&mut m, Action::GroupCloseConfirm(false));
    assert_eq!(m.group.as_ref(), Some(&kept));
    act(&mut m, Action::GroupClose);
    let fx = act(&mut m, Action::GroupCloseConfirm(true));
    assert!(m.group.is_none());
    assert!(fx.contains(&Effect::KeepGroup(None)), "{fx:?}");
    // An empty session closes at once.
    act(&mut m, Action::GroupOpen);
    let fx = act(&mut m, Action::GroupClose);
    assert!(m.group.is_none());
    assert!(fx.contains(&Effect::KeepGroup(None)));
}

/// Where the page asks where to keep answers, a workshop's votes are kept once the visitor
/// has said: the choice keeps the session as it stands (the page keeps nothing before).
#[test]
fn a_workshop_is_kept_once_the_visitor_says_where() {
    let mut m = Model::start(Start {
        config: Config {
            autosave: true,
            ask: true,
            ..Config::default()
        },
        stored: Some(Stored::Nothing),
        ..Start::default()
    });
    assert_eq!(m.saving, Saving::Asking);
    act(&mut m, Action::GroupOpen);
    let record = m.group.as_ref().unwrap().record();
    let fx = act(&mut m, Action::Keep(Keep::Session));
    assert!(fx.contains(&Effect::KeepGroup(Some(record))), "{fx:?}");
}

/// A reload of the projector's page takes the workshop up again: the same id (so the codes
/// still on their way are read), every vote and code, a QR code drawn again, and workshop
/// mode, which lived in the page. On a participant's page, or from a record that does not
/// read, nothing is taken up.
#[test]
fn a_workshop_session_survives_a_reload() {
    use koers::domain::group::participant_code;
    let mut m = Model::new(plans::hospital_group(), Lang::Nl);
    act(&mut m, Action::GroupOpen);
    let id = m.group.as_ref().unwrap().id;
    let first = participant_code(id, &[Stage::Operational; 7], 1);
    let fx = act(&mut m, Action::GroupCodes(format!("[10:42] Anne: {first}")));
    act(
        &mut m,
        Action::GroupBump(Dimension::ALL[0], Stage::Measurable, true),
    );
    let record = m.group.as_ref().unwrap().record();
    assert!(fx.iter().any(|e| matches!(e, Effect::KeepGroup(Some(_)))));
    let start = |route: Route, group: &str| {
        Model::start(Start {
            route,
            group: Some(group.to_string()),
            ..Start::default()
        })
    };
    let grid = Route::Screen(Screen::MaturityGrid);
    let mut again = start(grid, &record);
    assert!(again.workshop);
    let g = again.group.clone().unwrap();
    assert_eq!(
        (g.id, &g.votes, g.accepted.len()),
        (id, &m.group.as_ref().unwrap().votes, 1)
    );
    assert_eq!(on_start(&mut again).first(), Some(&Effect::MakeQr(id)));
    // A code that was already read is not counted twice after the reload.
    act(&mut again, Action::GroupCodes(first.to_lowercase()));
    assert_eq!(again.group.as_ref().unwrap().repeated, 1);
    let phone = start(Route::Score(id), &record);
    assert!(phone.group.is_none() && !phone.workshop);
    for broken in [
        "",
        "ZZZZ|1,2|",
        &format!("{record}|x"),
        &record.replacen('|', "|9,", 1),
    ] {
        let m = start(grid, broken);
        assert!(m.group.is_none() && !m.workshop, "{broken}");
    }
}

/// A participant's page: a code once all seven are scored, for this workshop only.
#[test]
fn a_participant_gets_a_code_for_the_workshop() {
    let id = koers::domain::group::WorkshopId::from_seed(99);
    let mut m = Model::new(Plan::default(), Lang::Nl);
    m.route = Route::from_fragment(&format!("#scoren-{}", id.text())).unwrap();
    assert_eq!(m.route, Route::Score(id));
    for (i, d) in Dimension::ALL.iter().enumerate() {
        let fx = act(&mut m, Action::OwnCode);
        assert_eq!(m.own_code, None, "not before all seven are scored ({i})");
        // The button says what is left, and takes the visitor to the first one.
        assert!(m.own_asked);
        assert_eq!(fx, vec![Effect::Focus(Focus::Own(*d))]);
        act(&mut m, Action::OwnScore(*d, Some(Stage::Operational)));
    }
    act(&mut m, Action::OwnCode);
    assert!(!m.own_asked);
    let code = m.own_code.clone().unwrap();
    assert_eq!(
        koers::domain::group::read_code(&code, id),
        Ok([Stage::Operational; 7])
    );
    assert_eq!(m.plan, Plan::default(), "scoring along touches no answers");
}

/// Check-your-answers as the documents module draws it: per section its status and every
/// answer with a Change button naming its screen; a notice while a section is unfinished; a
/// tree the app's closed sets accept, whose buttons can never submit.
#[test]
fn check_your_answers_is_drawn_whole_with_a_change_button_per_answer() {
    use koers::export::markup::{self, Node};
    let plan = plans::hospital_group();
    let done = vec![Status::Done; Section::ALL.len()];
    let tree = koers::export::asides::review(&plan, Lang::Nl, &done);
    let mut html = String::new();
    markup::write_html(&tree, &mut html);
    let rows: usize = review(&plan, Lang::Nl).iter().map(|(_, r)| r.len()).sum();
    assert!(rows > 40, "{rows}");
    assert_eq!(
        html.matches("<button type=\"button\" class=\"koers-link\"")
            .count(),
        rows
    );
    assert_eq!(html.matches("<section").count(), Section::ALL.len());
    assert!(
        html.contains("id=\"koers-change-organisation-0\" value=\"organisatie org-name\""),
        "{html}"
    );
    assert!(html.contains("Ziekenhuisgroep Rivierenland"));
    // A hospital's answers in its own words, in the text and the buttons' names alike.
    assert!(
        !html.replace("liëntenraad", "").contains("liënt"),
        "a hospital's review says patiënt"
    );
    assert!(html.contains("Patiënten"), "{html}");
    assert!(
        !html.contains("koers-notice"),
        "a finished plan has nothing to finish"
    );
    // A section left with problems says so, in its tag and in the notice above.
    let mut statuses = done.clone();
    statuses[1] = Status::NeedsAttention;
    let mut html = String::new();
    markup::write_html(
        &koers::export::asides::review(&plan, Lang::En, &statuses),
        &mut html,
    );
    assert!(html.contains("koers-tag--red"));
    assert!(html.contains("class=\"koers-notice\""));
    // The app accepts the tree as sent.
    let nodes = vec![koers::export::asides::review(&plan, Lang::Nl, &done)];
    assert_eq!(markup::decode(&markup::encode(&nodes)), Ok(nodes.clone()));
    assert!(matches!(&nodes[0], Node::Element(_)));
    // The statuses travel as one letter each, and only those letters are read.
    for s in [
        Status::NotStarted,
        Status::InProgress,
        Status::Done,
        Status::NeedsAttention,
    ] {
        assert_eq!(Status::from_letter(s.letter()), Some(s));
    }
    assert_eq!(Status::from_letter('x'), None);
}

/// A participant copies their code for the chat: the code goes to the clipboard, the page says
/// whether that worked, and a changed score makes a new code (and forgets the old copy).
#[test]
fn a_participant_copies_the_code_and_hears_whether_it_worked() {
    let id = koers::domain::group::WorkshopId::from_seed(7);
    // Opened from a link made on the projector's page, which carries `?workshop`: on the phone
    // it is an ordinary page, not presentation mode.
    let mut m = Model::start(Start {
        route: Route::Score(id),
        workshop: true,
        ..Start::default()
    });
    assert!(!m.workshop);
    assert!(
        Model::start(Start {
            workshop: true,
            ..Start::default()
        })
        .workshop
    );
    assert_eq!(act(&mut m, Action::CopyOwnCode), vec![], "no code yet");
    for d in Dimension::ALL {
        act(&mut m, Action::OwnScore(*d, Some(Stage::Operational)));
    }
    act(&mut m, Action::OwnCode);
    let code = m.own_code.clone().unwrap();
    assert_eq!(act(&mut m, Action::CopyOwnCode), vec![Effect::Copy(code)]);
    act(&mut m, Action::Copied(false));
    assert_eq!(m.own_copied, Some(false));
    act(
        &mut m,
        Action::OwnScore(Dimension::Measurement, Some(Stage::Measurable)),
    );
    assert_eq!((m.own_code.as_ref(), m.own_copied), (None, None));
}

/// The hospital's plan with an evaluation opened on 1 June 2027.
fn evaluating_hospital() -> Model {
    let mut m = Model::new(plans::hospital_group(), Lang::Nl);
    act(
        &mut m,
        Action::Evaluate(Date::from_ymd(2027, 6, 1).unwrap()),
    );
    m
}

/// An evaluation entered after the meeting takes the meeting's date; one dated before the
/// moment it is held against is refused, and cannot be closed until it is right.
#[test]
fn an_evaluation_takes_the_meetings_date_but_never_one_before_the_last() {
    let mut m = evaluating_hospital();
    assert_eq!(m.route, Route::Screen(Screen::Evaluate));
    assert_eq!(
        Q::EvalDate.read(&m.plan),
        Answer::Date(Date::from_ymd(2027, 6, 1))
    );
    // A date before the plan starts (7 September 2026) is a typo: refused.
    typed(&mut m, Q::EvalDate, "2025-01-15");
    assert_eq!(
        Q::EvalDate.check(&m.plan),
        Some(ProblemKind::BeforePlanStart)
    );
    assert_eq!(
        act(&mut m, Action::CloseEvaluation),
        vec![Effect::Focus(Focus::ErrorSummary)]
    );
    typed(&mut m, Q::EvalDate, "2027-05-28");
    assert_eq!(m.plan.evaluations[0].date, Date::from_ymd(2027, 5, 28));
    act(&mut m, Action::CloseEvaluation);
    assert!(m.plan.evaluations[0].closed);
    // The next one, typed in with a date before the first: refused, on Next and on Close.
    act(
        &mut m,
        Action::Evaluate(Date::from_ymd(2027, 12, 1).unwrap()),
    );
    typed(&mut m, Q::EvalDate, "2027-05-01");
    assert_eq!(
        Q::EvalDate.check(&m.plan),
        Some(ProblemKind::BeforePreviousEvaluation)
    );
    let fx = act(&mut m, Action::CloseEvaluation);
    assert_eq!(fx, vec![Effect::Focus(Focus::ErrorSummary)]);
    assert!(!m.plan.evaluations[1].closed);
    assert_eq!(
        m.shown.iter().map(|p| p.q).collect::<Vec<_>>(),
        [Q::EvalDate]
    );
    act(&mut m, Action::Next);
    assert_eq!(m.route, Route::Screen(Screen::Evaluate));
    typed(&mut m, Q::EvalDate, "2027-11-30");
    assert_eq!(Q::EvalDate.check(&m.plan), None);
    act(&mut m, Action::CloseEvaluation);
    assert!(m.plan.evaluations[1].closed);
    for lang in [Lang::Nl, Lang::En] {
        assert!(!koers::i18n::problem(ProblemKind::BeforePreviousEvaluation, lang).is_empty());
        assert!(koers::i18n::problem(ProblemKind::BeforePlanStart, lang)
            .contains(lang.pick("start", "starts")));
    }
}

/// A finished evaluation keeps its own progress report: the board can ask about an earlier
/// moment. An open or missing one has none to give.
#[test]
fn each_finished_evaluation_keeps_its_own_report() {
    let mut m = evaluating_hospital();
    let docx = Format::ReportDocx;
    assert_eq!(
        act(&mut m, Action::DownloadReport(0, docx)),
        vec![],
        "still open"
    );
    act(&mut m, Action::CloseEvaluation);
    act(
        &mut m,
        Action::Evaluate(Date::from_ymd(2027, 12, 1).unwrap()),
    );
    act(&mut m, Action::CloseEvaluation);
    let fx = act(&mut m, Action::DownloadReport(0, docx));
    assert_eq!(
        fx,
        vec![
            Effect::Emit(HostEvent::Download("report-docx")),
            Effect::DownloadReport(0, docx, Box::new(m.plan.clone()), Lang::Nl)
        ]
    );
    // The printable page as well; the plan's own formats are no report.
    let fx = act(&mut m, Action::DownloadReport(0, Format::ReportHtml));
    assert!(fx.contains(&Effect::Emit(HostEvent::Download("report-html"))));
    assert_eq!(act(&mut m, Action::DownloadReport(0, Format::Docx)), vec![]);
    assert_eq!(m.downloaded, Some(Downloaded::Report(0)));
    assert_eq!(
        act(&mut m, Action::OpenInTab),
        vec![Effect::OpenInTab(
            Downloaded::Report(0),
            Box::new(m.plan.clone()),
            Lang::Nl
        )]
    );
    assert_eq!(
        act(&mut m, Action::DownloadReport(7, docx)),
        vec![],
        "no such moment"
    );
}

/// A page opened directly (a reload, a link) asks the documents module for its part at once,
/// not at the visitor's first click; a page without one asks nothing.
#[test]
fn a_page_opened_directly_asks_for_what_the_documents_module_draws() {
    for route in [Route::Plan, Route::Review, Route::Screen(Screen::Budget)] {
        let mut m = Model::new(plans::hospital_group(), Lang::Nl);
        m.route = route;
        let fx = on_start(&mut m);
        assert_eq!(
            fx,
            vec![Effect::Render(route, Box::new(m.plan.clone()), Lang::Nl)],
            "{route:?}"
        );
        assert!(matches!(m.document, Document::Waiting(..)));
        assert_eq!(on_start(&mut m), vec![], "asked once");
    }
    let mut m = Model::new(plans::hospital_group(), Lang::Nl);
    m.route = Route::Screen(Screen::OrgBasics);
    assert_eq!(on_start(&mut m), vec![]);
}

/// Phone walk (session 7): "1.200" was refused on the budget screen, whose own message writes
/// 10.000.000, while the indicators took it. A whole number takes the language's thousands
/// separator; a decimal or a stray separator is still no whole number.
#[test]
fn whole_numbers_take_the_languages_thousands_separator() {
    let cases = [
        (Lang::Nl, "1.200", Some(1200)),
        (Lang::Nl, "10.000.000", Some(10_000_000)),
        (Lang::Nl, "1200", Some(1200)),
        (Lang::Nl, " 350 ", Some(350)),
        (Lang::Nl, "1,5", None),
        (Lang::Nl, "1.20", None),
        (Lang::Nl, "1200.000", None),
        (Lang::Nl, ".200", None),
        (Lang::Nl, "10.000.001", None),
        (Lang::En, "1,200", Some(1200)),
        (Lang::En, "1.200", None),
    ];
    for (lang, text, expected) in cases {
        let mut m = Model::new(Plan::default(), lang);
        typed(&mut m, Q::Promotion, text);
        let problem = Q::Promotion.parse(text, lang).is_err();
        assert_eq!(
            m.plan.budget.promotion.map(|c| c.0),
            expected,
            "{lang:?} {text:?}"
        );
        assert_eq!(problem, expected.is_none(), "{lang:?} {text:?}");
    }
}

/// Phone walk (session 7): a 2,000-character share link in a one-line field could not be
/// copied on a phone. It has a copy button whose outcome is said, and a new link clears it.
#[test]
fn the_share_link_can_be_copied() {
    let mut m = Model::new(plans::hospital_group(), Lang::Nl);
    assert_eq!(act(&mut m, Action::CopyShareLink), vec![], "no link yet");
    act(
        &mut m,
        Action::ShareLinkMade(Some("https://example.nl/#plan=abc".into())),
    );
    assert_eq!(
        act(&mut m, Action::CopyShareLink),
        vec![Effect::Copy("https://example.nl/#plan=abc".into())]
    );
    act(&mut m, Action::Copied(true));
    assert_eq!((m.share_copied, m.own_copied), (Some(true), None));
    act(
        &mut m,
        Action::ShareLinkMade(Some("https://example.nl/#plan=def".into())),
    );
    assert_eq!(m.share_copied, None);
}

/// Phone walk (session 7): with every section done, the overview's button still said
/// "Beginnen" and led to the first question. It leads to the first section not done, or to
/// the plan.
#[test]
fn the_overview_resumes_where_work_is_left() {
    let fresh = Model::default();
    assert!(fresh.nothing_answered());
    assert_eq!(fresh.resume_at(), screen(Screen::OrgBasics));
    let mut done = Model::new(plans::hospital_group(), Lang::Nl);
    assert!(Section::ALL.iter().all(|s| done.status(*s) == Status::Done));
    assert_eq!(done.resume_at(), Route::Plan);
    act(&mut done, Action::Go(Route::Tasks));
    act(&mut done, Action::Next);
    assert_eq!(done.route, Route::Plan);
    // A section left open is where the button goes.
    let mut open = Model::new(plans::hospital_group(), Lang::Nl);
    open.plan.governance.trust = None;
    let gov = Section::ALL
        .iter()
        .find(|s| open.status(**s) != Status::Done)
        .copied()
        .unwrap();
    assert_eq!(open.resume_at(), Route::Screen(Screen::of_section(gov)[0]));
}

#[test]
fn a_target_below_the_current_stage_is_not_offered() {
    let mut plan = plans::hospital_group();
    let now = assess(&plan.maturity).expect("scored").stage;
    let offered = |plan: &Plan| -> Vec<&'static str> {
        (Q::Target.spec().options)(plan, Lang::Nl)
            .into_iter()
            .map(|(k, _)| k)
            .collect()
    };
    let keys = offered(&plan);
    assert!(keys.contains(&NEXT) && keys.contains(&now.key()));
    for s in Stage::ALL {
        assert_eq!(keys.contains(&s.key()), *s >= now, "{s:?} from {now:?}");
    }
    // A lower target an older file holds is still listed, so it shows and can be changed.
    let below = Stage::ALL
        .iter()
        .copied()
        .find(|s| *s < now)
        .expect("a lower stage");
    plan.maturity.target = Some(below);
    assert!(offered(&plan).contains(&below.key()));
}

/// A reason for another model, kept from before, is shown while it has text. Emptied, it stays
/// on the screen while the visitor is there (it would vanish under the caret, and the next
/// keystrokes with it); back on the screen later, with the advice followed, it is not asked.
#[test]
fn an_emptied_reason_stays_under_the_caret_until_the_screen_is_left() {
    let reason_asked = |m: &Model| {
        m.blocks()
            .iter()
            .flatten()
            .any(|p| matches!(p, Part::Ask(Q::ChoiceReason)))
    };
    let mut m = Model::default();
    m.plan = plans::hospital_group();
    m.plan.governance.chosen = Some(recommend(&m.plan).recommended());
    m.plan.governance.choice_reason = "Van voor het advies veranderde.".into();
    act(&mut m, Action::Go(screen(Screen::GovModel)));
    assert!(reason_asked(&m));
    typed(&mut m, Q::ChoiceReason, "");
    assert!(reason_asked(&m), "the emptied reason left the screen");
    typed(&mut m, Q::ChoiceReason, "Toch");
    typed(&mut m, Q::ChoiceReason, "");
    assert!(reason_asked(&m));
    act(&mut m, Action::Back);
    act(&mut m, Action::Go(screen(Screen::GovModel)));
    assert!(
        !reason_asked(&m),
        "an empty reason is asked only when the choice differs"
    );
}

/// A participant's phone that reloads the score page (locked, or the tab put to sleep) keeps
/// the choices made and the code shown; another workshop's page, or a record that does not
/// read, takes nothing up.
#[test]
fn a_participants_choices_survive_a_reload() {
    use koers::domain::group::WorkshopId;
    let id = WorkshopId::from_seed(7);
    let mut m = Model::new(Plan::default(), Lang::Nl);
    m.route = Route::Score(id);
    let fx = act(
        &mut m,
        Action::OwnScore(Dimension::ALL[2], Some(Stage::Measurable)),
    );
    let kept = |fx: &[Effect]| {
        fx.iter()
            .find_map(|e| match e {
                Effect::KeepOwn(r) => Some(r.clone()),
                _ => None,
            })
            .unwrap()
    };
    let start = |route: Route, own: &str| {
        Model::start(Start {
            route,
            own: Some(own.to_string()),
            ..Start::default()
        })
    };
    let again = start(Route::Score(id), &kept(&fx));
    assert_eq!(again.own, m.own);
    assert_eq!(again.own[2], Some(Stage::Measurable));
    for d in Dimension::ALL {
        act(&mut m, Action::OwnScore(*d, Some(Stage::Operational)));
    }
    let fx = act(&mut m, Action::OwnCode);
    let record = kept(&fx);
    let again = start(Route::Score(id), &record);
    assert_eq!((&again.own, &again.own_code), (&m.own, &m.own_code));
    assert!(again.own_code.is_some());
    // Another workshop's page, the facilitator's pages, and damaged records.
    let other = start(Route::Score(WorkshopId::from_seed(8)), &record);
    assert_eq!(other.own, [None; 7]);
    assert_eq!(start(Route::Tasks, &record).own, [None; 7]);
    let digits = record.split(':').nth(1).unwrap().to_string();
    for broken in [
        String::new(),
        format!("{}:", id.text()),
        format!("{}:{digits}3", id.text()),
        format!("{}:{}", id.text(), digits.replacen('3', "6", 1)),
        format!("{}:{}", id.text(), &digits[1..]),
    ] {
        assert_eq!(start(Route::Score(id), &broken).own, [None; 7], "{broken}");
    }
    // A code that is not these choices' is not shown again.
    let changed = record.replacen(&digits, &digits.replacen('3', "4", 1), 1);
    let m2 = start(Route::Score(id), &changed);
    assert_eq!(m2.own[0], Some(Stage::Measurable));
    assert_eq!(m2.own_code, None);
}
