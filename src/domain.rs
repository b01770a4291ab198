//! The plan model and its rules: maturity, governance, scheduling, staffing, the consistency
//! findings, the risk register, and the board plan's protocol, training plan and content starter.
//! Pure Rust (std and serde only): no I/O, no browser, no language.

mod agenda;
mod answers;
pub mod budget;
pub mod calendar;
mod collections;
mod content;
mod evaluation;
mod findings;
mod governance;
pub mod group;
pub mod json;
mod maturity;
mod plan;
mod protocol;
mod risks;
mod schedule;
mod staffing;
mod training;
mod units;
mod validate;

pub use agenda::*;
pub use answers::*;
pub use collections::*;
pub use content::*;
pub use evaluation::*;
pub use findings::*;
pub use governance::*;
pub use maturity::*;
pub use plan::*;
pub use protocol::*;
pub use risks::*;
pub use schedule::*;
pub use staffing::*;
pub use training::*;
pub use units::*;
pub use validate::*;
