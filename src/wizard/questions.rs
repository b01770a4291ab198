//! Every question of the wizard, declared once: the screen that asks it, its kind, its texts,
//! whether it must be answered, the plan field it reads and writes, and where on its screen it
//! stands. Controls, validation,
//! check-your-answers rows and edits all follow from these declarations. The three matches
//! below are exhaustive (no wildcard arm), so a question missing one of them does not compile;
//! tests catch a missing text, review row or place in the documents.

use super::route::Screen;
use crate::domain::{
    ActionStatus, Amount, Approval, Audience, Cadence, Channel, Closed, CommsTeam, ConsentGroup,
    ConsentPractice, Count, Date, Dimension, Direction, Discipline, Frequency, GrowthAction, Hours,
    KpiId, KpiLevel, MilestoneId, OrgModel, PhaseKind, Plan, ProblemKind, ResponseTime, Role,
    RoleId, RoleKind, ScopeLevel, Sector, SizeBand, SocialGoal, Spokespeople, Stage,
    TrainingModule, Trust, Usage, VecSet, Weeks, MAX_ITEMS, MAX_TEXT,
};
use crate::i18n::{Label, Lang, Lower, T};

/// A question. Questions about one item of a list (an indicator, a role, a milestone) or one
/// member of a closed family (a channel, a dimension, a phase) carry which one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Q {
    OrgName,
    Sector,
    Size,
    Locations,
    Brands,
    Channel(Channel),
    CommsTeam,
    CommsHours,
    Score(Dimension),
    Target,
    Goals,
    GoalBusiness(SocialGoal),
    KpiName(KpiId),
    KpiGoal(KpiId),
    KpiLevel(KpiId),
    KpiUnit(KpiId),
    KpiDirection(KpiId),
    KpiBaseline(KpiId),
    KpiTarget(KpiId),
    KpiSource(KpiId),
    KpiFrequency(KpiId),
    KpiOwner(KpiId),
    ScopeLevel,
    Audiences,
    Trust,
    Model,
    ChoiceReason,
    Spokespeople,
    Approval,
    ResponseTime,
    Escalation,
    Consent,
    ConsentGroups,
    Disclaimer,
    CrisisPlan,
    Roles,
    RolePeople(RoleId),
    RoleHeadcount(RoleId),
    RoleHours(RoleId),
    RoleDiscipline(RoleId),
    TrainingModules,
    Ambassadors,
    NetworkSize,
    Rate(RoleKind),
    /// The open evaluation's score of a dimension.
    EvalScore(Dimension),
    /// The open evaluation's measured value of an indicator.
    EvalActual(KpiId),
    /// How a planned action went, in the open evaluation.
    EvalAction(GrowthAction),
    EvalIncidents,
    /// When the evaluation moment was held: today when it starts, changeable for a meeting
    /// entered afterwards.
    EvalDate,
    TrainingCost,
    MonitoringTool,
    SchedulingTool,
    Promotion,
    Start,
    PilotGroup,
    PhaseWeeks(PhaseKind),
    PhaseOverlap(PhaseKind),
    Evaluation,
    FirstEvaluation,
    Cadence,
    MilestoneTitle(MilestoneId),
    MilestoneDate(MilestoneId),
}

/// How a question is answered, and so which control asks it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// One line of free text.
    Text,
    /// Several lines of free text.
    LongText,
    /// One of a closed list, as radios.
    Choice,
    /// One of a closed list, as a drop-down: for grids of small choices.
    Select,
    /// Any of a closed list, as checkboxes.
    Multi,
    /// A whole number in a range, typed (a typo is shown, never dropped).
    Number {
        min: u32,
        max: u32,
    },
    /// Hours per week, with at most one decimal.
    Hours,
    /// A measured value, with at most two decimals.
    Amount,
    Date,
    /// Yes or no, as one checkbox.
    Flag,
}

/// The options of a choice: (key, label) in display order. Most are a closed enum's variants;
/// a few depend on the answers (the recommended model is marked).
pub type Options = fn(&Plan, Lang) -> Vec<(&'static str, String)>;

/// What the declaration of a question says.
#[derive(Clone, Copy)]
pub struct Spec {
    pub screen: Screen,
    pub label: T,
    pub hint: Option<T>,
    pub kind: Kind,
    pub required: bool,
    pub options: Options,
    /// How a document names the answer, where the question itself would read oddly ("Who
    /// may speak for the organisation?:" becomes "Spokespeople:").
    pub doc: Option<T>,
}

/// An answer, as the controls show it and edits bring it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer {
    Text(String),
    Key(Option<&'static str>),
    Keys(Vec<&'static str>),
    /// `None` is an empty field.
    Number(Option<u32>),
    Hours(Hours),
    Amount(Option<Amount>),
    Date(Option<Date>),
    Flag(bool),
}

fn no_options(_: &Plan, _: Lang) -> Vec<(&'static str, String)> {
    Vec::new()
}

fn closed<C: Closed + Label>(_: &Plan, lang: Lang) -> Vec<(&'static str, String)> {
    C::ALL
        .iter()
        .map(|c| (c.key(), c.label(lang).to_string()))
        .collect()
}

/// The target: "the next stage" (stored as no target) or a stage: the current one (to hold
/// it) or a later one. A stage below where the organisation stands is no target (a phone
/// walk chose "Traditional" from "Experimental" and got a plan to hold the stage); one an
/// older file holds stays listed, so it shows and can be changed.
fn targets(plan: &Plan, lang: Lang) -> Vec<(&'static str, String)> {
    let now = crate::domain::assess(&plan.maturity).map(|a| a.stage);
    let mut out = vec![(NEXT, T::TargetNext.get(lang).to_string())];
    out.extend(
        Stage::ALL
            .iter()
            .filter(|s| now.is_none_or(|now| **s >= now) || plan.maturity.target == Some(**s))
            .map(|s| (s.key(), format!("{}. {}", s.number(), s.label(lang)))),
    );
    out
}

/// The goals the plan has chosen: an indicator measures one of them.
fn chosen_goals(plan: &Plan, lang: Lang) -> Vec<(&'static str, String)> {
    plan.goals
        .goals
        .keys()
        .map(|g| (g.key(), g.label(lang).to_string()))
        .collect()
}

/// The key of "the next stage" among the targets.
pub const NEXT: &str = "next";

/// The models, the recommended one marked.
fn models(plan: &Plan, lang: Lang) -> Vec<(&'static str, String)> {
    let best = crate::domain::recommend(plan).recommended();
    OrgModel::ALL
        .iter()
        .map(|m| {
            let label = if *m == best {
                format!("{} ({})", m.label(lang), T::Recommended.get(lang).lower())
            } else {
                m.label(lang).to_string()
            };
            (m.key(), label)
        })
        .collect()
}

/// The stage descriptions of one dimension of the self-assessment.
fn grid_row(d: Dimension) -> Options {
    macro_rules! row {
        ($d:expr) => {
            |_: &Plan, lang: Lang| {
                Stage::ALL
                    .iter()
                    .map(|s| {
                        (
                            s.key(),
                            format!("{}. {}", s.number(), crate::i18n::grid_cell($d, *s, lang)),
                        )
                    })
                    .collect()
            }
        };
    }
    match d {
        Dimension::StrategyGoals => row!(Dimension::StrategyGoals),
        Dimension::OrganisationRoles => row!(Dimension::OrganisationRoles),
        Dimension::PolicyRules => row!(Dimension::PolicyRules),
        Dimension::SkillsTraining => row!(Dimension::SkillsTraining),
        Dimension::ListeningWebcare => row!(Dimension::ListeningWebcare),
        Dimension::Measurement => row!(Dimension::Measurement),
        Dimension::ExecutiveSupport => row!(Dimension::ExecutiveSupport),
    }
}

const fn ask(screen: Screen, label: T, kind: Kind) -> Spec {
    Spec {
        screen,
        label,
        hint: None,
        kind,
        required: false,
        options: no_options,
        doc: None,
    }
}

impl Spec {
    const fn required(mut self) -> Self {
        self.required = true;
        self
    }
    const fn hint(mut self, hint: T) -> Self {
        self.hint = Some(hint);
        self
    }
    const fn options(mut self, options: Options) -> Self {
        self.options = options;
        self
    }
    const fn doc(mut self, doc: T) -> Self {
        self.doc = Some(doc);
        self
    }
}

const fn number(min: u32, max: u32) -> Kind {
    Kind::Number { min, max }
}

/// The most people in one role, locations of one organisation.
const MANY: u32 = 10_000;
/// The most weeks for one phase or until the first evaluation: ten years.
const MAX_WEEKS: u32 = 520;

impl Q {
    /// The declaration.
    #[must_use]
    pub fn spec(self) -> Spec {
        use Kind::{Choice, Date, Flag, Hours, LongText, Multi, Select, Text};
        use Screen as S;
        match self {
            Q::OrgName => ask(S::OrgBasics, T::OrgName, Text).required(),
            Q::Sector => ask(S::OrgBasics, T::Sector, Choice)
                .hint(T::SectorHelp)
                .options(closed::<Sector>)
                .required(),
            Q::Size => ask(S::OrgBasics, T::Size, Choice)
                .options(closed::<SizeBand>)
                .required(),
            Q::Locations => ask(S::OrgChannels, T::Locations, number(1, MANY)).required(),
            Q::Brands => ask(S::OrgChannels, T::Brands, number(1, 1_000)).required(),
            Q::Channel(_) => {
                ask(S::OrgChannels, T::ChannelsLegend, Select).options(closed::<Usage>)
            }
            Q::CommsTeam => ask(S::OrgChannels, T::CommsTeam, Choice)
                .options(closed::<CommsTeam>)
                .required(),
            Q::CommsHours => ask(S::OrgChannels, T::CommsHours, Hours).hint(T::HoursHint),
            Q::Score(d) => ask(S::MaturityGrid, T::MaturityGridHeading, Choice)
                .options(grid_row(d))
                .required(),
            Q::Target => ask(S::MaturityResult, T::TargetQuestion, Choice)
                .hint(T::TargetHelp)
                .options(targets),
            Q::Goals => ask(S::Goals, T::GoalsHeading, Multi)
                .options(closed::<SocialGoal>)
                .required(),
            Q::GoalBusiness(_) => ask(S::Goals, T::BusinessGoal, Text),
            Q::KpiName(_) => ask(S::Kpis, T::KpiName, Text).required(),
            Q::KpiGoal(_) => ask(S::Kpis, T::KpiGoal, Select)
                .options(chosen_goals)
                .required(),
            Q::KpiLevel(_) => ask(S::Kpis, T::KpiLevel, Choice)
                .options(closed::<KpiLevel>)
                .required(),
            Q::KpiUnit(_) => ask(S::Kpis, T::KpiUnit, Text).hint(T::KpiUnitHint),
            Q::KpiDirection(_) => {
                ask(S::Kpis, T::KpiDirection, Select).options(closed::<Direction>)
            }
            Q::KpiBaseline(_) => {
                ask(S::Kpis, T::KpiBaseline, Kind::Amount).hint(T::KpiBaselineHint)
            }
            Q::KpiTarget(_) => ask(S::Kpis, T::KpiTarget, Kind::Amount),
            Q::KpiSource(_) => ask(S::Kpis, T::KpiSource, Text).hint(T::KpiSourceHint),
            Q::KpiFrequency(_) => {
                ask(S::Kpis, T::KpiFrequency, Select).options(closed::<Frequency>)
            }
            Q::KpiOwner(_) => ask(S::Kpis, T::KpiOwner, Text),
            Q::ScopeLevel => ask(S::Scope, T::ScopeLevel, Choice)
                .options(closed::<ScopeLevel>)
                .required(),
            Q::Audiences => ask(S::Scope, T::AudiencesLegend, Multi)
                .options(closed::<crate::domain::Audience>)
                .required(),
            Q::Trust => ask(S::GovInputs, T::Trust, Choice)
                .options(closed::<Trust>)
                .required(),
            Q::Model => ask(S::GovModel, T::ChooseModelLegend, Choice).options(models),
            Q::ChoiceReason => ask(S::GovModel, T::ChoiceReason, LongText),
            Q::Spokespeople => ask(S::GovRules, T::Spokespeople, Choice)
                .doc(T::DocSpokespeople)
                .options(closed::<Spokespeople>)
                .required(),
            Q::Approval => ask(S::GovRules, T::Approval, Choice)
                .doc(T::DocApproval)
                .options(closed::<Approval>)
                .required(),
            Q::ResponseTime => ask(S::GovRules, T::ResponseTime, Choice)
                .doc(T::DocResponseTime)
                .options(closed::<ResponseTime>)
                .required(),
            Q::Escalation => ask(S::GovRules, T::Escalation, Text)
                .doc(T::DocEscalation)
                .hint(T::EscalationHint)
                .required(),
            Q::Consent => ask(S::GovRules, T::ConsentQuestion, Choice)
                .doc(T::DocConsent)
                .hint(T::ConsentHint)
                .options(closed::<ConsentPractice>)
                .required(),
            Q::ConsentGroups => ask(S::GovRules, T::ConsentGroupsQuestion, Multi)
                .doc(T::DocConsentGroups)
                .hint(T::ConsentGroupsHint)
                .options(closed::<ConsentGroup>),
            Q::Disclaimer => ask(S::GovRules, T::PrivateDisclaimer, Flag),
            Q::CrisisPlan => ask(S::GovRules, T::CrisisInPlan, Flag),
            Q::Roles => ask(S::Team, T::RolesLegend, Multi)
                .hint(T::RolesHint)
                .options(closed::<RoleKind>)
                .required(),
            Q::RolePeople(_) => ask(S::Team, T::People, Text),
            Q::RoleHeadcount(_) => ask(S::Team, T::Headcount, number(1, MANY)).required(),
            Q::RoleHours(_) => ask(S::Team, T::HoursPerWeek, Hours).hint(T::HoursHint),
            Q::RoleDiscipline(_) => {
                ask(S::Team, T::RoleDiscipline, Select).options(closed::<Discipline>)
            }
            Q::TrainingModules => {
                ask(S::Training, T::TrainingLegend, Multi).options(closed::<TrainingModule>)
            }
            Q::Ambassadors => ask(S::Training, T::Ambassadors, number(0, 100_000)),
            Q::NetworkSize => ask(S::Training, T::NetworkSize, number(0, 1_000_000)),
            Q::Rate(_) => ask(S::Budget, T::RateLabel, number(0, 1_000)),
            Q::EvalScore(d) => ask(S::Evaluate, T::EvalScoresLegend, Select).options(grid_row(d)),
            Q::EvalActual(_) => ask(S::Evaluate, T::EvalActualsLegend, Kind::Amount),
            Q::EvalAction(_) => {
                ask(S::Evaluate, T::EvalActionsLegend, Select).options(closed::<ActionStatus>)
            }
            Q::EvalIncidents => ask(S::Evaluate, T::EvalIncidents, LongText),
            Q::EvalDate => ask(S::Evaluate, T::EvalDate, Date)
                .hint(T::EvalDateHint)
                .required(),
            Q::TrainingCost => ask(S::Budget, T::TrainingCost, number(0, 100_000)),
            Q::MonitoringTool => ask(S::Budget, T::MonitoringTool, number(0, 1_000_000)),
            Q::SchedulingTool => ask(S::Budget, T::SchedulingTool, number(0, 1_000_000)),
            Q::Promotion => ask(S::Budget, T::Promotion, number(0, 10_000_000)),
            Q::Start => ask(S::Dates, T::StartDate, Date)
                .hint(T::DateHint)
                .required(),
            Q::PilotGroup => ask(S::Dates, T::PilotGroup, Text).hint(T::PilotGroupHint),
            Q::PhaseWeeks(_) => ask(S::Dates, T::Weeks, number(0, MAX_WEEKS)).required(),
            Q::PhaseOverlap(_) => ask(S::Dates, T::Overlap, number(0, MAX_WEEKS)),
            Q::Evaluation => ask(S::Dates, T::EvaluationPlanned, Flag),
            Q::FirstEvaluation => {
                ask(S::Dates, T::FirstEvaluation, number(0, MAX_WEEKS)).required()
            }
            Q::Cadence => ask(S::Dates, T::Cadence, Select).options(closed::<Cadence>),
            Q::MilestoneTitle(_) => ask(S::Dates, T::MilestoneTitle, Text).required(),
            Q::MilestoneDate(_) => ask(S::Dates, T::MilestoneDate, Date)
                .hint(T::DateHint)
                .required(),
        }
    }

    /// The answer as the plan holds it now.
    #[must_use]
    pub fn read(self, p: &Plan) -> Answer {
        let o = &p.organisation;
        let g = &p.governance;
        let s = &p.staffing;
        let ph = &p.phasing;
        let kpi = |id: KpiId| p.goals.kpi(id);
        let role = |id: RoleId| s.role(id);
        let ms = |id: MilestoneId| ph.milestone(id);
        let text = |t: Option<&String>| Answer::Text(t.cloned().unwrap_or_default());
        match self {
            Q::OrgName => text(Some(&o.name)),
            Q::Sector => key(o.sector),
            Q::Size => key(o.size),
            Q::Locations => count(o.locations),
            Q::Brands => count(o.brands),
            Q::Channel(c) => key(Some(o.channels.get(&c).copied().unwrap_or(Usage::NotUsed))),
            Q::CommsTeam => key(o.comms_team),
            Q::CommsHours => Answer::Hours(o.comms_hours),
            Q::Score(d) => key(p.maturity.scores.get(&d).copied()),
            Q::Target => Answer::Key(Some(p.maturity.target.map_or(NEXT, Stage::key))),
            Q::Goals => keys(p.goals.goals.keys()),
            Q::GoalBusiness(goal) => text(p.goals.goals.get(&goal)),
            Q::KpiName(id) => text(kpi(id).map(|k| &k.name)),
            Q::KpiGoal(id) => key(kpi(id).and_then(|k| k.goal)),
            Q::KpiLevel(id) => key(kpi(id).and_then(|k| k.level)),
            Q::KpiUnit(id) => text(kpi(id).map(|k| &k.unit)),
            Q::KpiDirection(id) => key(kpi(id).map(|k| k.direction)),
            Q::KpiBaseline(id) => Answer::Amount(kpi(id).and_then(|k| k.baseline)),
            Q::KpiTarget(id) => Answer::Amount(kpi(id).and_then(|k| k.target)),
            Q::KpiSource(id) => text(kpi(id).map(|k| &k.source)),
            Q::KpiFrequency(id) => key(kpi(id).and_then(|k| k.frequency)),
            Q::KpiOwner(id) => text(kpi(id).map(|k| &k.owner)),
            Q::ScopeLevel => key(p.scope.level),
            Q::Audiences => keys(p.scope.audiences.keys()),
            Q::Trust => key(g.trust),
            Q::Model => key(Some(crate::domain::recommend(p).chosen)),
            Q::ChoiceReason => text(Some(&g.choice_reason)),
            Q::Spokespeople => key(g.spokespeople),
            Q::Approval => key(g.approval),
            Q::ResponseTime => key(g.response_time),
            Q::Escalation => text(Some(&g.escalation_contact)),
            Q::Consent => key(g.consent),
            Q::ConsentGroups => keys(g.consent_groups.iter()),
            Q::Disclaimer => Answer::Flag(g.private_disclaimer),
            Q::CrisisPlan => Answer::Flag(g.crisis_in_general_plan),
            Q::Roles => {
                let kinds: VecSet<RoleKind> = s.roles.iter().map(|r| r.kind).collect();
                keys(kinds.iter())
            }
            Q::RolePeople(id) => text(role(id).map(|r| &r.people)),
            Q::RoleHeadcount(id) => role(id).map_or(Answer::Number(None), |r| count(r.headcount)),
            Q::RoleHours(id) => Answer::Hours(role(id).map(|r| r.hours).unwrap_or_default()),
            Q::RoleDiscipline(id) => key(role(id).map(Role::discipline)),
            Q::TrainingModules => keys(s.training.iter()),
            Q::Ambassadors => count(s.ambassadors),
            Q::NetworkSize => count(s.network_size),
            Q::Rate(kind) => euros(Some(Count(crate::domain::budget::rate(p, kind)))),
            Q::EvalScore(d) => key(open(p).and_then(|e| e.scores.get(&d).copied())),
            Q::EvalActual(id) => Answer::Amount(open(p).and_then(|e| e.actuals.get(&id).copied())),
            Q::EvalAction(a) => key(Some(
                open(p)
                    .and_then(|e| e.actions.get(&a).copied())
                    .unwrap_or(ActionStatus::Planned),
            )),
            Q::EvalIncidents => text(open(p).map(|e| &e.incidents)),
            Q::EvalDate => Answer::Date(open(p).and_then(|e| e.date)),
            Q::TrainingCost => euros(p.budget.training_per_person.or(Some(Count(
                crate::domain::budget::DEFAULT_TRAINING_PER_PERSON,
            )))),
            Q::MonitoringTool => euros(p.budget.monitoring_tool.or(Some(Count(
                crate::domain::budget::default_monitoring_tool(p),
            )))),
            Q::SchedulingTool => euros(p.budget.scheduling_tool.or(Some(Count(
                crate::domain::budget::default_scheduling_tool(p),
            )))),
            Q::Promotion => euros(
                p.budget
                    .promotion
                    .or(Some(Count(crate::domain::budget::DEFAULT_PROMOTION))),
            ),
            Q::Start => Answer::Date(ph.start),
            Q::PilotGroup => text(Some(&ph.pilot_group)),
            Q::PhaseWeeks(k) => Answer::Number(Some(u32::from(ph.phases.get(k).weeks.0))),
            Q::PhaseOverlap(k) => Answer::Number(Some(u32::from(ph.phases.get(k).overlap.0))),
            Q::Evaluation => Answer::Flag(ph.first_evaluation.is_some()),
            Q::FirstEvaluation => Answer::Number(ph.first_evaluation.map(|w| u32::from(w.0))),
            Q::Cadence => key(Some(ph.cadence)),
            Q::MilestoneTitle(id) => text(ms(id).map(|m| &m.title)),
            Q::MilestoneDate(id) => Answer::Date(ms(id).and_then(|m| m.date)),
        }
    }

    /// Stores an answer. An answer of the wrong shape, or for an item that is gone, changes
    /// nothing: the edits come from controls built from `spec`, so that is never a real case.
    pub fn write(self, p: &mut Plan, a: Answer) {
        let o = &mut p.organisation;
        let g = &mut p.governance;
        let s = &mut p.staffing;
        let ph = &mut p.phasing;
        match self {
            Q::OrgName => put_text(&mut o.name, a),
            Q::Sector => put_key(&mut o.sector, a),
            Q::Size => put_key(&mut o.size, a),
            Q::Locations => put_count(&mut o.locations, a),
            Q::Brands => put_count(&mut o.brands, a),
            Q::Channel(c) => {
                if let Some(usage) = key_of(a) {
                    match usage {
                        Some(Usage::NotUsed) | None => {
                            o.channels.remove(&c);
                        }
                        Some(u) => {
                            o.channels.insert(c, u);
                        }
                    }
                }
            }
            Q::CommsTeam => put_key(&mut o.comms_team, a),
            Q::CommsHours => put_hours(&mut o.comms_hours, a),
            Q::Score(d) => {
                if let Some(stage) = key_of(a) {
                    match stage {
                        Some(st) => {
                            p.maturity.scores.insert(d, st);
                        }
                        None => {
                            p.maturity.scores.remove(&d);
                        }
                    }
                }
            }
            Q::Target => {
                if let Answer::Key(k) = a {
                    p.maturity.target = k.and_then(Stage::from_key);
                }
            }
            Q::Goals => {
                let Some(chosen) = keys_of::<SocialGoal>(a) else {
                    return;
                };
                p.goals.goals.retain(|goal, _| chosen.contains(goal));
                for goal in chosen {
                    p.goals.goals.with_default(goal, |_| ());
                }
            }
            Q::GoalBusiness(goal) => {
                if let Some(business) = p.goals.goals.get_mut(&goal) {
                    put_text(business, a);
                }
            }
            Q::KpiName(id) => {
                if let Some(k) = p.goals.kpi_mut(id) {
                    put_text(&mut k.name, a);
                }
            }
            Q::KpiLevel(id) => {
                if let Some(k) = p.goals.kpi_mut(id) {
                    put_key(&mut k.level, a);
                }
            }
            Q::KpiGoal(id) => {
                if let Some(k) = p.goals.kpi_mut(id) {
                    put_key(&mut k.goal, a);
                }
            }
            Q::KpiUnit(id) => {
                if let Some(k) = p.goals.kpi_mut(id) {
                    put_text(&mut k.unit, a);
                }
            }
            Q::KpiDirection(id) => {
                if let Some(k) = p.goals.kpi_mut(id) {
                    let mut d = Some(k.direction);
                    put_key(&mut d, a);
                    k.direction = d.unwrap_or(k.direction);
                }
            }
            Q::KpiBaseline(id) => {
                if let Some(k) = p.goals.kpi_mut(id) {
                    put_amount(&mut k.baseline, a);
                }
            }
            Q::KpiTarget(id) => {
                if let Some(k) = p.goals.kpi_mut(id) {
                    put_amount(&mut k.target, a);
                }
            }
            Q::KpiSource(id) => {
                if let Some(k) = p.goals.kpi_mut(id) {
                    put_text(&mut k.source, a);
                }
            }
            Q::KpiFrequency(id) => {
                if let Some(k) = p.goals.kpi_mut(id) {
                    put_key(&mut k.frequency, a);
                }
            }
            Q::KpiOwner(id) => {
                if let Some(k) = p.goals.kpi_mut(id) {
                    put_text(&mut k.owner, a);
                }
            }
            Q::ScopeLevel => put_key(&mut p.scope.level, a),
            Q::Audiences => {
                let Some(chosen) = keys_of::<crate::domain::Audience>(a) else {
                    return;
                };
                p.scope.audiences.retain(|au, _| chosen.contains(au));
                for au in chosen {
                    p.scope.audiences.with_default(au, |_| ());
                }
            }
            Q::Trust => put_key(&mut g.trust, a),
            Q::Model => {
                let Some(chosen) = key_of::<OrgModel>(a) else {
                    return;
                };
                // Choosing the recommended model stores nothing: the plan follows the advice,
                // also when later answers change it.
                let best = crate::domain::recommend(p).recommended();
                p.governance.chosen = chosen.filter(|m| *m != best);
            }
            Q::ChoiceReason => put_text(&mut g.choice_reason, a),
            Q::Spokespeople => put_key(&mut g.spokespeople, a),
            Q::Approval => put_key(&mut g.approval, a),
            Q::ResponseTime => put_key(&mut g.response_time, a),
            Q::Escalation => put_text(&mut g.escalation_contact, a),
            Q::Consent => put_key(&mut g.consent, a),
            Q::ConsentGroups => {
                if let Some(groups) = keys_of::<ConsentGroup>(a) {
                    g.consent_groups = groups.into_iter().collect();
                }
            }
            Q::Disclaimer => put_flag(&mut g.private_disclaimer, a),
            Q::CrisisPlan => put_flag(&mut g.crisis_in_general_plan, a),
            Q::Roles => {
                let Some(chosen) = keys_of::<RoleKind>(a) else {
                    return;
                };
                let gone: Vec<RoleId> = s
                    .roles
                    .iter()
                    .filter(|r| !chosen.contains(&r.kind))
                    .map(|r| r.id)
                    .collect();
                s.roles.retain(|r| chosen.contains(&r.kind));
                // A removed role's tasks go with it.
                for task in s.tasks.values_mut() {
                    for id in &gone {
                        task.remove_role(*id);
                    }
                }
                for kind in chosen {
                    if !s.roles.iter().any(|r| r.kind == kind) {
                        let id = s.next_role_id();
                        s.roles.push(Role {
                            id,
                            kind,
                            people: String::new(),
                            headcount: Count(1),
                            hours: crate::domain::Hours::default(),
                            discipline: None,
                        });
                    }
                }
            }
            Q::RolePeople(id) => {
                if let Some(r) = s.roles.iter_mut().find(|r| r.id == id) {
                    put_text(&mut r.people, a);
                }
            }
            Q::RoleHeadcount(id) => {
                if let Some(r) = s.roles.iter_mut().find(|r| r.id == id) {
                    put_count(&mut r.headcount, a);
                }
            }
            Q::RoleHours(id) => {
                if let Some(r) = s.roles.iter_mut().find(|r| r.id == id) {
                    put_hours(&mut r.hours, a);
                }
            }
            Q::RoleDiscipline(id) => {
                if let Some(r) = s.roles.iter_mut().find(|r| r.id == id) {
                    if let Some(d) = key_of::<Discipline>(a) {
                        // The role's own discipline is stored as none: it follows the role.
                        r.discipline = d.filter(|d| *d != r.kind.discipline());
                    }
                }
            }
            Q::TrainingModules => {
                if let Some(modules) = keys_of::<TrainingModule>(a) {
                    s.training = modules.into_iter().collect();
                }
            }
            Q::Ambassadors => put_count(&mut s.ambassadors, a),
            Q::NetworkSize => put_count(&mut s.network_size, a),
            Q::Rate(kind) => {
                if let Answer::Number(n) = a {
                    match n {
                        Some(n) => {
                            p.budget.rates.insert(kind, Count(n));
                        }
                        // An emptied field goes back to the default rate.
                        None => {
                            p.budget.rates.remove(&kind);
                        }
                    }
                }
            }
            Q::EvalScore(d) => {
                if let (Some(e), Some(stage)) = (open_mut(p), key_of::<Stage>(a)) {
                    match stage {
                        Some(s) => {
                            e.scores.insert(d, s);
                        }
                        None => {
                            e.scores.remove(&d);
                        }
                    }
                }
            }
            Q::EvalActual(id) => {
                if let (Some(e), Answer::Amount(v)) = (open_mut(p), a) {
                    match v {
                        Some(v) => {
                            e.actuals.insert(id, v);
                        }
                        None => {
                            e.actuals.remove(&id);
                        }
                    }
                }
            }
            Q::EvalAction(action) => {
                if let (Some(e), Some(Some(status))) = (open_mut(p), key_of::<ActionStatus>(a)) {
                    e.actions.insert(action, status);
                }
            }
            Q::EvalIncidents => {
                if let Some(e) = open_mut(p) {
                    put_text(&mut e.incidents, a);
                }
            }
            Q::EvalDate => {
                if let Some(e) = open_mut(p) {
                    put_date(&mut e.date, a);
                }
            }
            Q::TrainingCost => put_euros(&mut p.budget.training_per_person, a),
            Q::MonitoringTool => put_euros(&mut p.budget.monitoring_tool, a),
            Q::SchedulingTool => put_euros(&mut p.budget.scheduling_tool, a),
            Q::Promotion => put_euros(&mut p.budget.promotion, a),
            Q::Start => put_date(&mut ph.start, a),
            Q::PilotGroup => put_text(&mut ph.pilot_group, a),
            Q::PhaseWeeks(k) => put_weeks(&mut ph.phases.get_mut(k).weeks, a),
            Q::PhaseOverlap(k) => put_weeks(&mut ph.phases.get_mut(k).overlap, a),
            Q::Evaluation => {
                if let Answer::Flag(on) = a {
                    ph.first_evaluation = match (on, ph.first_evaluation) {
                        (true, Some(w)) => Some(w),
                        (true, None) => Some(DEFAULT_FIRST_EVALUATION),
                        (false, _) => None,
                    };
                }
            }
            Q::FirstEvaluation => {
                if let Answer::Number(n) = a {
                    // An emptied field keeps the evaluation planned; it is required instead.
                    if ph.first_evaluation.is_some() {
                        ph.first_evaluation = Some(weeks(n.unwrap_or(0)));
                    }
                }
            }
            Q::Cadence => {
                let mut c = Some(ph.cadence);
                put_key(&mut c, a);
                ph.cadence = c.unwrap_or(ph.cadence);
            }
            Q::MilestoneTitle(id) => {
                if let Some(m) = ph.milestone_mut(id) {
                    put_text(&mut m.title, a);
                }
            }
            Q::MilestoneDate(id) => {
                if let Some(m) = ph.milestone_mut(id) {
                    put_date(&mut m.date, a);
                }
            }
        }
    }

    #[must_use]
    pub fn screen(self) -> Screen {
        self.spec().screen
    }

    /// How a document names the answer: its statement, else its label.
    #[must_use]
    pub fn doc_label(self, lang: Lang) -> String {
        self.spec()
            .doc
            .map_or_else(|| self.label(lang), |t| t.get(lang).to_string())
    }

    /// The label the control shows. Questions about one member of a family are labelled
    /// with that member; the rest with their declared label.
    #[must_use]
    pub fn label(self, lang: Lang) -> String {
        match self {
            Q::Channel(c) => c.label(lang).to_string(),
            Q::Rate(k) => k.label(lang).to_string(),
            Q::EvalScore(d) => d.label(lang).to_string(),
            Q::Score(d) => d.label(lang).to_string(),
            Q::PhaseWeeks(k) | Q::PhaseOverlap(k) => {
                format!("{} – {}", self.spec().label.get(lang), k.label(lang))
            }
            _ => self.spec().label.get(lang).to_string(),
        }
    }

    /// The name of a question wherever it stands apart from its screen (the error summary):
    /// the label, with the item it belongs to.
    #[must_use]
    pub fn name(self, plan: &Plan, lang: Lang) -> String {
        let of = |item: String| format!("{item} – {}", self.label(lang));
        let nth =
            |pos: Option<usize>, t: T| format!("{} {}", t.get(lang), pos.map_or(0, |i| i + 1));
        let kpi = |id: KpiId| plan.goals.kpis.iter().position(|k| k.id == id);
        let ms = |id: MilestoneId| plan.phasing.milestones.iter().position(|m| m.id == id);
        match self {
            Q::GoalBusiness(goal) => of(goal.label(lang).to_string()),
            Q::KpiName(id) => of(nth(kpi(id), T::KpiItem)),
            Q::KpiGoal(id)
            | Q::KpiLevel(id)
            | Q::KpiUnit(id)
            | Q::KpiDirection(id)
            | Q::KpiBaseline(id)
            | Q::KpiTarget(id)
            | Q::KpiSource(id)
            | Q::KpiFrequency(id)
            | Q::KpiOwner(id) => of(nth(kpi(id), T::KpiItem)),
            // The label is the role itself: named apart, it says what is asked of it.
            Q::Rate(kind) => format!("{} – {}", kind.label(lang), T::RateLabel.get(lang)),
            Q::RolePeople(id) | Q::RoleHeadcount(id) | Q::RoleHours(id) | Q::RoleDiscipline(id) => {
                of(plan
                    .staffing
                    .role(id)
                    .map_or_else(String::new, |r| r.kind.label(lang).to_string()))
            }
            Q::MilestoneTitle(id) => nth(ms(id), T::MilestoneTitle),
            Q::MilestoneDate(id) => of(nth(ms(id), T::MilestoneTitle)),
            _ => self.label(lang),
        }
    }

    /// A stable key, unique among the questions: the UI's element ids are made from it.
    #[must_use]
    pub fn key(self) -> String {
        match self {
            Q::OrgName => "org-name".into(),
            Q::Sector => "sector".into(),
            Q::Size => "size".into(),
            Q::Locations => "locations".into(),
            Q::Brands => "brands".into(),
            Q::Channel(c) => format!("channel-{}", c.key()),
            Q::CommsTeam => "comms-team".into(),
            Q::CommsHours => "comms-hours".into(),
            Q::Score(d) => format!("maturity-{}", d.key()),
            Q::Target => "target".into(),
            Q::Goals => "goalbox".into(),
            Q::GoalBusiness(g) => format!("goal-{}", g.key()),
            Q::KpiName(id) => item("kpi", id.0, "name"),
            Q::KpiGoal(id) => item("kpi", id.0, "goal"),
            Q::KpiLevel(id) => item("kpi", id.0, "level"),
            Q::KpiUnit(id) => item("kpi", id.0, "unit"),
            Q::KpiDirection(id) => item("kpi", id.0, "direction"),
            Q::KpiBaseline(id) => item("kpi", id.0, "baseline"),
            Q::KpiTarget(id) => item("kpi", id.0, "target"),
            Q::KpiSource(id) => item("kpi", id.0, "source"),
            Q::KpiFrequency(id) => item("kpi", id.0, "frequency"),
            Q::KpiOwner(id) => item("kpi", id.0, "owner"),
            Q::ScopeLevel => "scope-level".into(),
            Q::Audiences => "audience".into(),
            Q::Trust => "trust".into(),
            Q::Model => "model".into(),
            Q::ChoiceReason => "choice-reason".into(),
            Q::Spokespeople => "spokespeople".into(),
            Q::Approval => "approval".into(),
            Q::ResponseTime => "response-time".into(),
            Q::Escalation => "escalation".into(),
            Q::Consent => "consent".into(),
            Q::ConsentGroups => "consent-groups".into(),
            Q::Disclaimer => "disclaimer".into(),
            Q::CrisisPlan => "crisis".into(),
            Q::Roles => "roles".into(),
            Q::RolePeople(id) => item("role", id.0, "people"),
            Q::RoleHeadcount(id) => item("role", id.0, "headcount"),
            Q::RoleHours(id) => item("role", id.0, "hours"),
            Q::RoleDiscipline(id) => item("role", id.0, "discipline"),
            Q::TrainingModules => "training".into(),
            Q::Ambassadors => "ambassadors".into(),
            Q::NetworkSize => "network".into(),
            Q::Rate(kind) => format!("rate-{}", kind.key()),
            Q::EvalScore(d) => format!("eval-{}", d.key()),
            Q::EvalActual(id) => format!("eval-kpi-{}", id.0),
            Q::EvalAction(a) => format!("eval-action-{}", a.key()),
            Q::EvalIncidents => "eval-incidents".into(),
            Q::EvalDate => "eval-date".into(),
            Q::TrainingCost => "training-cost".into(),
            Q::MonitoringTool => "monitoring-tool".into(),
            Q::SchedulingTool => "scheduling-tool".into(),
            Q::Promotion => "promotion".into(),
            Q::Start => "start".into(),
            Q::PilotGroup => "pilot-group".into(),
            Q::PhaseWeeks(k) => format!("phase-{}-weeks", k.key()),
            Q::PhaseOverlap(k) => format!("phase-{}-overlap", k.key()),
            Q::Evaluation => "evaluation-planned".into(),
            Q::FirstEvaluation => "first-evaluation".into(),
            Q::Cadence => "cadence".into(),
            Q::MilestoneTitle(id) => item("milestone", id.0, "title"),
            Q::MilestoneDate(id) => item("milestone", id.0, "date"),
        }
    }

    /// What typed text means for this question: the answer, or why it is not one yet.
    ///
    /// # Errors
    /// The problem to show when the text does not parse; the wizard keeps it as a draft.
    pub fn parse(self, raw: &str, lang: Lang) -> Result<Answer, ProblemKind> {
        let t = raw.trim();
        match self.spec().kind {
            Kind::Text | Kind::LongText => Ok(Answer::Text(raw.to_string())),
            Kind::Number { min, max } => {
                if t.is_empty() {
                    return Ok(Answer::Number(None));
                }
                whole_number(t, lang)
                    .filter(|n| *n <= max)
                    .map(|n| Answer::Number(Some(n)))
                    .ok_or(ProblemKind::WholeNumber { min, max })
            }
            Kind::Hours => {
                if t.is_empty() {
                    return Ok(Answer::Hours(crate::domain::Hours::default()));
                }
                t.parse()
                    .map(Answer::Hours)
                    .map_err(|_| ProblemKind::HoursNumber)
            }
            Kind::Amount => {
                if t.is_empty() {
                    return Ok(Answer::Amount(None));
                }
                Amount::parse_in(t, lang.decimal_comma())
                    .map(|v| Answer::Amount(Some(v)))
                    .map_err(|_| ProblemKind::AmountNumber)
            }
            Kind::Date => {
                if t.is_empty() {
                    return Ok(Answer::Date(None));
                }
                t.parse()
                    .map(|d| Answer::Date(Some(d)))
                    .map_err(|()| ProblemKind::InvalidDate)
            }
            Kind::Choice | Kind::Select | Kind::Multi | Kind::Flag => {
                Ok(Answer::Text(raw.to_string()))
            }
        }
    }

    /// What is wrong with the stored answer, judged by the declaration alone.
    #[must_use]
    pub fn check(self, plan: &Plan) -> Option<ProblemKind> {
        let spec = self.spec();
        // An evaluation is held against the one before it: it cannot come before it.
        if self == Q::EvalDate {
            let open = crate::domain::open_evaluation(plan);
            let date = |i: usize| plan.evaluations.get(i).and_then(|e| e.date);
            if let (Some(now), Some(before)) = (
                open.and_then(date),
                open.and_then(|i| i.checked_sub(1)).and_then(date),
            ) {
                if now < before {
                    return Some(ProblemKind::BeforePreviousEvaluation);
                }
            }
            if let (Some(now), Some(start)) = (open.and_then(date), plan.phasing.start) {
                if now < start {
                    return Some(ProblemKind::BeforePlanStart);
                }
            }
        }
        match (spec.kind, self.read(plan)) {
            (_, Answer::Text(t)) if spec.required && t.trim().is_empty() => {
                Some(ProblemKind::Required)
            }
            (_, Answer::Text(t)) if t.chars().count() > MAX_TEXT => {
                Some(ProblemKind::TooLong { max: MAX_TEXT })
            }
            (Kind::Multi, Answer::Keys(k)) if spec.required && k.is_empty() => {
                Some(ProblemKind::ChooseAtLeastOne)
            }
            (_, Answer::Key(None)) if spec.required => Some(ProblemKind::ChooseOne),
            (_, Answer::Date(None)) if spec.required => Some(ProblemKind::Required),
            (Kind::Number { min, max }, Answer::Number(n)) => match n {
                None if spec.required => Some(ProblemKind::WholeNumber { min, max }),
                Some(n) if n < min || n > max => Some(ProblemKind::WholeNumber { min, max }),
                _ => None,
            },
            _ => None,
        }
    }
}

/// A whole number as people type it: "1200", or with the language's thousands separator in
/// its place ("1.200" in Dutch, "1,200" in English), as the error message itself writes it.
/// Grouped text is read by the amounts' own reader and taken only when it is written exactly
/// as the language groups that number, so "1.20", "1.00" and "1,5" stay no whole number.
fn whole_number(t: &str, lang: Lang) -> Option<u32> {
    if let Ok(n) = t.parse::<u32>() {
        return Some(n);
    }
    let hundredths = Amount::parse_in(t, lang.decimal_comma()).ok()?.hundredths();
    let n = u32::try_from(hundredths / 100)
        .ok()
        .filter(|_| hundredths % 100 == 0)?;
    (crate::i18n::number(u64::from(n), lang) == t).then_some(n)
}

/// What a question screen is made of: blocks (shown together, or one at a time in workshop
/// mode), each a list of parts.
///
/// A view on a screen that is more than a question; the UI draws each in its own way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rich {
    /// The stage the self-assessment gives, with the reasons.
    StageResult,
    /// What the chosen target takes: skipped stages, growth actions, fall-back risks.
    TargetAdvice,
    /// The recommended model and the five compared.
    ModelAdvice,
    /// The channels, roles and rhythms for one audience.
    AudienceChannels(Audience),
    /// Warnings about the team as a whole.
    TeamWarnings,
    TotalHours,
    /// The cost estimate, year one and the years after.
    Budget,
    Raci,
    Reach,
    ScheduleWarnings,
    Timeline,
    /// The seven dimensions as scored, beside what the target stage needs of each.
    Profile,
    /// What the self-assessment says about skills and training (asked there, once).
    TrainingFromGrid,
    /// The consistency findings that are fixed on this screen.
    Findings(Screen),
    /// The indicators' measured values at an evaluation, each named after its indicator.
    EvalActuals,
    /// The evaluation held against the plan: then and now, the indicators, the next steps.
    EvaluationResult,
    /// Finish the evaluation.
    CloseEvaluation,
    /// The progress report to download, once something is evaluated.
    ReportDownloads,
    /// How each planned action went: choices the documents module draws (the actions come
    /// from the advice, which the first load does not carry).
    EvalActions,
}

impl Rich {
    /// Whether the documents module renders it: judgement whose rules and texts the first
    /// screen does not need.
    #[must_use]
    pub fn in_module(self) -> bool {
        matches!(
            self,
            Rich::StageResult
                | Rich::TargetAdvice
                | Rich::ModelAdvice
                | Rich::Profile
                | Rich::Findings(_)
                | Rich::Budget
                | Rich::TeamWarnings
                | Rich::ScheduleWarnings
                | Rich::EvaluationResult
                | Rich::EvalActions
                | Rich::Timeline
        )
    }

    /// The key of its part in what the documents module renders for the screen.
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Rich::StageResult => "stage",
            Rich::TargetAdvice => "target",
            Rich::ModelAdvice => "models",
            Rich::Profile => "profile",
            Rich::Findings(_) => "findings",
            Rich::AudienceChannels(_) => "channels",
            Rich::TeamWarnings => "team",
            Rich::TotalHours => "hours",
            Rich::Budget => "budget",
            Rich::Raci => "tasks",
            Rich::Reach => "reach",
            Rich::ScheduleWarnings => "schedule",
            Rich::Timeline => "timeline",
            Rich::TrainingFromGrid => "training",
            Rich::EvalActuals => "actuals",
            Rich::EvaluationResult => "evaluation",
            Rich::CloseEvaluation => "close",
            Rich::EvalActions => "actions",
            Rich::ReportDownloads => "report",
        }
    }
}

/// Something to add to a list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Add {
    Kpi,
    Milestone,
}

/// One item of a list, to remove.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Item {
    Kpi(crate::domain::KpiId),
    Milestone(crate::domain::MilestoneId),
}

/// One part of a screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Part {
    Ask(Q),
    /// Questions side by side.
    Row(Vec<Q>),
    /// Several answers to one question, under a shared legend.
    Group(T, Vec<Part>),
    /// A multiple choice whose checked options each reveal more parts.
    Reveal(Q, Vec<(&'static str, Vec<Part>)>),
    /// A yes/no that reveals more parts when yes.
    RevealIf(Q, Vec<Part>),
    /// One item of a list: its legend is the label with its number.
    Item {
        legend: T,
        number: usize,
        item: Item,
        parts: Vec<Part>,
    },
    Add(T, Add),
    /// A remark in the screen's flow.
    Note(T),
    /// The weeks and overlap of every phase, as a table.
    Phases(Vec<(PhaseKind, Q, Option<Q>)>),
    Rich(Rich),
}

/// Where each question is asked: the blocks of every question screen, in order.
#[must_use]
pub fn layout(plan: &Plan, screen: Screen) -> Vec<Vec<Part>> {
    use Part::{Ask, Group, Rich as R, Row};
    match screen {
        Screen::OrgBasics => vec![
            vec![Ask(Q::OrgName)],
            vec![Ask(Q::Sector)],
            vec![Ask(Q::Size)],
        ],
        Screen::OrgChannels => vec![
            vec![Row(vec![Q::Locations, Q::Brands])],
            vec![Group(
                T::ChannelsLegend,
                crate::domain::Channel::ALL
                    .iter()
                    .map(|c| Ask(Q::Channel(*c)))
                    .collect(),
            )],
            vec![
                Ask(Q::CommsTeam),
                Ask(Q::CommsHours),
                R(Rich::Findings(Screen::OrgChannels)),
            ],
        ],
        Screen::MaturityGrid => {
            let mut blocks: Vec<Vec<Part>> = Dimension::ALL
                .iter()
                .map(|d| vec![Ask(Q::Score(*d))])
                .collect();
            if let Some(last) = blocks.last_mut() {
                last.push(R(Rich::Findings(Screen::MaturityGrid)));
            }
            blocks
        }
        Screen::MaturityResult => {
            if crate::domain::assess(&plan.maturity).is_none() {
                vec![vec![Part::Note(T::MaturityIncomplete)]]
            } else {
                vec![
                    vec![R(Rich::StageResult), R(Rich::Profile)],
                    vec![Ask(Q::Target), R(Rich::TargetAdvice)],
                ]
            }
        }
        Screen::Goals => vec![vec![Part::Reveal(
            Q::Goals,
            SocialGoal::ALL
                .iter()
                .filter(|g| plan.goals.goals.contains_key(g))
                .map(|g| (g.key(), vec![Ask(Q::GoalBusiness(*g))]))
                .collect(),
        )]],
        Screen::Kpis => {
            let mut parts = Vec::new();
            if plan.goals.kpis.is_empty() {
                parts.push(Part::Note(T::NoKpis));
            }
            for (i, k) in plan.goals.kpis.iter().enumerate() {
                parts.push(Part::Item {
                    legend: T::KpiItem,
                    number: i + 1,
                    item: Item::Kpi(k.id),
                    parts: vec![
                        Ask(Q::KpiName(k.id)),
                        Ask(Q::KpiGoal(k.id)),
                        Ask(Q::KpiLevel(k.id)),
                        Row(vec![
                            Q::KpiBaseline(k.id),
                            Q::KpiTarget(k.id),
                            Q::KpiUnit(k.id),
                        ]),
                        Row(vec![Q::KpiDirection(k.id), Q::KpiFrequency(k.id)]),
                        Row(vec![Q::KpiSource(k.id), Q::KpiOwner(k.id)]),
                    ],
                });
            }
            if plan.goals.kpis.len() < MAX_ITEMS {
                parts.push(Part::Add(T::AddKpi, Add::Kpi));
            }
            parts.push(R(Rich::Findings(Screen::Kpis)));
            vec![parts]
        }
        Screen::Scope => vec![
            vec![Ask(Q::ScopeLevel)],
            vec![Part::Reveal(
                Q::Audiences,
                Audience::ALL
                    .iter()
                    .filter(|a| plan.scope.audiences.contains_key(a))
                    .map(|a| (a.key(), vec![R(Rich::AudienceChannels(*a))]))
                    .collect(),
            )],
            vec![R(Rich::Findings(Screen::Scope))],
        ],
        Screen::GovInputs => vec![vec![Ask(Q::Trust), R(Rich::TrainingFromGrid)]],
        Screen::GovModel => {
            let mut choice = vec![Ask(Q::Model)];
            let deviates = crate::domain::recommend(plan).deviates;
            if deviates || !plan.governance.choice_reason.is_empty() {
                choice.push(Ask(Q::ChoiceReason));
            }
            vec![
                vec![R(Rich::ModelAdvice)],
                choice,
                vec![R(Rich::Findings(Screen::GovModel))],
            ]
        }
        Screen::GovRules => vec![
            vec![Ask(Q::Spokespeople)],
            vec![Ask(Q::Approval)],
            vec![Ask(Q::ResponseTime)],
            vec![Ask(Q::Escalation)],
            vec![
                Part::Note(T::ConsentRequirement),
                Ask(Q::Consent),
                Ask(Q::ConsentGroups),
            ],
            vec![
                Group(T::RulesChecks, vec![Ask(Q::Disclaimer), Ask(Q::CrisisPlan)]),
                Part::Note(T::WebcareNote),
                R(Rich::Findings(Screen::GovRules)),
            ],
        ],
        Screen::Team => vec![vec![
            R(Rich::TeamWarnings),
            Part::Reveal(
                Q::Roles,
                RoleKind::ALL
                    .iter()
                    .filter_map(|kind| {
                        let roles: Vec<Part> = plan
                            .staffing
                            .roles
                            .iter()
                            .filter(|r| r.kind == *kind)
                            .flat_map(|r| {
                                [
                                    Ask(Q::RolePeople(r.id)),
                                    Row(vec![Q::RoleHeadcount(r.id), Q::RoleHours(r.id)]),
                                    Ask(Q::RoleDiscipline(r.id)),
                                ]
                            })
                            .collect();
                        (!roles.is_empty()).then_some((kind.key(), roles))
                    })
                    .collect(),
            ),
            R(Rich::TotalHours),
            R(Rich::Findings(Screen::Team)),
        ]],
        Screen::Raci => vec![vec![R(Rich::Raci), R(Rich::Findings(Screen::Raci))]],
        Screen::Training => vec![
            vec![Ask(Q::TrainingModules)],
            vec![
                Row(vec![Q::Ambassadors, Q::NetworkSize]),
                R(Rich::Reach),
                R(Rich::Findings(Screen::Training)),
            ],
        ],
        Screen::Budget => {
            let mut kinds: Vec<RoleKind> = Vec::new();
            for r in &plan.staffing.roles {
                if !kinds.contains(&r.kind) {
                    kinds.push(r.kind);
                }
            }
            let mut costs = vec![Q::TrainingCost, Q::MonitoringTool, Q::SchedulingTool];
            if plan.goals.goals.contains_key(&SocialGoal::Recruitment) {
                costs.push(Q::Promotion);
            }
            let mut blocks = vec![vec![Part::Note(T::BudgetIntro)]];
            if !kinds.is_empty() {
                blocks.push(vec![Group(
                    T::RatesLegend,
                    kinds.into_iter().map(|k| Ask(Q::Rate(k))).collect(),
                )]);
            }
            blocks.push(vec![Group(
                T::CostsLegend,
                costs.into_iter().map(Ask).collect(),
            )]);
            blocks.push(vec![R(Rich::Budget)]);
            blocks
        }
        Screen::Dates => {
            let phases = PhaseKind::ALL
                .iter()
                .map(|k| {
                    let overlap = (*k != PhaseKind::Identify).then_some(Q::PhaseOverlap(*k));
                    (*k, Q::PhaseWeeks(*k), overlap)
                })
                .collect();
            let mut milestones: Vec<Part> = plan
                .phasing
                .milestones
                .iter()
                .enumerate()
                .map(|(i, m)| Part::Item {
                    legend: T::MilestoneTitle,
                    number: i + 1,
                    item: Item::Milestone(m.id),
                    parts: vec![Row(vec![Q::MilestoneTitle(m.id), Q::MilestoneDate(m.id)])],
                })
                .collect();
            if plan.phasing.milestones.len() < MAX_ITEMS {
                milestones.push(Part::Add(T::AddMilestone, Add::Milestone));
            }
            vec![
                vec![Ask(Q::Start)],
                vec![Part::Phases(phases)],
                vec![Ask(Q::PilotGroup)],
                vec![Part::RevealIf(
                    Q::Evaluation,
                    if plan.phasing.first_evaluation.is_some() {
                        vec![Ask(Q::FirstEvaluation), Ask(Q::Cadence)]
                    } else {
                        Vec::new()
                    },
                )],
                vec![Group(T::MilestonesLegend, milestones)],
            ]
        }
        Screen::Timeline => vec![vec![R(Rich::ScheduleWarnings), R(Rich::Timeline)]],
        Screen::Evaluate => {
            if crate::domain::open_evaluation(plan).is_none() {
                return vec![vec![Part::Note(T::NoOpenEvaluation)]];
            }
            let mut blocks = vec![
                vec![Ask(Q::EvalDate)],
                vec![Group(
                    T::EvalScoresLegend,
                    Dimension::ALL
                        .iter()
                        .map(|d| Ask(Q::EvalScore(*d)))
                        .collect(),
                )],
            ];
            if !plan.goals.kpis.is_empty() {
                blocks.push(vec![R(Rich::EvalActuals)]);
            }
            blocks.push(vec![R(Rich::EvalActions)]);
            blocks.push(vec![Ask(Q::EvalIncidents)]);
            blocks.push(vec![
                R(Rich::EvaluationResult),
                R(Rich::ReportDownloads),
                R(Rich::CloseEvaluation),
            ]);
            blocks
        }
    }
}

/// The evaluation being entered, if any.
fn open(p: &Plan) -> Option<&crate::domain::Evaluation> {
    crate::domain::open_evaluation(p).and_then(|i| p.evaluations.get(i))
}

fn open_mut(p: &mut Plan) -> Option<&mut crate::domain::Evaluation> {
    crate::domain::open_evaluation(p).and_then(|i| p.evaluations.get_mut(i))
}

/// Twelve weeks after go-live: a quarter, early enough to adjust a pilot.
pub const DEFAULT_FIRST_EVALUATION: Weeks = Weeks(12);

fn key<C: Closed>(v: Option<C>) -> Answer {
    Answer::Key(v.map(C::key))
}

fn keys<'a, C: Closed>(v: impl Iterator<Item = &'a C>) -> Answer {
    Answer::Keys(v.map(|c| c.key()).collect())
}

/// A count of zero is shown as an empty field: zero locations is no answer.
fn count(c: Count) -> Answer {
    Answer::Number(Some(c.0).filter(|n| *n > 0))
}

fn weeks(n: u32) -> Weeks {
    Weeks(u16::try_from(n).unwrap_or(u16::MAX))
}

fn put_text(field: &mut String, a: Answer) {
    if let Answer::Text(t) = a {
        *field = t;
    }
}

fn put_key<C: Closed>(field: &mut Option<C>, a: Answer) {
    if let Some(v) = key_of(a) {
        *field = v;
    }
}

/// The choice an answer makes, if it is a choice at all.
fn key_of<C: Closed>(a: Answer) -> Option<Option<C>> {
    match a {
        Answer::Key(k) => Some(k.and_then(C::from_key)),
        _ => None,
    }
}

/// The choices a multiple-choice answer makes, if it is one.
fn keys_of<C: Closed>(a: Answer) -> Option<Vec<C>> {
    match a {
        Answer::Keys(k) => Some(k.into_iter().filter_map(C::from_key).collect()),
        _ => None,
    }
}

fn put_count(field: &mut Count, a: Answer) {
    if let Answer::Number(n) = a {
        *field = Count(n.unwrap_or(0));
    }
}

fn put_weeks(field: &mut Weeks, a: Answer) {
    if let Answer::Number(n) = a {
        *field = weeks(n.unwrap_or(0));
    }
}

fn put_hours(field: &mut Hours, a: Answer) {
    if let Answer::Hours(h) = a {
        *field = h;
    }
}

/// "kpi-3-unit": one out-of-line `format!` for every numbered item's field, in place of one
/// per question.
#[inline(never)]
fn item(kind: &str, n: u32, part: &str) -> String {
    format!("{kind}-{n}-{part}")
}

fn put_amount(field: &mut Option<Amount>, a: Answer) {
    if let Answer::Amount(v) = a {
        *field = v;
    }
}

/// Euros are whole numbers; the field shows the value in use, the default included.
fn euros(v: Option<Count>) -> Answer {
    Answer::Number(v.map(|c| c.0))
}

/// An emptied field goes back to the default; a number entered, zero included, replaces it.
fn put_euros(field: &mut Option<Count>, a: Answer) {
    if let Answer::Number(n) = a {
        *field = n.map(Count);
    }
}

fn put_date(field: &mut Option<Date>, a: Answer) {
    if let Answer::Date(d) = a {
        *field = d;
    }
}

fn put_flag(field: &mut bool, a: Answer) {
    if let Answer::Flag(b) = a {
        *field = b;
    }
}
