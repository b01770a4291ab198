//! Staffing checks: warns about a team that will not carry the rollout, and computes the
//! ambassadors' potential reach (always potential, never actual).

use super::collections::VecSet;
use super::plan::{Activity, Discipline, Raci, RoleId, RoleKind, Staffing};
use serde::{Deserialize, Serialize};

/// A weakness in the team.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum StaffingWarning {
    /// No one from the board: Altimeter names an executive sponsor as the first need at scale.
    NoSponsor,
    /// Every role comes from one discipline (say, only communication).
    OneDiscipline(Discipline),
    /// A role that is responsible or accountable somewhere but has no hours.
    ZeroHours(RoleId),
    NoAccountable(Activity),
    SeveralAccountable(Activity),
    /// No one does this recurring activity at all.
    NoResponsible(Activity),
}

/// All warnings, in a stable order (team, then hours, then the RACI grid).
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
        .map(|r| r.kind.discipline())
        .filter(|d| *d != Discipline::Board)
        .collect();
    if let (1, Some(only)) = (disciplines.len(), disciplines.first()) {
        out.push(StaffingWarning::OneDiscipline(*only));
    }
    for role in &s.roles {
        let has_tasks = s
            .raci
            .values()
            .any(|row| matches!(row.get(&role.id), Some(Raci::R | Raci::A)));
        if has_tasks && (role.hours.is_zero() || role.headcount.0 == 0) {
            out.push(StaffingWarning::ZeroHours(role.id));
        }
    }
    for &activity in Activity::ALL {
        let row = s.raci.get(&activity);
        let count = |letter: Raci| {
            row.map_or(0, |r| {
                r.iter()
                    .filter(|(id, l)| **l == letter && s.role(**id).is_some())
                    .count()
            })
        };
        match count(Raci::A) {
            0 => out.push(StaffingWarning::NoAccountable(activity)),
            1 => {}
            _ => out.push(StaffingWarning::SeveralAccountable(activity)),
        }
        if count(Raci::R) == 0 {
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
    use crate::domain::plan::Role;
    use crate::domain::units::{Count, Hours};

    fn role(id: u32, kind: RoleKind, hours: u32) -> Role {
        Role {
            id: RoleId(id),
            kind,
            people: String::new(),
            headcount: Count(1),
            hours: Hours::whole(hours),
        }
    }

    #[test]
    fn one_discipline_team_without_sponsor() {
        let mut s = Staffing::default();
        s.roles = vec![
            role(1, RoleKind::Communication, 8),
            role(2, RoleKind::Webcare, 0),
        ];
        s.raci
            .with_default(Activity::Respond, |row| row.insert(RoleId(2), Raci::R));
        s.raci
            .with_default(Activity::Respond, |row| row.insert(RoleId(1), Raci::A));
        s.raci
            .with_default(Activity::Publish, |row| row.insert(RoleId(1), Raci::A));
        s.raci
            .with_default(Activity::Publish, |row| row.insert(RoleId(2), Raci::A));
        let w = check(&s);
        assert!(w.contains(&StaffingWarning::NoSponsor));
        assert!(w.contains(&StaffingWarning::OneDiscipline(Discipline::Communication)));
        assert!(w.contains(&StaffingWarning::ZeroHours(RoleId(2))));
        assert!(w.contains(&StaffingWarning::SeveralAccountable(Activity::Publish)));
        assert!(w.contains(&StaffingWarning::NoAccountable(Activity::Escalate)));
        assert!(!w.contains(&StaffingWarning::NoAccountable(Activity::Respond)));
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
            s.raci.with_default(*a, |row| {
                row.insert(RoleId(2), Raci::R);
                row.insert(RoleId(1), Raci::A);
            });
        }
        assert_eq!(check(&s), vec![]);
        s.ambassadors = Count(20);
        s.network_size = Count(500);
        assert_eq!(potential_reach(&s), 10_000);
        assert_eq!(total_hours_tenths(&s), 190);
    }

    #[test]
    fn raci_cells_of_removed_roles_do_not_count() {
        let mut s = Staffing::default();
        s.roles = vec![
            role(1, RoleKind::Sponsor, 1),
            role(2, RoleKind::Coordinator, 4),
        ];
        s.raci
            .with_default(Activity::Approve, |row| row.insert(RoleId(9), Raci::A));
        assert!(check(&s).contains(&StaffingWarning::NoAccountable(Activity::Approve)));
    }
}
