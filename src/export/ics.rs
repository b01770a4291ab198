//! The milestones and evaluation moments as an iCalendar file (RFC 5545): all-day events with
//! stable UIDs, escaped text and folded lines, so Outlook, Google and Apple Calendar import it.

use super::{file_stem, Document};
use crate::domain::Date;
use crate::i18n::T;
use crate::wizard::PlanSummary;

/// Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks.
#[must_use]
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets (§3.1), never inside a UTF-8 character, with CRLF + space.
fn push_line(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        // The first line may hold 75 octets; continuation lines start with a space, so 74.
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

/// A UID that stays the same when the same plan is exported again, so a re-import updates the
/// events instead of doubling them: FNV-1a over the organisation, the date and the title.
fn uid(org: &str, date: Date, title: &str, index: usize) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in org
        .bytes()
        .chain(date.compact().bytes())
        .chain(title.bytes())
    {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{}-{index}-{hash:016x}@koers.plan", date.compact())
}

/// Renders the calendar. `today` stamps DTSTAMP.
#[must_use]
pub fn render(s: &PlanSummary, today: Date) -> Document {
    let l = s.lang;
    let mut out = String::new();
    push_line(&mut out, "BEGIN:VCALENDAR");
    push_line(&mut out, "VERSION:2.0");
    push_line(&mut out, "PRODID:-//Koers//Social media plan//NL");
    push_line(&mut out, "CALSCALE:GREGORIAN");
    push_line(&mut out, "METHOD:PUBLISH");
    let cal_name = if s.org_name.is_empty() {
        T::DocTitle.get(l).to_string()
    } else {
        format!("{} – {}", T::DocTitle.get(l), s.org_name)
    };
    push_line(&mut out, &format!("X-WR-CALNAME:{}", escape(&cal_name)));
    if let Some(tl) = &s.timeline {
        for (i, m) in tl.milestones.iter().enumerate() {
            push_line(&mut out, "BEGIN:VEVENT");
            push_line(
                &mut out,
                &format!("UID:{}", uid(&s.org_name, m.date, &m.title, i)),
            );
            push_line(&mut out, &format!("DTSTAMP:{}T000000Z", today.compact()));
            push_line(
                &mut out,
                &format!("DTSTART;VALUE=DATE:{}", m.date.compact()),
            );
            push_line(
                &mut out,
                &format!("DTEND;VALUE=DATE:{}", m.date.add_days(1).compact()),
            );
            let summary = if s.org_name.is_empty() {
                m.title.clone()
            } else {
                format!("{} ({})", m.title, s.org_name)
            };
            push_line(&mut out, &format!("SUMMARY:{}", escape(&summary)));
            let kind = if m.evaluation {
                T::Evaluations
            } else {
                T::Milestones
            };
            push_line(&mut out, &format!("CATEGORIES:{}", escape(kind.get(l))));
            push_line(&mut out, &format!("DESCRIPTION:{}", escape(&cal_name)));
            push_line(&mut out, "TRANSP:TRANSPARENT");
            push_line(&mut out, "END:VEVENT");
        }
    }
    push_line(&mut out, "END:VCALENDAR");
    Document {
        filename: format!("{}.ics", file_stem(&s.org_name)),
        mime: "text/calendar;charset=utf-8",
        body: out,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_lines_fold_on_character_boundaries() {
        assert_eq!(escape("a;b,c\\d\ne"), "a\\;b\\,c\\\\d\\ne");
        let mut out = String::new();
        let long = format!("SUMMARY:{}", "é".repeat(60));
        push_line(&mut out, &long);
        for line in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(line.len() <= 75, "{} octets", line.len());
        }
        assert_eq!(out.replace("\r\n ", "").trim_end(), long);
    }
}
