//! The risk register, built from the answers: privacy and consent, professional secrecy,
//! negative reviews, staff posting in a private capacity, accounts in one person's hands, a
//! crisis outside office hours, losing the sponsor, an overwhelmed hub, account sprawl. Each risk carries its likelihood and impact with the facts that
//! set them, who owns it, and whether the answers contradict a legal requirement (such a risk
//! goes to the top of the plan). The texts, mitigations included, live in `i18n`.

use super::governance::{capacity, recommend, Capacity};
use super::plan::{
    Approval, ChannelRole, CommsTeam, ConsentGroup, ConsentPractice, OrgModel, Plan, Regulation,
    ResponseTime, RoleKind, Sector, SizeBand, Spokespeople, Stage, Usage,
};
use serde::{Deserialize, Serialize};

/// Likelihood or impact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Level {
    Low,
    Medium,
    High,
}

impl Level {
    fn up(self) -> Level {
        match self {
            Level::Low => Level::Medium,
            Level::Medium | Level::High => Level::High,
        }
    }
}

/// What can go wrong.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum RiskKind {
    /// A recognisable client in a photo or video: health data, special category (AVG art. 9).
    ClientImages,
    /// A reply that confirms a care relationship (WGBO, beroepsgeheim).
    TreatmentRelationship,
    /// Negative reviews and publicity (ZorgkaartNederland, local media).
    NegativeReviews,
    /// Staff posting about work in a private capacity.
    PrivateCapacity,
    /// The accounts and their passwords in one person's hands.
    SingleAdministrator,
    /// A crisis outside office hours, while care goes on day and night.
    CrisisOutOfHours,
    /// The board member who backs the plan leaves or loses interest.
    LosingSponsor,
    /// The central team gets more posts, questions and checks than its hours allow.
    OverwhelmedHub,
    /// Accounts multiply per location, brand and team, without owner or closing date.
    AccountSprawl,
}

/// A fact from the answers that set a risk's likelihood or impact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Why {
    Sector(Sector),
    /// How consent is recorded; `None` when not answered.
    Consent(Option<ConsentPractice>),
    Group(ConsentGroup),
    Spokespeople(Spokespeople),
    Ambassadors(u32),
    /// Channels planned for dialogue or service: people will ask about their own care.
    DialogueChannels,
    Response(ResponseTime),
    Size(SizeBand),
    /// No rule that private posts say they are private.
    NoDisclaimer,
    /// Communication rests on one or two people beside other work, or on nobody.
    ThinCommunication(CommsTeam),
    /// The webcare and crisis protocol is not part of the general crisis plan.
    CrisisNotInPlan,
    /// How many board sponsors the team has (0 or 1 rest the plan on nobody or one person).
    Sponsors(u32),
    /// The target stage asks broad executive support.
    Target(Stage),
    /// The organisational model in use.
    Model(OrgModel),
    /// Every post is checked beforehand.
    Approval(Approval),
    /// Brands, each tempted to have accounts of its own.
    Brands(u32),
    /// Locations, each tempted to have accounts of its own.
    Locations(u32),
    /// Accounts in use today.
    Accounts(u32),
}

/// One risk in the register.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Risk {
    pub kind: RiskKind,
    pub likelihood: Level,
    pub impact: Level,
    pub why: Vec<Why>,
    /// The answers contradict a legal requirement: the plan shows it first, as high.
    pub breaks_law: bool,
    /// Who owns the measures: the first role of the team that fits, or none yet.
    pub owner: Option<RoleKind>,
    /// For client images: whose consent is needed, by group of clients.
    pub consent_groups: Vec<ConsentGroup>,
}

impl Risk {
    /// A risk that breaks no law and names no consent groups: every risk but client images.
    fn plain(
        kind: RiskKind,
        likelihood: Level,
        impact: Level,
        why: Vec<Why>,
        owner: Option<RoleKind>,
    ) -> Risk {
        Risk {
            kind,
            likelihood,
            impact,
            why,
            breaks_law: false,
            owner,
            consent_groups: Vec::new(),
        }
    }
}

/// Who speaks for the organisation: the answer, and the ambassadors.
fn voices(plan: &Plan) -> Vec<Why> {
    let mut why: Vec<Why> = plan
        .governance
        .spokespeople
        .map(Why::Spokespeople)
        .into_iter()
        .collect();
    let ambassadors = plan.staffing.ambassadors.0;
    if ambassadors > 0 {
        why.push(Why::Ambassadors(ambassadors));
    }
    why
}

/// The first role in the team among those that should own a risk, best fit first. A risk
/// outlives the rollout, and the project lead's role does not: it owns a risk only where no
/// lasting role fits (a review found the sponsor's departure owned by a role that ends).
fn owner(plan: &Plan, prefer: &[RoleKind]) -> Option<RoleKind> {
    let present = |k: &RoleKind| plan.staffing.roles.iter().any(|r| r.kind == *k);
    prefer
        .iter()
        .copied()
        .filter(|k| *k != RoleKind::ProjectLead)
        .find(present)
        .or_else(|| prefer.iter().copied().find(present))
}

/// The clients whose images need thought: what the user chose, or what the sector implies
/// (people with dementia in elderly care, people who cannot consent in disability care,
/// children in youth care).
fn groups(plan: &Plan) -> Vec<ConsentGroup> {
    let chosen = &plan.governance.consent_groups;
    if !chosen.is_empty() {
        return chosen.iter().copied().collect();
    }
    match plan.organisation.sector {
        Some(Sector::ElderlyCare | Sector::DisabilityCare) => {
            vec![ConsentGroup::Adults, ConsentGroup::Represented]
        }
        Some(Sector::YouthCare) => vec![ConsentGroup::Under16, ConsentGroup::From16To17],
        // A children's ward, and patients who cannot consent (intensive care, delirium).
        Some(Sector::Hospital) => vec![
            ConsentGroup::Adults,
            ConsentGroup::Represented,
            ConsentGroup::Under16,
        ],
        // Clients with dementia at home, patients who cannot consent for a while.
        Some(Sector::HomeCare | Sector::MentalHealth) => {
            vec![ConsentGroup::Adults, ConsentGroup::Represented]
        }
        Some(_) => vec![ConsentGroup::Adults],
        None => Vec::new(),
    }
}

/// The register, legal contradictions first, then by likelihood × impact.
#[must_use]
pub fn register(plan: &Plan) -> Vec<Risk> {
    let org = &plan.organisation;
    let g = &plan.governance;
    let s = &plan.staffing;
    let Some(sector) = org.sector else {
        // Without the sector nothing can be weighed: the plan says the section is open.
        return Vec::new();
    };
    let regulation = sector.regulation();
    let many_voices = matches!(
        g.spokespeople,
        Some(Spokespeople::AllStaff | Spokespeople::TrainedStaff)
    ) || s.ambassadors.0 > 0;
    let mut out = Vec::new();

    // Client images: special-category data; the law asks for prior consent in writing.
    {
        let mut why = vec![Why::Sector(sector), Why::Consent(g.consent)];
        let consent_groups = groups(plan);
        why.extend(
            consent_groups
                .iter()
                .filter(|c| **c != ConsentGroup::Adults)
                .map(|c| Why::Group(*c)),
        );
        let breaks_law = g.consent.is_some_and(|c| !c.meets_requirement());
        let mut likelihood = match g.consent {
            Some(c) if c.meets_requirement() => Level::Low,
            Some(_) => Level::High,
            None => Level::Medium,
        };
        if many_voices {
            why.extend(voices(plan));
            likelihood = likelihood.up();
        }
        out.push(Risk {
            kind: RiskKind::ClientImages,
            likelihood: if breaks_law { Level::High } else { likelihood },
            impact: Level::High,
            why,
            breaks_law,
            // Not the FG: it oversees the procedure and cannot own what it oversees.
            owner: owner(
                plan,
                &[
                    RoleKind::Communication,
                    RoleKind::Coordinator,
                    RoleKind::HubTeam,
                    RoleKind::ProjectLead,
                ],
            ),
            consent_groups,
        });
    }

    // Professional secrecy in replies.
    {
        let dialogue = plan.scope.audiences.values().any(|list| {
            list.iter()
                .any(|cp| matches!(cp.role, ChannelRole::Dialogue | ChannelRole::Service))
        });
        let mut why = vec![Why::Sector(sector)];
        let mut likelihood = Level::Medium;
        if dialogue {
            why.push(Why::DialogueChannels);
            likelihood = Level::High;
        }
        if let Some(r @ ResponseTime::OneHour) = g.response_time {
            why.push(Why::Response(r));
        }
        out.push(Risk::plain(
            RiskKind::TreatmentRelationship,
            likelihood,
            match regulation {
                Regulation::VeryHigh | Regulation::High => Level::High,
                Regulation::Moderate => Level::Medium,
            },
            why,
            owner(
                plan,
                &[
                    RoleKind::Webcare,
                    RoleKind::Coordinator,
                    RoleKind::Communication,
                    RoleKind::HubTeam,
                ],
            ),
        ));
    }

    // Negative reviews: every care provider is on ZorgkaartNederland.
    {
        let mut why = vec![Why::Sector(sector)];
        let large = matches!(org.size, Some(SizeBand::From51To250 | SizeBand::Over250));
        if let Some(size) = org.size.filter(|_| large) {
            why.push(Why::Size(size));
        }
        out.push(Risk::plain(
            RiskKind::NegativeReviews,
            if large { Level::High } else { Level::Medium },
            if regulation == Regulation::Moderate {
                Level::Medium
            } else {
                Level::High
            },
            why,
            owner(
                plan,
                &[
                    RoleKind::Webcare,
                    RoleKind::Communication,
                    RoleKind::Coordinator,
                    RoleKind::HubTeam,
                ],
            ),
        ));
    }

    // Staff in a private capacity.
    if many_voices || g.spokespeople.is_some() {
        let mut why = voices(plan);
        let mut likelihood = if many_voices {
            Level::Medium
        } else {
            Level::Low
        };
        if !g.private_disclaimer {
            why.push(Why::NoDisclaimer);
            likelihood = likelihood.up();
        }
        out.push(Risk::plain(
            RiskKind::PrivateCapacity,
            likelihood,
            if regulation == Regulation::VeryHigh {
                Level::High
            } else {
                Level::Medium
            },
            why,
            owner(
                plan,
                &[
                    RoleKind::Hr,
                    RoleKind::Coordinator,
                    RoleKind::ProjectLead,
                    RoleKind::HubTeam,
                ],
            ),
        ));
    }

    // Accounts in one person's hands.
    if let Some(c @ (CommsTeam::Nobody | CommsTeam::PartTime)) = org.comms_team {
        out.push(Risk::plain(
            RiskKind::SingleAdministrator,
            Level::High,
            Level::Medium,
            vec![Why::ThinCommunication(c)],
            owner(
                plan,
                &[
                    RoleKind::ProjectLead,
                    RoleKind::Coordinator,
                    RoleKind::Sponsor,
                ],
            ),
        ));
    }

    // A crisis at night: care runs day and night in most sectors.
    {
        let around_the_clock = !matches!(sector, Sector::GpPractice | Sector::Welfare);
        let mut why = vec![Why::Sector(sector)];
        let mut likelihood = if around_the_clock {
            Level::Medium
        } else {
            Level::Low
        };
        if !g.crisis_in_general_plan {
            why.push(Why::CrisisNotInPlan);
            likelihood = likelihood.up();
        }
        out.push(Risk::plain(
            RiskKind::CrisisOutOfHours,
            likelihood,
            Level::High,
            why,
            owner(plan, &[RoleKind::Sponsor, RoleKind::ProjectLead]),
        ));
    }

    // The sponsor: without one, or with only one, the plan rests on a single person's term.
    if !s.roles.is_empty() {
        let sponsors: u32 = s
            .roles
            .iter()
            .filter(|r| r.kind == RoleKind::Sponsor)
            .map(|r| r.headcount.0.max(1))
            .sum();
        let mut why = vec![Why::Sponsors(sponsors)];
        let target = super::maturity::assess(&plan.maturity)
            .map(|a| super::maturity::effective_target(a.stage, plan.maturity.target))
            .or(plan.maturity.target);
        let broad_support = target.is_some_and(|t| t >= Stage::Measurable);
        if let Some(t) = target.filter(|_| broad_support) {
            why.push(Why::Target(t));
        }
        out.push(Risk::plain(
            RiskKind::LosingSponsor,
            match sponsors {
                0 => Level::High,
                1 => Level::Medium,
                _ => Level::Low,
            },
            if broad_support {
                Level::High
            } else {
                Level::Medium
            },
            why,
            owner(
                plan,
                // Not the sponsor: nobody plans for their own departure.
                &[
                    RoleKind::ProjectLead,
                    RoleKind::Coordinator,
                    RoleKind::HubTeam,
                ],
            ),
        ));
    }

    // The hub: a model that routes posts, questions and checks through a central team.
    let model = recommend(plan).chosen;
    let answered_model = g.chosen.is_some() || g.trust.is_some();
    if answered_model
        && matches!(
            model,
            OrgModel::Centralised | OrgModel::HubAndSpoke | OrgModel::Dandelion
        )
    {
        let mut why = vec![Why::Model(model)];
        let mut likelihood = Level::Low;
        let cap = capacity(plan);
        if let Some(c @ (CommsTeam::Nobody | CommsTeam::PartTime)) = org.comms_team {
            why.push(Why::ThinCommunication(c));
        }
        if matches!(cap, Some(Capacity::None | Capacity::PartTime)) {
            likelihood = likelihood.up();
        }
        if let Some(a @ Approval::Always) = g.approval {
            why.push(Why::Approval(a));
            likelihood = likelihood.up();
        }
        if let Some(r @ (ResponseTime::OneHour | ResponseTime::SameDay)) = g.response_time {
            why.push(Why::Response(r));
        }
        if many_voices {
            if s.ambassadors.0 > 0 {
                why.push(Why::Ambassadors(s.ambassadors.0));
            } else if let Some(sp) = g.spokespeople {
                why.push(Why::Spokespeople(sp));
            }
            likelihood = likelihood.up();
        }
        out.push(Risk::plain(
            RiskKind::OverwhelmedHub,
            likelihood,
            Level::Medium,
            why,
            owner(
                plan,
                &[
                    RoleKind::Coordinator,
                    RoleKind::ProjectLead,
                    RoleKind::Communication,
                    RoleKind::HubTeam,
                ],
            ),
        ));
    }

    // Account sprawl: every brand, location or team with accounts of its own.
    {
        let accounts = u32::try_from(
            org.channels
                .values()
                .filter(|u| **u != Usage::NotUsed)
                .count(),
        )
        .unwrap_or(u32::MAX);
        let mut why = Vec::new();
        if org.brands.0 > 1 {
            why.push(Why::Brands(org.brands.0));
        }
        if org.locations.0 >= 5 {
            why.push(Why::Locations(org.locations.0));
        }
        if accounts >= 3 {
            why.push(Why::Accounts(accounts));
        }
        let spread = answered_model
            && matches!(
                model,
                OrgModel::Decentralised | OrgModel::Dandelion | OrgModel::Honeycomb
            );
        if spread && !why.is_empty() {
            why.push(Why::Model(model));
        }
        if !why.is_empty() {
            let likelihood = match why.len() {
                1 => Level::Low,
                2 => Level::Medium,
                _ => Level::High,
            };
            out.push(Risk::plain(
                RiskKind::AccountSprawl,
                likelihood,
                Level::Medium,
                why,
                owner(
                    plan,
                    &[
                        RoleKind::Communication,
                        RoleKind::Coordinator,
                        RoleKind::HubTeam,
                        RoleKind::ProjectLead,
                    ],
                ),
            ));
        }
    }

    super::collections::sort_small_by_key(&mut out, |r| {
        (
            std::cmp::Reverse(r.breaks_law),
            std::cmp::Reverse(r.likelihood as u8 + r.impact as u8),
        )
    });
    out
}
