//! Scoring the self-assessment together, without a server: each participant scores on a phone
//! and sends back a short code that carries the workshop's id, the seven scores and a check
//! character; the facilitator collects the codes (or tallies by hand) and the group settles on
//! a score per dimension from the median and the spread. Codes are hostile input: anything that
//! is not a code of this workshop is refused with its reason and changes nothing.

use super::plan::{Dimension, Stage};

/// The letters a code is written in: no 0/O, 1/I/L, so a code read out or typed over from a
/// phone survives.
const ALPHABET: &[u8; 31] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
/// The seven dimensions, in the order a code holds their scores.
const DIMENSIONS: usize = 7;

/// A workshop's id: four letters of `ALPHABET`, so a code from another workshop is told apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct WorkshopId(u32);

impl WorkshopId {
    /// Every id there can be: four letters.
    const SPACE: u32 = 31 * 31 * 31 * 31;

    /// An id from a random number (the wizard's seed).
    #[must_use]
    pub fn from_seed(seed: u64) -> WorkshopId {
        WorkshopId(u32::try_from(seed % u64::from(Self::SPACE)).unwrap_or(0))
    }

    /// The four letters.
    #[must_use]
    pub fn text(self) -> String {
        let mut n = self.0;
        let mut out = [b'A'; 4];
        for slot in out.iter_mut().rev() {
            *slot = ALPHABET
                .get(usize::try_from(n % 31).unwrap_or(0))
                .copied()
                .unwrap_or(b'A');
            n /= 31;
        }
        out.iter().map(|b| char::from(*b)).collect()
    }

    /// Reads four letters back, in any case.
    #[must_use]
    pub fn parse(text: &str) -> Option<WorkshopId> {
        let letters = normalise(text);
        if letters.len() != 4 {
            return None;
        }
        letters
            .iter()
            .try_fold(0u32, |n, c| Some(n * 31 + value(*c)?))
            .map(WorkshopId)
    }
}

/// Why a code was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeError {
    /// Not a code at all: too short, too long, a letter where a score belongs.
    Malformed,
    /// A code of another workshop.
    OtherWorkshop,
    /// A letter or a score was typed wrong: the check letter does not match.
    Checksum,
}

/// Upper case, without spaces and dashes (a code may be read out in groups).
fn normalise(text: &str) -> Vec<u8> {
    text.bytes()
        .filter(|b| !b.is_ascii_whitespace() && *b != b'-')
        .map(|b| b.to_ascii_uppercase())
        .collect()
}

fn value(c: u8) -> Option<u32> {
    ALPHABET
        .iter()
        .position(|a| *a == c)
        .and_then(|p| u32::try_from(p).ok())
}

/// The check letter over the id's letters and the scores: each position weighs differently,
/// so a swapped pair of scores is caught as well as a wrong one.
fn check(body: &[u8]) -> u8 {
    let sum = body.iter().enumerate().fold(0u32, |acc, (i, c)| {
        let v = value(*c).unwrap_or_else(|| u32::from(*c));
        let weight = u32::try_from(i).unwrap_or(0) + 1;
        (acc + v * weight) % 31
    });
    ALPHABET
        .get(usize::try_from(sum).unwrap_or(0))
        .copied()
        .unwrap_or(b'A')
}

/// Three letters that tell participants apart: two people who score the same still send two
/// codes, and one code sent twice is one vote.
const NONCE: usize = 3;

/// A participant's code: the workshop id, the seven scores as digits 1–5, three letters of its
/// own (from `nonce`) and a check letter, in groups ("K7Q2-3342412-XKD-M").
#[must_use]
pub fn participant_code(id: WorkshopId, scores: &[Stage; DIMENSIONS], nonce: u64) -> String {
    let mut body: Vec<u8> = id.text().into_bytes();
    body.extend(scores.iter().map(|s| b'0' + s.number()));
    let mut n = nonce;
    for _ in 0..NONCE {
        body.push(
            ALPHABET
                .get(usize::try_from(n % 31).unwrap_or(0))
                .copied()
                .unwrap_or(b'A'),
        );
        n /= 31;
    }
    let c = check(&body);
    let text: String = body.iter().map(|b| char::from(*b)).collect();
    format!(
        "{}-{}-{}-{}",
        text.get(..4).unwrap_or_default(),
        text.get(4..4 + DIMENSIONS).unwrap_or_default(),
        text.get(4 + DIMENSIONS..).unwrap_or_default(),
        char::from(c)
    )
}

/// The code in a line as a chat or mail shows it ("[10:42] Anne: K7Q2-3342412-XKD-M"): a word
/// that holds a whole code in its groups, else the line itself (a code typed with spaces).
#[must_use]
pub fn code_in(line: &str) -> &str {
    line.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_ascii_alphanumeric()))
        .find(|w| w.contains('-') && normalise(w).len() == 4 + DIMENSIONS + NONCE + 1)
        .unwrap_or(line)
}

/// A code as it is compared: upper case, without spaces and dashes.
#[must_use]
pub fn tidy(code: &str) -> String {
    normalise(code).iter().map(|b| char::from(*b)).collect()
}

/// Reads a participant's code for this workshop.
///
/// # Errors
/// Why the code is refused; nothing is read from a refused code.
pub fn read_code(code: &str, id: WorkshopId) -> Result<[Stage; DIMENSIONS], CodeError> {
    let text = normalise(code);
    if text.len() != 4 + DIMENSIONS + NONCE + 1 || !text.is_ascii() {
        return Err(CodeError::Malformed);
    }
    let (body, tail) = text.split_at(4 + DIMENSIONS + NONCE);
    let (workshop, rest) = body.split_at(4);
    let (digits, own) = rest.split_at(DIMENSIONS);
    if workshop.iter().chain(own).any(|c| value(*c).is_none()) {
        return Err(CodeError::Malformed);
    }
    let mut scores = [Stage::Traditional; DIMENSIONS];
    for (slot, d) in scores.iter_mut().zip(digits) {
        *slot = d
            .checked_sub(b'0')
            .and_then(Stage::from_number)
            .ok_or(CodeError::Malformed)?;
    }
    if tail.first().copied() != Some(check(body)) {
        return Err(CodeError::Checksum);
    }
    let theirs = std::str::from_utf8(workshop)
        .ok()
        .and_then(WorkshopId::parse)
        .ok_or(CodeError::Malformed)?;
    if theirs != id {
        return Err(CodeError::OtherWorkshop);
    }
    Ok(scores)
}

/// The group's votes: per dimension, how many chose each stage.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Votes {
    counts: [[u16; 5]; DIMENSIONS],
}

fn index(d: Dimension) -> usize {
    Dimension::ALL.iter().position(|x| *x == d).unwrap_or(0)
}

fn slot(s: Stage) -> usize {
    usize::from(s.number().saturating_sub(1)).min(4)
}

impl Votes {
    /// One participant's seven scores.
    pub fn add(&mut self, scores: &[Stage; DIMENSIONS]) {
        for (row, s) in self.counts.iter_mut().zip(scores) {
            if let Some(c) = row.get_mut(slot(*s)) {
                *c = c.saturating_add(1);
            }
        }
    }

    /// A vote counted by hand, up or down (never below zero).
    pub fn bump(&mut self, d: Dimension, s: Stage, up: bool) {
        if let Some(c) = self
            .counts
            .get_mut(index(d))
            .and_then(|r| r.get_mut(slot(s)))
        {
            *c = if up {
                c.saturating_add(1)
            } else {
                c.saturating_sub(1)
            };
        }
    }

    /// The votes for a stage of a dimension.
    #[must_use]
    pub fn count(&self, d: Dimension, s: Stage) -> u16 {
        self.counts
            .get(index(d))
            .and_then(|r| r.get(slot(s)))
            .copied()
            .unwrap_or(0)
    }

    #[must_use]
    pub fn total(&self, d: Dimension) -> u32 {
        Stage::ALL
            .iter()
            .map(|s| u32::from(self.count(d, *s)))
            .sum()
    }

    /// The lower median: half the group scored it or higher, as the assessment reads a profile.
    #[must_use]
    pub fn median(&self, d: Dimension) -> Option<Stage> {
        let total = self.total(d);
        if total == 0 {
            return None;
        }
        let half = total.div_ceil(2);
        let mut seen = 0;
        Stage::ALL.iter().copied().find(|s| {
            seen += u32::from(self.count(d, *s));
            seen >= half
        })
    }

    /// The lowest and the highest stage anyone chose.
    #[must_use]
    pub fn spread(&self, d: Dimension) -> Option<(Stage, Stage)> {
        let chosen = || Stage::ALL.iter().copied().filter(|s| self.count(d, *s) > 0);
        Some((chosen().next()?, chosen().next_back()?))
    }

    /// The counts as text ("0,2,1,…", five a dimension), to keep a session over a reload.
    #[must_use]
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        for n in self.counts.iter().flatten() {
            if !out.is_empty() {
                out.push(',');
            }
            out.push_str(&n.to_string());
        }
        out
    }

    /// Counts written by `to_text`; `None` for anything else, whole, never half read.
    #[must_use]
    pub fn from_text(text: &str) -> Option<Votes> {
        let mut votes = Votes::default();
        let mut numbers = text.split(',');
        for slot in votes.counts.iter_mut().flatten() {
            *slot = numbers.next()?.trim().parse().ok()?;
        }
        numbers.next().is_none().then_some(votes)
    }

    /// Whether anyone voted, by code or by hand.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.counts.iter().flatten().all(|n| *n == 0)
    }

    /// Two stages or more apart: worth talking about before settling.
    #[must_use]
    pub fn disagree(&self, d: Dimension) -> bool {
        self.spread(d)
            .is_some_and(|(lo, hi)| hi.number() - lo.number() >= 2)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stages(n: [u8; 7]) -> [Stage; 7] {
        n.map(|x| Stage::from_number(x).unwrap_or(Stage::Traditional))
    }

    /// A session's votes survive a reload as text; anything else than what was written is
    /// refused whole.
    #[test]
    fn votes_read_back_from_their_text_and_nothing_else() {
        let mut v = Votes::default();
        assert!(v.is_empty());
        v.add(&stages([1, 2, 3, 4, 5, 3, 2]));
        v.bump(Dimension::ALL[0], Stage::Measurable, true);
        assert!(!v.is_empty());
        let text = v.to_text();
        assert_eq!(text.split(',').count(), 35);
        assert_eq!(Votes::from_text(&text), Some(v.clone()));
        for bad in [
            "",
            "1,2",
            &format!("{text},0"),
            &text.replace('1', "x"),
            "70000,0",
        ] {
            assert_eq!(Votes::from_text(bad), None, "{bad}");
        }
    }

    /// Codes pasted from a chat or a mail keep their sender and time; the code is the word
    /// that holds it whole. A code typed with spaces is the line itself.
    #[test]
    fn the_code_in_a_chat_line_is_found() {
        let id = WorkshopId::from_seed(42);
        let code = participant_code(id, &stages([3, 3, 4, 2, 3, 3, 3]), 7);
        let cases = [
            format!("[10:42] Anne: {code}"),
            format!("Anne van Dijk <anne@example.org> schreef: \"{code}\"."),
            code.clone(),
            code.replace('-', " "),
        ];
        for line in cases {
            assert_eq!(
                read_code(code_in(&line), id),
                Ok(stages([3, 3, 4, 2, 3, 3, 3])),
                "{line}"
            );
        }
        assert_eq!(code_in("geen code hier"), "geen code hier");
    }

    #[test]
    fn a_code_reads_back_in_any_case_and_grouping() {
        let id = WorkshopId::from_seed(123_456_789);
        assert_eq!(WorkshopId::parse(&id.text()), Some(id));
        let scores = stages([3, 3, 4, 2, 4, 1, 2]);
        let code = participant_code(id, &scores, 12_345);
        assert_eq!(code.len(), 4 + 1 + 7 + 1 + 3 + 1 + 1);
        assert_ne!(
            code,
            participant_code(id, &scores, 12_346),
            "two people, two codes"
        );
        assert_eq!(read_code(&code, id), Ok(scores));
        assert_eq!(
            read_code(&code.to_lowercase().replace('-', " "), id),
            Ok(scores)
        );
    }

    #[test]
    fn foreign_mistyped_and_broken_codes_are_refused() {
        let id = WorkshopId::from_seed(42);
        let other = WorkshopId::from_seed(43);
        let code = participant_code(other, &stages([3; 7]), 1);
        assert_eq!(read_code(&code, id), Err(CodeError::OtherWorkshop));
        let mine = participant_code(id, &stages([3, 3, 4, 2, 4, 1, 2]), 2);
        // One score typed wrong, two scores swapped: the check letter catches both.
        let wrong = mine.replacen("3342412", "3342413", 1);
        assert_eq!(read_code(&wrong, id), Err(CodeError::Checksum));
        let swapped = mine.replacen("3342412", "3342421", 1);
        assert_eq!(read_code(&swapped, id), Err(CodeError::Checksum));
        for bad in [
            "",
            "ABCD",
            "ABCD-3342412-X",
            "ABCD-3342412-KKK-XX",
            "ABCD-3342612-KKK-X",
            "ÄBCD-3342412-KKK-X",
            "abcd-33424!2-kkk-x",
            "ABCD-3342412-K0K-X",
        ] {
            assert_eq!(read_code(bad, id), Err(CodeError::Malformed), "{bad}");
        }
    }

    #[test]
    fn votes_give_the_median_the_spread_and_disagreement() {
        let mut v = Votes::default();
        v.add(&stages([3, 2, 2, 2, 2, 1, 4]));
        v.add(&stages([3, 2, 2, 2, 4, 1, 4]));
        v.add(&stages([4, 2, 2, 2, 5, 1, 4]));
        let d = Dimension::StrategyGoals;
        assert_eq!(v.median(d), Some(Stage::Operational));
        assert_eq!(v.spread(d), Some((Stage::Operational, Stage::Measurable)));
        assert!(!v.disagree(d));
        let l = Dimension::ListeningWebcare;
        assert_eq!(v.median(l), Some(Stage::Measurable));
        assert!(v.disagree(l));
        // By hand: a vote up and down, never below zero.
        v.bump(l, Stage::Traditional, true);
        assert_eq!(v.count(l, Stage::Traditional), 1);
        v.bump(l, Stage::Traditional, false);
        v.bump(l, Stage::Traditional, false);
        assert_eq!(v.count(l, Stage::Traditional), 0);
        assert_eq!(Votes::default().median(d), None);
    }
}
