//! The board plan's own sections as outline blocks: the webcare and crisis protocol, the
//! training plan and the content starter. Each is built from the summary's typed data in the
//! summary's language; a missing answer becomes an open point where it is missing.

use super::outline::Block;
use crate::domain::{Deadline, Tier};
use crate::i18n::protocol::{self as words, P};
use crate::i18n::{Label, D, T};
use crate::wizard::PlanSummary;

/// "Open punt: …" inside a table cell or a fact, where a block of its own would not fit.
fn open_cell(text: &str, lang: crate::i18n::Lang) -> String {
    format!("{}: {text}", D::OpenPoint.get(lang))
}

/// The webcare and crisis protocol, heading included.
#[must_use]
pub fn protocol(s: &PlanSummary) -> Vec<Block> {
    let l = s.lang;
    let p = &s.protocol;
    let get = |k: P| k.get(l).to_string();
    let mut b = vec![
        Block::Section {
            id: "protocol",
            title: get(P::DocProtocol),
        },
        Block::Para(get(P::ProtocolIntro)),
        Block::Subheading(get(P::Tiers)),
    ];
    let deadline = |d: Option<Deadline>, tier: Tier| match d {
        Some(d) if tier == Tier::Crisis => {
            format!("{} ({})", words::deadline(d, l), P::DayAndNight.get(l))
        }
        Some(d) => words::deadline(d, l),
        None => open_cell(P::NoResponseTime.get(l), l),
    };
    b.push(Block::Table {
        head: vec![
            get(P::TierHead),
            get(P::WhatHead),
            get(P::WhoHead),
            get(P::PassOnHead),
            get(P::ReplyHead),
        ],
        rows: p
            .tiers
            .iter()
            .map(|t| {
                let what: Vec<&str> = t.triggers.iter().map(|x| words::trigger(*x, l)).collect();
                let who = words::who(&t.who, p.small, l).unwrap_or_else(|| {
                    open_cell(
                        if t.tier == Tier::Team {
                            P::NoResponder.get(l)
                        } else {
                            P::NoCrisisContact.get(l)
                        },
                        l,
                    )
                });
                let pass_on = if t.tier == Tier::Team {
                    get(P::NotApplicable)
                } else {
                    deadline(t.pass_on, t.tier)
                };
                vec![
                    words::tier(t.tier, p.small, l).to_string(),
                    capitalise(&what.join("; ")),
                    who,
                    pass_on,
                    deadline(t.reply, t.tier),
                ]
            })
            .collect(),
    });

    b.push(Block::Subheading(get(P::OutOfHours)));
    let mut para = get(P::CareGoesOn);
    if let Some(r) = p.office_hours_promise {
        para = format!("{} {para}", words::promise(r, l));
    }
    b.push(Block::Para(para));
    match p.watch {
        crate::domain::Watch::CrisisRota => b.push(Block::Para(get(P::WatchRota))),
        crate::domain::Watch::Open if p.small => b.push(Block::Open(get(P::WatchOpenSmall))),
        crate::domain::Watch::Open => b.push(Block::Open(get(P::WatchOpen))),
    }
    // A GP practice is the GP: its patients phone the practice, and the out-of-hours service
    // when it is closed.
    b.push(Block::Para(get(
        if s.sector == Some(crate::domain::Sector::GpPractice) {
            P::AutoReplyGp
        } else {
            P::AutoReply
        },
    )));

    b.push(Block::Subheading(get(P::Holding)));
    b.push(Block::Para(get(P::HoldingText)));
    match p.holding_approver {
        Some(k) => b.push(Block::Facts(vec![(
            get(P::HoldingApprover),
            k.label(l).to_string(),
        )])),
        None => b.push(Block::Open(get(P::NoApprover))),
    }
    b.push(Block::Note(get(P::HoldingExample)));

    b.push(Block::Subheading(get(P::StandingRules)));
    b.push(Block::List(
        p.rules
            .iter()
            .map(|r| words::rule(*r, p.has_privacy_officer, l).to_string())
            .collect(),
    ));

    b.push(Block::Subheading(get(P::AfterAction)));
    b.push(Block::Para(words::after_action(
        p.review_weeks,
        p.in_crisis_plan,
        p.small,
        l,
    )));
    if !p.in_crisis_plan {
        b.push(Block::Open(get(P::NotInCrisisPlan)));
    }
    b
}

/// The body of the training section: the modules per role, who trains, when, and refreshers.
#[must_use]
pub fn training(s: &PlanSummary) -> Vec<Block> {
    let l = s.lang;
    let tp = &s.training_plan;
    let get = |k: P| k.get(l).to_string();
    if tp.modules.is_empty() {
        return vec![Block::Open(get(P::NoModules))];
    }
    let mut b = vec![Block::Table {
        head: vec![
            get(P::TrainingModuleHead),
            get(P::TrainingForHead),
            get(P::TrainingPeopleHead),
            get(P::TrainingTrainerHead),
            get(P::TrainingRefresherHead),
        ],
        rows: tp
            .modules
            .iter()
            .map(|m| {
                let who = if m.trainees.is_empty() {
                    open_cell(P::NoTrainees.get(l), l)
                } else {
                    m.trainees
                        .iter()
                        .map(|t| words::trainees(t.role, t.people, l))
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                let trainer = m.trainer.map_or_else(
                    || {
                        open_cell(
                            if m.module == crate::domain::TrainingModule::PolicyPrivacy {
                                P::NoPrivacyTrainer.get(l)
                            } else {
                                P::NoTrainer.get(l)
                            },
                            l,
                        )
                    },
                    |k| k.label(l).to_string(),
                );
                vec![
                    m.module.label(l).to_string(),
                    who,
                    crate::i18n::number(u64::from(m.people()), l),
                    trainer,
                    words::refresher(m.refresher, l).to_string(),
                ]
            })
            .collect(),
    }];
    match &tp.window {
        Some(w) => {
            let mut facts = vec![(
                get(P::TrainingPilot),
                words::pilot_window(w.start, w.end, w.go_live, l),
            )];
            if let Some((from, to)) = w.rollout {
                facts.push((get(P::TrainingRollout), words::span(from, to, l)));
            }
            b.push(Block::Facts(facts));
            if let Some(a) = w.approval.filter(|_| w.before_approval()) {
                b.push(Block::Para(words::before_approval(a, w.start == a, l)));
            }
        }
        None => b.push(Block::Open(get(P::TrainingNeedsStart))),
    }
    b.push(Block::Para(get(P::Newcomers)));
    b
}

/// The content starter, heading included.
#[must_use]
pub fn content(s: &PlanSummary) -> Vec<Block> {
    let l = s.lang;
    let c = &s.content;
    let get = |k: P| k.get(l).to_string();
    let mut b = vec![
        Block::Section {
            id: "content",
            title: get(P::DocContent),
        },
        Block::Subheading(get(P::PillarsHeading)),
    ];
    if c.pillars.is_empty() {
        b.push(Block::Open(get(P::NoGoals)));
    } else {
        b.push(Block::Table {
            head: vec![D::Goal.get(l).to_string(), get(P::PillarsHead)],
            rows: c
                .pillars
                .iter()
                .map(|(g, ps)| {
                    let names: Vec<&str> = ps.iter().map(|p| words::pillar(*p, l)).collect();
                    vec![g.label(l).to_string(), names.join("; ")]
                })
                .collect(),
        });
    }

    b.push(Block::Subheading(get(P::MonthHeading)));
    if c.months.is_empty() {
        b.push(Block::Open(get(if c.pillars.is_empty() {
            P::NoGoals
        } else {
            P::NoChannels
        })));
    } else {
        let week = |n: usize| format!("{} {n}", P::Week.get(l));
        b.push(Block::Table {
            head: vec![
                D::Channel.get(l).to_string(),
                T::Rhythm.get(l).to_string(),
                week(1),
                week(2),
                week(3),
                week(4),
                get(P::Posts),
            ],
            rows: c
                .months
                .iter()
                .map(|m| {
                    let mut row = vec![
                        m.channel.label(l).to_string(),
                        m.rhythm.label(l).to_string(),
                    ];
                    row.extend(m.weeks.iter().map(|w| {
                        if w.is_empty() {
                            get(P::NoPost)
                        } else {
                            w.iter()
                                .map(|p| words::pillar(*p, l))
                                .collect::<Vec<_>>()
                                .join("; ")
                        }
                    }));
                    row.push(m.posts().to_string());
                    row
                })
                .collect(),
        });
        let daily = c
            .months
            .iter()
            .any(|m| m.rhythm == crate::domain::Rhythm::Daily);
        b.push(Block::Para(if daily {
            format!("{} {}", get(P::DailyNote), get(P::MonthNote))
        } else {
            get(P::MonthNote)
        }));
    }
    let mut with_clients: Vec<&str> = Vec::new();
    for p in c.pillars.iter().flat_map(|(_, ps)| ps.iter()) {
        let name = words::pillar(*p, l);
        if p.shows_clients() && !with_clients.contains(&name) {
            with_clients.push(name);
        }
    }

    b.push(Block::Subheading(get(P::FlowHeading)));
    let mut facts = vec![(
        get(P::Stories),
        capitalise(
            &c.suppliers
                .iter()
                .map(|x| words::supplier(*x, c.centralised, l))
                .collect::<Vec<_>>()
                .join("; "),
        ),
    )];
    facts.push((
        get(P::Publishing),
        if c.publishers.is_empty() {
            open_cell(P::NoPublisher.get(l), l)
        } else {
            words::roles(&c.publishers, l)
        },
    ));
    facts.push((
        get(P::OrdinaryPosts),
        c.approval.map_or_else(
            || open_cell(P::NoApproval.get(l), l),
            |a| capitalise(words::ordinary_posts(a, l)),
        ),
    ));
    facts.push((get(P::ClientPosts), get(P::ClientPostsRule)));
    if let Some(k) = c.approver {
        facts.push((get(P::Approver), k.label(l).to_string()));
    }
    b.push(Block::Facts(facts));
    if c.approver.is_none() {
        b.push(Block::Open(get(P::NoPostApprover)));
    }
    if !with_clients.is_empty() {
        b.push(Block::Para(words::client_pillars(&with_clients, l)));
    }
    if !c.consent_answered {
        b.push(Block::Open(get(P::NoConsentAnswer)));
    } else if !c.consent_in_writing {
        b.push(Block::Note(get(P::NoConsentYet)));
    }
    b
}

/// The first letter in capitals, for a list that opens a sentence. The texts start with an
/// ASCII letter, and ASCII keeps Unicode's case tables out of the module.
fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map_or_else(String::new, |c| {
        std::iter::once(c.to_ascii_uppercase())
            .chain(chars)
            .collect::<String>()
    })
}
