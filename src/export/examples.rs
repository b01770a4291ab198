//! Example answers per sector, to start from: complete answers files whose organisation is
//! named "Voorbeeld: …", linked into the documents module only, so the first load does not grow.

use crate::domain::Sector;

/// The sectors that have an example, in the order the start page offers them.
pub const SECTORS: &[Sector] = &[Sector::Hospital];

/// The example answers file for a sector, or `None` for a sector without one.
#[must_use]
pub fn example(sector: Sector) -> Option<&'static str> {
    (sector == Sector::Hospital).then_some(include_str!("../../tests/golden/hospital.json"))
}
