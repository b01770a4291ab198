//! The content starter, derived from the answers: two or three content pillars per chosen goal,
//! a sample first month per channel from its rhythm (posts per week over four weeks, the
//! pillars in turn), who supplies stories, and who approves which kind of post. Pure data;
//! the words are in `i18n::protocol`.

use super::plan::{
    Activity, Approval, Audience, Channel, ChannelRole, OrgModel, Plan, Rhythm, RoleKind,
    SocialGoal,
};
use super::protocol::accountable;

/// A recurring theme of posts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Pillar {
    OurServices,
    BehindTheScenes,
    NewsAndEvents,
    QuestionsAnswered,
    ClientStories,
    EverydayTips,
    CarerTips,
    WhatToExpect,
    SupportNearby,
    HealthTips,
    Campaigns,
    MythsAndFacts,
    DayAtWork,
    ColleaguesTell,
    VacanciesOpenDays,
    ProudMoments,
    TeamsInTheSpotlight,
    QualityAndResults,
    ProjectsYouMakePossible,
    DonorsAndVolunteers,
    Appeals,
}

impl Pillar {
    /// Whether posts in this pillar usually show or quote clients, so that they need written
    /// consent and are sensitive whatever the approval rule.
    #[must_use]
    pub fn shows_clients(self) -> bool {
        matches!(self, Pillar::ClientStories | Pillar::DayAtWork)
    }
}

/// The pillars that serve a goal.
#[must_use]
pub fn pillars(goal: SocialGoal) -> &'static [Pillar] {
    use Pillar::*;
    match goal {
        SocialGoal::Visibility => &[OurServices, BehindTheScenes, NewsAndEvents],
        SocialGoal::ClientDialogue => &[QuestionsAnswered, ClientStories, EverydayTips],
        SocialGoal::InformalCarers => &[CarerTips, WhatToExpect, SupportNearby],
        SocialGoal::Prevention => &[HealthTips, Campaigns, MythsAndFacts],
        SocialGoal::Recruitment => &[DayAtWork, ColleaguesTell, VacanciesOpenDays],
        SocialGoal::EmployeeAdvocacy => &[ProudMoments, ColleaguesTell, TeamsInTheSpotlight],
        SocialGoal::Reputation => &[QualityAndResults, ClientStories, BehindTheScenes],
        SocialGoal::Fundraising => &[ProjectsYouMakePossible, DonorsAndVolunteers, Appeals],
    }
}

/// Whether posts for a goal reach an audience: a channel carries the themes of the goals its
/// audiences are for (a phone walk found carers' tips planned on a LinkedIn kept for
/// candidates and staff).
#[must_use]
pub fn serves(goal: SocialGoal, audience: Audience) -> bool {
    use SocialGoal as G;
    match audience {
        Audience::Candidates => matches!(goal, G::Recruitment | G::EmployeeAdvocacy),
        Audience::Employees => matches!(goal, G::EmployeeAdvocacy | G::Recruitment),
        Audience::Clients => matches!(
            goal,
            G::ClientDialogue | G::Visibility | G::Prevention | G::Reputation
        ),
        Audience::InformalCarers => {
            matches!(goal, G::InformalCarers | G::ClientDialogue | G::Prevention)
        }
        Audience::Volunteers => matches!(goal, G::Fundraising | G::EmployeeAdvocacy),
        Audience::Community => matches!(
            goal,
            G::Visibility | G::Reputation | G::Prevention | G::Fundraising
        ),
        Audience::Professionals => matches!(goal, G::Visibility | G::Reputation),
    }
}

/// One channel's sample first month.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChannelMonth {
    pub channel: Channel,
    /// The most frequent rhythm the plan gives the channel for any audience.
    pub rhythm: Rhythm,
    /// The pillar of each post, per week (four weeks).
    pub weeks: [Vec<Pillar>; 4],
}

impl ChannelMonth {
    /// Posts in the month.
    #[must_use]
    pub fn posts(&self) -> usize {
        self.weeks.iter().map(Vec::len).sum()
    }
}

/// Who supplies stories from the teams.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Supplier {
    Role(RoleKind),
    /// The plan's ambassadors, with their number.
    Ambassadors(u32),
    /// The teams and locations themselves, under a model that lets units take part.
    Units,
}

/// The content starter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentStarter {
    /// The pillars per chosen goal, in the plan's order of goals. A pillar two goals share is
    /// listed under both but posted once in turn.
    pub pillars: Vec<(SocialGoal, &'static [Pillar])>,
    pub months: Vec<ChannelMonth>,
    pub suppliers: Vec<Supplier>,
    /// One department publishes for everyone: the teams send their stories to it.
    pub centralised: bool,
    /// Who publishes: the doers of Publish.
    pub publishers: Vec<RoleKind>,
    pub approval: Option<Approval>,
    /// The accountable role for Approve, or none yet.
    pub approver: Option<RoleKind>,
    /// Whether consent is recorded in writing, as the law asks, so posts with clients may go.
    pub consent_in_writing: bool,
    /// Whether the plan says how consent is recorded at all.
    pub consent_answered: bool,
}

/// Posts in each of the four weeks for a rhythm. Daily means working days: the team that
/// posts is in on working days.
#[must_use]
pub fn posts_per_week(rhythm: Rhythm) -> [usize; 4] {
    match rhythm {
        Rhythm::Daily => [5, 5, 5, 5],
        Rhythm::Weekly => [1, 1, 1, 1],
        Rhythm::Fortnightly => [1, 0, 1, 0],
        Rhythm::Monthly => [1, 0, 0, 0],
    }
}

/// How often a rhythm posts, for picking the most frequent.
fn frequency(r: Rhythm) -> u8 {
    match r {
        Rhythm::Daily => 4,
        Rhythm::Weekly => 3,
        Rhythm::Fortnightly => 2,
        Rhythm::Monthly => 1,
    }
}

/// The pillars of these goals, each once, in the goals' order: a pillar two goals share is
/// posted once in turn.
fn pillars_of<'a>(goals: impl Iterator<Item = &'a SocialGoal>) -> Vec<Pillar> {
    let mut out: Vec<Pillar> = Vec::new();
    for p in goals.flat_map(|g| pillars(*g)) {
        if !out.contains(p) {
            out.push(*p);
        }
    }
    out
}

/// The content starter for this plan.
#[must_use]
pub fn content_starter(plan: &Plan) -> ContentStarter {
    let goals: Vec<SocialGoal> = plan.goals.goals.keys().copied().collect();
    let all = pillars_of(goals.iter());
    // A recruitment channel carries the recruitment and advocacy pillars when the plan has them.
    let recruiting = pillars_of(
        goals
            .iter()
            .filter(|g| matches!(g, SocialGoal::Recruitment | SocialGoal::EmployeeAdvocacy)),
    );

    let others: Vec<Pillar> = all
        .iter()
        .copied()
        .filter(|p| !recruiting.contains(p))
        .collect();

    // Each channel once, at its most frequent rhythm, noting whether it only recruits and
    // which audiences it is for.
    let mut channels: Vec<(Channel, Rhythm, bool, Vec<Audience>)> = Vec::new();
    for (audience, plans) in plan.scope.audiences.iter() {
        for c in plans {
            let recruit = c.role == ChannelRole::Recruit;
            match channels.iter_mut().find(|(ch, ..)| *ch == c.channel) {
                Some(entry) => {
                    if frequency(c.rhythm) > frequency(entry.1) {
                        entry.1 = c.rhythm;
                    }
                    entry.2 &= recruit;
                    entry.3.push(*audience);
                }
                None => channels.push((c.channel, c.rhythm, recruit, vec![*audience])),
            }
        }
    }

    let months = if all.is_empty() {
        Vec::new()
    } else {
        channels
            .iter()
            .enumerate()
            .map(|(i, (channel, rhythm, recruit, audiences))| {
                // The themes of the goals the channel's audiences are for; without any, a
                // recruiting channel carries the recruitment pillars and any other channel the
                // rest, as long as the plan has other goals.
                let fitting = pillars_of(
                    goals
                        .iter()
                        .filter(|g| audiences.iter().any(|a| serves(**g, *a))),
                );
                let pool = if !fitting.is_empty() {
                    &fitting
                } else if *recruit && !recruiting.is_empty() {
                    &recruiting
                } else if !others.is_empty() {
                    &others
                } else {
                    &all
                };
                // Each channel starts its turn one pillar further, so two channels with the
                // same rhythm do not post the same theme the same week.
                let mut next = i;
                let weeks = posts_per_week(*rhythm).map(|n| {
                    (0..n)
                        .filter_map(|_| {
                            let p = pool.get(next % pool.len().max(1)).copied();
                            next += 1;
                            p
                        })
                        .collect()
                });
                ChannelMonth {
                    channel: *channel,
                    rhythm: *rhythm,
                    weeks,
                }
            })
            .collect()
    };

    let s = &plan.staffing;
    let has = |k: RoleKind| s.roles.iter().any(|r| r.kind == k);
    let mut suppliers = Vec::new();
    if has(RoleKind::HubTeam) {
        suppliers.push(Supplier::Role(RoleKind::HubTeam));
    }
    let ambassador_roles = s
        .roles
        .iter()
        .filter(|r| r.kind == RoleKind::Ambassador)
        .fold(0u32, |n, r| n.saturating_add(r.headcount.0));
    let ambassadors = s.ambassadors.0.max(ambassador_roles);
    if ambassadors > 0 {
        suppliers.push(Supplier::Ambassadors(ambassadors));
    }
    // Under every model the teams are where the stories are; only who publishes them differs.
    suppliers.push(Supplier::Units);

    let mut publishers: Vec<RoleKind> = s
        .tasks
        .get(&Activity::Publish)
        .map(|t| {
            t.doers()
                .iter()
                .filter_map(|id| s.role(*id).map(|r| r.kind))
                .collect()
        })
        .unwrap_or_default();
    publishers.dedup();

    ContentStarter {
        pillars: goals.iter().map(|g| (*g, pillars(*g))).collect(),
        months,
        suppliers,
        centralised: plan.governance.chosen == Some(OrgModel::Centralised),
        publishers,
        approval: plan.governance.approval,
        approver: accountable(plan, Activity::Approve),
        consent_in_writing: plan
            .governance
            .consent
            .is_some_and(super::plan::ConsentPractice::meets_requirement),
        consent_answered: plan.governance.consent.is_some(),
    }
}
