//! Units of the plan: weeks, hours per week, counts and calendar dates as newtypes, so a
//! duration can never be passed where an hour count is meant and no float enters the model.

use super::json::{self, Json};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// A duration in whole weeks. Phases are planned in weeks because care organisations plan
/// rosters per week; days would suggest a precision no rollout plan has.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Weeks(pub u16);

impl Weeks {
    /// The number of days, for date arithmetic.
    #[must_use]
    pub fn days(self) -> i32 {
        i32::from(self.0) * 7
    }
}

/// A whole count (locations, brands, people). Separate from `Weeks` so they cannot be swapped.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Count(pub u32);

/// Hours per week in tenths of an hour: "4,5 uur" is common in care rosters, and tenths keep
/// sums exact where a float would round differently in each export.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Hours {
    tenths: u32,
}

impl Hours {
    /// The most anyone can work in a week (7 × 24); above it the input is a typo.
    pub const MAX: Hours = Hours { tenths: 1680 };

    /// Clamped to `MAX`, so every `Hours` that exists can be saved and loaded again.
    #[must_use]
    pub const fn from_tenths(tenths: u32) -> Self {
        if tenths > Self::MAX.tenths {
            Self::MAX
        } else {
            Hours { tenths }
        }
    }

    #[must_use]
    pub const fn whole(hours: u32) -> Self {
        Self::from_tenths(hours.saturating_mul(10))
    }

    #[must_use]
    pub const fn tenths(self) -> u32 {
        self.tenths
    }

    #[must_use]
    pub const fn is_zero(self) -> bool {
        self.tenths == 0
    }

    #[must_use]
    pub fn saturating_add(self, other: Hours) -> Hours {
        Hours::from_tenths(self.tenths.saturating_add(other.tenths))
    }

    /// Formats with the decimal separator of the reader's language ("4,5" or "4.5").
    #[must_use]
    pub fn format(self, decimal_comma: bool) -> String {
        decimal(u64::from(self.tenths), 1, decimal_comma)
    }
}

impl fmt::Display for Hours {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.format(false))
    }
}

/// A measured value of an indicator (followers, applications, a percentage) in hundredths:
/// "2,5 %" is a common engagement rate, and hundredths keep progress sums exact without floats.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Amount {
    hundredths: u64,
}

impl Amount {
    /// A trillion: far above any count a care organisation measures; above it the input is a typo.
    pub const MAX: Amount = Amount {
        hundredths: 100_000_000_000_000,
    };

    #[must_use]
    pub const fn whole(n: u64) -> Self {
        let hundredths = n.saturating_mul(100);
        if hundredths > Self::MAX.hundredths {
            Self::MAX
        } else {
            Amount { hundredths }
        }
    }

    #[must_use]
    pub const fn hundredths(self) -> u64 {
        self.hundredths
    }

    /// Formats with the reader's decimal separator and no thousands separator ("1200",
    /// "2,5"), so what is shown can be typed back in unchanged.
    #[must_use]
    pub fn format(self, decimal_comma: bool) -> String {
        decimal(self.hundredths, 2, decimal_comma)
    }

    /// Reads the number at the start of a free text an older plan held ("1.200 volgers",
    /// "2,5%", "ca. 40"), with what follows as its unit. A separator before exactly three
    /// digits is a thousands separator, as Dutch writes it; otherwise it is the decimal one.
    /// `None` when the text holds no number or more than one (a range, "van 10 naar 20").
    #[must_use]
    pub fn from_free_text(text: &str) -> Option<(Amount, String)> {
        let start = text.find(|c: char| c.is_ascii_digit())?;
        let rest = &text[start..];
        let end = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
            .unwrap_or(rest.len());
        let number = rest[..end].trim_end_matches(['.', ',']);
        let unit = rest[end..].trim().trim_start_matches(['.', ',']).trim();
        if unit.contains(|c: char| c.is_ascii_digit()) {
            return None;
        }
        let canonical = match number.rsplit_once(['.', ',']) {
            None => number.to_string(),
            Some((head, last)) => {
                let mut c: String = head.chars().filter(char::is_ascii_digit).collect();
                if last.len() != 3 {
                    c.push('.');
                }
                c.push_str(last);
                c
            }
        };
        let amount: Amount = canonical.parse().ok()?;
        Some((amount, unit.to_string()))
    }
}

/// "1200", "4,5", "2.05": `n` in units of 10^-`places`, without trailing zeros after the
/// separator. Shared by hours and amounts, in place of `format!` with padding in each.
fn decimal(n: u64, places: u32, decimal_comma: bool) -> String {
    let unit = 10u64.pow(places);
    let mut out = (n / unit).to_string();
    let frac = n % unit;
    if frac != 0 {
        out.push(if decimal_comma { ',' } else { '.' });
        let digits = (frac + unit).to_string();
        out.push_str(digits.get(1..).unwrap_or_default().trim_end_matches('0'));
    }
    out
}

/// Reads "12", "4.5" or "4,5" with at most `places` decimals as a whole number of
/// 10^-`places` (hours in tenths, amounts in hundredths); the caller checks its own maximum.
fn fixed(s: &str, places: usize) -> Result<u64, AmountError> {
    let (whole, frac) = s.split_once(['.', ',']).unwrap_or((s, ""));
    let digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    if (whole.is_empty() && frac.is_empty()) || !digits(whole) || !digits(frac) {
        return Err(AmountError::NotANumber);
    }
    let pad = places
        .checked_sub(frac.len())
        .ok_or(AmountError::TooPrecise)?;
    let mut n: u64 = 0;
    for b in whole
        .bytes()
        .chain(frac.bytes())
        .chain(std::iter::repeat_n(b'0', pad))
    {
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(u64::from(b - b'0')))
            .ok_or(AmountError::TooLarge)?;
    }
    Ok(n)
}

/// Why a typed amount was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AmountError {
    NotANumber,
    TooPrecise,
    TooLarge,
}

impl Amount {
    /// Reads a number as a reader of that language types it: in Dutch "1.200" is twelve
    /// hundred and "2,5" two and a half; in English "1,200" and "2.5". A separator between
    /// groups of exactly three digits is a thousands separator; anything else is read as by
    /// `FromStr`, which refuses what would be ambiguous.
    ///
    /// # Errors
    /// As `FromStr`.
    pub fn parse_in(s: &str, decimal_comma: bool) -> Result<Amount, AmountError> {
        let (thousands, decimal) = if decimal_comma {
            ('.', ',')
        } else {
            (',', '.')
        };
        let s = s.trim();
        let digits = |t: &str| !t.is_empty() && t.chars().all(|c| c.is_ascii_digit());
        let mut parts = s.split(thousands);
        let first = parts.next().unwrap_or_default();
        let mut joined = first.to_string();
        let mut grouped = digits(first) && first.len() <= 3;
        let mut count = 0;
        for part in parts {
            count += 1;
            let group = part.split_once(decimal).map_or(part, |(g, _)| g);
            grouped &= digits(group) && group.len() == 3;
            joined.push_str(part);
        }
        if grouped && count > 0 {
            joined.parse()
        } else {
            s.parse()
        }
    }
}

impl FromStr for Amount {
    type Err = AmountError;

    /// Accepts "1200", "2.5" and "2,5"; at most two decimals and no thousands separator, so
    /// "1.200" is never silently read as 1.2 or as 1200.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let hundredths = fixed(s.trim().trim_end_matches('%').trim_end(), 2)?;
        if hundredths > Amount::MAX.hundredths {
            return Err(AmountError::TooLarge);
        }
        Ok(Amount { hundredths })
    }
}

impl fmt::Display for Amount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.format(false))
    }
}

impl Serialize for Amount {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.format(false))
    }
}

impl<'de> Deserialize<'de> for Amount {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse()
            .map_err(|_| serde::de::Error::custom("not an amount"))
    }
}

/// Amounts are written as text ("2.5"), as hours are, so no float is ever parsed.
impl Json for Amount {
    fn read(v: &json::Value) -> Result<Self, json::At> {
        String::read(v)?.parse().map_err(|_| json::At(v.at))
    }
    fn write(&self, out: &mut String) {
        json::write_str(out, &self.format(false));
    }
}

/// Why a typed hour value was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HoursError {
    NotANumber,
    TooPrecise,
    TooLarge,
}

impl FromStr for Hours {
    type Err = HoursError;

    /// Accepts "4", "4.5" and "4,5" (Dutch users type a comma); at most one decimal.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let tenths = fixed(s.trim(), 1).map_err(|e| match e {
            AmountError::NotANumber => HoursError::NotANumber,
            AmountError::TooPrecise => HoursError::TooPrecise,
            AmountError::TooLarge => HoursError::TooLarge,
        })?;
        match u32::try_from(tenths) {
            Ok(tenths) if tenths <= Hours::MAX.tenths => Ok(Hours { tenths }),
            _ => Err(HoursError::TooLarge),
        }
    }
}

impl Serialize for Hours {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.format(false))
    }
}

impl<'de> Deserialize<'de> for Hours {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(d)?;
        raw.parse()
            .map_err(|_| serde::de::Error::custom(format!("invalid hours value: \"{raw}\"")))
    }
}

/// A calendar date (proleptic Gregorian), stored as days since 1970-01-01. Only real dates can
/// be built: "2026-02-30" and "0000-00-00" are refused at the boundary.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    days: i32,
}

/// The years a plan may use; outside them a typed year is surely a mistake.
pub const MIN_YEAR: i32 = 1900;
pub const MAX_YEAR: i32 = 2200;

impl Date {
    /// 1970-01-01, a placeholder a user replaces.
    pub const EPOCH: Date = Date { days: 0 };

    /// Builds a date from its parts, or `None` when the day does not exist.
    #[must_use]
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) || !(1..=12).contains(&month) || day == 0 {
            return None;
        }
        if day > days_in_month(year, month) {
            return None;
        }
        Some(Date {
            days: days_from_civil(year, month, day),
        })
    }

    /// Year, month and day.
    #[must_use]
    pub fn ymd(self) -> (i32, u32, u32) {
        civil_from_days(self.days)
    }

    #[must_use]
    pub fn add_days(self, days: i32) -> Date {
        Date {
            days: self.days.saturating_add(days),
        }
    }

    #[must_use]
    pub fn add_weeks(self, weeks: Weeks) -> Date {
        self.add_days(weeks.days())
    }

    /// Adds calendar months, keeping the day of month where it exists and otherwise taking the
    /// last day (31 January + 1 month = 28 or 29 February), as calendars do.
    #[must_use]
    pub fn add_months(self, months: u32) -> Date {
        let (y, m, d) = self.ymd();
        let total = i64::from(y) * 12 + i64::from(m - 1) + i64::from(months);
        let year = i32::try_from(total.div_euclid(12)).unwrap_or(MAX_YEAR);
        let month = u32::try_from(total.rem_euclid(12)).unwrap_or(0) + 1;
        let day = d.min(days_in_month(year, month));
        Date {
            days: days_from_civil(year, month, day),
        }
    }

    /// Days from `self` to `other` (negative when `other` is earlier).
    #[must_use]
    pub fn days_until(self, other: Date) -> i32 {
        other.days.saturating_sub(self.days)
    }

    /// ISO weekday, Monday = 1 … Sunday = 7.
    #[must_use]
    pub fn iso_weekday(self) -> u32 {
        // 1970-01-01 was a Thursday (4).
        u32::try_from((self.days + 3).rem_euclid(7)).unwrap_or(0) + 1
    }

    /// "20260301", the form iCalendar uses for all-day dates.
    #[must_use]
    pub fn compact(self) -> String {
        let (y, m, d) = self.ymd();
        format!("{y:04}{m:02}{d:02}")
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.ymd();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

impl FromStr for Date {
    type Err = ();

    /// Strict ISO "YYYY-MM-DD", which is also what `<input type="date">` yields.
    fn from_str(s: &str) -> Result<Self, ()> {
        let s = s.trim();
        let bytes = s.as_bytes();
        if bytes.len() != 10 || bytes.get(4) != Some(&b'-') || bytes.get(7) != Some(&b'-') {
            return Err(());
        }
        let num = |range: std::ops::Range<usize>| -> Result<u32, ()> {
            let part = s.get(range).ok_or(())?;
            if !part.chars().all(|c| c.is_ascii_digit()) {
                return Err(());
            }
            part.parse().map_err(|_| ())
        };
        let year = i32::try_from(num(0..4)?).map_err(|_| ())?;
        Date::from_ymd(year, num(5..7)?, num(8..10)?).ok_or(())
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(d)?;
        raw.parse()
            .map_err(|()| serde::de::Error::custom(format!("invalid date: \"{raw}\"")))
    }
}

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

// Howard Hinnant's civil-date algorithms: exact for the whole proleptic Gregorian range.
fn days_from_civil(y: i32, m: u32, d: u32) -> i32 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i32::try_from(m).unwrap_or(1);
    let d = i32::try_from(d).unwrap_or(1);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i32) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = if m <= 2 { y + 1 } else { y };
    (
        y,
        u32::try_from(m).unwrap_or(1),
        u32::try_from(d).unwrap_or(1),
    )
}

impl Json for Weeks {
    fn read(v: &json::Value) -> Result<Self, json::At> {
        u16::read(v).map(Weeks)
    }
    fn write(&self, out: &mut String) {
        self.0.write(out);
    }
}

impl Json for Count {
    fn read(v: &json::Value) -> Result<Self, json::At> {
        u32::read(v).map(Count)
    }
    fn write(&self, out: &mut String) {
        self.0.write(out);
    }
}

/// Hours are written as text ("4.5"), so no float is ever parsed.
impl Json for Hours {
    fn read(v: &json::Value) -> Result<Self, json::At> {
        String::read(v)?.parse().map_err(|_| json::At(v.at))
    }
    fn write(&self, out: &mut String) {
        json::write_str(out, &self.format(false));
    }
}

impl Json for Date {
    fn read(v: &json::Value) -> Result<Self, json::At> {
        String::read(v)?.parse().map_err(|()| json::At(v.at))
    }
    fn write(&self, out: &mut String) {
        json::write_str(out, &self.to_string());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_parse_as_each_language_writes_them() {
        let nl = |t: &str| Amount::parse_in(t, true).map(Amount::hundredths);
        let en = |t: &str| Amount::parse_in(t, false).map(Amount::hundredths);
        assert_eq!(nl("1.200"), Ok(120_000));
        assert_eq!(nl("12.500.000"), Ok(1_250_000_000));
        assert_eq!(nl("1.200,5"), Ok(120_050));
        assert_eq!(nl("2,5"), Ok(250));
        assert_eq!(nl("2.5"), Ok(250));
        assert_eq!(en("1,200"), Ok(120_000));
        assert_eq!(en("1,200.5"), Ok(120_050));
        assert_eq!(en("2.5"), Ok(250));
        // Not groups of three: never silently read as thousands.
        assert_eq!(nl("1.20"), Ok(120));
        assert_eq!(nl("12.34.5"), Err(AmountError::NotANumber));
        assert_eq!(en("1.200"), Err(AmountError::TooPrecise));
    }

    #[test]
    fn amounts_parse_as_typed_and_from_old_free_text() {
        assert_eq!("1200".parse::<Amount>(), Ok(Amount::whole(1200)));
        assert_eq!("2,5".parse::<Amount>().map(|a| a.hundredths()), Ok(250));
        assert_eq!(
            "2.05".parse::<Amount>().map(|a| a.format(true)),
            Ok("2,05".into())
        );
        assert_eq!("40 %".parse::<Amount>(), Ok(Amount::whole(40)));
        assert_eq!("1.234".parse::<Amount>(), Err(AmountError::TooPrecise));
        assert_eq!("veel".parse::<Amount>(), Err(AmountError::NotANumber));
        assert_eq!("".parse::<Amount>(), Err(AmountError::NotANumber));
        assert_eq!(
            "99999999999999999999".parse::<Amount>(),
            Err(AmountError::TooLarge)
        );
        let cases = [
            ("1.200 volgers", Some((120_000, "volgers"))),
            ("2,5%", Some((250, "%"))),
            (
                "ca. 40 sollicitaties per maand",
                Some((4000, "sollicitaties per maand")),
            ),
            ("10.000", Some((1_000_000, ""))),
            ("3.5 uur", Some((350, "uur"))),
            ("van 10 naar 20", None),
            ("onbekend", None),
        ];
        for (text, expected) in cases {
            let got = Amount::from_free_text(text).map(|(a, u)| (a.hundredths(), u));
            assert_eq!(got, expected.map(|(h, u)| (h, u.to_string())), "{text}");
        }
    }

    #[test]
    fn dates_parse_strictly() {
        assert_eq!(
            "2026-03-02".parse::<Date>().map(|d| d.ymd()),
            Ok((2026, 3, 2))
        );
        for bad in [
            "0000-00-00",
            "2026-02-29",
            "2026-13-01",
            "26-01-01",
            "2026-1-01",
            "",
            "2026-01-0x",
        ] {
            assert!(bad.parse::<Date>().is_err(), "{bad} should be refused");
        }
        assert!("2028-02-29".parse::<Date>().is_ok());
    }

    #[test]
    fn date_arithmetic_matches_the_calendar() {
        let d = Date::from_ymd(2026, 1, 31).unwrap();
        assert_eq!(d.add_months(1).to_string(), "2026-02-28");
        assert_eq!(d.add_weeks(Weeks(1)).to_string(), "2026-02-07");
        assert_eq!(Date::from_ymd(1970, 1, 1).unwrap().iso_weekday(), 4);
        assert_eq!(Date::from_ymd(2026, 11, 23).unwrap().iso_weekday(), 1);
        assert_eq!(d.compact(), "20260131");
    }

    #[test]
    fn hours_accept_dutch_and_english_decimals() {
        assert_eq!("4,5".parse::<Hours>(), Ok(Hours::from_tenths(45)));
        assert_eq!("4.5".parse::<Hours>(), Ok(Hours::from_tenths(45)));
        assert_eq!(" 8 ".parse::<Hours>(), Ok(Hours::whole(8)));
        assert_eq!("4.25".parse::<Hours>(), Err(HoursError::TooPrecise));
        assert_eq!("veel".parse::<Hours>(), Err(HoursError::NotANumber));
        assert_eq!("169".parse::<Hours>(), Err(HoursError::TooLarge));
        assert_eq!(Hours::from_tenths(45).format(true), "4,5");
        assert_eq!(Hours::whole(3).format(true), "3");
    }
}
