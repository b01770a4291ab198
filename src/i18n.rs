//! Every user-visible string, in Dutch and English. Tables are `match`es over closed enums, so
//! a missing translation is a compile error, and nothing is looked up at run time.

mod calendar;
mod docs;
mod engine;
mod evaluation;
mod judgement;
mod labels;
pub mod later;
pub mod protocol;
mod radar;
mod report;
mod ui;
mod word;

pub use calendar::{agenda_item, C};
pub use docs::{
    budget_existing, decision_cost, decision_first, decision_go_no_go, decision_plan,
    decision_time, decision_two_steps, sources, targets_by, works_council_by, Source, D,
};
pub use evaluation::E;

pub use engine::*;
pub use judgement::*;
pub use labels::Label;
pub use radar::R;
pub use report::V;
pub use ui::T;
pub use word::W;

use serde::{Deserialize, Serialize};

/// Lower case for labels set inside a sentence. Unicode's case tables cost wasm; the labels'
/// capitals are ASCII or Latin-1 (the "É" of "Eén"), which this covers.
pub trait Lower {
    fn lower(&self) -> String;
}

impl Lower for str {
    fn lower(&self) -> String {
        self.chars()
            .map(|c| match c {
                'A'..='Z' | 'À'..='Ö' | 'Ø'..='Þ' => char::from_u32(c as u32 + 32).unwrap_or(c),
                _ => c,
            })
            .collect()
    }
}

/// The language of the interface and of the exports.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Dutch, the default: the audience is Dutch care organisations.
    #[default]
    Nl,
    En,
}

impl Lang {
    pub const ALL: &'static [Lang] = &[Lang::Nl, Lang::En];

    /// The BCP 47 code, for `lang` attributes.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    #[must_use]
    pub fn from_code(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().get(..2) {
            Some("nl") => Some(Lang::Nl),
            Some("en") => Some(Lang::En),
            _ => None,
        }
    }

    /// Dutch writes 4,5 where English writes 4.5.
    #[must_use]
    pub fn decimal_comma(self) -> bool {
        self == Lang::Nl
    }

    /// Picks the form for this language.
    #[must_use]
    pub fn pick<'a>(self, nl: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Nl => nl,
            Lang::En => en,
        }
    }
}

/// Hospitals and GP practices speak of patients where the rest of care speaks of clients.
#[must_use]
pub fn speaks_of_patients(sector: Option<crate::domain::Sector>) -> bool {
    matches!(
        sector,
        Some(crate::domain::Sector::Hospital | crate::domain::Sector::GpPractice)
    )
}

/// A text in the words of the organisation's sector, or `None` where the sector speaks as
/// the copy is written. Hospitals and GP practices speak of patients: "cliënt" becomes
/// "patiënt" ("client", "patient"), and the audience "cliënten en patiënten" just
/// "patiënten"; the client council (cliëntenraad) keeps the name the law (WMCZ) gives it.
/// Youth care names its audiences as the Jeugdwet does: young people, and their parents,
/// foster parents and network, where the rest of care has clients and informal carers.
#[must_use]
pub fn sector_words(
    text: &str,
    lang: Lang,
    sector: Option<crate::domain::Sector>,
) -> Option<String> {
    let youth = sector == Some(crate::domain::Sector::YouthCare);
    if !youth && !speaks_of_patients(sector) {
        return None;
    }
    let (pairs, council): (&[(&str, &str)], &str) = match (youth, lang) {
        (false, Lang::Nl) => (
            &[
                ("Cliënten en patiënten", "Patiënten"),
                ("cliënten en patiënten", "patiënten"),
                ("Cliënt", "Patiënt"),
                ("cliënt", "patiënt"),
            ],
            "liëntenraad",
        ),
        (false, Lang::En) => (
            &[
                ("Clients and patients", "Patients"),
                ("clients and patients", "patients"),
                ("Client", "Patient"),
                ("client", "patient"),
            ],
            "lient council",
        ),
        (true, Lang::Nl) => (
            &[
                ("Cliënten en patiënten", "Jeugdigen"),
                ("cliënten en patiënten", "jeugdigen"),
                ("Mantelzorgers en familie", "Ouders, pleegouders en netwerk"),
                ("mantelzorgers en familie", "ouders, pleegouders en netwerk"),
            ],
            "",
        ),
        (true, Lang::En) => (
            &[
                ("Clients and patients", "Young people"),
                ("clients and patients", "young people"),
                (
                    "Informal carers and family",
                    "Parents, foster parents and network",
                ),
                (
                    "informal carers and family",
                    "parents, foster parents and network",
                ),
            ],
            "",
        ),
    };
    // One pass by hand: `str::replace` and `split` bring the general substring search into
    // the first load (measured: 0.7 KB brotli), and these are a few short prefixes. The
    // council's name is tested one letter in, so either case of its first letter is kept.
    let mut out = String::with_capacity(text.len() + 8);
    let mut rest = text;
    while !rest.is_empty() {
        let mut chars = rest.chars();
        let first = chars.next();
        let council_here = !council.is_empty() && chars.as_str().starts_with(council);
        match pairs
            .iter()
            .filter(|_| !council_here)
            .find_map(|(from, to)| rest.strip_prefix(from).map(|after| (after, to)))
        {
            Some((after, to)) => {
                out.push_str(to);
                rest = after;
            }
            None => {
                out.extend(first);
                rest = chars.as_str();
            }
        }
    }
    Some(out)
}

/// A label and what follows it, as one line: "Sector: Kies een antwoord.", but a question keeps
/// its own mark ("Waarom kiest u een ander model? U kiest …", not "model?: U kiest").
#[must_use]
pub fn labelled(label: &str, text: &str) -> String {
    let label = label.trim_end();
    if label.ends_with(['?', ':']) {
        format!("{label} {text}")
    } else {
        format!("{label}: {text}")
    }
}

/// Formats a whole number with the language's thousands separator (10.000 / 10,000).
#[must_use]
pub fn number(n: u64, lang: Lang) -> String {
    let digits = n.to_string();
    let sep = lang.pick(".", ",");
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

/// A measured value with its unit as a reader writes it ("120 sollicitaties", "2,5 %"); empty
/// without a value. The plan, the evaluation screen, the agendas and the report all use it.
#[must_use]
pub fn with_unit(v: Option<crate::domain::Amount>, unit: &str, lang: Lang) -> String {
    match (v, unit.trim()) {
        (None, _) => String::new(),
        (Some(v), "") => v.format(lang.decimal_comma()),
        // A percentage sign follows the number directly, in Dutch as in English (Taalunie).
        (Some(v), "%") => format!("{}%", v.format(lang.decimal_comma())),
        (Some(v), unit) => format!("{} {unit}", v.format(lang.decimal_comma())),
    }
}

/// A month's short name for a chart axis ("okt" / "Oct"), or "" outside 1 to 12.
#[must_use]
pub fn month_short(month: u32, lang: Lang) -> &'static str {
    const NL: [&str; 12] = [
        "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
    ];
    const EN: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let names = match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    };
    usize::try_from(month)
        .ok()
        .and_then(|m| names.get(m.wrapping_sub(1)))
        .copied()
        .unwrap_or("")
}

/// A date as a reader expects it: "2 maart 2026" / "2 March 2026".
#[must_use]
pub fn date(d: crate::domain::Date, lang: Lang) -> String {
    const NL: [&str; 12] = [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ];
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let (y, m, day) = d.ymd();
    let names = match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    };
    let month = usize::try_from(m)
        .ok()
        .and_then(|m| names.get(m.wrapping_sub(1)))
        .copied()
        .unwrap_or("");
    format!("{day} {month} {y}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_sector_speaks_its_own_words_and_the_council_keeps_its_name() {
        use crate::domain::Sector;
        let hospital = Some(Sector::Hospital);
        assert!(speaks_of_patients(Some(Sector::Hospital)));
        assert!(speaks_of_patients(Some(Sector::GpPractice)));
        for other in [None, Some(Sector::MentalHealth), Some(Sector::ElderlyCare)] {
            assert!(!speaks_of_patients(other));
        }
        for (lang, from, to) in [
            (
                Lang::Nl,
                "Bevestig nooit dat iemand cliënt is. Cliënten en patiënten; het cliëntdossier. Bespreek het met de Cliëntenraad en de cliëntenraad.",
                "Bevestig nooit dat iemand patiënt is. Patiënten; het patiëntdossier. Bespreek het met de Cliëntenraad en de cliëntenraad.",
            ),
            (
                Lang::En,
                "Never confirm that someone is a client. Clients and patients; clients' questions. Ask the client council.",
                "Never confirm that someone is a patient. Patients; patients' questions. Ask the client council.",
            ),
            (Lang::Nl, "Geen woord erover", "Geen woord erover"),
        ] {
            assert_eq!(sector_words(from, lang, hospital).as_deref(), Some(to));
        }
        let youth = Some(Sector::YouthCare);
        for (lang, from, to) in [
            (
                Lang::Nl,
                "Cliënten en patiënten; Mantelzorgers en familie; het cliëntdossier.",
                "Jeugdigen; Ouders, pleegouders en netwerk; het cliëntdossier.",
            ),
            (
                Lang::En,
                "Clients and patients; Informal carers and family",
                "Young people; Parents, foster parents and network",
            ),
        ] {
            assert_eq!(sector_words(from, lang, youth).as_deref(), Some(to));
        }
        for other in [None, Some(Sector::MentalHealth), Some(Sector::ElderlyCare)] {
            assert_eq!(sector_words("Cliënten en patiënten", Lang::Nl, other), None);
        }
    }

    #[test]
    fn numbers_and_dates_follow_the_language() {
        assert_eq!(number(10_000, Lang::Nl), "10.000");
        assert_eq!(number(1_234_567, Lang::En), "1,234,567");
        assert_eq!(number(999, Lang::En), "999");
        let d = crate::domain::Date::from_ymd(2026, 3, 2).unwrap();
        assert_eq!(date(d, Lang::Nl), "2 maart 2026");
        assert_eq!(date(d, Lang::En), "2 March 2026");
        assert_eq!(Lang::from_code("en-GB"), Some(Lang::En));
        assert_eq!(Lang::from_code("fr"), None);
        assert_eq!(
            labelled("Sector", "Kies een antwoord."),
            "Sector: Kies een antwoord."
        );
        assert_eq!(
            labelled("Waarom een ander model?", "Vul dit in."),
            "Waarom een ander model? Vul dit in."
        );
    }
}
