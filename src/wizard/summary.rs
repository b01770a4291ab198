//! The plan summary: every number, date and sentence the plan screen, check-your-answers and
//! every export show, derived once from the plan in one language so they never disagree.

use super::questions::layout;
use super::questions::{Answer, Q};
use super::questions::{Part, Rich};
use super::route::Screen;
use crate::domain::{
    advise, assess, check, effective_target, findings, needs, plan_flags, potential_reach,
    recommend, register, schedule, total_hours_tenths, Activity, Advice, Date, Dimension, FixAt,
    GrowthAction, Hours, Level, OrgModel, PhaseKind, Plan, Raci, Section, Severity,
    StaffingWarning, Stage,
};
use crate::i18n::{self, Label, Lang, Lower, D, T};

/// Maturity as shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MaturityView {
    pub current: Stage,
    pub target: Stage,
    /// The target is the next stage Koers proposes; nobody chose it yet.
    pub target_proposed: bool,
    pub reasons: Vec<String>,
    pub skips_stages: bool,
    pub consolidates: bool,
    /// What to do, the largest gap first.
    pub actions: Vec<String>,
    /// What the answers show as done already: keep doing it.
    pub keep: Vec<String>,
    pub risks: Vec<String>,
    /// Every dimension: where it stands, and what the target needs of it if more.
    pub profile: Vec<ProfileRow>,
}

/// One dimension of the self-assessment beside the target.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProfileRow {
    pub dimension: Dimension,
    pub at: Stage,
    /// What the target stage needs of this dimension, when that is more than it has.
    pub needs: Option<Stage>,
}

/// A consistency finding as shown: how much it matters, what it says, where to fix it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FindingView {
    pub severity: Severity,
    pub text: String,
    pub fix: Screen,
}

/// A risk of the register in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RiskView {
    pub title: String,
    pub likelihood: String,
    pub impact: String,
    /// The facts from the answers behind the two.
    pub why: String,
    pub mitigation: String,
    /// Who owns it, or an open point.
    pub owner: Option<String>,
    pub breaks_law: bool,
    pub high: bool,
}

/// One model in the comparison.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ModelView {
    pub model: OrgModel,
    pub score: i32,
    pub reasons: Vec<(String, i32)>,
}

/// The governance decision.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GovernanceView {
    pub recommended: OrgModel,
    pub chosen: OrgModel,
    /// Whether the user chose (or confirmed) a model, or the plan only has the advice.
    pub chosen_by_user: bool,
    pub deviates: bool,
    /// What holds whatever the model (a regulated sector's central core).
    pub caveats: Vec<String>,
    pub reason: String,
    pub ranked: Vec<ModelView>,
    /// The ranking in a few sentences (what carries the first two models); empty when
    /// nothing was ranked.
    pub contrast: String,
    /// (rule, answer) pairs; an unanswered rule reads "not recorded yet".
    pub rules: Vec<(String, String)>,
}

/// A row of the team table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoleView {
    pub role: String,
    pub people: String,
    /// The discipline the people bring.
    pub discipline: String,
    pub headcount: u32,
    pub hours: String,
}

/// A phase with its dates.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PhaseView {
    pub kind: PhaseKind,
    pub start: Date,
    /// Inclusive last day.
    pub end: Date,
    pub weeks: u16,
}

/// A dated milestone with its title.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MilestoneView {
    pub date: Date,
    pub title: String,
    /// Evaluation moments are flagged so the calendar can say so.
    pub evaluation: bool,
    /// Stays the same for the same milestone in any language, on any date, among any others:
    /// what its calendar event is named after.
    pub key: String,
    /// The evaluation moment lies within the evaluation phase.
    pub in_evaluation_phase: bool,
    /// What the evaluation or go/no-go moment goes through, one point a line; empty for other
    /// milestones.
    pub agenda: Vec<String>,
}

/// The computed timeline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimelineView {
    /// The first working day, the kick-off.
    pub start: Date,
    /// The last day of the latest phase (inclusive), as the phase table shows it.
    pub end: Date,
    pub go_live: Date,
    pub phases: Vec<PhaseView>,
    pub milestones: Vec<MilestoneView>,
    /// The first evaluation moment after the rollout, when the indicators' targets are due
    /// (filled with the agendas; `None` without a rollout or a moment after it).
    pub targets_by: Option<Date>,
}

impl TimelineView {
    /// The date of a computed milestone (the plan's approval, the training's start), by its
    /// kind's key.
    #[must_use]
    pub fn date_of(&self, kind: &crate::domain::MilestoneKind) -> Option<Date> {
        let key = kind.key();
        self.milestones
            .iter()
            .find(|m| m.key == key)
            .map(|m| m.date)
    }
}

/// One channel for one audience: (channel, role, rhythm), in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChannelView {
    pub channel: String,
    pub role: String,
    pub rhythm: String,
}

/// An audience and its channels.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AudienceView {
    pub audience: String,
    pub channels: Vec<ChannelView>,
}

/// A KPI row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KpiView {
    pub name: String,
    /// The goal it measures; empty when not chosen.
    pub goal: String,
    pub level: String,
    /// Baseline and target with their unit ("120 sollicitaties"); empty when not entered.
    pub baseline: String,
    pub target: String,
    /// "Hoger is beter" / "Lager is beter".
    pub direction: String,
    pub source: String,
    pub frequency: String,
    pub owner: String,
    /// What an older file said in words.
    pub note: String,
}

/// One line of the cost estimate, as shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BudgetRow {
    pub item: String,
    /// How the amount comes about ("16 uur per week · 0,44 fte · 736 uur per jaar · € 70 per uur").
    pub detail: String,
    pub year_one: String,
    pub later: String,
}

/// The cost estimate, as shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BudgetView {
    pub rows: Vec<BudgetRow>,
    pub year_one: String,
    pub later: String,
    /// Of the totals: the team's time, and the money spent (training, tools, promotion).
    pub time: (String, String),
    pub spend: (String, String),
    /// What the totals are made of, as rows under them (label, year one, later): the team's
    /// time, split where people work on communication today into what their hours already
    /// pay for and what comes on top; then the money spent.
    pub parts: Vec<(String, String, String)>,
    /// Year one's team time split in two: what today's communication hours already pay for,
    /// and what comes on top; `None` where nobody works on communication today.
    pub existing: Option<(String, String)>,
    /// What the estimate assumes, in words: the general assumptions, then how today's
    /// communication hours are priced and why they are worth less after year one where they
    /// are counted apart, and a small organisation's free tools.
    pub assumptions: String,
    /// Roles left out because they have no hours, in words; empty when none.
    pub without_hours: String,
}

/// "€ 5.060" / "€5,060". The Dutch space is a no-break space (U+00A0): a narrow table column
/// would otherwise put the euro sign and the amount on two lines.
#[must_use]
pub fn euros(n: u64, lang: Lang) -> String {
    match lang {
        // A no-break space: "€" never ends a line with its amount on the next.
        Lang::Nl => format!("€\u{a0}{}", i18n::number(n, lang)),
        Lang::En => format!("€{}", i18n::number(n, lang)),
    }
}

/// The cost estimate in words and euros.
#[must_use]
pub fn budget_view(plan: &Plan, lang: Lang) -> BudgetView {
    use crate::domain::budget::{estimate, Item};
    let e = estimate(plan);
    let d = |k: D| k.get(lang);
    let rows = e
        .lines
        .iter()
        .map(|line| {
            let (item, detail) = match line.item {
                Item::Role { kind, rate, .. } => {
                    let per_week = hours_text(
                        match line.item {
                            Item::Role {
                                tenths_per_week, ..
                            } => tenths_per_week,
                            _ => 0,
                        },
                        lang,
                    );
                    let per_year = line.item.tenths_per_year().unwrap_or(0) / 10;
                    let fte = line.item.fte_hundredths().unwrap_or(0);
                    let sep = if lang.decimal_comma() { ',' } else { '.' };
                    // "1 hour a week", not "1 hours".
                    let unit = if per_week == "1" {
                        D::BudgetRoleDetailOne
                    } else {
                        D::BudgetRoleDetail
                    };
                    let mut detail = format!(
                        "{per_week} {} · {}{sep}{:02} {} · {} {} · {} {}",
                        d(unit),
                        fte / 100,
                        fte % 100,
                        lang.pick("fte", "FTE"),
                        i18n::number(per_year, lang),
                        d(D::BudgetPerYear),
                        euros(u64::from(rate), lang),
                        d(D::BudgetPerHour),
                    );
                    if kind == crate::domain::RoleKind::ProjectLead {
                        detail = format!("{detail} ({})", d(D::BudgetProjectOnly));
                    }
                    if line.from_week > 0 {
                        let weeks = crate::domain::budget::YEAR_WEEKS - line.from_week;
                        detail = format!(
                            "{detail} ({}: {weeks} {})",
                            d(D::BudgetFromGoLive),
                            d(D::BudgetWeeksOf)
                        );
                    }
                    (kind.label(lang).to_string(), detail)
                }
                Item::Training { people, per_person } => (
                    d(D::BudgetTraining).to_string(),
                    format!(
                        "{} {} × {}; {}",
                        i18n::number(people, lang),
                        d(D::BudgetPeople),
                        euros(u64::from(per_person), lang),
                        d(D::BudgetRefresher)
                    ),
                ),
                Item::MonitoringTool => (T::MonitoringTool.get(lang).to_string(), String::new()),
                Item::SchedulingTool => (T::SchedulingTool.get(lang).to_string(), String::new()),
                Item::Promotion => (T::Promotion.get(lang).to_string(), String::new()),
            };
            BudgetRow {
                item,
                detail,
                year_one: euros(line.year_one, lang),
                later: euros(line.later, lang),
            }
        })
        .collect();
    let without: Vec<&str> = e
        .roles_without_hours
        .iter()
        .map(|k| k.label(lang))
        .collect();
    BudgetView {
        rows,
        year_one: euros(e.year_one, lang),
        later: euros(e.later, lang),
        time: (euros(e.time_year_one, lang), euros(e.time_later, lang)),
        spend: (
            euros(e.year_one - e.time_year_one, lang),
            euros(e.later - e.time_later, lang),
        ),
        parts: {
            let spend = (
                d(D::BudgetSpend).to_string(),
                euros(e.year_one - e.time_year_one, lang),
                euros(e.later - e.time_later, lang),
            );
            if e.existing_year_one == 0 {
                let time = (
                    d(D::BudgetTime).to_string(),
                    euros(e.time_year_one, lang),
                    euros(e.time_later, lang),
                );
                vec![time, spend]
            } else {
                let hours = crate::domain::Hours::from_tenths(
                    u32::try_from(e.existing_tenths).unwrap_or(u32::MAX),
                );
                vec![
                    (
                        i18n::budget_existing(&hours.format(lang.decimal_comma()), lang),
                        euros(e.existing_year_one, lang),
                        euros(e.existing_later, lang),
                    ),
                    (
                        d(D::BudgetExtraTime).to_string(),
                        euros(e.time_year_one - e.existing_year_one, lang),
                        euros(e.time_later - e.existing_later, lang),
                    ),
                    spend,
                ]
            }
        },
        assumptions: {
            let mut out = d(D::BudgetAssumptions).to_string();
            let free_tools = crate::domain::budget::free_tools(plan)
                && plan.budget.monitoring_tool.is_none()
                && plan.budget.scheduling_tool.is_none();
            for (add, k) in [
                (e.existing_year_one > 0, D::BudgetExistingPriced),
                // The project lead's year-one rate drops out afterwards.
                (
                    e.existing_year_one > 0 && e.existing_year_one != e.existing_later,
                    D::BudgetExistingLater,
                ),
                (free_tools, D::BudgetFreeTools),
            ] {
                if add {
                    out.push(' ');
                    out.push_str(d(k));
                }
            }
            out
        },
        existing: (e.existing_year_one > 0).then(|| {
            (
                euros(e.existing_year_one, lang),
                euros(e.time_year_one - e.existing_year_one, lang),
            )
        }),
        without_hours: if without.is_empty() {
            String::new()
        } else {
            format!("{}: {}", d(D::BudgetNoHours), without.join(", "))
        },
    }
}

/// Everything the plan document holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanSummary {
    pub lang: Lang,
    /// The plan's own id (see `Plan::id`), or one made from the organisation's name for a plan
    /// that has none yet.
    pub plan_id: String,
    pub org_name: String,
    /// The sector, which decides whether the plan's copy speaks of clients or of patients.
    pub sector: Option<crate::domain::Sector>,
    /// (label, value) facts about the organisation and scope.
    pub facts: Vec<(String, String)>,
    pub maturity: Option<MaturityView>,
    /// (goal, business goal it serves)
    pub goals: Vec<(String, String)>,
    pub kpis: Vec<KpiView>,
    pub audiences: Vec<AudienceView>,
    pub governance: GovernanceView,
    pub team: Vec<RoleView>,
    pub total_hours: String,
    /// The same in tenths of an hour, for the FTE it comes to.
    pub total_hours_tenths: u64,
    /// Column heads (role names) and rows (activity, letter per column).
    pub raci_roles: Vec<String>,
    pub raci_rows: Vec<(String, Vec<String>)>,
    pub training: Vec<String>,
    pub potential_reach: Option<u64>,
    pub timeline: Option<TimelineView>,
    /// Who runs the pilot, as the user wrote it (empty: not chosen).
    pub pilot_group: String,
    /// Staffing warnings and schedule flags, in words.
    pub warnings: Vec<String>,
    /// What does not hold together in the answers, the most severe first.
    pub findings: Vec<FindingView>,
    /// The risk register, legal contradictions first.
    pub risks: Vec<RiskView>,
    /// Whether the team has a sponsor from the board (the measurement plan reports to them).
    pub has_sponsor: bool,
    /// Whether the organisation must have a works council (50 staff or more, WOR art. 2);
    /// `None` while its size is not answered.
    pub works_council: Option<bool>,
    /// Sections that are not complete.
    pub open_sections: Vec<Section>,
    /// The board plan's webcare and crisis protocol, training plan and content starter, as
    /// typed data: their words are document copy, so `src/export/sections.rs` writes them.
    pub protocol: crate::domain::Protocol,
    pub training_plan: crate::domain::TrainingPlan,
    pub content: crate::domain::ContentStarter,
    pub budget: BudgetView,
    /// Chosen goals no indicator measures yet.
    pub goals_without_kpi: Vec<String>,
}

/// "Facebook (regelmatig), LinkedIn (dagelijks)".
fn channels_text(plan: &Plan, lang: Lang) -> String {
    let used: Vec<String> = plan
        .organisation
        .channels
        .iter()
        .map(|(c, u)| format!("{} ({})", c.label(lang), u.label(lang).lower()))
        .collect();
    used.join(", ")
}

fn opt_label<L: Label>(v: Option<L>, lang: Lang) -> String {
    v.map_or_else(
        || T::NotAnswered.get(lang).to_string(),
        |v| v.label(lang).to_string(),
    )
}

fn hours_text(tenths: u64, lang: Lang) -> String {
    let h = Hours::from_tenths(u32::try_from(tenths).unwrap_or(u32::MAX));
    h.format(lang.decimal_comma())
}

/// Where the organisation stands and what the plan aims for; `None` until the self-assessment
/// is complete. The parts below are public on their own so that a screen which shows one of
/// them does not build (nor link) the whole summary.
#[must_use]
pub fn maturity_view(plan: &Plan, lang: Lang) -> Option<MaturityView> {
    assess(&plan.maturity).map(|a| {
        let target = effective_target(a.stage, plan.maturity.target);
        let adv = advise(plan, &a, target, recommend(plan).chosen);
        let keep = |x: &&Advice| {
            matches!(
                x.action,
                GrowthAction::KeepSponsor
                    | GrowthAction::KeepAmbassadors
                    | GrowthAction::KeepCoreTeam
            )
        };
        let needs = needs(target.max(a.stage));
        MaturityView {
            current: a.stage,
            target,
            target_proposed: plan.maturity.target.is_none(),
            reasons: a
                .reasons
                .iter()
                .map(|r| i18n::maturity_reason(r, lang))
                .collect(),
            skips_stages: adv.skips_stages,
            consolidates: adv.consolidates,
            actions: adv
                .actions
                .iter()
                .filter(|x| !keep(x))
                .map(|x| i18n::advice(x, lang))
                .collect(),
            keep: adv
                .actions
                .iter()
                .filter(keep)
                .map(|x| i18n::growth_action(x.action, lang).to_string())
                .collect(),
            risks: adv
                .risks
                .iter()
                .map(|x| i18n::fallback_risk(*x, lang).to_string())
                .collect(),
            profile: Dimension::ALL
                .iter()
                .filter_map(|d| {
                    let at = *plan.maturity.scores.get(d)?;
                    let need = needs.iter().find(|(x, _)| x == d).map(|(_, s)| *s);
                    Some(ProfileRow {
                        dimension: *d,
                        at,
                        needs: need.filter(|n| *n > at),
                    })
                })
                .collect(),
        }
    })
}

/// Every consistency finding, the most severe first, with the screen that fixes it.
#[must_use]
pub fn findings_view(plan: &Plan, lang: Lang) -> Vec<FindingView> {
    findings(plan)
        .iter()
        .map(|f| FindingView {
            severity: f.severity(),
            text: i18n::finding(f, lang),
            fix: fix_screen(f.fix_at()),
        })
        .collect()
}

/// The screen where a finding is fixed.
#[must_use]
pub fn fix_screen(at: FixAt) -> Screen {
    match at {
        FixAt::Organisation => Screen::OrgBasics,
        FixAt::Maturity => Screen::MaturityGrid,
        FixAt::Channels => Screen::OrgChannels,
        FixAt::Kpis => Screen::Kpis,
        FixAt::Scope => Screen::Scope,
        FixAt::Model => Screen::GovModel,
        FixAt::Rules => Screen::GovRules,
        FixAt::Team => Screen::Team,
        FixAt::Tasks => Screen::Raci,
        FixAt::Training => Screen::Training,
    }
}

/// The risk register in words.
#[must_use]
pub fn risks_view(plan: &Plan, lang: Lang) -> Vec<RiskView> {
    register(plan)
        .iter()
        .map(|r| RiskView {
            title: i18n::risk_title(r, lang).to_string(),
            likelihood: i18n::level(r.likelihood, lang).to_string(),
            impact: i18n::level(r.impact, lang).to_string(),
            why: r
                .why
                .iter()
                .map(|w| i18n::why(w, lang))
                .collect::<Vec<_>>()
                .join("; "),
            mitigation: i18n::mitigation(r, lang),
            owner: r.owner.map(|k| k.label(lang).to_string()),
            breaks_law: r.breaks_law,
            high: r.breaks_law || (r.likelihood == Level::High && r.impact == Level::High),
        })
        .collect()
}

/// The recommended and chosen organisational model, the ranking behind it, and the rules.
#[must_use]
pub fn governance_view(plan: &Plan, lang: Lang) -> GovernanceView {
    let rec = recommend(plan);
    let g = &plan.governance;
    // Every question of the rules screen, in its order: a rule added there is in the plan. An
    // unanswered rule says so, rather than vanish from what the board reads.
    let rules = super::layout::questions(plan, Screen::GovRules)
        .into_iter()
        .map(|q| {
            // An open rule is an open point in place, named by the question it leaves open.
            let open = || {
                let question = q.label(lang);
                let split = question
                    .char_indices()
                    .nth(1)
                    .map_or(question.len(), |(i, _)| i);
                format!(
                    "{}: {}{}",
                    D::OpenPoint.get(lang),
                    question.get(..split).unwrap_or_default().lower(),
                    question.get(split..).unwrap_or_default()
                )
            };
            let value = match q.read(plan) {
                Answer::Key(None) | Answer::Date(None) => open(),
                Answer::Keys(k) if k.is_empty() => open(),
                Answer::Text(t) if t.trim().is_empty() => open(),
                // A yes/no rule reads as a statement with its status, not as "yes" or "no".
                Answer::Flag(true) => D::Agreed.get(lang).to_string(),
                Answer::Flag(false) => format!(
                    "{}: {}",
                    D::OpenPoint.get(lang),
                    D::NotAgreedYet.get(lang).lower()
                ),
                _ => answer_text(plan, q, lang),
            };
            (q.doc_label(lang), value)
        })
        .collect();
    GovernanceView {
        recommended: rec.recommended(),
        chosen: rec.chosen,
        chosen_by_user: g.chosen.is_some(),
        deviates: rec.deviates,
        caveats: rec.caveats.iter().map(|c| i18n::caveat(c, lang)).collect(),
        reason: g.choice_reason.trim().to_string(),
        ranked: rec
            .ranked
            .iter()
            .map(|m| ModelView {
                model: m.model,
                score: m.score,
                reasons: m
                    .reasons
                    .iter()
                    .map(|w| (i18n::factor(w.factor, lang), w.delta))
                    .collect(),
            })
            .collect(),
        contrast: crate::domain::contrast(&rec)
            .map(|c| i18n::model_contrast(&c, lang))
            .unwrap_or_default(),
        rules,
    }
}

/// The team's hours per week in all, in the language's number format.
#[must_use]
pub fn total_hours(plan: &Plan, lang: Lang) -> String {
    hours_text(total_hours_tenths(&plan.staffing), lang)
}

/// The phases and milestones with their dates; `None` without a start date. The agendas stay
/// empty: the timeline screen does not show them, and their words belong to the documents
/// module (see `summarise`), not to the first load.
#[must_use]
pub fn timeline_view(plan: &Plan, lang: Lang) -> Option<TimelineView> {
    plan.phasing.start.map(|start| {
        let sch = schedule(&plan.phasing, start);
        let evaluate = sch.phase(PhaseKind::Evaluate).copied();
        TimelineView {
            start: sch.phases.first().map_or(start, |p| p.start),
            end: sch.last_day(),
            go_live: sch.go_live,
            // A phase of zero weeks (no listening baseline, say) is no row of a timeline: the
            // plan says it is missing among its notes.
            phases: sch
                .phases
                .iter()
                .filter(|p| p.weeks.0 > 0)
                .map(|p| PhaseView {
                    kind: p.kind,
                    start: p.start,
                    end: p.last_day(),
                    weeks: p.weeks.0,
                })
                .collect(),
            milestones: sch
                .milestones
                .iter()
                .map(|m| {
                    let evaluation = m.kind.is_evaluation();
                    MilestoneView {
                        date: m.date,
                        title: i18n::milestone(&m.kind, lang),
                        evaluation,
                        key: m.kind.key(),
                        in_evaluation_phase: evaluation
                            && evaluate.is_some_and(|ev| ev.weeks.0 > 0 && ev.contains(m.date)),
                        agenda: Vec::new(),
                    }
                })
                .collect(),
            targets_by: None,
        }
    })
}

/// Fills in each moment's agenda. The schedule is laid out again rather than carried along:
/// the same plan gives the same milestones in the same order.
fn with_agendas(plan: &Plan, lang: Lang, resolve_first: bool, tl: &mut TimelineView) {
    let Some(start) = plan.phasing.start else {
        return;
    };
    let sch = schedule(&plan.phasing, start);
    let timings = crate::domain::timings(&sch);
    tl.targets_by = sch
        .milestones
        .iter()
        .zip(&timings)
        .find(|(_, t)| **t == crate::domain::Timing::FirstAfterRollout)
        .map(|(m, _)| m.date);
    for ((view, m), timing) in tl.milestones.iter_mut().zip(&sch.milestones).zip(timings) {
        view.agenda = crate::domain::agenda(plan, &m.kind, timing)
            .iter()
            .map(|a| i18n::agenda_item(a, resolve_first, lang))
            .collect();
    }
}

/// Builds the summary.
#[must_use]
pub fn summarise(plan: &Plan, lang: Lang) -> PlanSummary {
    let org = &plan.organisation;
    let mut facts = vec![
        (T::Sector.get(lang).to_string(), opt_label(org.sector, lang)),
        (T::Size.get(lang).to_string(), opt_label(org.size, lang)),
        (
            T::Locations.get(lang).to_string(),
            org.locations.0.to_string(),
        ),
        (T::Brands.get(lang).to_string(), org.brands.0.to_string()),
        (
            D::FactComms.get(lang).to_string(),
            opt_label(org.comms_team, lang),
        ),
        (
            D::FactCommsHours.get(lang).to_string(),
            org.comms_hours.format(lang.decimal_comma()),
        ),
    ];
    if !org.channels.is_empty() {
        facts.push((
            D::FactChannels.get(lang).to_string(),
            channels_text(plan, lang),
        ));
    }
    facts.push((
        D::FactScope.get(lang).to_string(),
        opt_label(plan.scope.level, lang),
    ));

    let maturity = maturity_view(plan, lang);

    let governance = governance_view(plan, lang);

    let s = &plan.staffing;
    let team = s
        .roles
        .iter()
        .map(|r| RoleView {
            role: r.kind.label(lang).to_string(),
            people: r.people.trim().to_string(),
            discipline: r.discipline().label(lang).to_string(),
            headcount: r.headcount.0,
            hours: r.hours.format(lang.decimal_comma()),
        })
        .collect();
    let raci_roles = s
        .roles
        .iter()
        .map(|r| r.kind.label(lang).to_string())
        .collect();
    let raci_rows = Activity::ALL
        .iter()
        .map(|a| {
            let task = s.tasks.get(a);
            let cells = s
                .roles
                .iter()
                .map(|r| {
                    task.map(|t| {
                        t.letters(r.id)
                            .iter()
                            .map(|l: &Raci| l.key().to_ascii_uppercase())
                            .collect::<Vec<_>>()
                            .join("/")
                    })
                    .unwrap_or_default()
                })
                .collect();
            (a.label(lang).to_string(), cells)
        })
        .collect();

    // A missing sponsor and tasks nobody answers for or does stop a plan before it starts: the
    // board reads them first, under what to resolve, not among the notes at the end (a
    // review found a one-person plan's real blockers there).
    let (blockers, notes): (Vec<StaffingWarning>, Vec<StaffingWarning>) =
        check(s).into_iter().partition(|w| {
            matches!(
                w,
                StaffingWarning::NoSponsor
                    | StaffingWarning::NoAccountable(_)
                    | StaffingWarning::NoResponsible(_)
            )
        });
    let mut findings = findings_view(plan, lang);
    let sponsor = blockers.contains(&StaffingWarning::NoSponsor);
    if sponsor {
        findings.push(FindingView {
            severity: Severity::Medium,
            text: i18n::staffing_warnings(&[StaffingWarning::NoSponsor], s, lang).concat(),
            fix: fix_screen(FixAt::Team),
        });
    }
    let tasks: Vec<StaffingWarning> = blockers
        .into_iter()
        .filter(|w| *w != StaffingWarning::NoSponsor)
        .collect();
    if !tasks.is_empty() {
        findings.push(FindingView {
            severity: Severity::Medium,
            text: i18n::staffing_warnings(&tasks, s, lang).join(" "),
            fix: fix_screen(FixAt::Tasks),
        });
    }
    // Stable: within a severity the findings keep their order, these after the rules'.
    crate::domain::sort_small_by_key(&mut findings, |f| f.severity);
    let mut warnings = i18n::staffing_warnings(&notes, s, lang);
    warnings.extend(
        plan_flags(plan)
            .into_iter()
            .map(|f| i18n::schedule_flag(f, lang)),
    );

    let risks = risks_view(plan, lang);
    // The go/no-go's conditions name the plan's 'Resolve first' only where it has one.
    let resolve_first = !findings.is_empty() || risks.iter().any(|r| r.breaks_law);
    let timeline = timeline_view(plan, lang).map(|mut tl| {
        with_agendas(plan, lang, resolve_first, &mut tl);
        tl
    });

    let open_sections = Section::ALL
        .iter()
        .copied()
        .filter(|sec| !super::layout::validate(plan, *sec).is_empty())
        .collect();

    PlanSummary {
        lang,
        plan_id: if plan.id.is_empty() {
            name_id(&org.name)
        } else {
            plan.id.clone()
        },
        org_name: org.name.trim().to_string(),
        sector: org.sector,
        facts,
        maturity,
        goals: plan
            .goals
            .goals
            .iter()
            .map(|(goal, business)| (goal.label(lang).to_string(), business.trim().to_string()))
            .collect(),
        kpis: plan
            .goals
            .kpis
            .iter()
            .map(|k| KpiView {
                name: k.name.trim().to_string(),
                goal: k
                    .goal
                    .map(|g| g.label(lang).to_string())
                    .unwrap_or_default(),
                baseline: i18n::with_unit(k.baseline, &k.unit, lang),
                target: i18n::with_unit(k.target, &k.unit, lang),
                direction: match k.direction {
                    crate::domain::Direction::Higher => D::HigherIsBetter,
                    crate::domain::Direction::Lower => D::LowerIsBetter,
                }
                .get(lang)
                .to_string(),
                source: k.source.trim().to_string(),
                frequency: k
                    .frequency
                    .map(|f| f.label(lang).to_string())
                    .unwrap_or_default(),
                note: k.note.trim().to_string(),
                level: k
                    .level
                    .map(|l| l.label(lang).to_string())
                    .unwrap_or_default(),
                owner: k.owner.trim().to_string(),
            })
            .collect(),
        audiences: plan
            .scope
            .audiences
            .iter()
            .map(|(a, chans)| AudienceView {
                audience: a.label(lang).to_string(),
                channels: chans
                    .iter()
                    .map(|c| ChannelView {
                        channel: c.channel.label(lang).to_string(),
                        role: c.role.label(lang).to_string(),
                        rhythm: c.rhythm.label(lang).to_string(),
                    })
                    .collect(),
            })
            .collect(),
        governance,
        team,
        total_hours: total_hours(plan, lang),
        total_hours_tenths: total_hours_tenths(&plan.staffing),
        raci_roles,
        raci_rows,
        training: s
            .training
            .iter()
            .map(|m| m.label(lang).to_string())
            .collect(),
        potential_reach: Some(potential_reach(s)).filter(|r| *r > 0),
        timeline,
        pilot_group: plan.phasing.pilot_group.trim().to_string(),
        warnings,
        findings,
        risks,
        works_council: crate::domain::works_council(plan),
        has_sponsor: s
            .roles
            .iter()
            .any(|r| r.kind == crate::domain::RoleKind::Sponsor),
        open_sections,
        protocol: crate::domain::protocol(plan),
        training_plan: crate::domain::training_plan(plan),
        content: crate::domain::content_starter(plan),
        budget: budget_view(plan, lang),
        goals_without_kpi: plan
            .goals
            .goals
            .keys()
            .filter(|g| !plan.goals.kpis.iter().any(|k| k.goal == Some(**g)))
            .map(|g| g.label(lang).to_string())
            .collect(),
    }
}

/// An id for a plan that has none of its own: FNV-1a over the organisation's name, which
/// keeps its calendar events apart from another organisation's.
fn name_id(name: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in name.trim().bytes() {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// The document title: "Social media-plan voor Zorggroep Noord".
#[must_use]
pub fn plan_title(summary: &PlanSummary) -> String {
    let lang = summary.lang;
    if summary.org_name.is_empty() {
        D::DocTitle.get(lang).to_string()
    } else {
        format!(
            "{} {} {}",
            D::DocTitle.get(lang),
            D::DocFor.get(lang),
            summary.org_name
        )
    }
}

/// A row of check-your-answers: what was asked, what was answered, where to change it, and
/// the questions it answers (so a test can see that every question has a row).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReviewRow {
    pub label: String,
    pub value: String,
    pub change: Screen,
    pub questions: Vec<Q>,
    /// For a row of a rich view (a task of the RACI grid, an audience's channels), the field
    /// that Change focuses.
    pub field: Option<RichField>,
}

impl ReviewRow {
    /// Its Change button's `value`: the screen, and the field the button lands on.
    #[must_use]
    pub fn change_value(&self) -> String {
        let field = self.questions.first().map(|q| q.key());
        change_value(
            self.change,
            field.or_else(|| self.field.map(RichField::key)).as_deref(),
        )
    }
}

/// A Change button's `value`: its screen's key, then the key of the field it lands on (a
/// question's, or a rich view's), if any. The wizard remembers the button by it, too.
#[must_use]
pub fn change_value(screen: Screen, field: Option<&str>) -> String {
    match field {
        Some(f) => format!("{} {f}", screen.key()),
        None => screen.key().to_string(),
    }
}

/// A Change button's `value` read back: the screen, and the field's key; `None` for anything
/// that names no screen.
#[must_use]
pub fn read_change_value(value: &str) -> Option<(Screen, Option<String>)> {
    let (screen, field) = match value.split_once(' ') {
        Some((s, f)) => (s, Some(f.to_string())),
        None => (value, None),
    };
    Screen::from_key(screen).map(|s| (s, field))
}

/// An answer in words, as check-your-answers shows it.
#[must_use]
pub fn answer_text(plan: &Plan, q: Q, lang: Lang) -> String {
    let none = || T::NotAnswered.get(lang).to_string();
    let option = |key: &str| {
        (q.spec().options)(plan, lang)
            .into_iter()
            .find(|(k, _)| *k == key)
            .map(|(_, label)| label)
    };
    match q.read(plan) {
        // The grid's options are whole descriptions; the stage's name says it.
        Answer::Key(Some(k)) if matches!(q, Q::Score(_)) => {
            Stage::from_key(k).map_or_else(none, |s| format!("{}. {}", s.number(), s.label(lang)))
        }
        Answer::Key(k) => k.and_then(option).unwrap_or_else(none),
        Answer::Keys(keys) if keys.is_empty() => none(),
        Answer::Keys(keys) => keys
            .iter()
            .filter_map(|k| option(k))
            .collect::<Vec<_>>()
            .join(", "),
        Answer::Text(t) if t.trim().is_empty() => none(),
        Answer::Text(t) => t.trim().to_string(),
        Answer::Number(Some(n)) => i18n::number(u64::from(n), lang),
        Answer::Number(None) | Answer::Date(None) | Answer::Amount(None) => none(),
        Answer::Amount(Some(v)) => v.format(lang.decimal_comma()),
        Answer::Hours(h) => h.format(lang.decimal_comma()),
        Answer::Date(Some(d)) => i18n::date(d, lang),
        Answer::Flag(b) => if b { T::Yes } else { T::No }.get(lang).to_string(),
    }
}

/// Check-your-answers, grouped by section: a row for every question each screen asks, in the
/// order the screens ask them, and a row for what the rich views worked out.
#[must_use]
pub fn review(plan: &Plan, lang: Lang) -> Vec<(Section, Vec<ReviewRow>)> {
    Section::ALL
        .iter()
        .map(|section| {
            let mut rows = Vec::new();
            for screen in Screen::of_section(*section) {
                for block in layout(plan, screen) {
                    review_parts(plan, lang, screen, &block, &mut rows);
                }
            }
            (*section, rows)
        })
        .collect()
}

fn review_parts(plan: &Plan, lang: Lang, screen: Screen, parts: &[Part], out: &mut Vec<ReviewRow>) {
    let row = |label: String, value: String, questions: Vec<Q>| ReviewRow {
        label,
        value,
        change: screen,
        questions,
        field: None,
    };
    let ask = |q: Q| row(q.name(plan, lang), answer_text(plan, q, lang), vec![q]);
    for part in parts {
        match part {
            Part::Ask(q) => out.push(ask(*q)),
            Part::Row(qs) => out.extend(qs.iter().map(|q| ask(*q))),
            Part::Group(legend, inner) => {
                let qs = questions_in(inner);
                let value = qs
                    .iter()
                    .filter(|q| !is_default(plan, **q))
                    .map(|q| i18n::labelled(&q.label(lang), &answer_text(plan, *q, lang)))
                    .collect::<Vec<_>>()
                    .join("; ");
                let value = if value.is_empty() {
                    T::NotAnswered.get(lang).to_string()
                } else {
                    value
                };
                out.push(row(legend.get(lang).to_string(), value, qs));
            }
            Part::Reveal(q, reveals) => {
                out.push(ask(*q));
                // What a checked option reveals is one row, named by the option: a role's
                // people, headcount and hours read as one answer.
                let options = (q.spec().options)(plan, lang);
                for (key, inner) in reveals {
                    let qs = questions_in(inner);
                    match qs.as_slice() {
                        [single] => out.push(ask(*single)),
                        _ if qs.is_empty() => review_parts(plan, lang, screen, inner, out),
                        _ => {
                            let label = options
                                .iter()
                                .find(|(k, _)| k == key)
                                .map(|(_, l)| l.clone())
                                .unwrap_or_default();
                            let value = qs
                                .iter()
                                .map(|q| {
                                    i18n::labelled(&q.label(lang), &answer_text(plan, *q, lang))
                                })
                                .collect::<Vec<_>>()
                                .join("; ");
                            out.push(row(label, value, qs));
                        }
                    }
                }
            }
            Part::RevealIf(q, inner) => {
                out.push(ask(*q));
                review_parts(plan, lang, screen, inner, out);
            }
            Part::Item {
                legend,
                number,
                parts,
                ..
            } => {
                let qs = questions_in(parts);
                let value = qs
                    .iter()
                    .enumerate()
                    .map(|(i, q)| {
                        if i == 0 {
                            answer_text(plan, *q, lang)
                        } else {
                            i18n::labelled(&q.label(lang), &answer_text(plan, *q, lang))
                        }
                    })
                    .collect::<Vec<_>>()
                    .join("; ");
                out.push(row(format!("{} {number}", legend.get(lang)), value, qs));
            }
            Part::Phases(rows) => {
                let mut qs = Vec::new();
                let value = rows
                    .iter()
                    .map(|(kind, weeks, overlap)| {
                        qs.push(*weeks);
                        qs.extend(*overlap);
                        let w = answer_text(plan, *weeks, lang);
                        match overlap.map(|o| (o, o.read(plan))) {
                            Some((o, Answer::Number(Some(n)))) if n > 0 => format!(
                                "{} {w} ({}: {})",
                                kind.label(lang),
                                T::Overlap.get(lang),
                                answer_text(plan, o, lang)
                            ),
                            _ => format!("{} {w}", kind.label(lang)),
                        }
                    })
                    .collect::<Vec<_>>()
                    .join(", ");
                out.push(row(T::Weeks.get(lang).to_string(), value, qs));
            }
            Part::Rich(r) => {
                let fields = rich_fields(*r);
                out.extend(review_rich(plan, lang, *r).into_iter().enumerate().map(
                    |(i, (label, value))| ReviewRow {
                        field: fields.get(i).copied(),
                        ..row(label, value, Vec::new())
                    },
                ));
            }
            Part::Add(..) | Part::Note(_) => {}
        }
    }
}

/// A field of a rich view that a row of check-your-answers changes: a task's accountable
/// role in the RACI grid, an audience's channels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RichField {
    Task(Activity),
    Channels(crate::domain::Audience),
}

impl RichField {
    /// The field's element id after `koers-f-` (the UI's ids), also its key on a Change
    /// button: the task's accountable select, the audience's first channel.
    #[must_use]
    pub fn key(self) -> String {
        match self {
            RichField::Task(a) => format!("task-{}-a", a.key()),
            RichField::Channels(a) => format!(
                "ac-{}-{}",
                a.key(),
                crate::domain::Channel::ALL.first().map_or("", |c| c.key())
            ),
        }
    }
}

/// The fields a rich view's review rows change, in the rows' order. Views that only work
/// something out have none.
fn rich_fields(r: Rich) -> Vec<RichField> {
    match r {
        Rich::Raci => Activity::ALL.iter().map(|a| RichField::Task(*a)).collect(),
        Rich::AudienceChannels(a) => vec![RichField::Channels(a)],
        _ => Vec::new(),
    }
}

/// The rich view's field that a Change button names by `key`, among those `screen` shows.
#[must_use]
pub fn rich_field(plan: &Plan, screen: Screen, key: &str) -> Option<RichField> {
    // An audience's channels are revealed by its checkbox: the search goes into what parts
    // reveal and group.
    fn find(parts: &[Part], key: &str) -> Option<RichField> {
        parts.iter().find_map(|p| match p {
            Part::Rich(r) => rich_fields(*r).into_iter().find(|f| f.key() == key),
            Part::Group(_, inner) | Part::Item { parts: inner, .. } | Part::RevealIf(_, inner) => {
                find(inner, key)
            }
            Part::Reveal(_, reveals) => reveals.iter().find_map(|(_, inner)| find(inner, key)),
            _ => None,
        })
    }
    layout(plan, screen)
        .iter()
        .find_map(|block| find(block, key))
}

/// What a rich view worked out, as rows.
fn review_rich(plan: &Plan, lang: Lang, r: Rich) -> Vec<(String, String)> {
    let t = |k: T| k.get(lang).to_string();
    match r {
        // The stage only: the reasons and advice are the documents module's.
        Rich::StageResult => assess(&plan.maturity)
            .map(|a| vec![(t(T::CurrentStage), a.stage.label(lang).to_string())])
            .unwrap_or_default(),
        Rich::ModelAdvice => vec![(
            t(T::RecommendedModel),
            recommend(plan).recommended().label(lang).to_string(),
        )],
        Rich::AudienceChannels(a) => {
            let chans = plan
                .scope
                .audiences
                .get(&a)
                .map(|list| {
                    list.iter()
                        .map(|c| {
                            format!(
                                "{} ({}, {})",
                                c.channel.label(lang),
                                c.role.label(lang).lower(),
                                c.rhythm.label(lang).lower()
                            )
                        })
                        .collect::<Vec<_>>()
                        .join(", ")
                })
                .filter(|s| !s.is_empty())
                .unwrap_or_else(|| t(T::NotAnswered));
            vec![(format!("{} – {}", a.label(lang), t(T::ChannelsFor)), chans)]
        }
        Rich::TotalHours => vec![(t(T::TotalHours), total_hours(plan, lang))],
        // The totals only: the lines and their words are the documents module's.
        Rich::Budget => {
            let e = crate::domain::budget::estimate(plan);
            vec![
                (t(T::BudgetYearOne), euros(e.year_one, lang)),
                (t(T::BudgetLater), euros(e.later, lang)),
            ]
        }
        Rich::Raci => {
            let s = &plan.staffing;
            Activity::ALL
                .iter()
                .map(|a| {
                    let task = s.tasks.get(a);
                    let value = Raci::ALL
                        .iter()
                        .filter_map(|letter| {
                            let who: Vec<&str> = s
                                .roles
                                .iter()
                                .filter(|r| task.is_some_and(|t| t.has(r.id, *letter)))
                                .map(|r| r.kind.label(lang))
                                .collect();
                            (!who.is_empty()).then(|| {
                                format!("{}: {}", letter.key().to_ascii_uppercase(), who.join(", "))
                            })
                        })
                        .collect::<Vec<_>>()
                        .join("; ");
                    let value = if value.is_empty() {
                        t(T::NotAnswered)
                    } else {
                        value
                    };
                    (format!("RACI – {}", a.label(lang)), value)
                })
                .collect()
        }
        Rich::Profile
        | Rich::TrainingFromGrid
        | Rich::Findings(_)
        | Rich::EvalActuals
        | Rich::ReportDownloads
        | Rich::EvalActions
        | Rich::EvaluationResult
        | Rich::CloseEvaluation => Vec::new(),
        Rich::Reach => vec![(
            t(T::PotentialReach),
            i18n::number(potential_reach(&plan.staffing), lang),
        )],
        Rich::Timeline => timeline_view(plan, lang)
            .map(|tl| {
                vec![
                    (t(T::GoLive), i18n::date(tl.go_live, lang)),
                    (t(T::End), i18n::date(tl.end, lang)),
                ]
            })
            .unwrap_or_default(),
        Rich::TargetAdvice | Rich::TeamWarnings | Rich::ScheduleWarnings => Vec::new(),
    }
}

/// Which block of a screen asks the question a Change button names by its key, and which
/// question that is: `None` when the screen does not ask it (a stale button).
#[must_use]
pub fn block_asking(plan: &Plan, screen: Screen, key: &str) -> Option<(usize, Q)> {
    layout(plan, screen)
        .iter()
        .enumerate()
        .find_map(|(i, block)| {
            let mut qs = Vec::new();
            super::layout::asked_in(block, &mut qs);
            qs.into_iter().find(|q| q.key() == key).map(|q| (i, q))
        })
}

/// The questions of some parts, in order.
fn questions_in(parts: &[Part]) -> Vec<Q> {
    let mut out = Vec::new();
    for p in parts {
        match p {
            Part::Ask(q) => out.push(*q),
            Part::Row(qs) => out.extend(qs.iter().copied()),
            Part::Group(_, inner) | Part::Item { parts: inner, .. } | Part::RevealIf(_, inner) => {
                out.extend(questions_in(inner));
            }
            _ => {}
        }
    }
    out
}

/// Whether a question in a group still has its untouched answer (a channel not used, a rule
/// not agreed), which the group's row leaves out.
fn is_default(plan: &Plan, q: Q) -> bool {
    match q.read(plan) {
        Answer::Key(k) => {
            k.is_none() || k == (q.spec().options)(plan, Lang::Nl).first().map(|o| o.0)
        }
        Answer::Flag(b) => !b,
        Answer::Text(t) => t.trim().is_empty(),
        _ => false,
    }
}
