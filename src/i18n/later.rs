//! The English of the interface copy (`T`) and of every choice's name (`Label`), as one file
//! the app fetches when English is first needed; the first load (feature `lazy-english`) holds
//! only the Dutch. Everywhere else (tests, the documents module) both are compiled in, and that
//! build writes the file, so the English still comes from the one table that declares it.
//!
//! The file starts with a fingerprint of every table's name and rows in both languages, hashed
//! while compiling: a file from another build (an old copy in a cache) or changed on its way is
//! refused whole, never read one row out of step.

use super::Lang;

/// A table whose English may load later: its name and its rows in both languages (the English
/// rows are empty in the first load, where the file supplies them).
pub struct Table {
    pub name: &'static str,
    pub nl: &'static [&'static str],
    pub en: &'static [&'static str],
    /// Its name and both languages' rows, hashed while compiling (`table_hash`).
    pub hash: u64,
}

/// The items of a table whose English may load later, inside its type's `impl`: its Dutch rows,
/// its hash (both languages, while compiling), its English rows (none in the first load), and
/// a row in a language. One declaration for the interface copy (`texts!`) and the choices'
/// names (`labels!`).
macro_rules! later_table {
    ($name:ident, [$($nl:literal),+], [$($en:literal),+]) => {
        pub(crate) const NAMES_NL: &'static [&'static str] = &[$($nl),+];
        pub(crate) const HASH: u64 =
            $crate::i18n::later::table_hash(stringify!($name), &[$($nl),+], &[$($en),+]);
        #[cfg(not(feature = "lazy-english"))]
        pub(crate) const NAMES_EN: &'static [&'static str] = &[$($en),+];
        #[cfg(feature = "lazy-english")]
        pub(crate) const NAMES_EN: &'static [&'static str] = &[];

        fn row_in(row: usize, lang: $crate::i18n::Lang) -> &'static str {
            $crate::i18n::later::pick(stringify!($name), Self::NAMES_NL, Self::NAMES_EN, row, lang)
        }
    };
}
pub(crate) use later_table;

/// Every such table, in the order the file lists them. A table left out of this list would have
/// no English in the first load: `every_label_table_is_listed` counts the `labels!` in the
/// source against it.
macro_rules! tables {
    ($($ty:ident),+ $(,)?) => {
        pub const TABLES: &[Table] = &[$(Table {
            name: stringify!($ty),
            nl: <$ty>::NAMES_NL,
            en: <$ty>::NAMES_EN,
            hash: <$ty>::HASH,
        }),+];
    };
}

use super::T;
use crate::domain::{
    ActionStatus, Activity, Approval, Audience, Cadence, Channel, ChannelRole, CommsTeam,
    ConsentGroup, ConsentPractice, Dimension, Direction, Discipline, Frequency, KpiLevel, OrgModel,
    PhaseKind, Raci, Regulation, ResponseTime, Rhythm, RoleKind, ScopeLevel, Section, Sector,
    SizeBand, SocialGoal, Spokespeople, Stage, TrainingModule, Trust, Usage,
};

tables!(
    T,
    Sector,
    Regulation,
    SizeBand,
    Channel,
    Usage,
    CommsTeam,
    Dimension,
    Stage,
    SocialGoal,
    ActionStatus,
    Direction,
    Frequency,
    KpiLevel,
    ScopeLevel,
    Audience,
    ChannelRole,
    Rhythm,
    OrgModel,
    Trust,
    ConsentPractice,
    ConsentGroup,
    Spokespeople,
    Approval,
    ResponseTime,
    RoleKind,
    Discipline,
    Activity,
    Raci,
    TrainingModule,
    PhaseKind,
    Cadence,
    Section,
);

/// The file's name next to the app's other files.
pub const FILE: &str = "koers-en.txt";
const MAGIC: &str = "koers-english";
const HEADING: char = '§';

const FNV_BASIS: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0100_0000_01b3;

/// FNV-1a (64 bits) of `s` and a line break, from `h`.
const fn fnv(mut h: u64, s: &str) -> u64 {
    let mut rest = s.as_bytes();
    while let [b, tail @ ..] = rest {
        h = (h ^ *b as u64).wrapping_mul(FNV_PRIME);
        rest = tail;
    }
    (h ^ b'\n' as u64).wrapping_mul(FNV_PRIME)
}

/// A table's name and rows in both languages, hashed. Evaluated while compiling, so the first
/// load carries the English's hash (8 bytes a table) but not the English itself.
#[must_use]
pub const fn table_hash(name: &str, nl: &[&str], en: &[&str]) -> u64 {
    let mut h = fnv(FNV_BASIS, name);
    let mut rows = nl;
    while let [s, tail @ ..] = rows {
        h = fnv(h, s);
        rows = tail;
    }
    let mut rows = en;
    while let [s, tail @ ..] = rows {
        h = fnv(h, s);
        rows = tail;
    }
    h
}

/// What the file must start with for this build: every table's hash (both languages, so the
/// file is exactly the one this build wrote), hashed again. Also the file's version in its
/// address, so no cache serves another.
#[must_use]
pub fn fingerprint() -> String {
    let h = TABLES
        .iter()
        .fold(FNV_BASIS, |h, t| (h ^ t.hash).wrapping_mul(FNV_PRIME));
    format!("{h:016x}")
}

/// The file, from the compiled-in English (the build that has it; written to `web/` by the
/// golden test, which fails when it is out of date).
#[must_use]
pub fn file() -> String {
    let mut out = format!("{MAGIC} {}\n", fingerprint());
    for t in TABLES {
        out.push(HEADING);
        out.push_str(t.name);
        out.push('\n');
        for s in t.en {
            out.push_str(s);
            out.push('\n');
        }
    }
    out
}

/// Reads a file into its tables' English rows, in `TABLES` order; `None` unless it is exactly
/// this build's file: the fingerprint, every heading, and every table's rows.
#[must_use]
pub fn parse(text: &str) -> Option<Vec<Vec<&str>>> {
    let mut lines = text.strip_suffix('\n').unwrap_or(text).split('\n');
    if lines.next()? != format!("{MAGIC} {}", fingerprint()) {
        return None;
    }
    let mut tables = Vec::with_capacity(TABLES.len());
    for t in TABLES {
        if lines.next()?.strip_prefix(HEADING)? != t.name {
            return None;
        }
        let rows: Vec<&str> = lines.by_ref().take(t.nl.len()).collect();
        // Each table exactly as this build declares it: its English hashes to what was
        // compiled in.
        if rows.len() != t.nl.len() || table_hash(t.name, t.nl, &rows) != t.hash {
            return None;
        }
        tables.push(rows);
    }
    lines.next().is_none().then_some(tables)
}

#[cfg(feature = "lazy-english")]
thread_local! {
    static LOADED: std::cell::OnceCell<Vec<Vec<&'static str>>> = const { std::cell::OnceCell::new() };
}

/// Takes the fetched file; false (and nothing changes) when it is not this build's. Kept for
/// the page's life: it is read on every English text, so it is leaked once, never freed.
#[cfg(feature = "lazy-english")]
#[must_use]
pub fn install(text: String) -> bool {
    if ready() {
        return true;
    }
    let text: &'static str = Box::leak(text.into_boxed_str());
    // Two fetches may cross (the idle one and a click): the first in wins, both are fine.
    parse(text).is_some_and(|tables| {
        LOADED.with(|l| {
            let _ = l.set(tables);
        });
        true
    })
}

/// Where the English is compiled in there is nothing to take.
#[cfg(not(feature = "lazy-english"))]
#[must_use]
pub fn install(_text: String) -> bool {
    true
}

/// Whether English can be shown: always, where it is compiled in.
#[must_use]
pub fn ready() -> bool {
    #[cfg(feature = "lazy-english")]
    return LOADED.with(|l| l.get().is_some());
    #[cfg(not(feature = "lazy-english"))]
    true
}

/// A row of a table in a language. Before the file is in, English falls back to the Dutch,
/// though the app waits for the file before it shows anything in English.
pub(crate) fn pick(
    t: &'static str,
    nl: &[&'static str],
    en: &[&'static str],
    row: usize,
    lang: Lang,
) -> &'static str {
    let dutch = nl.get(row).copied().unwrap_or("");
    match lang {
        Lang::Nl => dutch,
        Lang::En => en
            .get(row)
            .copied()
            .or_else(|| loaded(t, row))
            .unwrap_or(dutch),
    }
}

#[cfg(feature = "lazy-english")]
fn loaded(table: &str, row: usize) -> Option<&'static str> {
    let i = TABLES.iter().position(|t| t.name == table)?;
    LOADED.with(|l| l.get()?.get(i)?.get(row).copied())
}

#[cfg(not(feature = "lazy-english"))]
fn loaded(_: &str, _: usize) -> Option<&'static str> {
    None
}

#[cfg(all(test, not(feature = "lazy-english")))]
mod tests {
    use super::*;

    #[test]
    fn every_label_table_is_listed() {
        let declared = include_str!("labels.rs").matches("\nlabels!(").count();
        assert_eq!(
            TABLES.len(),
            declared + 1,
            "a labels! table is missing from TABLES"
        );
        let mut names: Vec<_> = TABLES.iter().map(|t| t.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), TABLES.len(), "a table is listed twice");
    }

    #[test]
    fn the_file_reads_back_as_the_compiled_english() {
        for t in TABLES {
            assert_eq!(t.nl.len(), t.en.len(), "{}", t.name);
            for s in t.en.iter().chain(t.nl) {
                assert!(
                    !s.contains('\n') && !s.trim().is_empty(),
                    "{}: {s:?}",
                    t.name
                );
            }
        }
        let file = file();
        let tables = parse(&file).expect("the build's own file");
        for (t, rows) in TABLES.iter().zip(&tables) {
            assert_eq!(t.en, rows.as_slice(), "{}", t.name);
        }
    }

    #[test]
    fn a_file_from_another_build_or_cut_short_is_refused_whole() {
        let file = file();
        let (head, body) = file.split_once('\n').expect("a first line");
        // Another build's Dutch: the fingerprint differs.
        assert!(parse(&format!("{MAGIC} 0123456789abcdef\n{body}")).is_none());
        assert!(parse(&format!("{head}\n{body}")).is_some());
        // A row short, a row more, a row empty, a heading renamed, nothing, not the file at all.
        let lines: Vec<&str> = file.lines().collect();
        let without = |i: usize| {
            let mut l = lines.clone();
            l.remove(i);
            l.join("\n")
        };
        assert!(parse(&without(2)).is_none());
        assert!(parse(&without(lines.len() - 1)).is_none());
        assert!(parse(&format!("{file}extra\n")).is_none());
        assert!(parse(&file.replacen("\n§Sector\n", "\n§Sectors\n", 1)).is_none());
        let blank = lines
            .iter()
            .enumerate()
            .map(|(i, l)| if i == 3 { " " } else { l })
            .collect::<Vec<_>>()
            .join("\n");
        assert!(parse(&blank).is_none());
        // An English row changed on its way: its table no longer hashes to this build's.
        let changed = file.replacen("\nYour plan for social media", "\nYour plan for socials", 1);
        assert_ne!(changed, file);
        assert!(parse(&changed).is_none());
        assert!(parse("").is_none());
        assert!(parse("<!doctype html><title>404</title>").is_none());
    }

    #[test]
    fn the_checked_in_file_is_this_builds() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/web/", "koers-en.txt");
        if std::env::var_os("KOERS_UPDATE_GOLDEN").is_some() {
            std::fs::write(path, file()).expect("write web/koers-en.txt");
        }
        let on_disk = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            on_disk == file(),
            "web/{FILE} is out of date with the English in src/i18n: KOERS_UPDATE_GOLDEN=1 cargo test rewrites it"
        );
    }

    #[test]
    fn english_falls_back_to_dutch_only_for_a_row_that_is_not_there() {
        assert_eq!(pick("T", &["ja"], &["yes"], 0, Lang::En), "yes");
        assert_eq!(pick("T", &["ja"], &["yes"], 0, Lang::Nl), "ja");
        assert_eq!(pick("T", &["ja"], &[], 0, Lang::En), "ja");
        assert_eq!(pick("T", &["ja"], &["yes"], 7, Lang::En), "");
    }
}
