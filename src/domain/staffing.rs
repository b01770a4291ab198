//! Staffing checks: warns about a team that will not carry the rollout, and computes the
//! ambassadors' potential reach (always potential, never actual).

use super::collections::VecSet;
use super::plan::{Activity, Discipline, Raci, Role, RoleId, RoleKind, Staffing};
use serde::{Deserialize, Serialize};

/// A weakness in the team.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum StaffingWarning {
    /// No one from the board: Altimeter names an executive sponsor as the first need at scale.
    NoSponsor,
    /// Every role comes from one discipline (say, only communication), as chosen per role.
    OneDiscipline(Discipline),
    /// A role that does or answers for an activity but has no hours.
    ZeroHours(RoleId),
    NoAccountable(Activity),
    /// No one does this recurring activity at all (no R, and no A to do it).
    NoResponsible(Activity),
}

/// All warnings, in a stable order (team, then hours, then the tasks).
#[must_use]
pub fn check(s: &Staffing) -> Vec<StaffingWarning> {
    let mut out = Vec::new();
    if s.roles.is_empty() {
        return out;
    }
    if !s.roles.iter().any(|r| r.kind == RoleKind::Sponsor) {
        out.push(StaffingWarning::NoSponsor);
    }
    let disciplines: VecSet<Discipline> = s
        .roles
        .iter()
        .map(Role::discipline)
        .filter(|d| *d != Discipline::Board)
        .collect();
    if let (1, Some(only)) = (disciplines.len(), disciplines.first()) {
        out.push(StaffingWarning::OneDiscipline(*only));
    }
    for role in &s.roles {
        let has_tasks = s
            .tasks
            .values()
            .any(|t| t.has(role.id, Raci::R) || t.has(role.id, Raci::A));
        if has_tasks && (role.hours.is_zero() || role.headcount.0 == 0) {
            out.push(StaffingWarning::ZeroHours(role.id));
        }
    }
    for &activity in Activity::ALL {
        let task = s.tasks.get(&activity);
        let in_team = |id: &RoleId| s.role(*id).is_some();
        if !task
            .and_then(|t| t.accountable)
            .is_some_and(|a| in_team(&a))
        {
            out.push(StaffingWarning::NoAccountable(activity));
        }
        if !task.is_some_and(|t| t.doers().iter().any(in_team)) {
            out.push(StaffingWarning::NoResponsible(activity));
        }
    }
    out
}

/// Ambassadors × their average network: the most people a shared post could reach. It ignores
/// overlap between networks and how platforms rank posts, so it is only ever shown as
/// "potential reach".
#[must_use]
pub fn potential_reach(s: &Staffing) -> u64 {
    u64::from(s.ambassadors.0) * u64::from(s.network_size.0)
}

/// Total team hours per week (people × hours), in tenths.
#[must_use]
pub fn total_hours_tenths(s: &Staffing) -> u64 {
    s.roles
        .iter()
        .map(|r| u64::from(r.headcount.0) * u64::from(r.hours.tenths()))
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::plan::Task;
    use crate::domain::units::{Count, Hours};

    fn role(id: u32, kind: RoleKind, hours: u32) -> Role {
        Role {
            id: RoleId(id),
            kind,
            people: String::new(),
            headcount: Count(1),
            hours: Hours::whole(hours),
            discipline: None,
        }
    }

    fn task(a: Option<u32>, r: &[u32]) -> Task {
        Task {
            accountable: a.map(RoleId),
            responsible: r.iter().map(|i| RoleId(*i)).collect(),
            ..Task::default()
        }
    }

    #[test]
    fn one_discipline_team_without_sponsor() {
        let mut s = Staffing::default();
        s.roles = vec![
            role(1, RoleKind::Communication, 8),
            role(2, RoleKind::Webcare, 0),
        ];
        s.tasks.insert(Activity::Respond, task(Some(1), &[2]));
        s.tasks.insert(Activity::Publish, task(Some(1), &[]));
        let w = check(&s);
        assert!(w.contains(&StaffingWarning::NoSponsor));
        assert!(w.contains(&StaffingWarning::OneDiscipline(Discipline::Communication)));
        assert!(w.contains(&StaffingWarning::ZeroHours(RoleId(2))));
        assert!(w.contains(&StaffingWarning::NoAccountable(Activity::Escalate)));
        assert!(!w.contains(&StaffingWarning::NoAccountable(Activity::Respond)));
    }

    /// A one-person team: the coordinator answers for every task and does it. Version 2 had
    /// one letter per role per task and told such a team "nobody does this (R)".
    #[test]
    fn a_one_person_team_is_accountable_and_does_the_work() {
        let mut s = Staffing::default();
        s.roles = vec![role(1, RoleKind::Coordinator, 8)];
        for a in Activity::ALL {
            s.tasks.insert(*a, task(Some(1), &[]));
        }
        let w = check(&s);
        assert!(
            !w.iter()
                .any(|x| matches!(x, StaffingWarning::NoResponsible(_))),
            "{w:?}"
        );
        // And A with R on the same role is allowed.
        s.tasks.insert(Activity::Publish, task(Some(1), &[1]));
        assert_eq!(
            s.tasks.get(&Activity::Publish).unwrap().letters(RoleId(1)),
            [Raci::R, Raci::A]
        );
    }

    /// The discipline is the people's, not the role's: a district nurse acting as editor
    /// brings care. Version 2 took it from the role and counted her as communication.
    #[test]
    fn the_discipline_chosen_with_a_role_counts() {
        let mut s = Staffing::default();
        let mut editor = role(1, RoleKind::Coordinator, 8);
        editor.discipline = Some(Discipline::Care);
        s.roles = vec![editor, role(2, RoleKind::Ambassador, 2)];
        assert!(check(&s).contains(&StaffingWarning::OneDiscipline(Discipline::Care)));
        s.roles[0].discipline = None;
        assert!(!check(&s)
            .iter()
            .any(|w| matches!(w, StaffingWarning::OneDiscipline(_))));
    }

    #[test]
    fn complete_team_has_no_warnings() {
        let mut s = Staffing::default();
        s.roles = vec![
            role(1, RoleKind::Sponsor, 1),
            role(2, RoleKind::Coordinator, 16),
            role(3, RoleKind::Ambassador, 2),
        ];
        for a in Activity::ALL {
            s.tasks.insert(*a, task(Some(1), &[2]));
        }
        assert_eq!(check(&s), vec![]);
        s.ambassadors = Count(20);
        s.network_size = Count(500);
        assert_eq!(potential_reach(&s), 10_000);
        assert_eq!(total_hours_tenths(&s), 190);
    }

    #[test]
    fn tasks_of_removed_roles_do_not_count() {
        let mut s = Staffing::default();
        s.roles = vec![
            role(1, RoleKind::Sponsor, 1),
            role(2, RoleKind::Coordinator, 4),
        ];
        s.tasks.insert(Activity::Approve, task(Some(9), &[]));
        assert!(check(&s).contains(&StaffingWarning::NoAccountable(Activity::Approve)));
        assert!(check(&s).contains(&StaffingWarning::NoResponsible(Activity::Approve)));
    }
}
