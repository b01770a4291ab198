//! Contract: one complete, invented example answers file per sector, for "start from an
//! example"; each loads with `domain::from_bytes`, validates in every section and names itself
//! "Voorbeeld: …". Written by `cargo run --example write_examples`.

use crate::domain::Sector;

/// The sectors that have an example, in the order the start page offers them.
pub const SECTORS: &[Sector] = &[
    Sector::ElderlyCare,
    Sector::DisabilityCare,
    Sector::Hospital,
    Sector::MentalHealth,
    Sector::YouthCare,
    Sector::GpPractice,
];

/// The example answers file for a sector, or `None` for a sector without one.
#[must_use]
pub fn example(sector: Sector) -> Option<&'static str> {
    match sector {
        Sector::ElderlyCare => Some(include_str!("examples/elderly_care.json")),
        Sector::DisabilityCare => Some(include_str!("examples/disability_care.json")),
        Sector::Hospital => Some(include_str!("examples/hospital.json")),
        Sector::MentalHealth => Some(include_str!("examples/mental_health.json")),
        Sector::YouthCare => Some(include_str!("examples/youth_care.json")),
        Sector::GpPractice => Some(include_str!("examples/gp_practice.json")),
        Sector::HomeCare | Sector::Welfare => None,
    }
}
