//! The webcare and crisis protocol, derived from the answers: three escalation tiers with what
//! each handles, who acts and how fast (set by the promised response time), who watches the
//! channels outside office hours, who approves a holding statement, the standing rules
//! (professional secrecy, complaints, reviews, data breaches) and the sector's own rules. Pure
//! data with the facts it rests on; the words are in `i18n::protocol`.

use super::plan::{Activity, Plan, ResponseTime, RoleKind, Sector};

/// Who handles a message: the webcare team itself, its manager, or the board or crisis team.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Tier {
    Team,
    Manager,
    Crisis,
}

/// A kind of message or event that lands in a tier.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trigger {
    Question,
    Compliment,
    /// A complaint about something practical (a late visit, parking, opening hours).
    SimpleComplaint,
    /// A complaint about the care of a person, or one that keeps coming back.
    SeriousComplaint,
    /// A negative review on ZorgkaartNederland or Google.
    NegativeReview,
    /// A member of staff who breaks the rules in a post.
    StaffPost,
    MediaAttention,
    /// A threat to staff, clients or a location.
    Threat,
    /// A post (by anyone) that may reveal who is a client.
    ClientRevealed,
    /// Personal data where they should not be: a data breach (AVG art. 33).
    DataBreach,
    /// Mental health: someone writes about suicide or a crisis.
    SuicideSignal,
    /// Youth care: a message suggests a child may be unsafe.
    ChildUnsafe,
}

/// How fast a tier acts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Deadline {
    /// Within this many minutes, day and night.
    Minutes(u16),
    /// Within this many hours.
    Hours(u8),
    /// Within the same working day.
    SameDay,
    /// By the next working day.
    NextWorkday,
}

/// Who acts in a tier.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Who {
    /// Roles of the team (the doers of a task, or the roles that fit).
    Roles(Vec<RoleKind>),
    /// The escalation contact as the plan names it.
    Contact(String),
    /// The manager of whoever does webcare: no role in the team, but always someone.
    LineManager,
    /// The plan names nobody: an open point.
    Open,
}

/// One escalation tier.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TierPlan {
    pub tier: Tier,
    pub triggers: Vec<Trigger>,
    pub who: Who,
    /// How fast the tier is told or acts; `None` while the response time is not chosen.
    pub pass_on: Option<Deadline>,
    /// How fast the public gets a (first) reply; `None` while the response time is not chosen.
    pub reply: Option<Deadline>,
}

/// Who watches the channels in the evening, at night and at weekends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Watch {
    /// The on-call rota of the general crisis plan, which already includes webcare.
    CrisisRota,
    /// Not arranged: an open point, with the on-call manager as the proposal.
    Open,
}

/// A standing rule of the protocol.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProtocolRule {
    /// Never confirm or deny a care relationship in public (WGBO, professional secrecy).
    NeverConfirm,
    /// Complaints go to the complaints officer (klachtenfunctionaris, Wkkgz).
    ComplaintsOfficer,
    /// Youth care: the Wkkgz does not cover youth services; complaints follow the Jeugdwet's
    /// complaints procedure (chapter 4), with the AKJ's confidential advisers beside it.
    ComplaintsYouth,
    /// How to answer on ZorgkaartNederland and Google reviews.
    Reviews,
    /// A data breach goes to the privacy officer at once; the AP within 72 hours.
    DataBreach72h,
    /// Mental health: refer to 113 and the crisis service; never discuss treatment.
    Refer113,
    /// Youth care: minors, parents or guardians, the Jeugdwet.
    Minors,
    /// Youth care: the reporting code and Veilig Thuis when a child may be unsafe.
    VeiligThuis,
    /// Elderly, disability and home care: family members and informal carers posting about a
    /// relative, and the client's representative.
    Relatives,
}

/// The whole protocol.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Protocol {
    pub tiers: Vec<TierPlan>,
    pub watch: Watch,
    /// The promised response time counts in office hours: the channels say so.
    pub office_hours_promise: Option<ResponseTime>,
    /// Who approves a holding statement: the accountable role for Approve, or none yet.
    pub holding_approver: Option<RoleKind>,
    pub rules: Vec<ProtocolRule>,
    /// Weeks after an incident within which it is reviewed.
    pub review_weeks: u8,
    /// Whether the protocol is part of the general crisis plan already.
    pub in_crisis_plan: bool,
    /// Whether the team has a privacy officer to tell about a breach.
    pub has_privacy_officer: bool,
    /// A small organisation (up to 20 staff, or a GP practice): one or two people answer the
    /// messages, and there is no webcare team or layer of managers to speak of.
    pub small: bool,
}

/// The weeks within which an incident is reviewed: soon enough that people remember it.
pub const REVIEW_WEEKS: u8 = 2;

/// The reply the public gets from the team, as promised.
fn promised(r: ResponseTime) -> Deadline {
    match r {
        ResponseTime::OneHour => Deadline::Hours(1),
        ResponseTime::SameDay => Deadline::SameDay,
        ResponseTime::NextWorkday => Deadline::NextWorkday,
    }
}

/// How fast the team passes a message to its manager: well within the promise, so the manager
/// still has time to reply within it.
fn to_manager(r: ResponseTime) -> Deadline {
    match r {
        ResponseTime::OneHour => Deadline::Minutes(15),
        ResponseTime::SameDay => Deadline::Hours(2),
        ResponseTime::NextWorkday => Deadline::SameDay,
    }
}

/// The roles of the team, in team order, that do a task (R, or the A when nobody is R).
fn doers(plan: &Plan, activity: Activity) -> Vec<RoleKind> {
    let s = &plan.staffing;
    let mut out: Vec<RoleKind> = s
        .tasks
        .get(&activity)
        .map(|t| {
            t.doers()
                .iter()
                .filter_map(|id| s.role(*id).map(|r| r.kind))
                .collect()
        })
        .unwrap_or_default();
    out.dedup();
    out
}

/// The roles in the team of these kinds, in the order given.
fn present(plan: &Plan, kinds: &[RoleKind]) -> Vec<RoleKind> {
    kinds
        .iter()
        .copied()
        .filter(|k| plan.staffing.roles.iter().any(|r| r.kind == *k))
        .collect()
}

/// The accountable role for a task, if the plan names one that is in the team.
#[must_use]
pub fn accountable(plan: &Plan, activity: Activity) -> Option<RoleKind> {
    let s = &plan.staffing;
    s.tasks
        .get(&activity)
        .and_then(|t| t.accountable)
        .and_then(|id| s.role(id))
        .map(|r| r.kind)
}

/// The protocol for this plan.
#[must_use]
pub fn protocol(plan: &Plan) -> Protocol {
    let g = &plan.governance;
    let sector = plan.organisation.sector;
    let response = g.response_time;

    // The team: whoever responds; else the roles that would.
    let mut team = doers(plan, Activity::Respond);
    if team.is_empty() {
        team = present(
            plan,
            &[
                RoleKind::Webcare,
                RoleKind::Coordinator,
                RoleKind::Communication,
                RoleKind::HubTeam,
            ],
        );
    }
    let team_who = if team.is_empty() {
        Who::Open
    } else {
        Who::Roles(team)
    };

    // The manager: whoever answers for escalation, unless that is the board (then it is the
    // crisis tier's), else the webcare team's own line manager.
    let manager_who = match accountable(plan, Activity::Escalate) {
        Some(k) if k != RoleKind::Sponsor => Who::Roles(vec![k]),
        _ => Who::LineManager,
    };

    // The crisis tier: the contact the plan names, else the sponsor, else nobody yet.
    let contact = g.escalation_contact.trim();
    let crisis_who = if !contact.is_empty() {
        Who::Contact(contact.to_string())
    } else if plan
        .staffing
        .roles
        .iter()
        .any(|r| r.kind == RoleKind::Sponsor)
    {
        Who::Roles(vec![RoleKind::Sponsor])
    } else {
        Who::Open
    };

    let manager_triggers = vec![
        Trigger::SeriousComplaint,
        Trigger::NegativeReview,
        Trigger::StaffPost,
    ];
    let mut crisis_triggers = vec![
        Trigger::MediaAttention,
        Trigger::Threat,
        Trigger::ClientRevealed,
        Trigger::DataBreach,
    ];
    // A life or a child at risk does not wait for a manager: the crisis tier is told at once,
    // while the team refers the person to help.
    match sector {
        Some(Sector::MentalHealth) => crisis_triggers.insert(0, Trigger::SuicideSignal),
        Some(Sector::YouthCare) => crisis_triggers.insert(0, Trigger::ChildUnsafe),
        _ => {}
    }

    let tiers = vec![
        TierPlan {
            tier: Tier::Team,
            triggers: vec![
                Trigger::Question,
                Trigger::Compliment,
                Trigger::SimpleComplaint,
            ],
            who: team_who,
            pass_on: None,
            reply: response.map(promised),
        },
        TierPlan {
            tier: Tier::Manager,
            triggers: manager_triggers,
            who: manager_who,
            pass_on: response.map(to_manager),
            reply: response.map(promised),
        },
        // A crisis does not wait for office hours or the promise: the crisis tier is called
        // within 15 minutes and a holding statement is out within the hour, whatever the
        // promised response time.
        TierPlan {
            tier: Tier::Crisis,
            triggers: crisis_triggers,
            who: crisis_who,
            pass_on: Some(Deadline::Minutes(15)),
            reply: Some(Deadline::Hours(1)),
        },
    ];

    let mut rules = vec![
        ProtocolRule::NeverConfirm,
        if sector == Some(Sector::YouthCare) {
            ProtocolRule::ComplaintsYouth
        } else {
            ProtocolRule::ComplaintsOfficer
        },
        ProtocolRule::Reviews,
        ProtocolRule::DataBreach72h,
    ];
    match sector {
        Some(Sector::MentalHealth) => rules.push(ProtocolRule::Refer113),
        Some(Sector::YouthCare) => {
            rules.push(ProtocolRule::Minors);
            rules.push(ProtocolRule::VeiligThuis);
        }
        Some(Sector::ElderlyCare | Sector::HomeCare | Sector::DisabilityCare) => {
            rules.push(ProtocolRule::Relatives);
        }
        _ => {}
    }

    Protocol {
        tiers,
        watch: if g.crisis_in_general_plan {
            Watch::CrisisRota
        } else {
            Watch::Open
        },
        office_hours_promise: response,
        holding_approver: accountable(plan, Activity::Approve),
        rules,
        review_weeks: REVIEW_WEEKS,
        in_crisis_plan: g.crisis_in_general_plan,
        has_privacy_officer: plan
            .staffing
            .roles
            .iter()
            .any(|r| r.kind == RoleKind::PrivacyOfficer),
        small: plan.organisation.size == Some(super::plan::SizeBand::UpTo20)
            || sector == Some(Sector::GpPractice),
    }
}
