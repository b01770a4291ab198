//! Copy that only the Word document uses (its timeline drawing: name, alternative text, month
//! axis; its page footer), in Dutch and English. A table of its own so it is linked into the documents module
//! only, like `docs`.

use super::ui::texts;
use super::Lang;

texts! {
    /// A piece of Word-only copy.
    W {
        ChartName => "Tijdlijn", "Timeline";
        ChartAlt => "Balkdiagram van de tijdlijn, per fase van begin tot eind", "Bar chart of the timeline, each phase from start to end";
        Through => "tot en met", "to";
        // The footer's "Pagina 7 van 16": the words around the page number fields.
        Page => "Pagina", "Page";
        Of => "van", "of";
        Jan => "jan", "Jan";
        Feb => "feb", "Feb";
        Mar => "mrt", "Mar";
        Apr => "apr", "Apr";
        May => "mei", "May";
        Jun => "jun", "Jun";
        Jul => "jul", "Jul";
        Aug => "aug", "Aug";
        Sep => "sep", "Sep";
        Oct => "okt", "Oct";
        Nov => "nov", "Nov";
        Dec => "dec", "Dec";
    }
}

impl W {
    /// The short name of a month (1 = January) for an axis, or "" outside 1 to 12.
    #[must_use]
    pub fn month(month: u32, lang: Lang) -> &'static str {
        const MONTHS: [W; 12] = [
            W::Jan,
            W::Feb,
            W::Mar,
            W::Apr,
            W::May,
            W::Jun,
            W::Jul,
            W::Aug,
            W::Sep,
            W::Oct,
            W::Nov,
            W::Dec,
        ];
        usize::try_from(month)
            .ok()
            .and_then(|m| MONTHS.get(m.wrapping_sub(1)))
            .map_or("", |w| w.get(lang))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_string_exists_in_both_languages() {
        for w in W::ALL {
            let (nl, en) = (w.get(Lang::Nl), w.get(Lang::En));
            assert!(!nl.trim().is_empty() && !en.trim().is_empty(), "{w:?}");
            assert_ne!(nl, en, "{w:?} is not translated");
        }
        assert_eq!(W::month(3, Lang::Nl), "mrt");
        assert_eq!(W::month(12, Lang::En), "Dec");
        assert_eq!(W::month(13, Lang::En), "");
    }
}
