//! The plan document as format-neutral blocks, built once from the summary: every format
//! (HTML, Markdown, Word) renders the same sections in the same order from this outline.

use crate::domain::{Raci, Stage};
use crate::i18n::{self, Label, C, D, T};
use crate::wizard::{plan_title, PlanSummary, TimelineView};

/// One block of the document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// A top-level section heading with its anchor.
    Section {
        id: &'static str,
        title: String,
    },
    Subheading(String),
    Para(String),
    /// A highlighted remark (a warning or the webcare rule).
    Note(String),
    /// Something the plan does not decide yet.
    Open(String),
    List(Vec<String>),
    Facts(Vec<(String, String)>),
    Table {
        head: Vec<String>,
        rows: Vec<Vec<String>>,
    },
    /// The five stages with the current and target marked.
    Stages {
        current: Stage,
        target: Stage,
    },
    /// The Gantt chart; formats without pictures skip it (a table with the dates follows).
    Chart(TimelineView),
    /// The maturity radar chart: the dimensions as axes and one outline per series. Formats
    /// without pictures skip it (the profile table with the same stages follows).
    Radar {
        axes: Vec<String>,
        series: Vec<super::radar::Series>,
    },
}

/// A document's blocks in its sector's words (`i18n::sector_words`): a hospital's speak of
/// patients. The plan and the progress report both end with it.
pub fn in_sector_words(blocks: &mut [Block], sector: Option<crate::domain::Sector>, l: i18n::Lang) {
    for block in blocks {
        block.each_text(|text| {
            if let Some(own) = i18n::sector_words(text, l, sector) {
                *text = own;
            }
        });
    }
}

impl Block {
    /// Every text the block shows, to rewrite in place.
    pub fn each_text(&mut self, mut f: impl FnMut(&mut String)) {
        match self {
            Block::Section { title: t, .. }
            | Block::Subheading(t)
            | Block::Para(t)
            | Block::Note(t)
            | Block::Open(t) => f(t),
            Block::List(items) => items.iter_mut().for_each(f),
            Block::Facts(pairs) => pairs.iter_mut().for_each(|(k, v)| {
                f(k);
                f(v);
            }),
            Block::Table { head, rows } => {
                head.iter_mut().for_each(&mut f);
                rows.iter_mut().flatten().for_each(f);
            }
            Block::Radar { axes, .. } => axes.iter_mut().for_each(f),
            Block::Stages { .. } | Block::Chart(_) => {}
        }
    }
}

/// How a stage is marked in the five-stage list: where the organisation is, or where the plan
/// aims. The current stage wins when they are the same.
#[must_use]
pub fn stage_mark(stage: Stage, current: Stage, target: Stage) -> Option<D> {
    if stage == current {
        Some(D::YouAreHere)
    } else if stage == target {
        Some(D::YourTarget)
    } else {
        None
    }
}

/// How the plan names the place to change an answer: a statement, where the screen's own
/// heading is the question it asks.
#[must_use]
pub fn screen_name(screen: crate::wizard::Screen) -> D {
    use crate::wizard::Screen as S;
    match screen {
        S::OrgBasics => D::ScrOrgBasics,
        S::OrgChannels => D::ScrOrgChannels,
        S::MaturityGrid => D::ScrMaturityGrid,
        S::MaturityResult => D::ScrMaturityResult,
        S::Goals => D::ScrGoals,
        S::Kpis => D::ScrKpis,
        S::Scope => D::ScrScope,
        S::GovInputs => D::ScrGovInputs,
        S::GovModel => D::ScrGovModel,
        S::GovRules => D::ScrGovRules,
        S::Team => D::ScrTeam,
        S::Raci => D::ScrRaci,
        S::Training => D::ScrTraining,
        S::Budget => D::ScrBudget,
        S::Dates => D::ScrDates,
        S::Timeline => D::ScrTimeline,
        S::Evaluate => D::ScrEvaluate,
    }
}

/// A milestone's title, with a mark when an evaluation moment lies in the evaluation phase.
fn milestone_title(m: &crate::wizard::MilestoneView, l: i18n::Lang) -> String {
    if m.in_evaluation_phase {
        format!("{} ({})", m.title, T::InEvaluationPhase.get(l))
    } else {
        m.title.clone()
    }
}

/// Each evaluation and go/no-go moment with what it goes through.
fn agendas(b: &mut Vec<Block>, tl: &TimelineView, l: i18n::Lang) {
    let mut moments = tl
        .milestones
        .iter()
        .filter(|m| !m.agenda.is_empty())
        .peekable();
    if moments.peek().is_none() {
        return;
    }
    b.push(Block::Subheading(C::AgendaHeading.get(l).to_string()));
    b.push(Block::Para(C::AgendaIntro.get(l).to_string()));
    // The points every moment shares are listed once; a moment's own points (the go/no-go
    // decision) stand in its row. The calendar event of each moment carries its whole agenda.
    let moments: Vec<_> = moments.collect();
    let common: Vec<String> = moments
        .first()
        .map(|m| {
            m.agenda
                .iter()
                .filter(|item| moments.iter().all(|o| o.agenda.contains(item)))
                .cloned()
                .collect()
        })
        .unwrap_or_default();
    b.push(Block::List(common.clone()));
    b.push(Block::Table {
        head: vec![
            D::Date.get(l).to_string(),
            T::MilestoneTitle.get(l).to_string(),
            C::AgendaExtra.get(l).to_string(),
        ],
        rows: moments
            .iter()
            .map(|m| {
                let own: Vec<&str> = m
                    .agenda
                    .iter()
                    .filter(|i| !common.contains(i))
                    .map(String::as_str)
                    .collect();
                vec![
                    i18n::date(m.date, l),
                    milestone_title(m, l),
                    if own.is_empty() {
                        C::AgendaCommonOnly.get(l).to_string()
                    } else {
                        own.join(" ")
                    },
                ]
            })
            .collect(),
    });
}

/// The whole document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outline {
    pub title: String,
    /// "Gemaakt met Koers op 24 november 2026".
    pub made: String,
    /// Sections that are not complete, in words, if any.
    pub open: Option<String>,
    pub blocks: Vec<Block>,
}

impl Outline {
    /// The sections (anchor, title), for a table of contents.
    #[must_use]
    pub fn sections(&self) -> Vec<(&'static str, &str)> {
        self.blocks
            .iter()
            .filter_map(|b| match b {
                Block::Section { id, title } => Some((*id, title.as_str())),
                _ => None,
            })
            .collect()
    }
}

/// A table row; an empty cell says it is still open, so a board never reads a blank as "none".
fn row<const N: usize>(open: &str, cells: [&str; N]) -> Vec<String> {
    cells
        .iter()
        .map(|c| {
            if c.trim().is_empty() {
                open.to_string()
            } else {
                (*c).to_string()
            }
        })
        .collect()
}

/// Builds the outline. `today` is the date the document says it was made.
#[must_use]
/// The decision's facts: the plan in a sentence, its cost, the team's time, the go/no-go, and
/// how many points to resolve first (`first`), when there are any.
fn decision(s: &PlanSummary, first: usize) -> Vec<(String, String)> {
    let l = s.lang;
    let d = |k: D| k.get(l).to_string();
    let phase = |kind: crate::domain::PhaseKind| {
        s.timeline
            .as_ref()
            .and_then(|tl| tl.phases.iter().find(|p| p.kind == kind))
    };
    let pilot = phase(crate::domain::PhaseKind::Pilot)
        .map(|p| (i18n::date(p.start, l), i18n::date(p.end, l)));
    let rollout_end = phase(crate::domain::PhaseKind::Rollout).map(|p| i18n::date(p.end, l));
    let go_no_go = s.timeline.as_ref().and_then(|tl| {
        tl.milestones
            .iter()
            .find(|m| m.key == crate::domain::MilestoneKind::GoNoGo.key())
            .map(|m| i18n::date(m.date, l))
    });
    let b = &s.budget;
    let mut facts = vec![
        (
            d(D::DecisionPlan),
            i18n::decision_plan(
                // A model the plan only advises is not yet one the board can approve as chosen.
                &if s.governance.chosen_by_user {
                    s.governance.chosen.label(l).to_string()
                } else {
                    format!(
                        "{} ({})",
                        s.governance.chosen.label(l),
                        d(D::DecisionModelAdvised)
                    )
                },
                pilot.as_ref().map(|(a, z)| (a.as_str(), z.as_str())),
                &sentence_case_group(&s.pilot_group),
                rollout_end.as_deref(),
                l,
            ),
        ),
        (
            d(D::DecisionCost),
            i18n::decision_cost(
                &b.year_one,
                &b.time.0,
                b.existing.as_ref().map(|(a, b)| (a.as_str(), b.as_str())),
                &b.spend.0,
                &b.later,
                l,
            ),
        ),
        (
            d(D::DecisionTime),
            i18n::decision_time(&s.total_hours, s.total_hours_tenths, l),
        ),
        (
            d(D::DecisionGoNoGo),
            i18n::decision_go_no_go(go_no_go.as_deref(), l),
        ),
    ];
    if first > 0 {
        facts.push((d(D::DecisionFirst), i18n::decision_first(first, l)));
    }
    facts
}

/// A pilot group as the user wrote it, to stand inside a sentence: "De afdeling Cardiologie"
/// reads "de afdeling Cardiologie" there, while a name ("Cardiologie") keeps its capital.
fn sentence_case_group(group: &str) -> String {
    let group = group.trim().trim_end_matches('.');
    let first_word = group.split(' ').next().unwrap_or_default();
    let article = ["De", "Het", "Een", "The", "A", "An"].contains(&first_word);
    match group.chars().next() {
        Some(c) if article => format!(
            "{}{}",
            c.to_lowercase(),
            group.get(c.len_utf8()..).unwrap_or_default()
        ),
        _ => group.to_string(),
    }
}

pub fn outline(s: &PlanSummary, today: crate::domain::Date) -> Outline {
    let l = s.lang;
    let t = |k: T| k.get(l).to_string();
    let d = |k: D| k.get(l).to_string();
    // An empty cell is an open point where it stands, so a board never reads a blank as "none".
    let open = &format!("{}: {}", D::OpenPoint.get(l), D::NotFilledIn.get(l));
    let mut b = Vec::new();
    let section = |b: &mut Vec<Block>, id: &'static str, title: &str| {
        b.push(Block::Section {
            id,
            title: title.to_string(),
        });
    };

    // What the law requires and the answers contradict: counted in the decision, listed under
    // "Resolve first".
    let blocking: Vec<String> = s
        .risks
        .iter()
        .filter(|r| r.breaks_law)
        .map(|r| format!("{}: {}", r.title, r.mitigation))
        .collect();

    // The decision a board is asked, on the first page: what it approves, what it costs, the
    // team's time, when it decides on the rollout, and what must be resolved first.
    section(&mut b, "besluit", D::DecisionHeading.get(l));
    // Preparation starts before the plan is approved: the board is asked for both, each on
    // its own date, not to approve today a plan that its own timeline approves months later.
    let approval = s.timeline.as_ref().and_then(|tl| {
        tl.date_of(&crate::domain::MilestoneKind::PlanApproved)
            .filter(|d| *d > tl.start)
            .map(|d| (tl.start, d))
    });
    b.push(Block::Para(match approval {
        Some((start, approved)) => {
            i18n::decision_two_steps(&i18n::date(start, l), &i18n::date(approved, l), l)
        }
        None => d(D::DecisionIntro),
    }));
    b.push(Block::Facts(decision(s, blocking.len() + s.findings.len())));

    section(&mut b, "samenvatting", D::DocSummary.get(l));
    let mut facts = vec![(
        t(T::Organisation),
        if s.org_name.is_empty() {
            t(T::NotAnswered)
        } else {
            s.org_name.clone()
        },
    )];
    facts.extend(s.facts.iter().cloned());
    b.push(Block::Facts(facts));

    // What the board must know first: a legal requirement the answers contradict, and what
    // does not hold together. Never "nothing to report" while a check fails.
    if !blocking.is_empty() || !s.findings.is_empty() {
        section(&mut b, "eerst-oplossen", D::DocResolveFirst.get(l));
        if !blocking.is_empty() {
            b.push(Block::Note(d(D::DocBreaksLaw)));
            b.push(Block::List(blocking));
        }
        if !s.findings.is_empty() {
            b.push(Block::Table {
                head: vec![d(D::DocWeight), d(D::DocFinding), d(D::DocFixWhere)],
                rows: s
                    .findings
                    .iter()
                    .map(|f| {
                        vec![
                            i18n::severity(f.severity, l).to_string(),
                            f.text.clone(),
                            d(screen_name(f.fix)),
                        ]
                    })
                    .collect(),
            });
        }
    }

    section(&mut b, "volwassenheid", D::DocMaturity.get(l));
    match &s.maturity {
        Some(m) => {
            b.push(Block::Stages {
                current: m.current,
                target: m.target,
            });
            b.push(Block::Facts(vec![
                (
                    t(T::CurrentStage),
                    format!("{} ({}/5)", m.current.label(l), m.current.number()),
                ),
                (
                    d(D::TargetStage),
                    if m.target_proposed {
                        format!(
                            "{} ({}/5; {})",
                            m.target.label(l),
                            m.target.number(),
                            d(D::TargetProposed)
                        )
                    } else {
                        format!("{} ({}/5)", m.target.label(l), m.target.number())
                    },
                ),
            ]));
            b.push(Block::List(m.reasons.clone()));
            let (axes, series) = super::radar::profile(&m.profile, m.target, l);
            if axes.len() >= super::radar::MIN_AXES {
                b.push(Block::Radar { axes, series });
            }
            b.push(Block::Table {
                head: vec![d(D::DocDimension), d(D::DocNow), d(D::DocTargetNeeds)],
                rows: m
                    .profile
                    .iter()
                    .map(|p| {
                        vec![
                            p.dimension.label(l).to_string(),
                            format!("{}. {}", p.at.number(), p.at.label(l)),
                            p.needs.map_or_else(
                                || d(D::DocNeedsMet),
                                |n| format!("{}. {}", n.number(), n.label(l)),
                            ),
                        ]
                    })
                    .collect(),
            });
            if m.skips_stages {
                b.push(Block::Note(d(D::SkipWarning)));
            }
            b.push(Block::Subheading(d(D::GrowthActions)));
            b.push(Block::List(m.actions.clone()));
            if !m.keep.is_empty() {
                b.push(Block::Subheading(d(D::KeepDoing)));
                b.push(Block::List(m.keep.clone()));
            }
            b.push(Block::Subheading(d(D::FallbackRisks)));
            b.push(Block::List(m.risks.clone()));
        }
        None => b.push(Block::Open(t(T::MaturityIncomplete))),
    }

    section(&mut b, "doelen", D::DocGoals.get(l));
    if s.goals.is_empty() {
        b.push(Block::Open(t(T::GoalsHeading)));
    } else {
        b.push(Block::Table {
            head: vec![d(D::Goal), d(D::FactBusinessGoal)],
            rows: s.goals.iter().map(|(g, d)| row(open, [g, d])).collect(),
        });
    }
    if !s.kpis.is_empty() {
        b.push(Block::Table {
            head: vec![
                t(T::KpiName),
                d(D::Goal),
                t(T::KpiLevel),
                t(T::KpiBaseline),
                t(T::KpiTarget),
            ],
            rows: s
                .kpis
                .iter()
                .map(|k| {
                    let target = if k.target.is_empty() {
                        String::new()
                    } else {
                        format!("{} ({})", k.target, k.direction)
                    };
                    let baseline = if k.baseline.is_empty() {
                        d(D::BaselineAfterListening)
                    } else {
                        k.baseline.clone()
                    };
                    row(open, [&k.name, &k.goal, &k.level, &baseline, &target])
                })
                .collect(),
        });
        if let Some(by) = s.timeline.as_ref().and_then(|tl| tl.targets_by) {
            b.push(Block::Para(i18n::targets_by(&i18n::date(by, l), l)));
        }
        let notes: Vec<String> = s
            .kpis
            .iter()
            .filter(|k| !k.note.is_empty())
            .map(|k| format!("{}: {}", k.name, k.note))
            .collect();
        if !notes.is_empty() {
            b.push(Block::Note(d(D::KpiNotesIntro)));
            b.push(Block::List(notes));
        }
    }
    for goal in &s.goals_without_kpi {
        b.push(Block::Open(format!("{} {goal}.", d(D::NoKpiForGoal))));
    }

    section(&mut b, "doelgroepen", D::DocAudiences.get(l));
    if s.audiences.is_empty() {
        b.push(Block::Open(t(T::AudiencesLegend)));
    } else {
        let mut rows = Vec::new();
        for a in &s.audiences {
            if a.channels.is_empty() {
                rows.push(vec![
                    a.audience.clone(),
                    open.to_string(),
                    String::new(),
                    String::new(),
                ]);
            }
            for c in &a.channels {
                rows.push(row(open, [&a.audience, &c.channel, &c.role, &c.rhythm]));
            }
        }
        b.push(Block::Table {
            head: vec![
                d(D::Audience),
                d(D::Channel),
                t(T::ChannelRole),
                t(T::Rhythm),
            ],
            rows,
        });
    }

    b.extend(super::sections::content(s));

    let g = &s.governance;
    section(&mut b, "model", D::DocGovernance.get(l));
    let mut gov = vec![
        (
            d(D::ChosenModel),
            if g.chosen_by_user {
                g.chosen.label(l).to_string()
            } else {
                format!("{} ({})", g.chosen.label(l), d(D::AdviceNotConfirmed))
            },
        ),
        (t(T::RecommendedModel), g.recommended.label(l).to_string()),
    ];
    if g.deviates {
        gov.push((d(D::Reason), g.reason.clone()));
    }
    b.push(Block::Facts(gov));
    for c in &g.caveats {
        b.push(Block::Note(c.clone()));
    }
    b.push(Block::Para(i18n::model_summary(g.chosen, l).to_string()));
    b.push(Block::Facts(vec![
        (d(D::Pros), i18n::model_pros(g.chosen, l).to_string()),
        (d(D::Cons), i18n::model_cons(g.chosen, l).to_string()),
        (d(D::Tip), i18n::model_tip(g.chosen, l).to_string()),
    ]));
    if !g.contrast.is_empty() {
        b.push(Block::Para(g.contrast.clone()));
    }
    b.push(Block::Table {
        head: vec![t(T::ModelsCompared), d(D::Score), d(D::WhyScore)],
        rows: g
            .ranked
            .iter()
            .map(|m| {
                let why: Vec<String> = m
                    .reasons
                    .iter()
                    .map(|(r, d)| format!("{r} ({d:+})"))
                    .collect();
                vec![
                    m.model.label(l).to_string(),
                    m.score.to_string(),
                    why.join("; "),
                ]
            })
            .collect(),
    });

    section(&mut b, "spelregels", D::DocRules.get(l));
    b.push(Block::Note(t(T::ConsentRequirement)));
    b.push(Block::Facts(g.rules.clone()));
    // Rules for staff need the works council's consent before they bind anyone.
    // With a timeline the note gives the date: the council's consent takes weeks, and the
    // pilot's training needs the adopted rules.
    let training = s
        .timeline
        .as_ref()
        .and_then(|tl| tl.date_of(&crate::domain::MilestoneKind::TrainingStart));
    match (s.works_council, training) {
        (Some(true), Some(training)) => b.push(Block::Note(format!(
            "{} {}",
            d(D::WorksCouncil),
            i18n::works_council_by(
                &i18n::date(training.add_days(-42), l),
                &i18n::date(training, l),
                l
            )
        ))),
        (Some(true), None) => b.push(Block::Note(d(D::WorksCouncil))),
        (None, _) => b.push(Block::Note(d(D::WorksCouncilIfAny))),
        (Some(false), _) => {}
    }
    b.push(Block::Note(t(T::WebcareNote)));
    b.push(Block::Note(
        if s.sector == Some(crate::domain::Sector::YouthCare) {
            format!("{} {}", d(D::PrivateAccounts), d(D::PrivateAccountsYouth))
        } else {
            d(D::PrivateAccounts)
        },
    ));
    b.extend(super::sections::protocol(s));

    section(&mut b, "team", D::DocTeam.get(l));
    if s.team.is_empty() {
        b.push(Block::Open(d(D::NoRoles)));
    } else {
        b.push(Block::Table {
            head: vec![
                d(D::Role),
                t(T::People),
                d(D::DocDiscipline),
                t(T::Headcount),
                t(T::HoursPerWeek),
            ],
            rows: s
                .team
                .iter()
                .map(|r| {
                    row(
                        open,
                        [
                            &r.role,
                            &r.people,
                            &r.discipline,
                            &r.headcount.to_string(),
                            &r.hours,
                        ],
                    )
                })
                .collect(),
        });
        b.push(Block::Facts(vec![(
            t(T::TotalHours),
            s.total_hours.clone(),
        )]));
        b.push(Block::Subheading("RACI".into()));
        // Roles as rows, tasks as columns: the six tasks are fixed and short, the roles are
        // many (up to nine) and long, so a board's matrix grows downwards, not off the page.
        let mut head = vec![d(D::Role)];
        head.extend(s.raci_rows.iter().map(|(a, _)| a.clone()));
        b.push(Block::Table {
            head,
            rows: s
                .raci_roles
                .iter()
                .enumerate()
                .map(|(i, role)| {
                    std::iter::once(role.clone())
                        .chain(
                            s.raci_rows
                                .iter()
                                .map(|(_, cells)| cells.get(i).cloned().unwrap_or_default()),
                        )
                        .collect()
                })
                .collect(),
        });
        let legend: Vec<&str> = Raci::ALL.iter().map(|r| r.label(l)).collect();
        b.push(Block::Para(legend.join(", ")));
    }

    section(&mut b, "training", D::DocTraining.get(l));
    b.extend(super::sections::training(s));
    if let Some(reach) = s.potential_reach {
        b.push(Block::Facts(vec![(
            t(T::PotentialReach),
            i18n::number(reach, l),
        )]));
        b.push(Block::Para(t(T::PotentialReachNote)));
    }

    section(&mut b, "begroting", D::DocBudget.get(l));
    b.push(Block::Note(d(D::BudgetEstimateOnly)));
    let mut rows: Vec<Vec<String>> = s
        .budget
        .rows
        .iter()
        .map(|r| {
            let item = if r.detail.is_empty() {
                r.item.clone()
            } else {
                format!("{}: {}", r.item, r.detail)
            };
            vec![item, r.year_one.clone(), r.later.clone()]
        })
        .collect();
    rows.push(vec![
        d(D::BudgetTotal),
        s.budget.year_one.clone(),
        s.budget.later.clone(),
    ]);
    for (label, one, later) in &s.budget.parts {
        rows.push(vec![label.clone(), one.clone(), later.clone()]);
    }
    b.push(Block::Table {
        head: vec![d(D::BudgetItem), d(D::YearOne), d(D::LaterYears)],
        rows,
    });
    if !s.budget.without_hours.is_empty() {
        b.push(Block::Open(s.budget.without_hours.clone()));
    }
    b.push(Block::Para(s.budget.assumptions.clone()));

    section(&mut b, "tijdlijn", D::DocTimeline.get(l));
    match &s.timeline {
        Some(tl) => {
            // A plan opened again months later, or a start date left from a first try: the
            // board should not approve milestones that have already passed.
            if tl.start < today {
                b.push(Block::Note(match l {
                    i18n::Lang::Nl => format!(
                        "Dit plan begint op {}, vóór de datum van dit document: een deel van de mijlpalen ligt al achter u. Verschuif de startdatum voordat het bestuur besluit.",
                        i18n::date(tl.start, l)
                    ),
                    i18n::Lang::En => format!(
                        "This plan starts on {}, before the date of this document: some milestones have already passed. Move the start date before the board decides.",
                        i18n::date(tl.start, l)
                    ),
                }));
            }
            b.push(Block::Chart(tl.clone()));
            b.push(Block::Table {
                head: vec![t(T::Phase), t(T::Start), t(T::End), t(T::Weeks)],
                rows: tl
                    .phases
                    .iter()
                    .map(|p| {
                        vec![
                            p.kind.label(l).to_string(),
                            i18n::date(p.start, l),
                            i18n::date(p.end, l),
                            p.weeks.to_string(),
                        ]
                    })
                    .collect(),
            });
            // Who pilots decides what the go/no-go can judge: a board asks it first.
            if s.pilot_group.is_empty() {
                b.push(Block::Open(d(D::PilotGroupOpen)));
            } else {
                b.push(Block::Para(format!(
                    "{} {}.",
                    d(D::PilotRunBy),
                    sentence_case_group(&s.pilot_group)
                )));
            }
            b.push(Block::Subheading(t(T::Milestones)));
            b.push(Block::Table {
                head: vec![d(D::Date), t(T::MilestoneTitle)],
                rows: tl
                    .milestones
                    .iter()
                    .map(|m| vec![i18n::date(m.date, l), milestone_title(m, l)])
                    .collect(),
            });
            agendas(&mut b, tl, l);
        }
        None => b.push(Block::Open(t(T::TimelineNeedsStart))),
    }

    section(&mut b, "meetplan", D::DocMeasurement.get(l));
    if s.kpis.is_empty() {
        b.push(Block::Open(d(D::MeasurementNoKpis)));
    } else {
        if s.has_sponsor {
            b.push(Block::Para(d(D::MeasurementText)));
        } else {
            b.push(Block::Para(d(D::MeasurementTextNoSponsor)));
        }
        let to = if s.has_sponsor {
            d(D::ReportsToSponsor)
        } else {
            format!("{}: {}", d(D::OpenPoint), d(D::NoSponsorToReport))
        };
        b.push(Block::Table {
            head: vec![
                t(T::KpiName),
                t(T::KpiSource),
                t(T::KpiFrequency),
                d(D::ReportedBy),
                d(D::ReportedTo),
            ],
            rows: s
                .kpis
                .iter()
                .map(|k| {
                    let source = if k.source.is_empty() {
                        format!("{}: {}", d(D::OpenPoint), d(D::NoSource))
                    } else {
                        k.source.clone()
                    };
                    let owner = if k.owner.is_empty() {
                        format!("{}: {}", d(D::OpenPoint), d(D::NoOwnerYet))
                    } else {
                        k.owner.clone()
                    };
                    row(open, [&k.name, &source, &k.frequency, &owner, &to])
                })
                .collect(),
        });
    }

    section(&mut b, "risicos", D::DocRisks.get(l));
    if s.risks.is_empty() && s.warnings.is_empty() && s.findings.is_empty() {
        b.push(Block::Para(d(D::NoWarnings)));
    }
    if s.risks.is_empty() {
        b.push(Block::Open(d(D::RisksNeedSector)));
    } else {
        b.push(Block::Table {
            head: vec![
                d(D::DocRisk),
                d(D::DocLikelihood),
                d(D::DocImpact),
                d(D::DocWhy),
                d(D::DocMeasures),
                d(D::DocOwner),
            ],
            rows: s
                .risks
                .iter()
                .map(|r| {
                    vec![
                        r.title.clone(),
                        r.likelihood.clone(),
                        r.impact.clone(),
                        r.why.clone(),
                        r.mitigation.clone(),
                        r.owner.clone().unwrap_or_else(|| {
                            format!("{}: {}", d(D::OpenPoint), d(D::NoOwnerYet))
                        }),
                    ]
                })
                .collect(),
        });
    }
    if !s.warnings.is_empty() {
        b.push(Block::Subheading(t(T::Warnings)));
        b.push(Block::List(s.warnings.clone()));
    }

    section(&mut b, "bronnen", D::DocSources.get(l));
    b.push(Block::Para(d(D::SourcesIntro)));
    b.push(Block::List(
        crate::i18n::sources(s.sector)
            .iter()
            .map(|src| src.get(l).to_string())
            .collect(),
    ));

    let open = (!s.open_sections.is_empty()).then(|| {
        let names: Vec<&str> = s.open_sections.iter().map(|x| x.label(l)).collect();
        names.join(", ")
    });
    in_sector_words(&mut b, s.sector, l);
    Outline {
        title: plan_title(s),
        made: format!("{} {}", d(D::DocMade), i18n::date(today, l)),
        open,
        blocks: b,
    }
}
