//! Where the user is: the task list, one question screen, check-your-answers or the plan.
//! Routes print to and parse from a URL fragment so reload and back/forward keep the place.

use crate::domain::Section;
use crate::i18n::T;

/// One question screen: one thing, or one tight group of things, at a time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Screen {
    OrgBasics,
    OrgChannels,
    MaturityGrid,
    MaturityResult,
    Goals,
    Kpis,
    Scope,
    GovInputs,
    GovModel,
    GovRules,
    Team,
    Raci,
    Training,
    Budget,
    Dates,
    Timeline,
    /// An evaluation moment, after the plan: not part of the journey (not in `ALL`), opened
    /// from the task list.
    Evaluate,
}

impl Screen {
    /// Every screen in journey order.
    pub const ALL: &'static [Screen] = &[
        Screen::OrgBasics,
        Screen::OrgChannels,
        Screen::MaturityGrid,
        Screen::MaturityResult,
        Screen::Goals,
        Screen::Kpis,
        Screen::Scope,
        Screen::GovInputs,
        Screen::GovModel,
        Screen::GovRules,
        Screen::Team,
        Screen::Raci,
        Screen::Training,
        Screen::Budget,
        Screen::Dates,
        Screen::Timeline,
    ];

    #[must_use]
    pub fn section(self) -> Section {
        match self {
            Screen::OrgBasics | Screen::OrgChannels => Section::Organisation,
            Screen::MaturityGrid | Screen::MaturityResult => Section::Maturity,
            Screen::Goals | Screen::Kpis | Screen::Scope => Section::GoalsScope,
            Screen::GovInputs | Screen::GovModel | Screen::GovRules => Section::Governance,
            Screen::Team | Screen::Raci | Screen::Training | Screen::Budget => Section::Staffing,
            Screen::Dates | Screen::Timeline | Screen::Evaluate => Section::Phasing,
        }
    }

    #[must_use]
    pub fn from_key(key: &str) -> Option<Screen> {
        Screen::ALL
            .iter()
            .copied()
            .chain([Screen::Evaluate])
            .find(|s| s.key() == key)
    }

    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Screen::OrgBasics => "organisatie",
            Screen::OrgChannels => "kanalen",
            Screen::MaturityGrid => "volwassenheid",
            Screen::MaturityResult => "fase",
            Screen::Goals => "doelen",
            Screen::Kpis => "kpis",
            Screen::Scope => "reikwijdte",
            Screen::GovInputs => "sturing",
            Screen::GovModel => "model",
            Screen::GovRules => "spelregels",
            Screen::Team => "team",
            Screen::Raci => "raci",
            Screen::Training => "training",
            Screen::Budget => "budget",
            Screen::Dates => "planning",
            Screen::Timeline => "tijdlijn",
            Screen::Evaluate => "evaluatie",
        }
    }

    fn position(self) -> usize {
        Screen::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    #[must_use]
    pub fn next(self) -> Option<Screen> {
        if self == Screen::Evaluate {
            return None;
        }
        Screen::ALL.get(self.position() + 1).copied()
    }

    #[must_use]
    pub fn prev(self) -> Option<Screen> {
        if self == Screen::Evaluate {
            return None;
        }
        self.position()
            .checked_sub(1)
            .and_then(|i| Screen::ALL.get(i).copied())
    }

    /// The heading and the help text of a question screen.
    #[must_use]
    pub fn heading(self) -> (T, T) {
        match self {
            Screen::OrgBasics => (T::OrgBasicsHeading, T::OrgBasicsHelp),
            Screen::OrgChannels => (T::OrgChannelsHeading, T::OrgChannelsHelp),
            Screen::MaturityGrid => (T::MaturityGridHeading, T::MaturityGridHelp),
            Screen::MaturityResult => (T::MaturityResultHeading, T::MaturityResultHelp),
            Screen::Goals => (T::GoalsHeading, T::GoalsHelp),
            Screen::Kpis => (T::KpisHeading, T::KpisHelp),
            Screen::Scope => (T::ScopeHeading, T::ScopeHelp),
            Screen::GovInputs => (T::GovInputsHeading, T::GovInputsHelp),
            Screen::GovModel => (T::GovModelHeading, T::GovModelHelp),
            Screen::GovRules => (T::GovRulesHeading, T::GovRulesHelp),
            Screen::Team => (T::TeamHeading, T::TeamHelp),
            Screen::Raci => (T::RaciHeading, T::RaciHelp),
            Screen::Training => (T::TrainingHeading, T::TrainingHelp),
            Screen::Budget => (T::BudgetHeading, T::BudgetHelp),
            Screen::Dates => (T::DatesHeading, T::DatesHelp),
            Screen::Timeline => (T::TimelineHeading, T::DatesHelp),
            Screen::Evaluate => (T::EvaluateHeading, T::EvaluateHelp),
        }
    }

    /// The screens of one section, in order.
    #[must_use]
    pub fn of_section(section: Section) -> Vec<Screen> {
        Screen::ALL
            .iter()
            .copied()
            .filter(|s| s.section() == section)
            .collect()
    }
}

/// A place in the wizard.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Route {
    /// The task list: the start page.
    #[default]
    Tasks,
    Screen(Screen),
    Review,
    Plan,
    /// A participant's score-only page of a workshop: the seven dimensions and a code to send
    /// back. Nothing scored there touches the answers.
    Score(crate::domain::group::WorkshopId),
}

/// The number of steps the user is told about: six sections, check answers, the plan.
pub const STEP_COUNT: usize = 8;

impl Route {
    /// The URL fragment for this place ("#organisatie").
    #[must_use]
    pub fn fragment(self) -> String {
        match self {
            Route::Tasks => "#start".into(),
            Route::Screen(s) => format!("#{}", s.key()),
            Route::Review => "#controleren".into(),
            Route::Plan => "#plan".into(),
            Route::Score(id) => format!("#scoren-{}", id.text()),
        }
    }

    /// Reads a fragment back; unknown fragments (the host page's own anchors) give `None`.
    #[must_use]
    pub fn from_fragment(fragment: &str) -> Option<Route> {
        let key = fragment.trim_start_matches('#');
        match key {
            "start" | "" => Some(Route::Tasks),
            "controleren" => Some(Route::Review),
            "plan" => Some(Route::Plan),
            _ if key.starts_with("scoren-") => key
                .strip_prefix("scoren-")
                .and_then(crate::domain::group::WorkshopId::parse)
                .map(Route::Score),
            _ => Screen::from_key(key).map(Route::Screen),
        }
    }

    /// "Step n of 8", counted by section; the task list has no step number.
    #[must_use]
    pub fn step_number(self) -> Option<usize> {
        match self {
            Route::Tasks | Route::Screen(Screen::Evaluate) | Route::Score(_) => None,
            Route::Screen(s) => Section::ALL
                .iter()
                .position(|x| *x == s.section())
                .map(|i| i + 1),
            Route::Review => Some(STEP_COUNT - 1),
            Route::Plan => Some(STEP_COUNT),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragments_round_trip() {
        let mut routes = vec![Route::Tasks, Route::Review, Route::Plan];
        routes.extend(Screen::ALL.iter().map(|s| Route::Screen(*s)));
        for r in routes {
            assert_eq!(Route::from_fragment(&r.fragment()), Some(r));
        }
        assert_eq!(Route::from_fragment("#top-of-host-page"), None);
    }

    #[test]
    fn every_section_has_screens_and_steps_count_to_eight() {
        for s in Section::ALL {
            assert!(!Screen::of_section(*s).is_empty());
        }
        assert_eq!(Route::Screen(Screen::Dates).step_number(), Some(6));
        assert_eq!(Route::Plan.step_number(), Some(STEP_COUNT));
    }
}
