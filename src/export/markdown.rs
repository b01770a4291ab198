//! Markdown export: CommonMark with pipe tables, in a fixed section order, readable as plain
//! text. User text is escaped so it can never become a link, an image, HTML or a table break.

use super::outline::{outline, stage_mark, Block, Outline};
use super::{file_stem, Document};
use crate::domain::Stage;
use crate::i18n::{Label, Lang, D};
use crate::wizard::PlanSummary;

/// Escapes user text for inline Markdown. Characters that start emphasis, links, images, code,
/// tables or strike-through are backslash-escaped everywhere; `<`, `>` and `&` become entities
/// (no raw HTML, no autolinks); line-start markers (`#`, `-`, `+`, `=`, `1.`) are escaped only
/// at the start, where they mean something; line breaks fold so one answer stays one line.
fn looks_like_reference(after: &str) -> bool {
    let name = after
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '#')
        .count();
    name > 0 && after.get(name..).is_some_and(|rest| rest.starts_with(';'))
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (i, c) in text.char_indices() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            // Only `&name;` and `&#12;` are references; "V&VN" stays readable in the file.
            '&' if looks_like_reference(text.get(i + 1..).unwrap_or("")) => out.push_str("&amp;"),
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

/// Markdown being written. Markdown syntax goes in through `raw`, which takes only
/// constants, and stage numbers through `number`; every text through `text`, which escapes it.
struct Md(String);

impl Md {
    fn raw(&mut self, syntax: &'static str) {
        self.0.push_str(syntax);
    }

    fn number(&mut self, n: u8) {
        self.0.push_str(&n.to_string());
    }

    fn text(&mut self, text: &str) {
        self.0.push_str(&escape(text));
    }

    /// `**label:** value` or `*label:* value`: `mark` is the emphasis.
    fn labelled(&mut self, mark: &'static str, label: &str, value: &str) {
        self.raw(mark);
        self.text(label);
        self.raw(":");
        self.raw(mark);
        self.raw(" ");
        self.text(value);
    }

    fn table_row(&mut self, cells: &[String]) {
        self.raw("|");
        for cell in cells {
            self.raw(" ");
            self.text(cell);
            self.raw(" |");
        }
        self.raw("\n");
    }
}

fn table(out: &mut Md, head: &[String], rows: &[Vec<String>]) {
    out.table_row(head);
    out.raw("|");
    for _ in head {
        out.raw(" --- |");
    }
    out.raw("\n");
    for row in rows {
        out.table_row(row);
    }
    out.raw("\n");
}

/// Renders the plan as Markdown. `today` is the date printed as "made on".
#[must_use]
pub fn render(s: &PlanSummary, today: crate::domain::Date) -> Document {
    render_outline(&outline(s, today), s.lang, &file_stem(&s.org_name))
}

/// Renders an outline (the plan's, or a progress report's) as Markdown named `stem`.md.
#[must_use]
pub fn render_outline(doc: &Outline, l: Lang, stem: &str) -> Document {
    let mut out = Md(String::new());
    out.raw("# ");
    out.text(&doc.title);
    out.raw("\n\n");
    out.text(&doc.made);
    out.raw("\n\n");
    if let Some(open) = &doc.open {
        out.labelled("*", D::SectionsIncomplete.get(l), open);
        out.raw("\n\n");
    }
    for block in &doc.blocks {
        match block {
            Block::Section { title, .. } => {
                out.raw("## ");
                out.text(title);
                out.raw("\n\n");
            }
            Block::Subheading(text) => {
                out.raw("### ");
                out.text(text);
                out.raw("\n\n");
            }
            Block::Para(text) => {
                out.text(text);
                out.raw("\n\n");
            }
            Block::Note(text) => {
                out.raw("> ");
                out.text(text);
                out.raw("\n\n");
            }
            Block::Open(text) => {
                out.labelled("*", D::OpenPoint.get(l), text);
                out.raw("\n\n");
            }
            Block::List(items) => {
                for item in items {
                    out.raw("- ");
                    out.text(item);
                    out.raw("\n");
                }
                out.raw("\n");
            }
            Block::Facts(pairs) => {
                for (k, v) in pairs {
                    out.raw("- ");
                    out.labelled("**", k, v);
                    out.raw("\n");
                }
                out.raw("\n");
            }
            Block::Table { head, rows } => table(&mut out, head, rows),
            Block::Stages { current, target } => {
                for st in Stage::ALL {
                    out.number(st.number());
                    out.raw(". ");
                    out.text(st.label(l));
                    if let Some(m) = stage_mark(*st, *current, *target) {
                        out.raw(" **(");
                        out.text(m.get(l));
                        out.raw(")**");
                    }
                    out.raw("\n");
                }
                out.raw("\n");
            }
            // The dates follow as a table; plain text has no picture to show.
            // Pictures have no Markdown: the tables with the same data follow them.
            Block::Chart(_) | Block::Radar { .. } => {}
        }
    }
    Document {
        filename: format!("{stem}.md"),
        mime: "text/markdown;charset=utf-8",
        body: out.0,
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
