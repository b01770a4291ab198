//! The wizard state machine: routes, actions and a pure `update`, plus the view models the
//! screens and exports read. No browser code: the UI dispatches actions and renders these.

mod route;
mod state;
mod summary;
pub mod theme;

pub use route::*;
pub use state::*;
pub use summary::*;
