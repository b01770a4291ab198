//! An evaluation moment held against the state before it: the self-assessment then and now,
//! the stage's movement (a fall back included, with the risks that fit it), each indicator
//! against its baseline and target, how the planned actions went, and the next period's
//! actions from the new gaps. Domain data only; the words are in `i18n`.

use super::collections::VecMap;
use super::governance::recommend;
use super::maturity::{advise, assess, effective_target, Advice, FallbackRisk, GrowthAction};
use super::plan::{ActionStatus, Dimension, Direction, Evaluation, KpiId, Plan, Stage};
use super::units::{Amount, Date};

/// One indicator at an evaluation moment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KpiReview {
    pub id: KpiId,
    pub name: String,
    pub unit: String,
    pub direction: Direction,
    pub baseline: Option<Amount>,
    pub target: Option<Amount>,
    pub actual: Option<Amount>,
    /// The value at the evaluation this one is held against; `None` when held against the
    /// plan or not measured then.
    pub previous: Option<Amount>,
    /// Whole percent of the way from baseline to target; `None` without the three numbers.
    pub progress: Option<i64>,
}

/// An evaluation moment compared with what came before it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EvaluationReview {
    pub date: Option<Date>,
    /// The moment it is held against: the plan itself (`None`) or an earlier evaluation.
    pub then_date: Option<Date>,
    pub then: VecMap<Dimension, Stage>,
    pub now: VecMap<Dimension, Stage>,
    pub stage_then: Option<Stage>,
    pub stage_now: Option<Stage>,
    /// Stages up (positive) or down (negative).
    pub movement: i8,
    /// When the organisation fell back: the risks that fit the stage it fell from.
    pub fallback: Vec<FallbackRisk>,
    pub kpis: Vec<KpiReview>,
    /// The actions planned then, each with how it went (not reported yet: planned).
    pub actions: Vec<(GrowthAction, ActionStatus)>,
    /// What the next period takes: the actions still in progress, carried over first, then
    /// what the gaps the new scores show ask for, leaving out what the team finished or
    /// dropped at this moment.
    pub next: Vec<Advice>,
    /// Of `next`, the actions carried over because they were in progress.
    pub carried: Vec<GrowthAction>,
}

/// The moment the evaluation at `index` is held against: the last closed evaluation before
/// it, or (`None`) the plan's own self-assessment.
fn earlier(plan: &Plan, index: usize) -> Option<&Evaluation> {
    plan.evaluations.iter().take(index).rev().find(|e| e.closed)
}

/// The scores the evaluation at `index` is held against, and that moment's date.
fn before(plan: &Plan, index: usize) -> (Option<Date>, VecMap<Dimension, Stage>) {
    earlier(plan, index).map_or_else(
        || (None, plan.maturity.scores.clone()),
        |e| (e.date, e.scores.clone()),
    )
}

/// The plan as it stood with these scores, for the advice of that moment.
fn with_scores(plan: &Plan, scores: &VecMap<Dimension, Stage>) -> Plan {
    let mut p = plan.clone();
    p.maturity.scores = scores.clone();
    p
}

/// The advice a plan with these scores gets, and the stage they put it at.
fn advice_at(
    plan: &Plan,
    scores: &VecMap<Dimension, Stage>,
) -> Option<(Stage, Vec<Advice>, Vec<FallbackRisk>)> {
    let p = with_scores(plan, scores);
    let a = assess(&p.maturity)?;
    let target = effective_target(a.stage, p.maturity.target);
    let advice = advise(&p, &a, target, recommend(&p).chosen);
    Some((a.stage, advice.actions, advice.risks))
}

/// The evaluation at `index` held against the state before it; `None` for an index out of
/// range.
#[must_use]
pub fn evaluation_review(plan: &Plan, index: usize) -> Option<EvaluationReview> {
    let e: &Evaluation = plan.evaluations.get(index)?;
    let (then_date, then) = before(plan, index);
    let previous = earlier(plan, index);
    let earlier = advice_at(plan, &then);
    let later = advice_at(plan, &e.scores);
    let stage_then = earlier.as_ref().map(|(s, _, _)| *s);
    let stage_now = later.as_ref().map(|(s, _, _)| *s);
    let movement = match (stage_then, stage_now) {
        (Some(a), Some(b)) => {
            i8::try_from(i16::from(b.number()) - i16::from(a.number())).unwrap_or(0)
        }
        _ => 0,
    };
    let fallback = match &earlier {
        Some((_, _, risks)) if movement < 0 => risks.clone(),
        _ => Vec::new(),
    };
    // What was planned for this period: the previous moment's next period, or the plan's
    // own advice before the first evaluation.
    let planned: Vec<Advice> = match previous_index(plan, index) {
        Some(j) => evaluation_review(plan, j)
            .map(|r| r.next)
            .unwrap_or_default(),
        None => earlier
            .as_ref()
            .map(|(_, actions, _)| actions.clone())
            .unwrap_or_default(),
    };
    let status = |a: GrowthAction| e.actions.get(&a).copied().unwrap_or(ActionStatus::Planned);
    let actions: Vec<(GrowthAction, ActionStatus)> = planned
        .iter()
        .map(|a| (a.action, status(a.action)))
        .collect();
    let carried: Vec<GrowthAction> = actions
        .iter()
        .filter(|(_, s)| *s == ActionStatus::InProgress)
        .map(|(a, _)| *a)
        .collect();
    let settled = |a: GrowthAction| {
        actions
            .iter()
            .any(|(b, s)| *b == a && matches!(s, ActionStatus::Done | ActionStatus::Dropped))
    };
    let mut next: Vec<Advice> = planned
        .iter()
        .filter(|a| carried.contains(&a.action))
        .cloned()
        .collect();
    for a in later
        .as_ref()
        .map(|(_, next, _)| next.as_slice())
        .unwrap_or_default()
    {
        if !settled(a.action) && !next.iter().any(|n| n.action == a.action) {
            next.push(*a);
        }
    }
    let kpis = plan
        .goals
        .kpis
        .iter()
        .map(|k| {
            let actual = e.actuals.get(&k.id).copied();
            KpiReview {
                id: k.id,
                name: k.name.trim().to_string(),
                unit: k.unit.trim().to_string(),
                direction: k.direction,
                baseline: k.baseline,
                target: k.target,
                actual,
                previous: previous.and_then(|p| p.actuals.get(&k.id).copied()),
                progress: actual.and_then(|a| k.progress(a)),
            }
        })
        .collect();
    Some(EvaluationReview {
        date: e.date,
        then_date,
        then,
        now: e.scores.clone(),
        stage_then,
        stage_now,
        movement,
        fallback,
        kpis,
        actions,
        next,
        carried,
    })
}

/// The place of the closed evaluation the one at `index` is held against.
fn previous_index(plan: &Plan, index: usize) -> Option<usize> {
    plan.evaluations.iter().take(index).rposition(|e| e.closed)
}

/// The evaluation being entered: the last one, when it is not closed yet.
#[must_use]
pub fn open_evaluation(plan: &Plan) -> Option<usize> {
    plan.evaluations
        .iter()
        .rposition(|e| !e.closed)
        .filter(|i| *i + 1 == plan.evaluations.len())
}

/// Starts an evaluation dated `today`, scored as the moment before it to begin with (the team
/// changes what moved); an open one is kept as it is. Returns its index.
pub fn start_evaluation(plan: &mut Plan, today: Date) -> usize {
    if let Some(i) = open_evaluation(plan) {
        return i;
    }
    let index = plan.evaluations.len();
    let (_, scores) = before(plan, index);
    plan.evaluations.push(Evaluation {
        date: Some(today),
        scores,
        ..Evaluation::default()
    });
    index
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::plan::{Kpi, SocialGoal};

    fn scores(stages: [u8; 7]) -> VecMap<Dimension, Stage> {
        Dimension::ALL
            .iter()
            .zip(stages)
            .filter_map(|(d, s)| Stage::from_number(s).map(|s| (*d, s)))
            .collect()
    }

    fn plan() -> Plan {
        let mut p = Plan::default();
        p.maturity.scores = scores([2, 2, 2, 2, 2, 2, 2]);
        p.goals.goals.insert(SocialGoal::Recruitment, String::new());
        p.goals.kpis.push(Kpi {
            id: KpiId(1),
            name: "Sollicitaties".into(),
            baseline: "4".parse().ok(),
            target: "12".parse().ok(),
            ..Kpi::default()
        });
        p
    }

    #[test]
    fn an_evaluation_is_held_against_the_plan_then_against_the_one_before() {
        let mut p = plan();
        let today = Date::from_ymd(2027, 9, 1).unwrap_or(Date::EPOCH);
        let i = start_evaluation(&mut p, today);
        assert_eq!(i, 0);
        // Starting again keeps the open one.
        assert_eq!(start_evaluation(&mut p, today), 0);
        assert_eq!(p.evaluations[0].scores, p.maturity.scores);
        p.evaluations[0].scores = scores([3, 3, 3, 3, 3, 3, 2]);
        p.evaluations[0].actuals.insert(KpiId(1), Amount::whole(8));
        let r = evaluation_review(&p, 0).unwrap();
        assert_eq!(r.then_date, None);
        assert_eq!(
            (r.stage_then, r.stage_now),
            (Some(Stage::Experimental), Some(Stage::Operational))
        );
        assert_eq!(r.movement, 1);
        assert!(r.fallback.is_empty());
        assert_eq!(r.kpis[0].progress, Some(50));
        assert!(!r.actions.is_empty());
        assert!(r.actions.iter().all(|(_, s)| *s == ActionStatus::Planned));
        assert!(!r.next.is_empty());

        // Closed, it is what the next one is held against; a fall back shows its risks.
        p.evaluations[0].closed = true;
        let later = Date::from_ymd(2028, 3, 1).unwrap_or(Date::EPOCH);
        let j = start_evaluation(&mut p, later);
        assert_eq!(j, 1);
        assert_eq!(p.evaluations[1].scores, p.evaluations[0].scores);
        p.evaluations[1].scores = scores([2, 2, 2, 2, 2, 2, 2]);
        let r = evaluation_review(&p, 1).unwrap();
        assert_eq!(r.then_date, Some(today));
        // The first evaluation's measurement is this one's previous value.
        assert_eq!(r.kpis[0].previous, Some(Amount::whole(8)));
        assert_eq!(r.kpis[0].actual, None);
        assert_eq!(r.movement, -1);
        assert!(!r.fallback.is_empty());
    }

    #[test]
    fn action_statuses_are_kept_per_action() {
        let mut p = plan();
        start_evaluation(&mut p, Date::EPOCH);
        let first = evaluation_review(&p, 0).unwrap().actions[0].0;
        p.evaluations[0].actions.insert(first, ActionStatus::Done);
        let r = evaluation_review(&p, 0).unwrap();
        assert_eq!(r.actions[0], (first, ActionStatus::Done));
        assert_eq!(evaluation_review(&p, 5), None);
    }

    /// The next period as the team left this one: what is still in progress carries over,
    /// first; what was finished or dropped is not proposed again, whatever the gaps say; and
    /// the next moment is held against exactly that list.
    #[test]
    fn the_next_period_carries_what_is_in_progress_and_leaves_what_was_settled() {
        let mut p = plan();
        start_evaluation(&mut p, Date::EPOCH);
        // The scores do not move, so every gap that asked for an action still does.
        let planned: Vec<GrowthAction> = evaluation_review(&p, 0)
            .unwrap()
            .actions
            .iter()
            .map(|(a, _)| *a)
            .collect();
        assert!(planned.len() >= 3, "{planned:?}");
        let (done, dropped, going) = (planned[0], planned[1], planned[2]);
        let e = &mut p.evaluations[0];
        e.actions.insert(done, ActionStatus::Done);
        e.actions.insert(dropped, ActionStatus::Dropped);
        e.actions.insert(going, ActionStatus::InProgress);
        let r = evaluation_review(&p, 0).unwrap();
        let next: Vec<GrowthAction> = r.next.iter().map(|a| a.action).collect();
        assert_eq!(next.first(), Some(&going), "{next:?}");
        assert_eq!(r.carried, vec![going]);
        assert!(
            !next.contains(&done) && !next.contains(&dropped),
            "{next:?}"
        );
        // The following moment plans exactly that next period, statuses fresh.
        p.evaluations[0].closed = true;
        start_evaluation(&mut p, Date::EPOCH);
        let following = evaluation_review(&p, 1).unwrap();
        let plans: Vec<GrowthAction> = following.actions.iter().map(|(a, _)| *a).collect();
        assert_eq!(plans, next);
        assert!(following
            .actions
            .iter()
            .all(|(_, s)| *s == ActionStatus::Planned));
    }

    #[test]
    fn every_growth_action_has_a_key_that_reads_back() {
        for a in GrowthAction::ALL {
            assert_eq!(GrowthAction::from_key(a.key()), Some(*a));
            assert_eq!(
                serde_json::to_string(a).unwrap_or_default(),
                format!("\"{}\"", a.key())
            );
        }
    }
}
