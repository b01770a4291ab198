//! Scheduler: turns a start date and phase lengths into dated phases, milestones and
//! evaluation moments, and flags a plan that cannot work as written.

use super::calendar::{in_christmas_weeks, next_working_day, previous_working_day};
use super::plan::{MilestoneId, PhaseKind, Phasing, Stage};
use super::units::{Date, Weeks};
use serde::{Deserialize, Serialize};

/// One phase on the calendar. `end` is exclusive: the next phase may start on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScheduledPhase {
    pub kind: PhaseKind,
    pub start: Date,
    pub end: Date,
    pub weeks: Weeks,
}

impl ScheduledPhase {
    /// Whether a date lies within the phase, its last day included.
    #[must_use]
    pub fn contains(&self, d: Date) -> bool {
        self.start <= d && d <= self.last_day()
    }

    /// The last day of the phase (inclusive), the date a document shows.
    #[must_use]
    pub fn last_day(&self) -> Date {
        if self.end > self.start {
            self.end.add_days(-1)
        } else {
            self.start
        }
    }
}

/// What a milestone marks.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum MilestoneKind {
    Kickoff,
    BaselineReady,
    PlanApproved,
    /// The pilot group's training begins: after the board's approval, before go-live.
    TrainingStart,
    GoLive,
    RolloutComplete,
    /// The decision between pilot and rollout: go on, adjust, or stop.
    GoNoGo,
    /// The n-th evaluation moment of the cadence, counted from 1.
    Evaluation(u16),
    /// The evaluation moment at the end of the evaluation phase, when the cadence has none in it.
    PhaseEvaluation,
    /// One of the user's own milestones, with its title.
    Custom(MilestoneId, String),
}

impl MilestoneKind {
    /// An evaluation moment, of the cadence or of the evaluation phase.
    #[must_use]
    pub fn is_evaluation(&self) -> bool {
        matches!(
            self,
            MilestoneKind::Evaluation(_) | MilestoneKind::PhaseEvaluation
        )
    }

    /// A key that stays the same for the same milestone whatever the language, the dates or
    /// the other milestones: what a calendar event is named after, so a plan downloaded again
    /// updates its events instead of adding them twice.
    #[must_use]
    pub fn key(&self) -> String {
        match self {
            MilestoneKind::Kickoff => "kickoff".into(),
            MilestoneKind::BaselineReady => "baseline-ready".into(),
            MilestoneKind::PlanApproved => "plan-approved".into(),
            MilestoneKind::TrainingStart => "training-start".into(),
            MilestoneKind::GoLive => "go-live".into(),
            MilestoneKind::RolloutComplete => "rollout-complete".into(),
            MilestoneKind::GoNoGo => "go-no-go".into(),
            MilestoneKind::Evaluation(n) => format!("evaluation-{n}"),
            MilestoneKind::PhaseEvaluation => "evaluation-phase".into(),
            MilestoneKind::Custom(id, _) => format!("milestone-{}", id.0),
        }
    }
}

/// A dated milestone.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DatedMilestone {
    pub date: Date,
    pub kind: MilestoneKind,
}

/// A moment a board meets on: the plan's approval, the go/no-go, an evaluation moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum BoardMoment {
    Approval,
    GoNoGo,
    Evaluation(u16),
}

/// Something that makes the plan unrealistic.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ScheduleFlag {
    /// No listening phase: there is no baseline to measure against.
    NoListeningBaseline,
    /// The pilot starts before the listening baseline is finished.
    ImplementBeforeBaseline,
    NoEvaluation,
    /// The first evaluation comes more than 26 weeks after go-live.
    LateFirstEvaluation(Weeks),
    /// This phase overlaps the previous one where it must wait for it.
    ForbiddenOverlap(PhaseKind),
    ZeroDuration(PhaseKind),
    /// Longer than two years for one phase.
    AbsurdDuration(PhaseKind),
    /// The listening baseline (Monitor) or the pilot runs in July or August, or the rollout
    /// starts then, when care teams are thin and the figures are not representative.
    SummerHolidays(PhaseKind),
    /// The pilot's or the rollout's first day falls in the Christmas weeks.
    ChristmasGoLive(PhaseKind),
    /// The pilot group's training runs through the Christmas weeks.
    ChristmasTraining,
    /// A board moment falls in the heart of the summer holidays (15 July to 20 August) or in
    /// the Christmas weeks, when a board rarely meets (a consultant's review: approvals and
    /// evaluations in August).
    BoardMomentInHolidays {
        moment: BoardMoment,
        date: Date,
        christmas: bool,
    },
    /// This evaluation moment (its number) falls within two weeks of the go/no-go decision:
    /// two board meetings on one question.
    EvaluationBesideGoNoGo(u16),
    /// The target lies two or more stages above the current one, but the time from go-live
    /// to the end of the evaluation phase is shorter than the stages in between take.
    StageJump {
        current: Stage,
        target: Stage,
        /// Whole months from go-live to the end of the evaluation phase.
        months: u32,
    },
}

/// How long before go-live the pilot group's training starts: enough for two or three sessions
/// and some practice.
pub const TRAINING_WEEKS: Weeks = Weeks(3);

/// The most weeks between go-live and a first evaluation before the plan drifts unchecked.
pub const MAX_FIRST_EVALUATION: Weeks = Weeks(26);
/// Beyond two years a single phase is a typo or a plan nobody will follow.
pub const MAX_PHASE: Weeks = Weeks(104);
/// Months an organisation needs to settle into one maturity stage: a rule of thumb.
/// domain-research.md gives no duration per stage; its nearest figure is Dell's nine months of
/// listening before its first presence (§2b), and a stage also asks for policy, training and
/// measurement to take root (§2a), so a year per stage.
pub const MONTHS_PER_STAGE: u32 = 12;

/// The computed time plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Schedule {
    pub phases: Vec<ScheduledPhase>,
    pub go_live: Date,
    pub end: Date,
    /// Computed milestones and the user's own, in date order.
    pub milestones: Vec<DatedMilestone>,
    /// Every evaluation moment, the evaluation phase's own included, in date order.
    pub evaluations: Vec<Date>,
}

impl Schedule {
    /// The last day of the latest phase: where the chart's axis and the phase table end.
    #[must_use]
    pub fn last_day(&self) -> Date {
        self.phases
            .iter()
            .map(ScheduledPhase::last_day)
            .max()
            .unwrap_or(self.go_live)
    }

    #[must_use]
    pub fn phase(&self, kind: PhaseKind) -> Option<&ScheduledPhase> {
        self.phases.iter().find(|ph| ph.kind == kind)
    }
}

/// Phases that may overlap the one before: listening goes on during inventory and definition,
/// and evaluation may begin while the rollout finishes. A pilot before the plan is approved, or
/// a rollout before the pilot is done, may not.
fn may_overlap(kind: PhaseKind) -> bool {
    matches!(
        kind,
        PhaseKind::Monitor | PhaseKind::Define | PhaseKind::Evaluate
    )
}

/// Problems with the phasing that exist with or without a start date.
#[must_use]
pub fn flags(p: &Phasing) -> Vec<ScheduleFlag> {
    let mut out = Vec::new();
    for &kind in PhaseKind::ALL {
        let spec = p.phases.get(kind);
        if spec.weeks.0 == 0 && kind != PhaseKind::Monitor {
            out.push(ScheduleFlag::ZeroDuration(kind));
        }
        if spec.weeks > MAX_PHASE {
            out.push(ScheduleFlag::AbsurdDuration(kind));
        }
        if spec.overlap.0 > 0 && !may_overlap(kind) && kind != PhaseKind::Identify {
            out.push(ScheduleFlag::ForbiddenOverlap(kind));
        }
    }
    if p.phases.monitor.weeks.0 == 0 {
        out.push(ScheduleFlag::NoListeningBaseline);
    } else {
        // Read from the schedule itself, so the flag and the dates can never disagree.
        let s = schedule(p, p.start.unwrap_or(Date::EPOCH));
        let phase = |k: PhaseKind| s.phases.iter().find(|ph| ph.kind == k);
        if let (Some(monitor), Some(pilot)) = (phase(PhaseKind::Monitor), phase(PhaseKind::Pilot)) {
            if pilot.start < monitor.end {
                out.push(ScheduleFlag::ImplementBeforeBaseline);
            }
        }
    }
    match p.first_evaluation {
        None => out.push(ScheduleFlag::NoEvaluation),
        Some(w) if w > MAX_FIRST_EVALUATION => out.push(ScheduleFlag::LateFirstEvaluation(w)),
        Some(_) => {}
    }
    if let Some(start) = p.start {
        out.extend(dated_flags(&schedule(p, start)));
    }
    out
}

/// Every schedule flag of a plan: the phasing's own, and the stage jump its maturity target
/// asks for. The summary and the schedule screen both read this one list.
#[must_use]
pub fn plan_flags(plan: &super::plan::Plan) -> Vec<ScheduleFlag> {
    let mut out = flags(&plan.phasing);
    if let Some(a) = super::maturity::assess(&plan.maturity) {
        let target = super::maturity::effective_target(a.stage, plan.maturity.target);
        let s = schedule(&plan.phasing, plan.phasing.start.unwrap_or(Date::EPOCH));
        out.extend(stage_jump(&s, a.stage, target));
    }
    out
}

/// Problems that only a calendar shows: holidays under the baseline, the pilot or a launch.
fn dated_flags(s: &Schedule) -> Vec<ScheduleFlag> {
    let mut out = Vec::new();
    // A baseline or a pilot suffers from any summer weeks. A rollout runs for months and would
    // nearly always touch a summer: what hurts is one that starts in it, when the departments
    // it reaches first are half away.
    for kind in [PhaseKind::Monitor, PhaseKind::Pilot, PhaseKind::Rollout] {
        if let Some(ph) = s.phase(kind).filter(|ph| ph.weeks.0 > 0) {
            let until = if kind == PhaseKind::Rollout {
                ph.start
            } else {
                ph.last_day()
            };
            if touches_summer(ph.start, until) {
                out.push(ScheduleFlag::SummerHolidays(kind));
            }
        }
    }
    let date_of =
        |kind: MilestoneKind| s.milestones.iter().find(|m| m.kind == kind).map(|m| m.date);
    if let Some(decision) = date_of(MilestoneKind::GoNoGo) {
        for m in &s.milestones {
            if let MilestoneKind::Evaluation(n) = m.kind {
                if m.date.add_days(-14) <= decision && decision <= m.date.add_days(14) {
                    out.push(ScheduleFlag::EvaluationBesideGoNoGo(n));
                }
            }
        }
    }
    for kind in [PhaseKind::Pilot, PhaseKind::Rollout] {
        if let Some(ph) = s.phase(kind) {
            if in_christmas_weeks(ph.start) {
                out.push(ScheduleFlag::ChristmasGoLive(kind));
            }
        }
    }
    for m in &s.milestones {
        let moment = match m.kind {
            MilestoneKind::PlanApproved => BoardMoment::Approval,
            MilestoneKind::GoNoGo => BoardMoment::GoNoGo,
            MilestoneKind::Evaluation(n) => BoardMoment::Evaluation(n),
            _ => continue,
        };
        let christmas = in_christmas_weeks(m.date);
        if christmas || in_summer_recess(m.date) {
            out.push(ScheduleFlag::BoardMomentInHolidays {
                moment,
                date: m.date,
                christmas,
            });
        }
    }
    // Half the pilot group is away then: the training would reach too few of them.
    if let Some(from) = date_of(MilestoneKind::TrainingStart) {
        let days = from.days_until(s.go_live).clamp(0, TRAINING_WEEKS.days());
        if (0..days).any(|i| in_christmas_weeks(from.add_days(i))) {
            out.push(ScheduleFlag::ChristmasTraining);
        }
    }
    out
}

/// Whether a date lies in the heart of the summer holidays, 15 July to 20 August: every Dutch
/// region is on holiday then, and so are most boards.
fn in_summer_recess(d: Date) -> bool {
    let (_, m, day) = d.ymd();
    (m == 7 && day >= 15) || (m == 8 && day <= 20)
}

/// Whether any day from `from` to `to` lies in July or August; checked per year so a phase of
/// any length is answered in a few steps.
fn touches_summer(from: Date, to: Date) -> bool {
    let (y0, _, _) = from.ymd();
    let (y1, _, _) = to.ymd();
    (y0..=y1).any(|y| {
        let (Some(july), Some(september)) = (Date::from_ymd(y, 7, 1), Date::from_ymd(y, 9, 1))
        else {
            return false;
        };
        from < september && to >= july
    })
}

/// The stage-jump check: `None` unless the target is two or more stages above the current one
/// and the plan runs shorter than the stages in between take. The span is go-live to the end of
/// the evaluation phase, the part of the plan in which the organisation works the new way.
#[must_use]
pub fn stage_jump(s: &Schedule, current: Stage, target: Stage) -> Option<ScheduleFlag> {
    let jump = u32::from(target.number().saturating_sub(current.number()));
    if jump < 2 {
        return None;
    }
    let end = s
        .phase(PhaseKind::Evaluate)
        .map_or(s.last_day(), ScheduledPhase::last_day);
    // One stage may be reached within the plan itself; every stage beyond it needs its year.
    let needed = MONTHS_PER_STAGE * (jump - 1);
    if s.go_live.add_months(needed) <= end {
        return None;
    }
    let mut months = 0;
    while months < needed && s.go_live.add_months(months + 1) <= end {
        months += 1;
    }
    Some(ScheduleFlag::StageJump {
        current,
        target,
        months,
    })
}

/// Lays the phases end to end from the start date. Each phase starts where the previous one
/// ends, less its overlap; the overlap is clamped to the previous phase's length so a phase
/// never starts before the previous one starts: the schedule stays ordered and gap-free (no
/// working day between one phase and the next) for any input.
///
/// Dates fall on working days: a phase starts on the first working day of its weeks and ends
/// on the last one. The weeks themselves stay on the grid the start date sets; snapping each
/// phase on its own, rather than starting the next phase after the snapped one, keeps a single
/// holiday from pushing every later date back a day.
#[must_use]
pub fn schedule(p: &Phasing, start: Date) -> Schedule {
    let mut grid: Vec<(PhaseKind, Date, Weeks)> = Vec::with_capacity(PhaseKind::ALL.len());
    let mut prev: Option<(Date, Date, Weeks)> = None;
    for &kind in PhaseKind::ALL {
        let spec = p.phases.get(kind);
        let begin = match prev {
            Some((pr_start, pr_end, pr_weeks)) => {
                let overlap = spec.overlap.min(pr_weeks);
                pr_end.add_days(-overlap.days()).max(pr_start)
            }
            None => start,
        };
        let end = begin.add_weeks(spec.weeks);
        grid.push((kind, begin, spec.weeks));
        prev = Some((begin, end, spec.weeks));
    }
    let phases: Vec<ScheduledPhase> = grid
        .iter()
        .map(|&(kind, begin, weeks)| {
            let first = next_working_day(begin);
            let end = if weeks.0 == 0 {
                first
            } else {
                previous_working_day(begin.add_weeks(weeks).add_days(-1))
                    .max(first)
                    .add_days(1)
            };
            ScheduledPhase {
                kind,
                start: first,
                end,
                weeks,
            }
        })
        .collect();
    let cursor = phases.iter().map(|ph| ph.end).max().unwrap_or(start);
    let find = |k: PhaseKind| phases.iter().find(|ph| ph.kind == k).copied();
    let grid_go_live = grid
        .iter()
        .find(|g| g.0 == PhaseKind::Pilot)
        .map_or(start, |g| g.1);
    let go_live = find(PhaseKind::Pilot).map_or(start, |ph| ph.start);

    // Counted on the grid and snapped one by one, so the cadence does not drift.
    let mut evaluations = Vec::new();
    let mut phase_evaluation = None;
    if let Some(first) = p.first_evaluation {
        let first = grid_go_live.add_weeks(first);
        evaluations.push(next_working_day(first));
        for i in 1..=u32::from(p.follow_ups) {
            evaluations.push(next_working_day(first.add_months(p.cadence.months() * i)));
        }
        // The evaluation phase is where the board hears what the rollout brought, but a
        // cadence counted from go-live can step right over it. Its last working day gets a
        // moment of its own when none falls inside: by then the phase's findings are complete,
        // and adding one leaves the user's chosen rhythm as it is, where moving one would not.
        // It is a kind of its own, so the cadence's moments keep their numbers and keys.
        if let Some(ev) = find(PhaseKind::Evaluate).filter(|ev| ev.weeks.0 > 0) {
            // A moment of the cadence in the next four weeks hears it just as well: two
            // meetings ten days apart was the third review's complaint.
            let heard_soon = |d: &Date| *d >= ev.start && *d <= ev.last_day().add_days(28);
            if !evaluations.iter().any(heard_soon) {
                phase_evaluation = Some(ev.last_day());
            }
        }
    }

    let kickoff = phases.first().map_or(start, |ph| ph.start);
    let mut milestones = vec![DatedMilestone {
        date: kickoff,
        kind: MilestoneKind::Kickoff,
    }];
    if let Some(m) = find(PhaseKind::Monitor).filter(|m| m.weeks.0 > 0) {
        milestones.push(DatedMilestone {
            date: m.last_day(),
            kind: MilestoneKind::BaselineReady,
        });
    }
    // Training comes after the board has approved the plan and before anyone posts: the last
    // weeks of the definition phase are for it, so the approval falls just before them.
    if let Some(d) = find(PhaseKind::Define) {
        let training = super::calendar::next_working_day(
            go_live.add_days(-TRAINING_WEEKS.days()).max(d.start),
        )
        .min(go_live);
        let approved = super::calendar::previous_working_day(training.add_days(-1)).max(d.start);
        milestones.push(DatedMilestone {
            date: approved,
            kind: MilestoneKind::PlanApproved,
        });
        milestones.push(DatedMilestone {
            date: training,
            kind: MilestoneKind::TrainingStart,
        });
    }
    milestones.push(DatedMilestone {
        date: go_live,
        kind: MilestoneKind::GoLive,
    });
    // The pilot's last day decides whether the rollout goes ahead: the pilot's results are in,
    // and the rollout has not begun.
    if let Some(pilot) = find(PhaseKind::Pilot) {
        milestones.push(DatedMilestone {
            date: pilot.last_day(),
            kind: MilestoneKind::GoNoGo,
        });
    }
    if let Some(r) = find(PhaseKind::Rollout) {
        milestones.push(DatedMilestone {
            date: r.last_day(),
            kind: MilestoneKind::RolloutComplete,
        });
    }
    for (i, d) in evaluations.iter().enumerate() {
        milestones.push(DatedMilestone {
            date: *d,
            kind: MilestoneKind::Evaluation(u16::try_from(i + 1).unwrap_or(u16::MAX)),
        });
    }
    if let Some(date) = phase_evaluation {
        milestones.push(DatedMilestone {
            date,
            kind: MilestoneKind::PhaseEvaluation,
        });
        evaluations.push(date);
        super::collections::sort_small_by_key(&mut evaluations, |d| *d);
    }
    // A milestone without a date yet has no place on the calendar. The user's own dates are
    // kept as typed: a board meeting on a Saturday is theirs to know about.
    for m in &p.milestones {
        if let Some(date) = m.date {
            milestones.push(DatedMilestone {
                date,
                kind: MilestoneKind::Custom(m.id, m.title.clone()),
            });
        }
    }
    // Stable: same-day milestones keep their logical order.
    super::collections::sort_small_by_key(&mut milestones, |m| m.date);

    Schedule {
        end: cursor,
        phases,
        go_live,
        milestones,
        evaluations,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::plan::{Cadence, Milestone, PhaseSpec};

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn default_plan_dates() {
        let p = Phasing::default();
        let s = schedule(&p, d("2026-01-05"));
        let dates: Vec<(PhaseKind, String, String)> = s
            .phases
            .iter()
            .map(|ph| (ph.kind, ph.start.to_string(), ph.last_day().to_string()))
            .collect();
        // Every phase begins on a Monday and ends on a Friday; the pilot starts on Tuesday
        // 28 April because 27 April 2026 is King's Day, and the rest of the plan stays put.
        assert_eq!(
            dates,
            vec![
                (
                    PhaseKind::Identify,
                    "2026-01-05".into(),
                    "2026-01-30".into()
                ),
                (PhaseKind::Monitor, "2026-02-02".into(), "2026-03-13".into()),
                (PhaseKind::Define, "2026-03-16".into(), "2026-04-24".into()),
                (PhaseKind::Pilot, "2026-04-28".into(), "2026-06-19".into()),
                (PhaseKind::Rollout, "2026-06-22".into(), "2026-09-11".into()),
                (
                    PhaseKind::Evaluate,
                    "2026-09-14".into(),
                    "2026-10-09".into()
                ),
            ]
        );
        assert_eq!(s.go_live, d("2026-04-28"));
        // First evaluation 12 weeks after go-live, then quarterly three times. None falls in
        // the evaluation phase, but the one of 20 October hears its findings eleven days after
        // it ends, so the phase gets no meeting of its own.
        let evals: Vec<String> = s.evaluations.iter().map(ToString::to_string).collect();
        assert_eq!(
            evals,
            ["2026-07-20", "2026-10-20", "2027-01-20", "2027-04-20"]
        );
        let go = s
            .milestones
            .iter()
            .find(|m| m.kind == MilestoneKind::GoNoGo);
        assert_eq!(go.map(|m| m.date), Some(d("2026-06-19")));
        assert_eq!(MilestoneKind::GoNoGo.key(), "go-no-go");
        // Half-yearly, the next moment is far off: the evaluation phase's last day gets one,
        // and the cadence's numbers stay as they are.
        let mut half = p.clone();
        half.cadence = Cadence::HalfYearly;
        let s2 = schedule(&half, d("2026-01-05"));
        let numbered: Vec<(String, String)> = s2
            .milestones
            .iter()
            .filter(|m| m.kind.is_evaluation())
            .map(|m| (m.kind.key(), m.date.to_string()))
            .collect();
        assert_eq!(
            numbered,
            [
                ("evaluation-1".into(), "2026-07-20".into()),
                ("evaluation-phase".into(), "2026-10-09".into()),
                ("evaluation-2".into(), "2027-01-20".into()),
                ("evaluation-3".into(), "2027-07-20".into()),
                ("evaluation-4".into(), "2028-01-20".into()),
            ]
        );
        assert_eq!(s.last_day(), d("2026-10-09"));
        assert!(flags(&p).is_empty(), "{:?}", flags(&p));
    }

    #[test]
    fn unrealistic_plans_are_flagged() {
        let mut p = Phasing::default();
        p.phases.monitor = PhaseSpec {
            weeks: Weeks(0),
            overlap: Weeks(0),
        };
        p.first_evaluation = None;
        p.phases.rollout.overlap = Weeks(2);
        p.phases.define.weeks = Weeks(0);
        p.phases.evaluate.weeks = Weeks(300);
        let f = flags(&p);
        for expected in [
            ScheduleFlag::NoListeningBaseline,
            ScheduleFlag::NoEvaluation,
            ScheduleFlag::ForbiddenOverlap(PhaseKind::Rollout),
            ScheduleFlag::ZeroDuration(PhaseKind::Define),
            ScheduleFlag::AbsurdDuration(PhaseKind::Evaluate),
        ] {
            assert!(f.contains(&expected), "{expected:?} missing from {f:?}");
        }
        let mut late = Phasing::default();
        late.first_evaluation = Some(Weeks(30));
        assert_eq!(
            flags(&late),
            vec![ScheduleFlag::LateFirstEvaluation(Weeks(30))]
        );
    }

    #[test]
    fn pilot_before_baseline_is_flagged() {
        let mut p = Phasing::default();
        p.phases.define = PhaseSpec {
            weeks: Weeks(2),
            overlap: Weeks(4),
        };
        // Define starts 2 weeks into monitor and lasts 2 weeks: the pilot starts 2 weeks
        // before the 6-week baseline is ready.
        assert!(flags(&p).contains(&ScheduleFlag::ImplementBeforeBaseline));
        let s = schedule(&p, d("2026-01-05"));
        let monitor = s.phases[1];
        let pilot = s.phases[3];
        assert!(pilot.start < monitor.end);
    }

    #[test]
    fn custom_milestones_are_sorted_in() {
        let mut p = Phasing::default();
        p.cadence = Cadence::Yearly;
        p.follow_ups = 0;
        p.milestones.push(Milestone {
            id: MilestoneId(7),
            title: "Board meeting".into(),
            date: Some(d("2026-03-01")),
        });
        // Not dated yet: not on the calendar.
        p.milestones.push(Milestone {
            id: MilestoneId(8),
            title: "Undated".into(),
            date: None,
        });
        let s = schedule(&p, d("2026-01-05"));
        assert!(s.milestones.windows(2).all(|w| w[0].date <= w[1].date));
        assert!(s
            .milestones
            .iter()
            .any(|m| m.kind == MilestoneKind::Custom(MilestoneId(7), "Board meeting".into())));
        assert!(!s
            .milestones
            .iter()
            .any(|m| matches!(&m.kind, MilestoneKind::Custom(_, t) if t == "Undated")));
        // The one evaluation, and the one the evaluation phase gets because it fell outside.
        assert_eq!(s.evaluations.len(), 2);
    }

    #[test]
    fn an_evaluation_inside_the_phase_is_not_doubled() {
        let mut p = Phasing::default();
        // Go-live 2026-04-28 on the grid of 2026-04-27; the evaluation phase runs 14 September
        // to 9 October: 21 weeks after go-live is 21 September.
        p.first_evaluation = Some(Weeks(21));
        p.follow_ups = 0;
        let s = schedule(&p, d("2026-01-05"));
        assert_eq!(s.evaluations, vec![d("2026-09-21")]);
        assert!(!s
            .milestones
            .iter()
            .any(|m| m.kind == MilestoneKind::PhaseEvaluation));
        assert!(s
            .phase(PhaseKind::Evaluate)
            .unwrap()
            .contains(d("2026-09-21")));
    }

    #[test]
    fn a_board_meets_neither_in_the_summer_recess_nor_at_christmas() {
        let board = |p: &Phasing| -> Vec<(BoardMoment, Date, bool)> {
            flags(p)
                .into_iter()
                .filter_map(|f| match f {
                    ScheduleFlag::BoardMomentInHolidays {
                        moment,
                        date,
                        christmas,
                    } => Some((moment, date, christmas)),
                    _ => None,
                })
                .collect()
        };
        let mut p = Phasing::default();
        p.cadence = Cadence::Quarterly;
        // Go-live 11 May 2026 (16 weeks after 19 January): a first evaluation 12 weeks later
        // falls on 3 August, in the recess; 10 weeks later, on 20 July, too; 8 weeks later,
        // on 6 July, not (and the next ones, in October and January, neither).
        p.start = Some(d("2026-01-19"));
        assert_eq!(schedule(&p, d("2026-01-19")).go_live, d("2026-05-11"));
        for (weeks, flagged) in [(12, true), (10, true), (8, false)] {
            p.first_evaluation = Some(Weeks(weeks));
            let found = board(&p);
            assert_eq!(
                found
                    .iter()
                    .any(|(m, _, _)| *m == BoardMoment::Evaluation(1)),
                flagged,
                "{weeks} weeks: {found:?}"
            );
        }
        // The plan's approval in the Christmas weeks is flagged as such.
        p.first_evaluation = Some(Weeks(8));
        let approval = schedule(&p, d("2026-01-19"))
            .milestones
            .iter()
            .find(|m| m.kind == MilestoneKind::PlanApproved)
            .map(|m| m.date)
            .unwrap();
        let to_christmas = approval.days_until(d("2026-12-28"));
        p.start = Some(d("2026-01-19").add_days(to_christmas - to_christmas.rem_euclid(7)));
        assert!(
            board(&p)
                .iter()
                .any(|(m, _, christmas)| *m == BoardMoment::Approval && *christmas),
            "{:?}",
            board(&p)
        );
    }

    #[test]
    fn summer_and_christmas_are_flagged_once_dated() {
        // Monitor from 2 February: no summer. Undated plans get no dated flags.
        let mut p = Phasing::default();
        assert!(flags(&p).is_empty());
        p.start = Some(d("2026-01-05"));
        // Its first evaluation falls in August: the board moments have a test of their own.
        let phases = |p: &Phasing| -> Vec<ScheduleFlag> {
            flags(p)
                .into_iter()
                .filter(|f| !matches!(f, ScheduleFlag::BoardMomentInHolidays { .. }))
                .collect()
        };
        assert!(phases(&p).is_empty(), "{:?}", flags(&p));
        // Starting on 4 May puts the baseline in June–July and the pilot's start in August.
        p.start = Some(d("2026-05-04"));
        let f = flags(&p);
        assert!(
            f.contains(&ScheduleFlag::SummerHolidays(PhaseKind::Monitor)),
            "{f:?}"
        );
        assert!(
            f.contains(&ScheduleFlag::SummerHolidays(PhaseKind::Pilot)),
            "{f:?}"
        );
        // A pilot that would go live on Monday 21 December 2026.
        p.start = Some(d("2026-12-21").add_days(-7 * 16));
        let s = schedule(&p, p.start.unwrap());
        assert_eq!(s.go_live, d("2026-12-21"));
        assert!(flags(&p).contains(&ScheduleFlag::ChristmasGoLive(PhaseKind::Pilot)));
        // A go-live in mid-January puts the three weeks of training over Christmas.
        let mut jan = Phasing::default();
        jan.start = Some(d("2026-09-21"));
        let s = schedule(&jan, d("2026-09-21"));
        assert!(
            s.go_live >= d("2027-01-04") && s.go_live <= d("2027-01-22"),
            "{}",
            s.go_live
        );
        assert!(flags(&jan).contains(&ScheduleFlag::ChristmasTraining));
        jan.start = Some(d("2026-06-01"));
        assert!(!flags(&jan).contains(&ScheduleFlag::ChristmasTraining));
        // And a rollout that starts on 4 January is just clear of it.
        p.start = Some(d("2027-01-04").add_days(-7 * 24));
        let s = schedule(&p, p.start.unwrap());
        assert_eq!(s.phase(PhaseKind::Rollout).unwrap().start, d("2027-01-04"));
        assert!(!flags(&p)
            .iter()
            .any(|f| matches!(f, ScheduleFlag::ChristmasGoLive(_))));
        assert!(!flags(&p).contains(&ScheduleFlag::SummerHolidays(PhaseKind::Rollout)));
        // A rollout that starts in July reaches departments that are half away (third review:
        // only the pilot was named, while the rollout lay wholly in the school holidays).
        p.start = Some(d("2027-07-12").add_days(-7 * 24));
        let rollout = schedule(&p, p.start.unwrap())
            .phase(PhaseKind::Rollout)
            .unwrap()
            .start;
        assert!(
            rollout >= d("2027-07-01") && rollout < d("2027-08-01"),
            "{rollout}"
        );
        assert!(flags(&p).contains(&ScheduleFlag::SummerHolidays(PhaseKind::Rollout)));
    }

    #[test]
    fn an_evaluation_beside_the_go_no_go_is_flagged() {
        let mut p = Phasing::default();
        p.start = Some(d("2026-01-05"));
        assert!(!flags(&p)
            .iter()
            .any(|f| matches!(f, ScheduleFlag::EvaluationBesideGoNoGo(_))));
        // The first evaluation at the pilot's end is the go/no-go meeting a second time.
        p.first_evaluation = Some(p.phases.pilot.weeks);
        let f = flags(&p);
        assert!(
            f.contains(&ScheduleFlag::EvaluationBesideGoNoGo(1)),
            "{f:?}"
        );
        assert!(
            !f.contains(&ScheduleFlag::EvaluationBesideGoNoGo(2)),
            "{f:?}"
        );
    }

    #[test]
    fn two_stages_in_the_time_of_one_are_flagged() {
        let p = Phasing::default();
        let s = schedule(&p, d("2026-01-05"));
        // Go-live 28 April, evaluation phase ends 9 October: five whole months.
        assert_eq!(
            stage_jump(&s, Stage::Traditional, Stage::Operational),
            Some(ScheduleFlag::StageJump {
                current: Stage::Traditional,
                target: Stage::Operational,
                months: 5
            })
        );
        // One stage up is what a plan is for.
        assert_eq!(
            stage_jump(&s, Stage::Traditional, Stage::Experimental),
            None
        );
        // Two stages with a rollout of more than a year is allowed.
        let mut long = Phasing::default();
        long.phases.rollout.weeks = Weeks(52);
        let s = schedule(&long, d("2026-01-05"));
        assert_eq!(stage_jump(&s, Stage::Traditional, Stage::Operational), None);
        // Three stages need two years.
        assert!(stage_jump(&s, Stage::Traditional, Stage::Measurable).is_some());
    }
}
