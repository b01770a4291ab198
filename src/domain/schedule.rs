//! Scheduler: turns a start date and phase lengths into dated phases, milestones and
//! evaluation moments, and flags a plan that cannot work as written.

use super::plan::{MilestoneId, PhaseKind, Phasing};
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
    GoLive,
    RolloutComplete,
    /// The n-th evaluation moment, counted from 1.
    Evaluation(u16),
    /// One of the user's own milestones, with its title.
    Custom(MilestoneId, String),
}

impl MilestoneKind {
    /// A key that stays the same for the same milestone whatever the language, the dates or
    /// the other milestones: what a calendar event is named after, so a plan downloaded again
    /// updates its events instead of adding them twice.
    #[must_use]
    pub fn key(&self) -> String {
        match self {
            MilestoneKind::Kickoff => "kickoff".into(),
            MilestoneKind::BaselineReady => "baseline-ready".into(),
            MilestoneKind::PlanApproved => "plan-approved".into(),
            MilestoneKind::GoLive => "go-live".into(),
            MilestoneKind::RolloutComplete => "rollout-complete".into(),
            MilestoneKind::Evaluation(n) => format!("evaluation-{n}"),
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
}

/// The most weeks between go-live and a first evaluation before the plan drifts unchecked.
pub const MAX_FIRST_EVALUATION: Weeks = Weeks(26);
/// Beyond two years a single phase is a typo or a plan nobody will follow.
pub const MAX_PHASE: Weeks = Weeks(104);

/// The computed time plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Schedule {
    pub phases: Vec<ScheduledPhase>,
    pub go_live: Date,
    pub end: Date,
    /// Computed milestones and the user's own, in date order.
    pub milestones: Vec<DatedMilestone>,
    pub evaluations: Vec<Date>,
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
        let s = schedule(p, Date::EPOCH);
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
    out
}

/// Lays the phases end to end from the start date. Each phase starts where the previous one
/// ends, less its overlap; the overlap is clamped to the previous phase's length so a phase
/// never starts before the previous one starts: the schedule stays ordered and gap-free for
/// any input.
#[must_use]
pub fn schedule(p: &Phasing, start: Date) -> Schedule {
    let mut phases = Vec::with_capacity(PhaseKind::ALL.len());
    let mut cursor = start;
    let mut prev: Option<ScheduledPhase> = None;
    for &kind in PhaseKind::ALL {
        let spec = p.phases.get(kind);
        let begin = match prev {
            Some(pr) => {
                let overlap = spec.overlap.min(pr.weeks);
                pr.end.add_days(-overlap.days()).max(pr.start)
            }
            None => cursor,
        };
        let phase = ScheduledPhase {
            kind,
            start: begin,
            end: begin.add_weeks(spec.weeks),
            weeks: spec.weeks,
        };
        cursor = cursor.max(phase.end);
        phases.push(phase);
        prev = Some(phase);
    }
    let find = |k: PhaseKind| phases.iter().find(|ph| ph.kind == k).copied();
    let go_live = find(PhaseKind::Pilot).map_or(start, |ph| ph.start);

    let mut evaluations = Vec::new();
    if let Some(first) = p.first_evaluation {
        let first = go_live.add_weeks(first);
        evaluations.push(first);
        for i in 1..=u32::from(p.follow_ups) {
            evaluations.push(first.add_months(p.cadence.months() * i));
        }
    }

    let mut milestones = vec![DatedMilestone {
        date: start,
        kind: MilestoneKind::Kickoff,
    }];
    if let Some(m) = find(PhaseKind::Monitor).filter(|m| m.weeks.0 > 0) {
        milestones.push(DatedMilestone {
            date: m.last_day(),
            kind: MilestoneKind::BaselineReady,
        });
    }
    if let Some(d) = find(PhaseKind::Define) {
        milestones.push(DatedMilestone {
            date: d.last_day(),
            kind: MilestoneKind::PlanApproved,
        });
    }
    milestones.push(DatedMilestone {
        date: go_live,
        kind: MilestoneKind::GoLive,
    });
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
    // A milestone without a date yet has no place on the calendar.
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
        assert_eq!(
            dates,
            vec![
                (
                    PhaseKind::Identify,
                    "2026-01-05".into(),
                    "2026-02-01".into()
                ),
                (PhaseKind::Monitor, "2026-02-02".into(), "2026-03-15".into()),
                (PhaseKind::Define, "2026-03-16".into(), "2026-04-26".into()),
                (PhaseKind::Pilot, "2026-04-27".into(), "2026-06-21".into()),
                (PhaseKind::Rollout, "2026-06-22".into(), "2026-09-13".into()),
                (
                    PhaseKind::Evaluate,
                    "2026-09-14".into(),
                    "2026-10-11".into()
                ),
            ]
        );
        assert_eq!(s.go_live, d("2026-04-27"));
        // First evaluation 12 weeks after go-live, then quarterly three times.
        let evals: Vec<String> = s.evaluations.iter().map(ToString::to_string).collect();
        assert_eq!(
            evals,
            ["2026-07-20", "2026-10-20", "2027-01-20", "2027-04-20"]
        );
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
        assert_eq!(s.evaluations.len(), 1);
    }
}
