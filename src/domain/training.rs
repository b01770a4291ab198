//! The training plan, derived from the answers: for each chosen module, the roles of the team
//! that need it and how many people that is, who trains (or an open point), when (before
//! go-live, from the computed schedule) and how often it is refreshed. Pure data; the words are
//! in `i18n::protocol`.

use super::plan::{Activity, Plan, RoleKind, TrainingModule};
use super::protocol::accountable;
use super::schedule::{schedule, MilestoneKind};
use super::units::{Date, Weeks};

/// Who takes a module: a role of the team with its headcount.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Trainees {
    pub role: RoleKind,
    pub people: u32,
}

/// How often a module is refreshed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refresher {
    Yearly,
    HalfYearly,
}

/// One module of the plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ModulePlan {
    pub module: TrainingModule,
    /// The roles in the team that need it; empty when nobody in the team does.
    pub trainees: Vec<Trainees>,
    /// Who gives it; `None` is an open point.
    pub trainer: Option<RoleKind>,
    pub refresher: Refresher,
}

impl ModulePlan {
    /// How many people take the module.
    #[must_use]
    pub fn people(&self) -> u32 {
        self.trainees
            .iter()
            .fold(0u32, |n, t| n.saturating_add(t.people))
    }
}

/// When the training happens, from the schedule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TrainingWindow {
    /// The first day of training for the pilot team.
    pub start: Date,
    /// The last day: the day before go-live.
    pub end: Date,
    pub go_live: Date,
    /// The day the board is planned to approve the plan.
    pub approval: Option<Date>,
    /// The rollout's first weeks, when the people who join then are trained.
    pub rollout: Option<(Date, Date)>,
}

impl TrainingWindow {
    /// Whether training starts before the plan is approved (the schedule puts approval on the
    /// eve of go-live): the board then agrees to the training dates in advance.
    #[must_use]
    pub fn before_approval(&self) -> bool {
        self.approval.is_some_and(|a| self.start <= a)
    }
}

/// The training plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TrainingPlan {
    pub modules: Vec<ModulePlan>,
    /// `None` while the plan has no start date.
    pub window: Option<TrainingWindow>,
}

/// Weeks at the start of the rollout in which newcomers are trained.
pub const ROLLOUT_TRAINING_WEEKS: Weeks = Weeks(4);

/// The roles that need a module, by what they do.
fn needs(module: TrainingModule) -> &'static [RoleKind] {
    use RoleKind::{
        Ambassador, Communication, Coordinator, Hr, HubTeam, ProjectLead, Sponsor, Webcare,
    };
    match module {
        // Everyone who posts or answers.
        TrainingModule::Basics => &[Coordinator, HubTeam, Communication, Webcare, Hr, Ambassador],
        // Everyone who posts, answers or answers for it: the sponsor too, who approves.
        TrainingModule::PolicyPrivacy => &[
            Sponsor,
            ProjectLead,
            Coordinator,
            HubTeam,
            Communication,
            Webcare,
            Hr,
            Ambassador,
        ],
        TrainingModule::Webcare => &[Webcare, Coordinator, Communication, HubTeam],
        TrainingModule::Content => &[Coordinator, HubTeam, Communication, Hr, Ambassador],
        TrainingModule::Measurement => &[ProjectLead, Coordinator, Communication],
        TrainingModule::Ambassadors => &[Ambassador, Coordinator, HubTeam],
    }
}

/// Who fits to give a module, best first. The privacy officer gives the privacy module (the
/// AVG counts training staff among the officer's tasks, art. 39); nobody else may stand in.
fn trainers(module: TrainingModule) -> &'static [RoleKind] {
    use RoleKind::{Communication, Coordinator, HubTeam, PrivacyOfficer, ProjectLead, Webcare};
    match module {
        TrainingModule::PolicyPrivacy => &[PrivacyOfficer],
        TrainingModule::Webcare => &[Coordinator, Communication, Webcare, HubTeam],
        TrainingModule::Measurement => &[Coordinator, Communication, ProjectLead],
        TrainingModule::Basics | TrainingModule::Content | TrainingModule::Ambassadors => {
            &[Coordinator, Communication, HubTeam]
        }
    }
}

/// How many people fill a role; for ambassadors, the number the plan counts on if larger.
fn headcount(plan: &Plan, kind: RoleKind) -> u32 {
    let s = &plan.staffing;
    let in_roles = s
        .roles
        .iter()
        .filter(|r| r.kind == kind)
        .fold(0u32, |n, r| n.saturating_add(r.headcount.0.max(1)));
    if kind == RoleKind::Ambassador {
        in_roles.max(s.ambassadors.0)
    } else {
        in_roles
    }
}

/// The training plan for this plan.
#[must_use]
pub fn training_plan(plan: &Plan) -> TrainingPlan {
    let s = &plan.staffing;
    let has = |k: RoleKind| s.roles.iter().any(|r| r.kind == k);
    // Whoever answers for training, when that is a role that teaches (not the board sponsor,
    // and not the privacy officer outside the privacy module).
    let train_lead = accountable(plan, Activity::Train)
        .filter(|k| !matches!(k, RoleKind::Sponsor | RoleKind::PrivacyOfficer));
    let modules = s
        .training
        .iter()
        .map(|m| {
            let mut trainees: Vec<Trainees> = needs(*m)
                .iter()
                .copied()
                .filter(|k| has(*k) || (*k == RoleKind::Ambassador && s.ambassadors.0 > 0))
                .map(|role| Trainees {
                    role,
                    people: headcount(plan, role),
                })
                .collect();
            // A trainer comes from outside the group it trains: a role that is the only one
            // taking a module cannot give it too (then it is an open point).
            let only = |k: &RoleKind| trainees.len() == 1 && trainees.iter().any(|t| t.role == *k);
            let fitting = trainers(*m).iter().copied().find(|k| has(*k) && !only(k));
            let trainer = if *m == TrainingModule::PolicyPrivacy {
                fitting
            } else {
                train_lead.filter(|k| !only(k)).or(fitting)
            };
            trainees.retain(|t| Some(t.role) != trainer);
            ModulePlan {
                module: *m,
                trainees,
                trainer,
                refresher: match m {
                    // Webcare and the ambassadors' work change fastest: refresh twice a year.
                    TrainingModule::Webcare | TrainingModule::Ambassadors => Refresher::HalfYearly,
                    _ => Refresher::Yearly,
                },
            }
        })
        .collect();

    let window = plan.phasing.start.map(|start| {
        let sch = schedule(&plan.phasing, start);
        let define_start = sch
            .phases
            .iter()
            .find(|p| p.kind == super::plan::PhaseKind::Define)
            .map_or(start, |p| p.start);
        let end = sch.go_live.add_days(-1).max(start);
        // The timeline's own milestone, so the training plan and the calendar agree.
        let begin = sch
            .milestones
            .iter()
            .find(|m| m.kind == MilestoneKind::TrainingStart)
            .map_or(define_start, |m| m.date)
            .min(end);
        let approval = sch
            .milestones
            .iter()
            .find(|m| m.kind == MilestoneKind::PlanApproved)
            .map(|m| m.date);
        let rollout = sch
            .phases
            .iter()
            .find(|p| p.kind == super::plan::PhaseKind::Rollout && p.weeks.0 > 0)
            .map(|p| {
                let last = p
                    .start
                    .add_weeks(ROLLOUT_TRAINING_WEEKS.min(p.weeks))
                    .add_days(-1);
                (p.start, last)
            });
        TrainingWindow {
            start: begin,
            end,
            go_live: sch.go_live,
            approval,
            rollout,
        }
    });

    TrainingPlan { modules, window }
}
