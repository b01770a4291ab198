//! The consistency engine: cross-checks between the answers (organisation, maturity, model,
//! rules, team, indicators, channels) that a seasoned consultant would raise on the first read.
//! Each finding carries its facts as data, a severity and the place where it is fixed; the
//! texts a board understands live in `i18n`.

use super::governance::{capacity, Capacity};
use super::plan::{
    Activity, Approval, Channel, Confirm, Dimension, OrgModel, Plan, ResponseTime, RoleKind,
    ScopeLevel, SizeBand, Spokespeople, Stage, Usage,
};
use super::staffing::total_hours_tenths;
use serde::{Deserialize, Serialize};

/// How much a finding matters to the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Severity {
    /// The plan cannot work as written.
    High,
    /// It can work, but a board will ask.
    Medium,
    /// Worth a look.
    Low,
}

/// Where a finding is fixed: the part of the wizard that asks about it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum FixAt {
    Organisation,
    Maturity,
    Channels,
    Kpis,
    Scope,
    Model,
    Rules,
    Team,
    Tasks,
    Training,
}

/// Something in the answers that does not hold together.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Finding {
    /// A centralised model while nobody (or under four hours a week) does communication:
    /// there is no one to centralise to.
    CentralisedWithoutCapacity,
    /// A centralised model while every employee may speak for the organisation.
    CentralisedButEveryoneSpeaks,
    /// A centralised model that checks posts only afterwards: central in name only.
    CentralisedCheckedAfterwards,
    /// Several hubs ("dandelion") for an organisation with one brand.
    SeveralHubsOneBrand,
    /// Several hubs for an organisation of 250 staff or fewer: each hub needs its own people.
    SeveralHubsTooSmall(SizeBand),
    /// Every employee enabled ("honeycomb") without the training it needs.
    HoneycombWithoutTraining(Stage),
    /// Every employee may speak, without training in place or planned.
    EveryoneSpeaksUntrained(Stage),
    /// Goals, but no indicator: the measurement plan has nothing to measure.
    NoIndicators,
    /// An indicator without an owner: nobody reports it.
    IndicatorWithoutOwner(String),
    /// A goal that no indicator measures, while others do: nobody will know whether it was met.
    GoalWithoutIndicator(super::plan::SocialGoal),
    /// A channel used today that no audience plan keeps: keep, hand over or close it.
    ChannelNotPlanned(Channel, Usage),
    /// A channel planned that nobody uses today: a new account needs an owner and hours.
    NewChannel(Channel),
    /// The plan asks much more communication time than communication gets today, in tenths
    /// of an hour a week. `others` is the time it asks of the rest (sponsor, ambassadors, HR,
    /// FG): care time, not communication time, and said apart so the board sees both.
    /// `who` are the kinds of role that time is asked of, in the team's order.
    CapacityJump {
        now: u32,
        planned: u32,
        others: u32,
        who: Vec<RoleKind>,
    },
    /// A fast response promised while nobody is named to respond.
    FastResponseWithoutResponder(ResponseTime),
    /// Executive support rated high, but no sponsor in the team.
    SupportWithoutSponsor(Stage),
    /// The data protection officer answers for or does daily work: the FG must stay
    /// independent of what it oversees (AVG art. 38 and 39).
    /// Consulted on every post counts too: that is daily work.
    PrivacyOfficerInDailyWork(Vec<Activity>),
    /// A board member answers for every post: the sponsor backs the plan; the daily work is
    /// answered for closer to it.
    SponsorAccountableForDailyWork(Vec<Activity>),
    /// The rules let trained staff and ambassadors post, and the team has ambassadors, but
    /// none of them publishes: they are paid for, and the plan gives them nothing to do.
    AmbassadorsWithoutPublishing,
    /// Only communication may post, yet the ambassadors publish.
    AmbassadorsPublishAgainstRules,
    /// A centralised model ("one department posts everything"), yet the ambassadors publish:
    /// that is a hub with spokes in all but name.
    CentralisedButAmbassadorsPublish,
    /// Only communication speaks for the organisation, yet the ambassadors respond to
    /// messages: a public reply is the organisation speaking too.
    AmbassadorsRespondAgainstRules,
    /// The project lead has a part in work that goes on after the rollout (publishing,
    /// responding, escalating, approving), but the role ends with the rollout: the budget
    /// counts it in the first year only. `alone`: for one of those tasks nobody else is named,
    /// so from the second year nobody does it.
    ProjectLeadHoldsLastingWork { tasks: Vec<Activity>, alone: bool },
    /// Listening rated high in the self-assessment, while no channel is used today.
    ListeningWithoutChannels(Stage),
    /// The scope is one service or a pilot team, yet the schedule rolls out to the rest of the
    /// organisation for `weeks`: the plan promises more than it covers.
    NarrowScopeWithRollout { scope: ScopeLevel, weeks: u16 },
    /// An answer from an older file that this version asks differently.
    ToConfirm(Confirm),
}

impl Finding {
    #[must_use]
    pub fn severity(&self) -> Severity {
        match self {
            Finding::CentralisedWithoutCapacity
            | Finding::HoneycombWithoutTraining(_)
            | Finding::EveryoneSpeaksUntrained(_)
            | Finding::ProjectLeadHoldsLastingWork { alone: true, .. } => Severity::High,
            Finding::ProjectLeadHoldsLastingWork { alone: false, .. }
            | Finding::CentralisedButAmbassadorsPublish
            | Finding::AmbassadorsRespondAgainstRules
            | Finding::NarrowScopeWithRollout { .. } => Severity::Medium,
            Finding::CentralisedButEveryoneSpeaks
            | Finding::CentralisedCheckedAfterwards
            | Finding::SeveralHubsOneBrand
            | Finding::SeveralHubsTooSmall(_)
            | Finding::NoIndicators
            | Finding::ChannelNotPlanned(..)
            | Finding::CapacityJump { .. }
            | Finding::FastResponseWithoutResponder(_)
            | Finding::ToConfirm(_) => Severity::Medium,
            Finding::PrivacyOfficerInDailyWork(_) | Finding::ListeningWithoutChannels(_) => {
                Severity::Medium
            }
            Finding::AmbassadorsWithoutPublishing | Finding::AmbassadorsPublishAgainstRules => {
                Severity::Medium
            }
            Finding::IndicatorWithoutOwner(_)
            | Finding::GoalWithoutIndicator(_)
            | Finding::NewChannel(_)
            | Finding::SupportWithoutSponsor(_)
            | Finding::SponsorAccountableForDailyWork(_) => Severity::Low,
        }
    }

    /// Where the user fixes it.
    #[must_use]
    pub fn fix_at(&self) -> FixAt {
        match self {
            Finding::CentralisedWithoutCapacity
            | Finding::CentralisedButEveryoneSpeaks
            | Finding::CentralisedCheckedAfterwards
            | Finding::SeveralHubsOneBrand
            | Finding::SeveralHubsTooSmall(_)
            | Finding::HoneycombWithoutTraining(_) => FixAt::Model,
            Finding::EveryoneSpeaksUntrained(_) => FixAt::Rules,
            Finding::NoIndicators
            | Finding::IndicatorWithoutOwner(_)
            | Finding::GoalWithoutIndicator(_) => FixAt::Kpis,
            Finding::ChannelNotPlanned(..)
            | Finding::NewChannel(_)
            | Finding::NarrowScopeWithRollout { .. } => FixAt::Scope,
            Finding::CapacityJump { .. } => FixAt::Team,
            Finding::FastResponseWithoutResponder(_)
            | Finding::AmbassadorsWithoutPublishing
            | Finding::AmbassadorsPublishAgainstRules
            | Finding::CentralisedButAmbassadorsPublish
            | Finding::AmbassadorsRespondAgainstRules
            | Finding::ProjectLeadHoldsLastingWork { .. } => FixAt::Tasks,
            Finding::SupportWithoutSponsor(_) => FixAt::Team,
            Finding::PrivacyOfficerInDailyWork(_) | Finding::SponsorAccountableForDailyWork(_) => {
                FixAt::Tasks
            }
            Finding::ListeningWithoutChannels(_) => FixAt::Maturity,
            Finding::ToConfirm(Confirm::Size) => FixAt::Organisation,
            Finding::ToConfirm(Confirm::Tasks) => FixAt::Tasks,
            Finding::ToConfirm(Confirm::Kpis) => FixAt::Kpis,
        }
    }
}

/// More hours than this multiple of today's, and the jump is a budget question for the board.
const JUMP: u64 = 3;

/// One FTE in the Dutch care collective agreements is 36 hours a week (research §8b): a plan
/// that asks a whole FTE more than today is a board decision, whatever the ratio.
const FTE_TENTHS: u64 = 360;

use super::budget::is_communication_work as is_comms;

/// The hours the plan gives to communication work, in tenths a week.
fn planned_comms_tenths(s: &super::plan::Staffing) -> u64 {
    s.roles
        .iter()
        .filter(|r| is_comms(r.kind))
        .map(|r| u64::from(r.hours.tenths()) * u64::from(r.headcount.0))
        .sum()
}

/// The other kinds of role that are given hours, each once: the finding names them rather
/// than guessing ("such as HR" in a team without HR was the second review's complaint).
fn other_roles(s: &super::plan::Staffing) -> Vec<RoleKind> {
    let mut kinds: Vec<RoleKind> = Vec::new();
    for r in &s.roles {
        if !is_comms(r.kind)
            && r.hours.tenths() > 0
            && r.headcount.0 > 0
            && !kinds.contains(&r.kind)
        {
            kinds.push(r.kind);
        }
    }
    kinds
}

#[must_use]
pub fn findings(plan: &Plan) -> Vec<Finding> {
    let org = &plan.organisation;
    let g = &plan.governance;
    let s = &plan.staffing;
    let model = super::governance::recommend(plan).chosen;
    let answered_model = g.chosen.is_some() || g.trust.is_some();
    let training = plan
        .maturity
        .scores
        .get(&Dimension::SkillsTraining)
        .copied();
    let trained = training.is_some_and(|t| t >= Stage::Operational) || s.training.len() >= 2;
    let mut out = Vec::new();

    for c in plan.to_confirm.iter() {
        out.push(Finding::ToConfirm(*c));
    }
    if answered_model {
        if model == OrgModel::Centralised
            && capacity(plan) == Some(Capacity::None)
            && planned_comms_tenths(s) < 40
        {
            out.push(Finding::CentralisedWithoutCapacity);
        }
        if model == OrgModel::Centralised && g.spokespeople == Some(Spokespeople::AllStaff) {
            out.push(Finding::CentralisedButEveryoneSpeaks);
        }
        if model == OrgModel::Centralised && g.approval == Some(Approval::AfterwardsOnly) {
            out.push(Finding::CentralisedCheckedAfterwards);
        }
        if model == OrgModel::Dandelion {
            if org.brands.0 == 1 {
                out.push(Finding::SeveralHubsOneBrand);
            }
            if let Some(size) = org.size.filter(|s| *s != SizeBand::Over250) {
                out.push(Finding::SeveralHubsTooSmall(size));
            }
        }
        if model == OrgModel::Honeycomb && training.is_none_or(|t| t < Stage::Measurable) {
            out.push(Finding::HoneycombWithoutTraining(
                training.unwrap_or(Stage::Traditional),
            ));
        }
    }
    if g.spokespeople == Some(Spokespeople::AllStaff) && !trained {
        out.push(Finding::EveryoneSpeaksUntrained(
            training.unwrap_or(Stage::Traditional),
        ));
    }
    if !plan.goals.goals.is_empty() && plan.goals.kpis.is_empty() {
        out.push(Finding::NoIndicators);
    }
    for k in &plan.goals.kpis {
        if !k.name.trim().is_empty() && k.owner.trim().is_empty() {
            out.push(Finding::IndicatorWithoutOwner(k.name.trim().to_string()));
        }
    }
    // Only once indicators are being written (none at all is `NoIndicators`).
    if !plan.goals.kpis.is_empty() {
        for goal in plan.goals.goals.keys() {
            if !plan.goals.kpis.iter().any(|k| k.goal == Some(*goal)) {
                out.push(Finding::GoalWithoutIndicator(*goal));
            }
        }
    }
    if !plan.scope.audiences.is_empty() {
        let planned = |c: Channel| {
            plan.scope
                .audiences
                .values()
                .any(|list| list.iter().any(|cp| cp.channel == c))
        };
        for (c, usage) in org.channels.iter() {
            if *usage != Usage::NotUsed && !planned(*c) {
                out.push(Finding::ChannelNotPlanned(*c, *usage));
            }
        }
        for c in Channel::ALL {
            let used = org.channels.get(c).is_some_and(|u| *u != Usage::NotUsed);
            if planned(*c) && !used {
                out.push(Finding::NewChannel(*c));
            }
        }
    }
    // Only once the schedule is asked (it has a start): its default lengths are no answer.
    if let (Some(scope @ (ScopeLevel::Service | ScopeLevel::PilotTeam)), Some(_)) =
        (plan.scope.level, plan.phasing.start)
    {
        let weeks = plan.phasing.phases.rollout.weeks.0;
        if weeks > 0 {
            out.push(Finding::NarrowScopeWithRollout { scope, weeks });
        }
    }
    let now = org.comms_hours.tenths();
    let planned = planned_comms_tenths(s);
    let tripled = planned > u64::from(now).saturating_mul(JUMP) && planned >= 80;
    let one_fte_more = planned >= u64::from(now) + FTE_TENTHS;
    if org.comms_team.is_some() && (tripled || one_fte_more) {
        let tenths = |t: u64| u32::try_from(t).unwrap_or(u32::MAX);
        out.push(Finding::CapacityJump {
            now,
            planned: tenths(planned),
            others: tenths(total_hours_tenths(s).saturating_sub(planned)),
            who: other_roles(s),
        });
    }
    if let Some(r @ (ResponseTime::OneHour | ResponseTime::SameDay)) = g.response_time {
        let responder = s
            .tasks
            .get(&Activity::Respond)
            .is_some_and(|t| t.doers().iter().any(|id| s.role(*id).is_some()));
        if !s.roles.is_empty() && !responder {
            out.push(Finding::FastResponseWithoutResponder(r));
        }
    }
    if let Some(support) = plan.maturity.scores.get(&Dimension::ExecutiveSupport) {
        let sponsor = s.roles.iter().any(|r| r.kind == RoleKind::Sponsor);
        if *support >= Stage::Measurable && !s.roles.is_empty() && !sponsor {
            out.push(Finding::SupportWithoutSponsor(*support));
        }
    }
    // One finding per role, naming every task, so six tasks do not make six rows.
    let kind = |id: Option<super::plan::RoleId>| id.and_then(|id| s.role(id)).map(|r| r.kind);
    let is = |id: &super::plan::RoleId, k: RoleKind| kind(Some(*id)) == Some(k);
    let mut fg = Vec::new();
    let mut sponsor = Vec::new();
    for (a, task) in s.tasks.iter() {
        let per_post = matches!(a, Activity::Publish | Activity::Respond);
        let daily = per_post || *a == Activity::Approve;
        let fg_works = kind(task.accountable) == Some(RoleKind::PrivacyOfficer)
            || task
                .responsible
                .iter()
                .any(|id| is(id, RoleKind::PrivacyOfficer))
            || (per_post
                && task
                    .consulted
                    .iter()
                    .any(|id| is(id, RoleKind::PrivacyOfficer)));
        if daily && fg_works {
            fg.push(*a);
        }
        let sponsor_daily = per_post || matches!(a, Activity::Approve | Activity::Train);
        if sponsor_daily && kind(task.accountable) == Some(RoleKind::Sponsor) {
            sponsor.push(*a);
        }
    }
    if !fg.is_empty() {
        out.push(Finding::PrivacyOfficerInDailyWork(fg));
    }
    // The daily work outlasts the project: a project lead in it leaves a gap after the rollout.
    let mut lasting = Vec::new();
    let mut alone = false;
    for (a, task) in s.tasks.iter() {
        if !matches!(
            a,
            Activity::Publish | Activity::Respond | Activity::Escalate | Activity::Approve
        ) {
            continue;
        }
        let lead = |id: &super::plan::RoleId| is(id, RoleKind::ProjectLead);
        let holders: Vec<super::plan::RoleId> = task
            .responsible
            .iter()
            .chain(task.accountable.iter())
            .copied()
            .filter(|id| s.role(*id).is_some())
            .collect();
        if holders.iter().any(lead) {
            lasting.push(*a);
            alone |= holders.iter().all(lead);
        }
    }
    if !lasting.is_empty() {
        out.push(Finding::ProjectLeadHoldsLastingWork {
            tasks: lasting,
            alone,
        });
    }
    if !sponsor.is_empty() {
        out.push(Finding::SponsorAccountableForDailyWork(sponsor));
    }
    // Who posts (the rules) against who publishes (the tasks), once both are answered.
    let ambassadors = s
        .roles
        .iter()
        .any(|r| r.kind == RoleKind::Ambassador && r.headcount.0 > 0);
    let publish = s.tasks.get(&Activity::Publish);
    let ambassadors_publish = publish.is_some_and(|t| {
        t.doers()
            .iter()
            .chain(t.accountable.iter())
            .any(|id| is(id, RoleKind::Ambassador))
    });
    let publish_asked = publish.is_some_and(|t| !t.doers().is_empty() || t.accountable.is_some());
    if ambassadors && publish_asked {
        match g.spokespeople {
            Some(Spokespeople::TrainedStaff | Spokespeople::AllStaff) if !ambassadors_publish => {
                out.push(Finding::AmbassadorsWithoutPublishing);
            }
            Some(Spokespeople::CommsOnly) if ambassadors_publish => {
                out.push(Finding::AmbassadorsPublishAgainstRules);
            }
            // The same contradiction with the model rather than the rules, said once.
            _ if ambassadors_publish && answered_model && model == OrgModel::Centralised => {
                out.push(Finding::CentralisedButAmbassadorsPublish);
            }
            _ => {}
        }
    }
    let ambassadors_respond = s.tasks.get(&Activity::Respond).is_some_and(|t| {
        t.doers()
            .iter()
            .chain(t.accountable.iter())
            .any(|id| is(id, RoleKind::Ambassador))
    });
    if ambassadors && ambassadors_respond && g.spokespeople == Some(Spokespeople::CommsOnly) {
        out.push(Finding::AmbassadorsRespondAgainstRules);
    }
    // Only once the channels have been asked (the communication question is on that screen).
    if let (Some(l), Some(_)) = (
        plan.maturity.scores.get(&Dimension::ListeningWebcare),
        org.comms_team,
    ) {
        let used = org.channels.values().any(|u| *u != Usage::NotUsed);
        if *l >= Stage::Measurable && !used {
            out.push(Finding::ListeningWithoutChannels(*l));
        }
    }
    super::collections::sort_small_by_key(&mut out, Finding::severity);
    out
}
