//! Column widths, font size and page orientation for a Word table, chosen so that no word is
//! wider than its column: Word and LibreOffice break a word that does not fit mid-word
//! ("Publicer|en"), which a board reads as a typo. Widths are estimated, not measured, with
//! advances at least as wide as DejaVu Sans Bold, the widest face a reader without Calibri
//! gets instead, so the estimate errs towards room to spare.

/// Text width of A4 portrait with 2 cm margins, in twentieths of a point.
pub const PORTRAIT: u32 = 11906 - 2 * 1134;
/// Text width of A4 landscape with the same margins.
pub const LANDSCAPE: u32 = 16838 - 2 * 1134;
/// Left and right cell margins (80 each, see the table style), the border, and some slack.
const CELL_EXTRA: u32 = 2 * 80 + 40;
/// Font sizes in half-points, largest first: the body size, then smaller steps that are still
/// comfortable to read in a table.
const PORTRAIT_SIZES: [u32; 3] = [22, 20, 18];
const LANDSCAPE_SIZES: [u32; 4] = [22, 20, 18, SMALLEST];
const SMALLEST: u32 = 16;

/// How one table is set.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TableLayout {
    /// Column widths in twips; they add up to the page's text width.
    pub widths: Vec<u32>,
    /// Font size in half-points.
    pub size: u32,
    /// Whether the table needs a landscape page.
    pub landscape: bool,
}

/// Advance of a character in thousandths of an em: DejaVu Sans Bold's, rounded up by class.
fn advance(c: char) -> u32 {
    match c {
        'i' | 'l' | 'j' => 350,
        'I' | 'J' | '.' | ',' | ':' | ';' | '\'' | '!' | '|' | '’' | '‘' => 400,
        'f' | 't' | 'r' | '(' | ')' | '[' | ']' | '/' | '-' | ' ' | '"' => 500,
        'm' | 'w' | 'M' | 'W' | '%' | '&' | '@' => 1110,
        'A'..='Z' => 850,
        _ => 715,
    }
}

/// Width of a text on one line, in twips, at `size` half-points. Regular text is set about
/// 10% narrower than bold.
fn width(text: &str, size: u32, bold: bool) -> u32 {
    let units: u32 = text.chars().map(advance).sum();
    let units = if bold { units } else { units * 9 / 10 };
    // thousandths of an em × (size / 2) points × 20 twips per point
    units.saturating_mul(size) / 100
}

/// Whether a line may break at this character. Not at a no-break space ("€ 176.640"), which
/// `char::is_whitespace` counts as a space: measured apart, the amount would get a column too
/// narrow for it, and Word would split the number instead.
fn breaks(c: char) -> bool {
    c.is_whitespace() && !matches!(c, '\u{a0}' | '\u{202f}' | '\u{2007}')
}

/// The widest single word of a text, no-break spaces included: the least a column can be
/// without breaking it.
fn longest_word(text: &str, size: u32, bold: bool) -> u32 {
    text.split(breaks)
        .map(|w| width(w, size, bold))
        .max()
        .unwrap_or(0)
}

/// Widths that fill `avail`: every column gets its minimum, and the room left goes to the
/// columns in proportion to how much more they would like (the whole text on one line).
fn distribute(min: &[u32], want: &[u32], avail: u32) -> Vec<u32> {
    let total_want: u64 = want.iter().map(|w| u64::from(*w)).sum();
    let total_min: u64 = min.iter().map(|w| u64::from(*w)).sum();
    let avail64 = u64::from(avail);
    let mut out: Vec<u32> = if total_want <= avail64 {
        want.iter()
            .map(|w| {
                let extra = (avail64 - total_want) * u64::from(*w) / total_want.max(1);
                u32::try_from(u64::from(*w) + extra).unwrap_or(*w)
            })
            .collect()
    } else if total_min <= avail64 {
        let wish: u64 = min
            .iter()
            .zip(want)
            .map(|(m, w)| u64::from(w.saturating_sub(*m)))
            .sum();
        min.iter()
            .zip(want)
            .map(|(m, w)| {
                let extra = (avail64 - total_min) * u64::from(w.saturating_sub(*m)) / wish.max(1);
                u32::try_from(u64::from(*m) + extra).unwrap_or(*m)
            })
            .collect()
    } else {
        // Nothing fits: shrink every minimum alike, so the damage is spread thin.
        min.iter()
            .map(|m| u32::try_from(u64::from(*m) * avail64 / total_min.max(1)).unwrap_or(*m))
            .collect()
    };
    // Rounding leaves a few twips over; the last column takes them.
    let sum: u32 = out.iter().sum();
    if let Some(last) = out.last_mut() {
        *last = (*last + avail).saturating_sub(sum).max(1);
    }
    out
}

/// Lays out a table: the largest size at which every word fits on a portrait page, else on a
/// landscape page, else the smallest landscape size with the columns squeezed. On a page that
/// is already landscape (`turned`), only landscape layouts are tried, so the table uses the
/// width it has.
#[must_use]
pub fn table_layout(
    head: Option<&[String]>,
    rows: &[Vec<String>],
    cols: usize,
    turned: bool,
) -> TableLayout {
    let cells = || {
        head.into_iter()
            .map(|h| (h, true))
            .chain(rows.iter().map(|r| (r.as_slice(), false)))
    };
    let measure = |size: u32| {
        let mut min = vec![CELL_EXTRA; cols];
        let mut want = vec![CELL_EXTRA; cols];
        for (row, header) in cells() {
            for (i, text) in row.iter().enumerate().take(cols) {
                let bold = header || i == 0;
                if let (Some(m), Some(w)) = (min.get_mut(i), want.get_mut(i)) {
                    *m = (*m).max(longest_word(text, size, bold) + CELL_EXTRA);
                    *w = (*w).max(width(text, size, bold) + CELL_EXTRA);
                }
            }
        }
        (min, want)
    };
    let options = PORTRAIT_SIZES
        .iter()
        .filter(|_| !turned)
        .map(|s| (false, *s))
        .chain(LANDSCAPE_SIZES.iter().map(|s| (true, *s)));
    for (landscape, size) in options {
        let avail = if landscape { LANDSCAPE } else { PORTRAIT };
        let (min, want) = measure(size);
        if min.iter().sum::<u32>() <= avail {
            return TableLayout {
                widths: distribute(&min, &want, avail),
                size,
                landscape,
            };
        }
    }
    let size = SMALLEST;
    let (min, want) = measure(size);
    TableLayout {
        widths: distribute(&min, &want, LANDSCAPE),
        size,
        landscape: true,
    }
}

/// Whether every word of every cell fits its column at the layout's size, by the same
/// estimate the layout used: what tests read back from a written document.
#[must_use]
pub fn words_fit(layout: &TableLayout, head: Option<&[String]>, rows: &[Vec<String>]) -> bool {
    let cells = head
        .into_iter()
        .map(|h| (h, true))
        .chain(rows.iter().map(|r| (r.as_slice(), false)));
    for (row, header) in cells {
        for (i, text) in row.iter().enumerate() {
            let Some(w) = layout.widths.get(i) else {
                return false;
            };
            if longest_word(text, layout.size, header || i == 0) + CELL_EXTRA > *w {
                return false;
            }
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| (*s).to_string()).collect()
    }

    #[test]
    fn short_tables_stay_at_body_size_on_a_portrait_page() {
        let head = strings(&["Fase", "Start", "Einde", "Weken"]);
        let rows = vec![strings(&[
            "Identificeren",
            "7 september 2026",
            "4 oktober 2026",
            "4",
        ])];
        let l = table_layout(Some(&head), &rows, 4, false);
        assert_eq!((l.size, l.landscape), (22, false));
        assert_eq!(l.widths.iter().sum::<u32>(), PORTRAIT);
        assert!(words_fit(&l, Some(&head), &rows));
    }

    #[test]
    fn long_words_get_their_room_and_short_columns_stay_narrow() {
        let head = strings(&["Weging", "Bevinding", "Oplossen bij"]);
        let rows = vec![strings(&[
            "Belangrijk",
            "De functionaris gegevensbescherming (FG) doet, draagt of beoordeelt elk bericht bij publiceren en reageren, en dat is te veel.",
            "Taken verdelen (RACI)",
        ])];
        let l = table_layout(Some(&head), &rows, 3, false);
        assert!(words_fit(&l, Some(&head), &rows));
        assert!(
            l.widths[1] > l.widths[0] && l.widths[1] > l.widths[2],
            "{l:?}"
        );
    }

    #[test]
    fn a_table_too_wide_for_portrait_turns_the_page() {
        let word = "Privacyfunctionarissen";
        let row: Vec<String> = (0..8).map(|_| word.to_string()).collect();
        let l = table_layout(None, std::slice::from_ref(&row), 8, false);
        assert!(l.landscape);
        assert_eq!(l.widths.iter().sum::<u32>(), LANDSCAPE);
        let l = table_layout(None, &[row[..2].to_vec()], 2, false);
        assert!(!l.landscape);
    }

    #[test]
    fn an_amount_with_a_no_break_space_gets_a_column_wide_enough_for_all_of_it() {
        let amount = "€\u{a0}176.640";
        assert_eq!(
            longest_word(amount, 22, false),
            width(amount, 22, false),
            "the euro sign and the number are one word"
        );
        assert!(longest_word("€ 176.640", 22, false) < width(amount, 22, false));
        let head = strings(&["Post", "Jaar 1", "Later"]);
        let rows = vec![strings(&[
            "Kernteam (hub): 64 uur per week · 1,78 fte · 2.944 uur per jaar · € 60 per uur",
            amount,
            amount,
        ])];
        let l = table_layout(Some(&head), &rows, 3, false);
        assert!(words_fit(&l, Some(&head), &rows));
        assert!(l.widths[1] >= width(amount, l.size, false), "{l:?}");
    }
}
