//! The plan's sections, what can be wrong with an answer, and the limits of a plan: the
//! vocabulary the wizard's validation and the messages share.

use serde::{Deserialize, Serialize};

/// The sections of the plan, in the order of the journey.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Section {
    Organisation,
    Maturity,
    GoalsScope,
    Governance,
    Staffing,
    Phasing,
}

impl Section {
    pub const ALL: &'static [Section] = &[
        Section::Organisation,
        Section::Maturity,
        Section::GoalsScope,
        Section::Governance,
        Section::Staffing,
        Section::Phasing,
    ];

    #[must_use]
    pub fn from_key(key: &str) -> Option<Section> {
        Section::ALL.iter().copied().find(|s| s.key() == key)
    }

    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Section::Organisation => "organisation",
            Section::Maturity => "maturity",
            Section::GoalsScope => "goals_scope",
            Section::Governance => "governance",
            Section::Staffing => "staffing",
            Section::Phasing => "phasing",
        }
    }
}

/// What is wrong with an answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ProblemKind {
    Required,
    /// A required choice nobody made: "fill this in" reads wrong under radio buttons.
    ChooseOne,
    ChooseAtLeastOne,
    TooLong {
        max: usize,
    },
    WholeNumber {
        min: u32,
        max: u32,
    },
    HoursNumber,
    /// Not a number with at most two decimals and no thousands separator.
    AmountNumber,
    InvalidDate,
    /// Another model than the recommended one needs a reason, for the board.
    ReasonRequired,
    /// An evaluation dated before the one it is held against.
    BeforePreviousEvaluation,
    /// An evaluation dated before the plan it evaluates starts.
    BeforePlanStart,
}

/// Free text longer than this is a paste accident, not an answer.
pub const MAX_TEXT: usize = 10_000;
/// More roles, KPIs or milestones than this do not fit a board plan.
pub const MAX_ITEMS: usize = 200;
