//! The milestones and evaluation moments as an iCalendar file (RFC 5545): all-day events with
//! stable UIDs, escaped text and folded lines, so Outlook, Google and Apple Calendar import it.

use super::{file_stem, Document};
use crate::domain::Date;
use crate::i18n::{C, D, T};
use crate::wizard::PlanSummary;

/// An iCalendar file being written, one content line at a time: the property name is a
/// constant, the value is always escaped as TEXT (RFC 5545 §3.3.11), and every line is folded
/// at 75 octets (§3.1). Escaping leaves the file's dates, numbers and ids as they are.
struct Calendar(String);

impl Calendar {
    fn line(&mut self, name: &'static str, value: &str) {
        let mut line = String::with_capacity(name.len() + 1 + value.len());
        line.push_str(name);
        line.push(':');
        escape_into(&mut line, value);
        push_folded(&mut self.0, &line);
    }
}

/// Backslash, semicolon, comma and line breaks escaped; other control characters dropped.
fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
}

/// Folds a content line at 75 octets, never inside a UTF-8 character, with CRLF + space.
fn push_folded(out: &mut String, line: &str) {
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

/// A UID that stays the same when the plan is exported again, in the other language, after
/// dates moved or milestones were added: so a re-import updates the events instead of doubling
/// them. The plan's id keeps two plans in one calendar apart.
fn uid(plan_id: &str, key: &str) -> String {
    format!("{key}-{plan_id}@koers.plan")
}

/// Renders the calendar. `today` stamps DTSTAMP.
#[must_use]
pub fn render(s: &PlanSummary, today: Date) -> Document {
    let l = s.lang;
    let mut cal = Calendar(String::new());
    cal.line("BEGIN", "VCALENDAR");
    cal.line("VERSION", "2.0");
    cal.line("PRODID", "-//Koers//Social media plan//NL");
    cal.line("CALSCALE", "GREGORIAN");
    cal.line("METHOD", "PUBLISH");
    let cal_name = if s.org_name.is_empty() {
        D::DocTitle.get(l).to_string()
    } else {
        format!("{} – {}", D::DocTitle.get(l), s.org_name)
    };
    cal.line("X-WR-CALNAME", &cal_name);
    if let Some(tl) = &s.timeline {
        for m in &tl.milestones {
            cal.line("BEGIN", "VEVENT");
            cal.line("UID", &uid(&s.plan_id, &m.key));
            cal.line("DTSTAMP", &format!("{}T000000Z", today.compact()));
            cal.line("DTSTART;VALUE=DATE", &m.date.compact());
            cal.line("DTEND;VALUE=DATE", &m.date.add_days(1).compact());
            let summary = if s.org_name.is_empty() {
                m.title.clone()
            } else {
                format!("{} ({})", m.title, s.org_name)
            };
            cal.line("SUMMARY", &summary);
            let kind = if m.evaluation {
                D::Evaluations.get(l)
            } else {
                T::Milestones.get(l)
            };
            cal.line("CATEGORIES", kind);
            if m.agenda.is_empty() {
                cal.line("DESCRIPTION", &cal_name);
            } else {
                let mut text = format!("{cal_name}\n\n{}:", C::Agenda.get(l));
                for item in &m.agenda {
                    text.push_str("\n- ");
                    text.push_str(item);
                }
                cal.line("DESCRIPTION", &text);
            }
            cal.line("TRANSP", "TRANSPARENT");
            cal.line("END", "VEVENT");
        }
    }
    cal.line("END", "VCALENDAR");
    Document {
        filename: format!("{}.ics", file_stem(&s.org_name)),
        mime: "text/calendar;charset=utf-8",
        body: cal.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_lines_fold_on_character_boundaries() {
        let mut cal = Calendar(String::new());
        cal.line("SUMMARY", "a;b,c\\d\ne\r\u{7}");
        assert_eq!(cal.0, "SUMMARY:a\\;b\\,c\\\\d\\ne\r\n");
        let mut cal = Calendar(String::new());
        let long = "é".repeat(60);
        cal.line("SUMMARY", &long);
        for line in cal.0.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(line.len() <= 75, "{} octets", line.len());
        }
        assert_eq!(
            cal.0.replace("\r\n ", "").trim_end(),
            format!("SUMMARY:{long}")
        );
    }
}
