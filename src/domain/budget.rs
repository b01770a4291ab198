//! The cost estimate: the team's hours as FTE and hours per year, priced at an hourly rate per
//! role kind, plus training, tools and paid promotion, for year one and the years after. Every
//! default is an assumption the plan shows and the user can change; nothing here is a quote.

use super::plan::{Plan, RoleKind, SocialGoal};
use super::units::Count;

/// One FTE in the Dutch care collective agreements (CAO VVT, Gehandicaptenzorg, Ziekenhuizen,
/// GGZ) is a 36-hour week.
pub const FTE_HOURS: u32 = 36;
/// Working weeks in a year after leave and public holidays: hours per week become hours per
/// year with this.
pub const WORKING_WEEKS: u32 = 46;

/// The default integral cost per hour in euros (salary scale plus employer costs and
/// overhead, roughly 1.5 times the gross hourly wage). There is no published rate; these are
/// round figures for the scales such roles usually sit in, shown as assumptions.
#[must_use]
pub fn default_rate(kind: RoleKind) -> u32 {
    match kind {
        RoleKind::Sponsor => 110,
        RoleKind::ProjectLead | RoleKind::PrivacyOfficer => 80,
        RoleKind::Coordinator | RoleKind::Communication | RoleKind::Hr => 70,
        RoleKind::HubTeam | RoleKind::Webcare => 60,
        RoleKind::Ambassador => 55,
    }
}

/// Euros per person for a day of training by an external trainer, materials included.
pub const DEFAULT_TRAINING_PER_PERSON: u32 = 250;
/// Euros per year for a listening and monitoring tool at the scale of a care organisation.
pub const DEFAULT_MONITORING_TOOL: u32 = 2_400;
/// Euros per year for a tool that schedules and approves posts for several editors.
pub const DEFAULT_SCHEDULING_TOOL: u32 = 900;
/// Euros per year of paid promotion for vacancies: about 300 a month.
pub const DEFAULT_PROMOTION: u32 = 3_600;
/// A small organisation (up to 20 staff, or a GP practice) posting a few times a week manages
/// with the channels' own free tools: their planners schedule and approve posts, their
/// statistics are all the listening it needs. Its estimate counts no tools unless entered.
#[must_use]
pub fn free_tools(plan: &Plan) -> bool {
    plan.organisation.size == Some(super::plan::SizeBand::UpTo20)
        || plan.organisation.sector == Some(super::plan::Sector::GpPractice)
}

/// The monitoring tool's default for this organisation (see `free_tools`).
#[must_use]
pub fn default_monitoring_tool(plan: &Plan) -> u32 {
    if free_tools(plan) {
        0
    } else {
        DEFAULT_MONITORING_TOOL
    }
}

/// The scheduling tool's default for this organisation (see `free_tools`).
#[must_use]
pub fn default_scheduling_tool(plan: &Plan) -> u32 {
    if free_tools(plan) {
        0
    } else {
        DEFAULT_SCHEDULING_TOOL
    }
}

/// In the years after the first, a quarter of the trained people is new or needs a refresher
/// (staff turnover in care runs at roughly 15 to 20 percent a year, plus refreshers).
pub const REFRESHER_SHARE_PERCENT: u32 = 25;

/// What one line of the estimate is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Item {
    /// A role's hours: the role kind, its hours per week in tenths (all people together) and
    /// its rate. The project lead's role ends after the rollout, so it costs year one only.
    Role {
        kind: RoleKind,
        tenths_per_week: u64,
        rate: u32,
    },
    /// Training the team and the ambassadors; refreshers afterwards.
    Training {
        people: u64,
        per_person: u32,
    },
    MonitoringTool,
    SchedulingTool,
    /// Paid promotion, because the plan has a recruitment goal.
    Promotion,
}

/// One line of the estimate, in whole euros.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Line {
    pub item: Item,
    pub year_one: u64,
    pub later: u64,
    /// The week of year one this line's cost starts in (0: from the plan's start).
    pub from_week: u32,
}

/// Weeks in a year: year one is the plan's first 52 weeks.
pub const YEAR_WEEKS: u32 = 52;

/// Roles that start work at the pilot's go-live rather than at the plan's start: the
/// ambassadors are trained just before it, and post from it (a review found year one
/// overstated by tens of thousands of euros when they were paid from the first week).
fn starts_at_go_live(kind: RoleKind) -> bool {
    kind == RoleKind::Ambassador
}

/// Whole weeks from the plan's start to the pilot's go-live, at most a year. An undated plan
/// is counted from an arbitrary Monday: the weeks between phases barely depend on the date.
fn weeks_to_go_live(plan: &Plan) -> u32 {
    let start = plan.phasing.start.unwrap_or(super::units::Date::EPOCH);
    let s = super::schedule::schedule(&plan.phasing, start);
    let first = s.phases.first().map_or(start, |ph| ph.start);
    let days = u32::try_from(first.days_until(s.go_live)).unwrap_or(0);
    (days / 7).min(YEAR_WEEKS)
}

impl Item {
    /// Hours per year for a role line (all people together), in tenths.
    #[must_use]
    pub fn tenths_per_year(self) -> Option<u64> {
        match self {
            Item::Role {
                tenths_per_week, ..
            } => Some(tenths_per_week * u64::from(WORKING_WEEKS)),
            _ => None,
        }
    }

    /// FTE for a role line, in hundredths (4.5 hours a week is 0.13 FTE).
    #[must_use]
    pub fn fte_hundredths(self) -> Option<u64> {
        match self {
            Item::Role {
                tenths_per_week, ..
            } => Some((tenths_per_week * 10 + u64::from(FTE_HOURS) / 2) / u64::from(FTE_HOURS)),
            _ => None,
        }
    }
}

/// The estimate: its lines and their totals.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Estimate {
    pub lines: Vec<Line>,
    pub year_one: u64,
    pub later: u64,
    /// Of the totals, the team's time: hours that come from people's work, whether existing
    /// hours or new ones. A board weighs these apart from money that leaves the organisation.
    pub time_year_one: u64,
    pub time_later: u64,
    /// Of the team's time: what today's communication hours already pay for, priced at the
    /// communication roles' own rates. The rest of the team's time is extra: new hours, or
    /// hours freed elsewhere. Zero where nobody works on communication today.
    pub existing_year_one: u64,
    pub existing_later: u64,
    /// Today's communication hours a week that the plan's communication roles take up, in
    /// tenths: at most what the plan gives those roles.
    pub existing_tenths: u64,
    /// Roles in the team without hours per week: the estimate leaves them out.
    pub roles_without_hours: Vec<RoleKind>,
}

fn or_default(v: Option<Count>, default: u32) -> u32 {
    v.map_or(default, |c| c.0)
}

/// The rate the estimate uses for a role kind: the user's, else the default.
#[must_use]
pub fn rate(plan: &Plan, kind: RoleKind) -> u32 {
    plan.budget
        .rates
        .get(&kind)
        .map_or_else(|| default_rate(kind), |c| c.0)
}

/// The people who follow the training: everyone in the team except the sponsor (who is
/// briefed, not trained), plus the ambassadors, counted once whether they are a role in the
/// team, a number on the training screen, or both.
#[must_use]
pub fn people_to_train(plan: &Plan) -> u64 {
    let headcount = |r: &super::plan::Role| u64::from(r.headcount.0.max(1));
    let team: u64 = plan
        .staffing
        .roles
        .iter()
        .filter(|r| !matches!(r.kind, RoleKind::Sponsor | RoleKind::Ambassador))
        .map(headcount)
        .sum();
    let ambassador_roles: u64 = plan
        .staffing
        .roles
        .iter()
        .filter(|r| r.kind == RoleKind::Ambassador)
        .map(headcount)
        .sum();
    team + ambassador_roles.max(u64::from(plan.staffing.ambassadors.0))
}

/// Prices the plan. Roles of one kind are one line; lines come in the team's order, then
/// training, tools and promotion.
#[must_use]
pub fn estimate(plan: &Plan) -> Estimate {
    let b = &plan.budget;
    let mut out = Estimate::default();
    let mut kinds: Vec<(RoleKind, u64)> = Vec::new();
    for r in &plan.staffing.roles {
        let tenths = u64::from(r.hours.tenths()) * u64::from(r.headcount.0.max(1));
        if tenths == 0 {
            if !out.roles_without_hours.contains(&r.kind) {
                out.roles_without_hours.push(r.kind);
            }
            continue;
        }
        match kinds.iter_mut().find(|(k, _)| *k == r.kind) {
            Some((_, sum)) => *sum += tenths,
            None => kinds.push((r.kind, tenths)),
        }
    }
    let go_live_week = weeks_to_go_live(plan);
    for (kind, tenths_per_week) in kinds {
        let rate = rate(plan, kind);
        // Tenths of hours per year times euros, rounded to whole euros.
        let yearly = (tenths_per_week * u64::from(WORKING_WEEKS) * u64::from(rate) + 5) / 10;
        let later = if kind == RoleKind::ProjectLead {
            0
        } else {
            yearly
        };
        let from_week = if starts_at_go_live(kind) {
            go_live_week
        } else {
            0
        };
        // The weeks worked in year one, in proportion, rounded to whole euros.
        let weeks = u64::from(YEAR_WEEKS - from_week);
        let year_one = (yearly * weeks + u64::from(YEAR_WEEKS) / 2) / u64::from(YEAR_WEEKS);
        out.lines.push(Line {
            item: Item::Role {
                kind,
                tenths_per_week,
                rate,
            },
            year_one,
            later,
            from_week,
        });
    }
    let people = people_to_train(plan);
    let per_person = or_default(b.training_per_person, DEFAULT_TRAINING_PER_PERSON);
    if people > 0 && !plan.staffing.training.is_empty() {
        let year_one = people * u64::from(per_person);
        out.lines.push(Line {
            item: Item::Training { people, per_person },
            year_one,
            // Rounded to the nearest euro, as every other amount (€ 2.187,50 is € 2.188).
            later: (year_one * u64::from(REFRESHER_SHARE_PERCENT) + 50) / 100,
            from_week: 0,
        });
    }
    let tool = |item, v: Option<Count>, default| {
        let yearly = u64::from(or_default(v, default));
        Line {
            item,
            year_one: yearly,
            later: yearly,
            from_week: 0,
        }
    };
    out.lines.push(tool(
        Item::MonitoringTool,
        b.monitoring_tool,
        default_monitoring_tool(plan),
    ));
    out.lines.push(tool(
        Item::SchedulingTool,
        b.scheduling_tool,
        default_scheduling_tool(plan),
    ));
    if plan.goals.goals.contains_key(&SocialGoal::Recruitment) {
        out.lines
            .push(tool(Item::Promotion, b.promotion, DEFAULT_PROMOTION));
    }
    out.year_one = out.lines.iter().map(|l| l.year_one).sum();
    out.later = out.lines.iter().map(|l| l.later).sum();
    let time = out
        .lines
        .iter()
        .filter(|l| matches!(l.item, Item::Role { .. }));
    out.time_year_one = time.clone().map(|l| l.year_one).sum();
    out.time_later = time.map(|l| l.later).sum();
    let now = u64::from(plan.organisation.comms_hours.tenths());
    // Today's hours, valued at what the plan pays for the same work: the share they cover of
    // the communication roles' cost, in year one and (without the project lead) after it.
    let covered = |later: bool| {
        let (tenths, euros) = out
            .lines
            .iter()
            .filter_map(|l| match l.item {
                Item::Role {
                    kind,
                    tenths_per_week,
                    ..
                } if is_communication_work(kind) && !(later && kind == RoleKind::ProjectLead) => {
                    Some((tenths_per_week, if later { l.later } else { l.year_one }))
                }
                _ => None,
            })
            .fold((0, 0), |(t, e), (lt, le)| (t + lt, e + le));
        let part = now.min(tenths);
        (euros * part + tenths / 2)
            .checked_div(tenths)
            .map_or((0, 0), |value| (part, value))
    };
    (out.existing_tenths, out.existing_year_one) = covered(false);
    out.existing_later = covered(true).1;
    out
}

/// Roles that do communication work (publishing, responding, coordinating it): the work today's
/// communication hours go to, as against the time of the sponsor, the ambassadors, HR or the
/// FG, which comes on top of their own jobs.
#[must_use]
pub fn is_communication_work(kind: RoleKind) -> bool {
    matches!(
        kind,
        RoleKind::ProjectLead
            | RoleKind::Coordinator
            | RoleKind::HubTeam
            | RoleKind::Communication
            | RoleKind::Webcare
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Hours, Role, RoleId, TrainingModule};

    fn role(id: u32, kind: RoleKind, headcount: u32, hours: u32) -> Role {
        Role {
            id: RoleId(id),
            kind,
            people: String::new(),
            headcount: Count(headcount),
            hours: Hours::whole(hours),
            discipline: None,
        }
    }

    #[test]
    fn fte_and_hours_per_year() {
        let item = Item::Role {
            kind: RoleKind::Coordinator,
            tenths_per_week: 180,
            rate: 70,
        };
        assert_eq!(item.fte_hundredths(), Some(50));
        assert_eq!(item.tenths_per_year(), Some(18 * 46 * 10));
        let small = Item::Role {
            kind: RoleKind::Webcare,
            tenths_per_week: 45,
            rate: 60,
        };
        assert_eq!(small.fte_hundredths(), Some(13));
    }

    /// A home-care organisation of 120 staff: a coordinator two days a week, a project lead one
    /// day, four district nurses in the hub team two hours each, twenty ambassadors, recruitment
    /// as a goal.
    #[test]
    fn a_home_care_estimate() {
        let mut plan = Plan::default();
        plan.staffing.roles = vec![
            role(1, RoleKind::Sponsor, 1, 1),
            role(2, RoleKind::ProjectLead, 1, 8),
            role(3, RoleKind::Coordinator, 1, 16),
            role(4, RoleKind::HubTeam, 4, 2),
            role(5, RoleKind::Ambassador, 20, 0),
        ];
        plan.staffing.ambassadors = Count(20);
        plan.staffing.training.insert(TrainingModule::Basics);
        plan.goals
            .goals
            .with_default(SocialGoal::Recruitment, |_| ());
        let e = estimate(&plan);
        let euros: Vec<(u64, u64)> = e.lines.iter().map(|l| (l.year_one, l.later)).collect();
        assert_eq!(
            euros,
            vec![
                (5_060, 5_060),   // sponsor 1 h × 46 × 110
                (29_440, 0),      // project lead 8 h × 46 × 80, year one only
                (51_520, 51_520), // coordinator 16 h × 46 × 70
                (22_080, 22_080), // hub team 4 × 2 h × 46 × 60
                (6_500, 1_625),   // 26 people trained × 250, a quarter after
                (2_400, 2_400),
                (900, 900),
                (3_600, 3_600),
            ]
        );
        assert_eq!(e.roles_without_hours, vec![RoleKind::Ambassador]);
        assert_eq!(e.year_one, euros.iter().map(|e| e.0).sum::<u64>());
        // Time of the team apart from money spent: 108,100 of it is hours.
        assert_eq!(e.time_year_one, 5_060 + 29_440 + 51_520 + 22_080);
        assert_eq!(e.time_later, 5_060 + 51_520 + 22_080);
        // Nobody works on communication today: all of the team's time is extra.
        assert_eq!((e.existing_year_one, e.existing_later), (0, 0));
    }

    /// Today's communication hours pay for part of the plan's communication roles, at those
    /// roles' own rates; the sponsor's and the ambassadors' time is never covered by them.
    #[test]
    fn todays_communication_hours_are_apart_from_extra_time() {
        let team = |now: u32| {
            let mut plan = Plan::default();
            plan.organisation.comms_hours = Hours::whole(now);
            plan.staffing.roles = vec![
                role(1, RoleKind::Sponsor, 1, 1),
                role(2, RoleKind::ProjectLead, 1, 8),
                role(3, RoleKind::HubTeam, 4, 16),
                Role {
                    hours: Hours::from_tenths(15),
                    ..role(4, RoleKind::Ambassador, 30, 0)
                },
            ];
            estimate(&plan)
        };
        let hub = 64 * 46 * 60;
        let lead = 8 * 46 * 80;
        let cases = [
            // (hours today, covered a week in tenths, year one, later)
            (0, 0, 0, 0),
            // A communication department of 24 hours: 24 of the 72 in year one, 24 of the
            // hub's 64 after it (the project lead's role has ended).
            (24, 240, (hub + lead) * 24 / 72, hub * 24 / 64),
            // More hours today than the plan's communication roles: they cover those roles
            // whole, and no more.
            (100, 720, hub + lead, hub),
        ];
        for (now, tenths, one, later) in cases {
            let e = team(now);
            assert_eq!(
                (e.existing_tenths, e.existing_year_one, e.existing_later),
                (tenths, one, later),
                "{now} hours today"
            );
            assert!(e.existing_year_one <= e.time_year_one);
        }
    }

    /// The hospital group of the third review: thirty ambassadors at 1.5 hours a week, a plan
    /// that starts on 7 September 2026 and a pilot that goes live on 11 January 2027. The
    /// ambassadors cost year one from go-live, the years after in full; the hub from the start.
    #[test]
    fn ambassadors_cost_year_one_from_go_live() {
        let mut plan = Plan::default();
        plan.staffing.roles = vec![
            role(1, RoleKind::HubTeam, 4, 16),
            Role {
                hours: Hours::from_tenths(15),
                ..role(2, RoleKind::Ambassador, 30, 0)
            },
        ];
        let d = |s: &str| s.parse::<crate::domain::Date>().unwrap();
        plan.phasing.start = Some(d("2026-09-07"));
        let s = super::super::schedule::schedule(&plan.phasing, d("2026-09-07"));
        let weeks = u32::try_from(d("2026-09-07").days_until(s.go_live) / 7).unwrap();
        assert!(weeks > 0 && weeks < YEAR_WEEKS, "{}", s.go_live);
        let e = estimate(&plan);
        let full = 30 * 15 * 46 * 55 / 10;
        assert_eq!(e.lines[0].from_week, 0);
        assert_eq!(e.lines[0].year_one, e.lines[0].later);
        assert_eq!(e.lines[1].from_week, weeks);
        assert_eq!(e.lines[1].later, full);
        let expected = (full * u64::from(YEAR_WEEKS - weeks) + 26) / 52;
        assert_eq!(e.lines[1].year_one, expected);
        assert!(e.lines[1].year_one < full);
        // An undated plan counts the weeks between its phases, within a week of the dated
        // one (holidays move a phase's first working day by a day or two).
        plan.phasing.start = None;
        assert!(estimate(&plan).lines[1].from_week.abs_diff(weeks) <= 1);
        // A pilot a year or more away leaves nothing for the ambassadors in year one.
        plan.phasing.phases.identify.weeks = crate::domain::Weeks(60);
        let late = estimate(&plan);
        assert_eq!(late.lines[1].from_week, YEAR_WEEKS);
        assert_eq!(late.lines[1].year_one, 0);
    }

    /// A GP practice or an organisation of up to 20 counts no tools unless it enters them;
    /// larger ones count the usual amounts.
    #[test]
    fn a_small_organisation_uses_the_channels_free_tools() {
        use crate::domain::plan::{Sector, SizeBand};
        let cases = [
            (Some(Sector::GpPractice), Some(SizeBand::From21To50), 0, 0),
            (Some(Sector::ElderlyCare), Some(SizeBand::UpTo20), 0, 0),
            (
                Some(Sector::ElderlyCare),
                Some(SizeBand::From21To50),
                2_400,
                900,
            ),
            (Some(Sector::Hospital), Some(SizeBand::Over250), 2_400, 900),
            (None, None, 2_400, 900),
        ];
        for (sector, size, monitoring, scheduling) in cases {
            let mut plan = Plan::default();
            plan.organisation.sector = sector;
            plan.organisation.size = size;
            let e = estimate(&plan);
            let cost = |item| e.lines.iter().find(|l| l.item == item).map(|l| l.year_one);
            assert_eq!(
                (cost(Item::MonitoringTool), cost(Item::SchedulingTool)),
                (Some(monitoring), Some(scheduling)),
                "{sector:?} {size:?}"
            );
            // What the organisation enters still counts.
            plan.budget.monitoring_tool = Some(Count(600));
            assert_eq!(
                estimate(&plan)
                    .lines
                    .iter()
                    .find(|l| l.item == Item::MonitoringTool)
                    .map(|l| l.year_one),
                Some(600)
            );
        }
    }

    #[test]
    fn entered_values_replace_defaults_zero_included() {
        let mut plan = Plan::default();
        plan.staffing.roles = vec![role(1, RoleKind::Webcare, 2, 10)];
        plan.budget.rates.insert(RoleKind::Webcare, Count(50));
        plan.budget.monitoring_tool = Some(Count(0));
        let e = estimate(&plan);
        assert_eq!(e.lines[0].year_one, 2 * 10 * 46 * 50);
        assert_eq!(e.lines[1].item, Item::MonitoringTool);
        assert_eq!(e.lines[1].year_one, 0);
        // No recruitment goal: no promotion; no training chosen: no training line.
        assert!(!e.lines.iter().any(|l| l.item == Item::Promotion));
        assert!(!e
            .lines
            .iter()
            .any(|l| matches!(l.item, Item::Training { .. })));
    }
}
