//! The wizard's state and its one pure `update`. Typed text is kept as typed until it parses
//! (a draft), so a half-typed number is never lost and never silently becomes zero.

use super::route::{Route, Screen};
use crate::domain::{sort_small_by_key, VecMap, VecSet};
use crate::domain::{
    validate, Activity, Approval, Audience, Cadence, Channel, ChannelPlan, ChannelRole, CommsTeam,
    Count, Date, Dimension, FieldId, Hours, Kpi, KpiLevel, Milestone, OrgModel, Plan, Problem,
    ProblemKind, Raci, ResponseTime, Rhythm, Role, RoleId, RoleKind, ScopeLevel, Section, Sector,
    SizeBand, SocialGoal, Spokespeople, Stage, TrainingLevel, TrainingModule, Trust, Usage, Weeks,
};
use crate::i18n::{Lang, T};

/// A text field of a KPI.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KpiText {
    Name,
    Baseline,
    Target,
    Owner,
}

/// A yes/no rule in the governance rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RuleFlag {
    PhotoConsent,
    PrivateDisclaimer,
    CrisisInGeneralPlan,
}

/// A change to the plan. Named for what changes, not for the widget that fired it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit {
    OrgName(String),
    Sector(Option<Sector>),
    Size(Option<SizeBand>),
    CommsTeam(Option<CommsTeam>),
    ChannelUsage(Channel, Usage),
    /// Any typed number or date, parsed here: counts, hours, weeks, dates.
    Raw(FieldId, String),
    MaturityScore(Dimension, Stage),
    Target(Option<Stage>),
    Goal(SocialGoal, bool),
    GoalBusiness(SocialGoal, String),
    AddKpi,
    RemoveKpi(usize),
    KpiText(usize, KpiText, String),
    KpiLevel(usize, Option<KpiLevel>),
    ScopeLevel(Option<ScopeLevel>),
    Audience(Audience, bool),
    AudienceChannel(Audience, Channel, bool),
    AudienceChannelRole(Audience, Channel, ChannelRole),
    AudienceChannelRhythm(Audience, Channel, Rhythm),
    Trust(Option<Trust>),
    Training(Option<TrainingLevel>),
    ChooseModel(Option<OrgModel>),
    ChoiceReason(String),
    Spokespeople(Option<Spokespeople>),
    Approval(Option<Approval>),
    ResponseTime(Option<ResponseTime>),
    EscalationContact(String),
    Rule(RuleFlag, bool),
    AddRole(RoleKind),
    RemoveRole(RoleId),
    RolePeople(RoleId, String),
    RaciCell(Activity, RoleId, Option<Raci>),
    TrainingModule(TrainingModule, bool),
    Cadence(Cadence),
    EvaluationPlanned(bool),
    AddMilestone,
    RemoveMilestone(usize),
    MilestoneTitle(usize, String),
}

/// Everything the user can do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Go to a place (task list link, browser back/forward, reload).
    Go(Route),
    /// Continue: refused, with the screen's problems shown, while the screen has problems.
    Next,
    /// The in-page back link.
    Back,
    /// "Change" on check-your-answers: edit, then return there.
    Change(Screen),
    SetLang(Lang),
    Edit(Edit),
    /// Replace the plan (a loaded file or share link the user confirmed).
    Load(Box<Plan>),
    /// Forget every answer (after the user confirmed).
    Reset,
}

/// A section's state on the task list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    NotStarted,
    InProgress,
    Done,
    /// The user left the section with problems in it.
    NeedsAttention,
}

impl Status {
    /// Every status, in the order of their keys below.
    pub const ALL: [Status; 4] = [
        Status::NotStarted,
        Status::InProgress,
        Status::Done,
        Status::NeedsAttention,
    ];

    /// The tag's text and its colour class, wherever a section's status is shown.
    #[must_use]
    pub fn tag(self) -> (T, &'static str) {
        match self {
            Status::NotStarted => (T::StatusNotStarted, "koers-tag--grey"),
            Status::InProgress => (T::StatusInProgress, "koers-tag--blue"),
            Status::Done => (T::StatusDone, "koers-tag--green"),
            Status::NeedsAttention => (T::StatusNeedsAttention, "koers-tag--red"),
        }
    }

    /// A short key, for handing statuses to the documents module as text.
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Status::NotStarted => "not_started",
            Status::InProgress => "in_progress",
            Status::Done => "done",
            Status::NeedsAttention => "needs_attention",
        }
    }

    #[must_use]
    pub fn from_key(key: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// The wizard.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Wizard {
    pub plan: Plan,
    pub route: Route,
    pub lang: Lang,
    /// Sections the user has moved on from; only they can "need attention".
    pub visited: VecSet<Section>,
    /// Typed values that do not parse yet, shown back as typed.
    pub drafts: VecMap<FieldId, String>,
    /// Problems shown on the current screen after a refused Next.
    pub shown: Vec<Problem>,
    /// Set by a Change link: Next returns to check-your-answers.
    pub return_to_review: bool,
}

impl Wizard {
    #[must_use]
    pub fn new(plan: Plan, lang: Lang) -> Self {
        Wizard {
            plan,
            lang,
            ..Wizard::default()
        }
    }

    /// Every problem of a section, with unparsed drafts among them.
    #[must_use]
    pub fn problems(&self, section: Section) -> Vec<Problem> {
        let mut out: Vec<Problem> = self
            .drafts
            .keys()
            .filter(|f| Screen::of_field(**f).section() == section)
            .map(|f| Problem {
                field: *f,
                kind: draft_problem(*f),
            })
            .collect();
        for p in validate(&self.plan, section) {
            if !out.iter().any(|o| o.field == p.field) {
                out.push(p);
            }
        }
        out
    }

    /// The problems that belong to one screen.
    #[must_use]
    pub fn screen_problems(&self, screen: Screen) -> Vec<Problem> {
        self.problems(screen.section())
            .into_iter()
            .filter(|p| Screen::of_field(p.field) == screen)
            .collect()
    }

    #[must_use]
    pub fn status(&self, section: Section) -> Status {
        let problems = self.problems(section);
        if problems.is_empty() {
            Status::Done
        } else if self.visited.contains(&section) {
            Status::NeedsAttention
        } else if section_is_untouched(&self.plan, section) {
            Status::NotStarted
        } else {
            Status::InProgress
        }
    }

    /// The text shown in a typed field: the draft, else the stored value.
    #[must_use]
    pub fn raw(&self, field: FieldId) -> String {
        if let Some(d) = self.drafts.get(&field) {
            return d.clone();
        }
        stored_value(&self.plan, field)
    }
}

fn draft_problem(field: FieldId) -> ProblemKind {
    match field {
        FieldId::CommsHours | FieldId::RoleHours(_) => ProblemKind::HoursNumber,
        FieldId::StartDate | FieldId::MilestoneDate(_) => ProblemKind::InvalidDate,
        _ => {
            let (min, max) = number_range(field);
            ProblemKind::WholeNumber { min, max }
        }
    }
}

fn number_range(field: FieldId) -> (u32, u32) {
    match field {
        FieldId::Locations | FieldId::RoleHeadcount(_) => (1, 10_000),
        FieldId::Brands => (1, 1_000),
        FieldId::Ambassadors => (0, 100_000),
        FieldId::NetworkSize => (0, 1_000_000),
        FieldId::PhaseWeeks(_) | FieldId::PhaseOverlap(_) | FieldId::FirstEvaluation => (0, 520),
        _ => (0, 100),
    }
}

fn section_is_untouched(plan: &Plan, section: Section) -> bool {
    let blank = Plan::default();
    match section {
        Section::Organisation => plan.organisation == blank.organisation,
        Section::Maturity => plan.maturity == blank.maturity,
        Section::GoalsScope => plan.goals == blank.goals && plan.scope == blank.scope,
        Section::Governance => plan.governance == blank.governance,
        Section::Staffing => plan.staffing == blank.staffing,
        Section::Phasing => plan.phasing == blank.phasing,
    }
}

fn stored_value(plan: &Plan, field: FieldId) -> String {
    let s = &plan.staffing;
    let role = |id: RoleId| s.role(id);
    match field {
        FieldId::Locations => count_text(plan.organisation.locations),
        FieldId::Brands => count_text(plan.organisation.brands),
        FieldId::CommsHours => hours_text(plan.organisation.comms_hours),
        FieldId::RoleHeadcount(id) => role(id)
            .map(|r| count_text(r.headcount))
            .unwrap_or_default(),
        FieldId::RoleHours(id) => role(id).map(|r| hours_text(r.hours)).unwrap_or_default(),
        FieldId::Ambassadors => count_text(s.ambassadors),
        FieldId::NetworkSize => count_text(s.network_size),
        FieldId::StartDate => plan
            .phasing
            .start
            .map(|d| d.to_string())
            .unwrap_or_default(),
        FieldId::PhaseWeeks(k) => plan.phasing.phases.get(k).weeks.0.to_string(),
        FieldId::PhaseOverlap(k) => plan.phasing.phases.get(k).overlap.0.to_string(),
        FieldId::FirstEvaluation => plan
            .phasing
            .first_evaluation
            .map(|w| w.0.to_string())
            .unwrap_or_default(),
        FieldId::MilestoneDate(i) => plan
            .phasing
            .milestones
            .get(i)
            .map(|m| m.date.to_string())
            .unwrap_or_default(),
        _ => String::new(),
    }
}

fn count_text(c: Count) -> String {
    if c.0 == 0 {
        String::new()
    } else {
        c.0.to_string()
    }
}

fn hours_text(h: Hours) -> String {
    if h.is_zero() {
        String::new()
    } else {
        h.to_string()
    }
}

/// Parses a typed value into the plan. `Err` keeps it as a draft.
fn apply_raw(plan: &mut Plan, field: FieldId, raw: &str) -> Result<(), ()> {
    let trimmed = raw.trim();
    let int = || -> Result<u32, ()> {
        if trimmed.is_empty() {
            return Ok(0);
        }
        let n: u32 = trimmed.parse().map_err(|_| ())?;
        let (_, max) = number_range(field);
        if n > max {
            return Err(());
        }
        Ok(n)
    };
    let hours = || -> Result<Hours, ()> {
        if trimmed.is_empty() {
            Ok(Hours::default())
        } else {
            trimmed.parse().map_err(|_| ())
        }
    };
    let weeks = || int().and_then(|n| u16::try_from(n).map(Weeks).map_err(|_| ()));
    match field {
        FieldId::Locations => plan.organisation.locations = Count(int()?),
        FieldId::Brands => plan.organisation.brands = Count(int()?),
        FieldId::CommsHours => plan.organisation.comms_hours = hours()?,
        FieldId::RoleHeadcount(id) => {
            let n = int()?;
            if let Some(r) = plan.staffing.roles.iter_mut().find(|r| r.id == id) {
                r.headcount = Count(n);
            }
        }
        FieldId::RoleHours(id) => {
            let h = hours()?;
            if let Some(r) = plan.staffing.roles.iter_mut().find(|r| r.id == id) {
                r.hours = h;
            }
        }
        FieldId::Ambassadors => plan.staffing.ambassadors = Count(int()?),
        FieldId::NetworkSize => plan.staffing.network_size = Count(int()?),
        FieldId::StartDate => {
            plan.phasing.start = if trimmed.is_empty() {
                None
            } else {
                Some(trimmed.parse::<Date>()?)
            };
        }
        FieldId::PhaseWeeks(k) => plan.phasing.phases.get_mut(k).weeks = weeks()?,
        FieldId::PhaseOverlap(k) => plan.phasing.phases.get_mut(k).overlap = weeks()?,
        FieldId::FirstEvaluation => {
            plan.phasing.first_evaluation = if trimmed.is_empty() {
                None
            } else {
                Some(weeks()?)
            };
        }
        FieldId::MilestoneDate(i) => {
            let d: Date = trimmed.parse()?;
            if let Some(m) = plan.phasing.milestones.get_mut(i) {
                m.date = d;
            }
        }
        _ => return Err(()),
    }
    Ok(())
}

fn set_opt<T: Copy + Ord>(set: &mut VecSet<T>, item: T, on: bool) {
    if on {
        set.insert(item);
    } else {
        set.remove(&item);
    }
}

fn edit_plan(w: &mut Wizard, edit: Edit) {
    let plan = &mut w.plan;
    match edit {
        Edit::OrgName(s) => plan.organisation.name = s,
        Edit::Sector(v) => plan.organisation.sector = v,
        Edit::Size(v) => plan.organisation.size = v,
        Edit::CommsTeam(v) => plan.organisation.comms_team = v,
        Edit::ChannelUsage(c, Usage::NotUsed) => {
            plan.organisation.channels.remove(&c);
        }
        Edit::ChannelUsage(c, u) => {
            plan.organisation.channels.insert(c, u);
        }
        Edit::Raw(field, raw) => {
            if apply_raw(plan, field, &raw).is_ok() {
                w.drafts.remove(&field);
            } else {
                w.drafts.insert(field, raw);
            }
        }
        Edit::MaturityScore(d, s) => {
            plan.maturity.scores.insert(d, s);
        }
        Edit::Target(t) => plan.maturity.target = t,
        Edit::Goal(g, true) => {
            plan.goals.goals.with_default(g, |_| ());
        }
        Edit::Goal(g, false) => {
            plan.goals.goals.remove(&g);
        }
        Edit::GoalBusiness(g, s) => {
            plan.goals.goals.insert(g, s);
        }
        Edit::AddKpi => plan.goals.kpis.push(Kpi::default()),
        Edit::RemoveKpi(i) => {
            if i < plan.goals.kpis.len() {
                plan.goals.kpis.remove(i);
                // Indexed drafts and shown problems would now point at the wrong row.
                w.drafts
                    .retain(|f, _| !matches!(f, FieldId::KpiName(_) | FieldId::KpiLevel(_)));
            }
        }
        Edit::KpiText(i, which, s) => {
            if let Some(k) = plan.goals.kpis.get_mut(i) {
                match which {
                    KpiText::Name => k.name = s,
                    KpiText::Baseline => k.baseline = s,
                    KpiText::Target => k.target = s,
                    KpiText::Owner => k.owner = s,
                }
            }
        }
        Edit::KpiLevel(i, l) => {
            if let Some(k) = plan.goals.kpis.get_mut(i) {
                k.level = l;
            }
        }
        Edit::ScopeLevel(v) => plan.scope.level = v,
        Edit::Audience(a, true) => {
            plan.scope.audiences.with_default(a, |_| ());
        }
        Edit::Audience(a, false) => {
            plan.scope.audiences.remove(&a);
        }
        Edit::AudienceChannel(a, c, on) => {
            plan.scope.audiences.with_default(a, |list| {
                list.retain(|cp| cp.channel != c);
                if on {
                    list.push(ChannelPlan {
                        channel: c,
                        role: default_role(a),
                        rhythm: Rhythm::Weekly,
                    });
                    sort_small_by_key(list, |cp| cp.channel);
                }
            });
        }
        Edit::AudienceChannelRole(a, c, r) => {
            if let Some(cp) = channel_plan(plan, a, c) {
                cp.role = r;
            }
        }
        Edit::AudienceChannelRhythm(a, c, r) => {
            if let Some(cp) = channel_plan(plan, a, c) {
                cp.rhythm = r;
            }
        }
        Edit::Trust(v) => plan.governance.trust = v,
        Edit::Training(v) => plan.governance.training = v,
        Edit::ChooseModel(m) => plan.governance.chosen = m,
        Edit::ChoiceReason(s) => plan.governance.choice_reason = s,
        Edit::Spokespeople(v) => plan.governance.spokespeople = v,
        Edit::Approval(v) => plan.governance.approval = v,
        Edit::ResponseTime(v) => plan.governance.response_time = v,
        Edit::EscalationContact(s) => plan.governance.escalation_contact = s,
        Edit::Rule(flag, on) => match flag {
            RuleFlag::PhotoConsent => plan.governance.photo_consent_in_writing = on,
            RuleFlag::PrivateDisclaimer => plan.governance.private_disclaimer = on,
            RuleFlag::CrisisInGeneralPlan => plan.governance.crisis_in_general_plan = on,
        },
        Edit::AddRole(kind) => {
            let id = plan.staffing.next_role_id();
            plan.staffing.roles.push(Role {
                id,
                kind,
                people: String::new(),
                headcount: Count(1),
                hours: Hours::default(),
            });
        }
        Edit::RemoveRole(id) => {
            plan.staffing.roles.retain(|r| r.id != id);
            for row in plan.staffing.raci.values_mut() {
                row.remove(&id);
            }
            w.drafts.retain(
                |f, _| !matches!(f, FieldId::RoleHours(r) | FieldId::RoleHeadcount(r) if *r == id),
            );
        }
        Edit::RolePeople(id, s) => {
            if let Some(r) = plan.staffing.roles.iter_mut().find(|r| r.id == id) {
                r.people = s;
            }
        }
        Edit::RaciCell(a, id, letter) => {
            plan.staffing.raci.with_default(a, |row| match letter {
                Some(l) => {
                    row.insert(id, l);
                }
                None => {
                    row.remove(&id);
                }
            });
        }
        Edit::TrainingModule(m, on) => set_opt(&mut plan.staffing.training, m, on),
        Edit::Cadence(c) => plan.phasing.cadence = c,
        Edit::EvaluationPlanned(on) => {
            plan.phasing.first_evaluation = if on { Some(Weeks(12)) } else { None };
            w.drafts.remove(&FieldId::FirstEvaluation);
        }
        Edit::AddMilestone => {
            // A new milestone starts on the plan's start date; the user moves it from there.
            let date = plan.phasing.start.unwrap_or(Date::EPOCH);
            plan.phasing.milestones.push(Milestone {
                title: String::new(),
                date,
            });
        }
        Edit::RemoveMilestone(i) => {
            if i < plan.phasing.milestones.len() {
                plan.phasing.milestones.remove(i);
                w.drafts.retain(|f, _| {
                    !matches!(f, FieldId::MilestoneTitle(_) | FieldId::MilestoneDate(_))
                });
            }
        }
        Edit::MilestoneTitle(i, s) => {
            if let Some(m) = plan.phasing.milestones.get_mut(i) {
                m.title = s;
            }
        }
    }
}

fn default_role(a: Audience) -> ChannelRole {
    match a {
        Audience::Candidates => ChannelRole::Recruit,
        Audience::Clients | Audience::InformalCarers => ChannelRole::Service,
        Audience::Employees | Audience::Volunteers | Audience::Community => ChannelRole::Community,
        Audience::Professionals => ChannelRole::Inform,
    }
}

fn channel_plan(plan: &mut Plan, a: Audience, c: Channel) -> Option<&mut ChannelPlan> {
    plan.scope
        .audiences
        .get_mut(&a)
        .and_then(|l| l.iter_mut().find(|cp| cp.channel == c))
}

fn go(w: &mut Wizard, route: Route) {
    if let Route::Screen(s) = w.route {
        // Leaving a section's screens marks it visited, so its problems show on the task list.
        let leaving_section = match route {
            Route::Screen(t) => t.section() != s.section(),
            _ => true,
        };
        if leaving_section {
            w.visited.insert(s.section());
        }
    }
    if route != w.route {
        w.shown.clear();
    }
    if matches!(route, Route::Tasks | Route::Plan) {
        w.return_to_review = false;
    }
    w.route = route;
}

/// Applies one action. Pure: the same state and action always give the same state.
pub fn update(w: &mut Wizard, action: Action) {
    match action {
        Action::Go(route) => go(w, route),
        Action::Next => match w.route {
            Route::Tasks => go(w, Route::Screen(Screen::OrgBasics)),
            Route::Screen(s) => {
                let problems = w.screen_problems(s);
                if !problems.is_empty() {
                    w.shown = problems;
                    return;
                }
                let target = if w.return_to_review {
                    Route::Review
                } else {
                    s.next().map_or(Route::Review, Route::Screen)
                };
                go(w, target);
            }
            Route::Review => go(w, Route::Plan),
            Route::Plan => {}
        },
        Action::Back => {
            let target = match w.route {
                Route::Tasks => Route::Tasks,
                Route::Screen(_) if w.return_to_review => Route::Review,
                Route::Screen(s) => s.prev().map_or(Route::Tasks, Route::Screen),
                Route::Review => Route::Screen(Screen::Timeline),
                Route::Plan => Route::Review,
            };
            go(w, target);
        }
        Action::Change(screen) => {
            go(w, Route::Screen(screen));
            w.return_to_review = true;
        }
        Action::SetLang(l) => w.lang = l,
        Action::Edit(e) => {
            edit_plan(w, e);
            // Problems shown after a refused Next update as the user fixes them.
            if let Route::Screen(s) = w.route {
                if !w.shown.is_empty() {
                    w.shown = w.screen_problems(s);
                }
            }
        }
        Action::Load(plan) => {
            w.plan = *plan;
            w.drafts.clear();
            w.shown.clear();
            w.visited.clear();
            w.return_to_review = false;
            w.route = Route::Review;
        }
        Action::Reset => {
            *w = Wizard::new(Plan::default(), w.lang);
        }
    }
}
