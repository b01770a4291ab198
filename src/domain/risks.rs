//! The risk register, built from the answers: privacy and consent, professional secrecy,
//! negative reviews, staff posting in a private capacity, accounts in one person's hands, a
//! crisis outside office hours. Each risk carries its likelihood and impact with the facts that
//! set them, who owns it, and whether the answers contradict a legal requirement (such a risk
//! goes to the top of the plan). The texts, mitigations included, live in `i18n`.

use super::plan::{
    ChannelRole, CommsTeam, ConsentGroup, ConsentPractice, Plan, Regulation, ResponseTime,
    RoleKind, Sector, SizeBand, Spokespeople,
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

/// The first role in the team among those that should own a risk, best fit first.
fn owner(plan: &Plan, prefer: &[RoleKind]) -> Option<RoleKind> {
    prefer
        .iter()
        .copied()
        .find(|k| plan.staffing.roles.iter().any(|r| r.kind == *k))
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
            if let Some(sp) = g.spokespeople {
                why.push(Why::Spokespeople(sp));
            }
            if s.ambassadors.0 > 0 {
                why.push(Why::Ambassadors(s.ambassadors.0));
            }
            likelihood = likelihood.up();
        }
        out.push(Risk {
            kind: RiskKind::ClientImages,
            likelihood: if breaks_law { Level::High } else { likelihood },
            impact: Level::High,
            why,
            breaks_law,
            owner: owner(
                plan,
                &[
                    RoleKind::PrivacyOfficer,
                    RoleKind::Coordinator,
                    RoleKind::Communication,
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
        out.push(Risk {
            kind: RiskKind::TreatmentRelationship,
            likelihood,
            impact: match regulation {
                Regulation::VeryHigh | Regulation::High => Level::High,
                Regulation::Moderate => Level::Medium,
            },
            why,
            breaks_law: false,
            owner: owner(
                plan,
                &[
                    RoleKind::Webcare,
                    RoleKind::Coordinator,
                    RoleKind::Communication,
                    RoleKind::HubTeam,
                ],
            ),
            consent_groups: Vec::new(),
        });
    }

    // Negative reviews: every care provider is on ZorgkaartNederland.
    {
        let mut why = vec![Why::Sector(sector)];
        let large = matches!(org.size, Some(SizeBand::From51To250 | SizeBand::Over250));
        if let Some(size) = org.size.filter(|_| large) {
            why.push(Why::Size(size));
        }
        out.push(Risk {
            kind: RiskKind::NegativeReviews,
            likelihood: if large { Level::High } else { Level::Medium },
            impact: if regulation == Regulation::Moderate {
                Level::Medium
            } else {
                Level::High
            },
            why,
            breaks_law: false,
            owner: owner(
                plan,
                &[
                    RoleKind::Webcare,
                    RoleKind::Communication,
                    RoleKind::Coordinator,
                    RoleKind::HubTeam,
                ],
            ),
            consent_groups: Vec::new(),
        });
    }

    // Staff in a private capacity.
    if many_voices || g.spokespeople.is_some() {
        let mut why = Vec::new();
        if let Some(sp) = g.spokespeople {
            why.push(Why::Spokespeople(sp));
        }
        if s.ambassadors.0 > 0 {
            why.push(Why::Ambassadors(s.ambassadors.0));
        }
        let mut likelihood = if many_voices {
            Level::Medium
        } else {
            Level::Low
        };
        if !g.private_disclaimer {
            why.push(Why::NoDisclaimer);
            likelihood = likelihood.up();
        }
        out.push(Risk {
            kind: RiskKind::PrivateCapacity,
            likelihood,
            impact: if regulation == Regulation::VeryHigh {
                Level::High
            } else {
                Level::Medium
            },
            why,
            breaks_law: false,
            owner: owner(
                plan,
                &[
                    RoleKind::Hr,
                    RoleKind::Coordinator,
                    RoleKind::ProjectLead,
                    RoleKind::HubTeam,
                ],
            ),
            consent_groups: Vec::new(),
        });
    }

    // Accounts in one person's hands.
    if let Some(c @ (CommsTeam::Nobody | CommsTeam::PartTime)) = org.comms_team {
        out.push(Risk {
            kind: RiskKind::SingleAdministrator,
            likelihood: Level::High,
            impact: Level::Medium,
            why: vec![Why::ThinCommunication(c)],
            breaks_law: false,
            owner: owner(
                plan,
                &[
                    RoleKind::ProjectLead,
                    RoleKind::Coordinator,
                    RoleKind::Sponsor,
                ],
            ),
            consent_groups: Vec::new(),
        });
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
        out.push(Risk {
            kind: RiskKind::CrisisOutOfHours,
            likelihood,
            impact: Level::High,
            why,
            breaks_law: false,
            owner: owner(plan, &[RoleKind::Sponsor, RoleKind::ProjectLead]),
            consent_groups: Vec::new(),
        });
    }

    super::collections::sort_small_by_key(&mut out, |r| {
        (
            std::cmp::Reverse(r.breaks_law),
            std::cmp::Reverse(r.likelihood as u8 + r.impact as u8),
        )
    });
    out
}
