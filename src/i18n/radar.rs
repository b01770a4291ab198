//! Copy of the maturity radar chart (its drawing's name, its alternative text, its legend), in
//! Dutch and English. A table of its own so it is linked into the documents module only, never
//! into the first load.

use super::ui::texts;
use super::Lang;

texts! {
    /// A piece of the radar chart's copy.
    R {
        Name => "Volwassenheidsprofiel", "Maturity profile";
        Alt => "Radardiagram van de zeven onderdelen, elk van fase 1 in het midden tot fase 5 aan de rand", "Radar chart of the seven dimensions, each from stage 1 in the centre to stage 5 at the edge";
        Stages => "Fasen", "Stages";
        Now => "Nu, volgens de zelfbeoordeling", "Now, by the self-assessment";
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_radar_string_exists_in_both_languages() {
        for r in R::ALL {
            let (nl, en) = (r.get(Lang::Nl), r.get(Lang::En));
            assert!(!nl.trim().is_empty() && !en.trim().is_empty(), "{r:?}");
            assert_ne!(nl, en, "{r:?} is not translated");
        }
    }
}
