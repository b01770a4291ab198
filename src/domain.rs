//! The plan model and its rules: maturity, governance, scheduling, staffing, the consistency
//! findings and the risk register.
//! Pure Rust (std and serde only): no I/O, no browser, no language.

mod agenda;
mod answers;
pub mod budget;
pub mod calendar;
mod collections;
mod findings;
mod governance;
pub mod json;
mod maturity;
mod plan;
mod risks;
mod schedule;
mod staffing;
mod units;
mod validate;

pub use agenda::*;
pub use answers::*;
pub use collections::*;
pub use findings::*;
pub use governance::*;
pub use maturity::*;
pub use plan::*;
pub use risks::*;
pub use schedule::*;
pub use staffing::*;
pub use units::*;
pub use validate::*;
