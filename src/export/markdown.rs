//! Markdown export: CommonMark with pipe tables, in a fixed section order, readable as plain
//! text. User text is escaped so it can never become a link, an image, HTML or a table break.

use super::outline::{outline, stage_mark, Block};
use super::{file_stem, Document};
use crate::domain::Stage;
use crate::i18n::{Label, T};
use crate::wizard::PlanSummary;
use std::fmt::Write;

/// Escapes user text for inline Markdown. Characters that start emphasis, links, images, code,
/// tables or strike-through are backslash-escaped everywhere; `<`, `>` and `&` become entities
/// (no raw HTML, no autolinks); line-start markers (`#`, `-`, `+`, `=`, `1.`) are escaped only
/// at the start, where they mean something; line breaks fold so one answer stays one line.
#[must_use]
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\r' => {}
            '\n' | '\t' => out.push(' '),
            // Without an unescaped '[' there is no link or image, so '(' and '!' stay as typed.
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    let trimmed_len = out.len() - out.trim_start().len();
    let (lead, rest) = out.split_at(trimmed_len);
    let needs = match rest.chars().next() {
        Some('#' | '-' | '+' | '=') => true,
        Some(d) if d.is_ascii_digit() => {
            let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
            // "1. " or "1) " starts an ordered list; "12.000" does not.
            let mut after = rest.get(digits.len()..).unwrap_or("").chars();
            matches!(after.next(), Some('.' | ')')) && after.next().is_none_or(char::is_whitespace)
        }
        _ => false,
    };
    if !needs {
        return out;
    }
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    if digits.is_empty() {
        format!("{lead}\\{rest}")
    } else {
        // "1. " would start an ordered list: escape the dot after the number.
        format!("{lead}{digits}\\{}", rest.get(digits.len()..).unwrap_or(""))
    }
}

fn table(out: &mut String, head: &[String], rows: &[Vec<String>]) {
    let head: Vec<String> = head.iter().map(|h| escape(h)).collect();
    let _ = writeln!(out, "| {} |", head.join(" | "));
    let _ = writeln!(out, "|{}", " --- |".repeat(head.len()));
    for row in rows {
        let cells: Vec<String> = row.iter().map(|c| escape(c)).collect();
        let _ = writeln!(out, "| {} |", cells.join(" | "));
    }
    out.push('\n');
}

/// Renders the plan as Markdown. `today` is the date printed as "made on".
#[must_use]
pub fn render(s: &PlanSummary, today: crate::domain::Date) -> Document {
    let doc = outline(s, today);
    let l = s.lang;
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n\n{}\n", escape(&doc.title), doc.made);
    if let Some(open) = &doc.open {
        let _ = writeln!(out, "*{}:* {}\n", T::OpenPoint.get(l), escape(open));
    }
    for block in &doc.blocks {
        match block {
            Block::Section { title, .. } => {
                let _ = writeln!(out, "## {}\n", escape(title));
            }
            Block::Subheading(text) => {
                let _ = writeln!(out, "### {}\n", escape(text));
            }
            Block::Para(text) => {
                let _ = writeln!(out, "{}\n", escape(text));
            }
            Block::Note(text) => {
                let _ = writeln!(out, "> {}\n", escape(text));
            }
            Block::Open(text) => {
                let _ = writeln!(out, "*{}:* {}\n", T::OpenPoint.get(l), escape(text));
            }
            Block::List(items) => {
                for item in items {
                    let _ = writeln!(out, "- {}", escape(item));
                }
                out.push('\n');
            }
            Block::Facts(pairs) => {
                for (k, v) in pairs {
                    let _ = writeln!(out, "- **{}:** {}", escape(k), escape(v));
                }
                out.push('\n');
            }
            Block::Table { head, rows } => table(&mut out, head, rows),
            Block::Stages { current, target } => {
                for st in Stage::ALL {
                    let mark = stage_mark(*st, *current, *target)
                        .map(|m| format!(" **({})**", m.get(l)))
                        .unwrap_or_default();
                    let _ = writeln!(out, "{}. {}{mark}", st.number(), st.label(l));
                }
                out.push('\n');
            }
            // The dates follow as a table; plain text has no picture to show.
            Block::Chart(_) => {}
        }
    }
    Document {
        filename: format!("{}.md", file_stem(&s.org_name)),
        mime: "text/markdown;charset=utf-8",
        body: out,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_neutralises_markdown_and_html() {
        assert_eq!(escape("[x](http://e.vil)"), "\\[x\\](http://e.vil)");
        assert_eq!(escape("<script>"), "&lt;script&gt;");
        assert_eq!(escape("a|b\nc"), "a\\|b c");
        assert_eq!(escape("![i](x)"), "!\\[i\\](x)");
        assert_eq!(escape("media-plan"), "media-plan");
        assert_eq!(escape("# kop"), "\\# kop");
        assert_eq!(escape("- item"), "\\- item");
        assert_eq!(escape("2026. Jaar"), "2026\\. Jaar");
        assert_eq!(escape("12.000"), "12.000");
        assert_eq!(escape("3) punt"), "3\\) punt");
        assert_eq!(escape("2026 jaar"), "2026 jaar");
    }
}
