//! The plan model and its rules: maturity, governance, scheduling, staffing and validation.
//! Pure Rust (std and serde only): no I/O, no browser, no language.

mod answers;
mod collections;
mod governance;
pub mod json;
mod maturity;
mod plan;
mod schedule;
mod staffing;
mod units;
mod validate;

pub use answers::*;
pub use collections::*;
pub use governance::*;
pub use maturity::*;
pub use plan::*;
pub use schedule::*;
pub use staffing::*;
pub use units::*;
pub use validate::*;
