//! The wizard state machine: routes, the questions declared once, the screens' layouts as data,
//! a pure `update` that returns the effects to run, and the view models the screens and exports
//! read. No browser code: the UI dispatches actions, renders the model and runs the effects.

mod layout;
mod questions;
mod route;
mod state;
mod summary;
pub mod theme;

pub use layout::*;
pub use questions::*;
pub use route::*;
pub use state::*;
pub use summary::*;
