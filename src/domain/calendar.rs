//! The Dutch working-day calendar: Easter, the public holidays that close most care offices, and
//! the next or previous working day. Pure date arithmetic, valid for every year a `Date` holds.

use super::units::Date;

/// Easter Sunday by the anonymous Gregorian computus (Meeus/Jones/Butcher): exact for every
/// Gregorian year, so no table of years can run out.
#[must_use]
pub fn easter(year: i32) -> Option<Date> {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::from_ymd(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

/// A public holiday that closes most offices in the Netherlands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Holiday {
    NewYear,
    EasterSunday,
    EasterMonday,
    KingsDay,
    LiberationDay,
    Ascension,
    WhitSunday,
    WhitMonday,
    ChristmasDay,
    BoxingDay,
}

/// The holidays of one year, in date order. Good Friday is left out: most care organisations
/// work then (domain-research.md §8c). Liberation Day counts only in lustrum years, the years
/// the collective agreements and most employers give it off.
#[must_use]
pub fn holidays(year: i32) -> Vec<(Date, Holiday)> {
    let mut out = Vec::with_capacity(10);
    let mut push = |d: Option<Date>, h: Holiday| {
        if let Some(d) = d {
            out.push((d, h));
        }
    };
    push(Date::from_ymd(year, 1, 1), Holiday::NewYear);
    let e = easter(year);
    push(e, Holiday::EasterSunday);
    push(e.map(|e| e.add_days(1)), Holiday::EasterMonday);
    // King's Day is never celebrated on a Sunday; it moves back a day, not forward.
    let kings = Date::from_ymd(year, 4, 27).map(|d| {
        if d.iso_weekday() == 7 {
            d.add_days(-1)
        } else {
            d
        }
    });
    push(kings, Holiday::KingsDay);
    if year.rem_euclid(5) == 0 {
        push(Date::from_ymd(year, 5, 5), Holiday::LiberationDay);
    }
    push(e.map(|e| e.add_days(39)), Holiday::Ascension);
    push(e.map(|e| e.add_days(49)), Holiday::WhitSunday);
    push(e.map(|e| e.add_days(50)), Holiday::WhitMonday);
    push(Date::from_ymd(year, 12, 25), Holiday::ChristmasDay);
    push(Date::from_ymd(year, 12, 26), Holiday::BoxingDay);
    // Liberation Day can fall on Ascension; sorting keeps the order for readers either way.
    super::collections::sort_small_by_key(&mut out, |(d, _)| *d);
    out
}

/// The holiday on this date, if any.
#[must_use]
pub fn holiday(d: Date) -> Option<Holiday> {
    holidays(d.ymd().0)
        .into_iter()
        .find(|(date, _)| *date == d)
        .map(|(_, h)| h)
}

/// Monday to Friday and not a public holiday.
#[must_use]
pub fn is_working_day(d: Date) -> bool {
    d.iso_weekday() <= 5 && holiday(d).is_none()
}

/// The longest run of days off there can be (Christmas on a Thursday, then the weekend): a
/// bound that keeps the searches below finite for any input.
const MAX_DAYS_OFF: i32 = 7;

/// `d` itself if it is a working day, else the first working day after it.
#[must_use]
pub fn next_working_day(d: Date) -> Date {
    (0..=MAX_DAYS_OFF)
        .map(|i| d.add_days(i))
        .find(|x| is_working_day(*x))
        .unwrap_or(d)
}

/// `d` itself if it is a working day, else the last working day before it.
#[must_use]
pub fn previous_working_day(d: Date) -> Date {
    (0..=MAX_DAYS_OFF)
        .map(|i| d.add_days(-i))
        .find(|x| is_working_day(*x))
        .unwrap_or(d)
}

/// Whether a date lies in July or August: the rule of thumb for the summer holidays, which the
/// three school regions take in turns over those weeks (the exact weeks are published per school
/// year).
#[must_use]
pub fn in_summer_holidays(d: Date) -> bool {
    matches!(d.ymd().1, 7 | 8)
}

/// Whether a date lies in the Christmas weeks, roughly 20 December to 3 January, when care
/// teams are at their thinnest and nobody reads a launch.
#[must_use]
pub fn in_christmas_weeks(d: Date) -> bool {
    let (_, m, day) = d.ymd();
    (m == 12 && day >= 20) || (m == 1 && day <= 3)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn easter_sundays_2025_to_2031() {
        for (year, sunday) in [
            (2025, "2025-04-20"),
            (2026, "2026-04-05"),
            (2027, "2027-03-28"),
            (2028, "2028-04-16"),
            (2029, "2029-04-01"),
            (2030, "2030-04-21"),
            (2031, "2031-04-13"),
        ] {
            assert_eq!(easter(year), Some(d(sunday)), "{year}");
            assert_eq!(d(sunday).iso_weekday(), 7);
        }
    }

    #[test]
    fn easter_based_holidays_2027_to_2031() {
        // (year, Easter Monday, Ascension, Whit Sunday, Whit Monday)
        for (year, mon, asc, whit, whit_mon) in [
            (2027, "2027-03-29", "2027-05-06", "2027-05-16", "2027-05-17"),
            (2028, "2028-04-17", "2028-05-25", "2028-06-04", "2028-06-05"),
            (2029, "2029-04-02", "2029-05-10", "2029-05-20", "2029-05-21"),
            (2030, "2030-04-22", "2030-05-30", "2030-06-09", "2030-06-10"),
            (2031, "2031-04-14", "2031-05-22", "2031-06-01", "2031-06-02"),
        ] {
            assert_eq!(holiday(d(mon)), Some(Holiday::EasterMonday), "{year}");
            assert_eq!(holiday(d(asc)), Some(Holiday::Ascension), "{year}");
            assert_eq!(d(asc).iso_weekday(), 4, "Ascension is a Thursday");
            assert_eq!(holiday(d(whit)), Some(Holiday::WhitSunday), "{year}");
            assert_eq!(holiday(d(whit_mon)), Some(Holiday::WhitMonday), "{year}");
            // Good Friday is a working day.
            let good_friday = easter(year).unwrap().add_days(-2);
            assert!(is_working_day(good_friday), "{good_friday}");
        }
    }

    #[test]
    fn each_fixed_holiday_is_a_day_off() {
        for (date, h) in [
            ("2027-01-01", Holiday::NewYear),
            ("2028-04-16", Holiday::EasterSunday),
            ("2028-04-17", Holiday::EasterMonday),
            ("2027-04-27", Holiday::KingsDay),
            ("2030-05-05", Holiday::LiberationDay),
            ("2027-05-06", Holiday::Ascension),
            ("2027-05-16", Holiday::WhitSunday),
            ("2027-05-17", Holiday::WhitMonday),
            ("2027-12-25", Holiday::ChristmasDay),
            ("2029-12-26", Holiday::BoxingDay),
        ] {
            assert_eq!(holiday(d(date)), Some(h), "{date}");
            assert!(!is_working_day(d(date)), "{date}");
        }
    }

    #[test]
    fn kings_day_on_a_sunday_moves_to_saturday() {
        // 27 April 2025 and 2031 are Sundays.
        for year in [2025, 2031] {
            let sunday = Date::from_ymd(year, 4, 27).unwrap();
            assert_eq!(sunday.iso_weekday(), 7);
            assert_eq!(holiday(sunday), None);
            assert_eq!(holiday(sunday.add_days(-1)), Some(Holiday::KingsDay));
        }
        assert_eq!(holiday(d("2026-04-27")), Some(Holiday::KingsDay));
        assert!(!is_working_day(d("2026-04-27")));
    }

    #[test]
    fn liberation_day_only_in_lustrum_years() {
        for (year, off) in [
            (2025, true),
            (2026, false),
            (2027, false),
            (2029, false),
            (2030, true),
            (2035, true),
        ] {
            let may5 = Date::from_ymd(year, 5, 5).unwrap();
            assert_eq!(holiday(may5) == Some(Holiday::LiberationDay), off, "{year}");
        }
        // 5 May 2026 is a Tuesday and a normal working day.
        assert!(is_working_day(d("2026-05-05")));
    }

    #[test]
    fn weekends_are_not_working_days() {
        assert!(!is_working_day(d("2026-11-28"))); // Saturday
        assert!(!is_working_day(d("2026-11-29"))); // Sunday
        assert!(is_working_day(d("2026-11-30"))); // Monday
        assert!(is_working_day(d("2026-11-27"))); // Friday
    }

    #[test]
    fn snapping_to_working_days() {
        // A Saturday goes forward to Monday and back to Friday.
        assert_eq!(next_working_day(d("2026-11-28")), d("2026-11-30"));
        assert_eq!(previous_working_day(d("2026-11-28")), d("2026-11-27"));
        // Christmas 2025 is on a Thursday: four days off.
        assert_eq!(next_working_day(d("2025-12-25")), d("2025-12-29"));
        assert_eq!(previous_working_day(d("2025-12-28")), d("2025-12-24"));
        // Easter Monday and the weekend before it.
        assert_eq!(next_working_day(d("2027-03-27")), d("2027-03-30"));
        // A working day stays put.
        assert_eq!(next_working_day(d("2026-12-01")), d("2026-12-01"));
        assert_eq!(previous_working_day(d("2026-12-01")), d("2026-12-01"));
    }

    #[test]
    fn every_day_has_a_working_day_near() {
        let mut day = d("2025-01-01");
        while day < d("2036-01-01") {
            assert!(is_working_day(next_working_day(day)), "{day}");
            assert!(is_working_day(previous_working_day(day)), "{day}");
            assert!(day.days_until(next_working_day(day)) <= 4, "{day}");
            day = day.add_days(1);
        }
    }

    #[test]
    fn holiday_seasons() {
        assert!(in_summer_holidays(d("2027-07-01")));
        assert!(in_summer_holidays(d("2027-08-31")));
        assert!(!in_summer_holidays(d("2027-09-01")));
        assert!(in_christmas_weeks(d("2027-12-20")));
        assert!(in_christmas_weeks(d("2028-01-03")));
        assert!(!in_christmas_weeks(d("2028-01-04")));
        assert!(!in_christmas_weeks(d("2027-12-19")));
    }
}
