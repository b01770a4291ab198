//! Plan → documents. Every exporter is a pure function of the plan summary (and, where a file
//! needs one, today's date passed in), deterministic for the same input.

pub mod docx;
pub mod html;
pub mod ics;
pub mod markdown;
pub mod outline;
pub mod share;
pub mod svg;

/// A file to hand to the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    pub filename: String,
    pub mime: &'static str,
    pub body: String,
}

/// Escapes text for XML and HTML content and quoted attributes, dropping the control characters
/// XML 1.0 forbids. `fold_breaks` turns tabs and line breaks into spaces (Word runs), else they
/// are kept (HTML collapses them itself).
#[must_use]
pub fn escape_xml(text: &str, fold_breaks: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' if fold_breaks => out.push(' '),
            '\t' | '\n' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{7f}' || matches!(c as u32, 0xFFFE | 0xFFFF) => {}
            c => out.push(c),
        }
    }
    out
}

pub use crate::domain::file_stem;

#[cfg(test)]
mod tests {
    #[test]
    fn file_stems_are_safe() {
        assert_eq!(
            super::file_stem("Zorggroep Noord-Oost"),
            "koers-zorggroep-noord-oost"
        );
        assert_eq!(super::file_stem("<script>../../etc"), "koers-script-etc");
        assert_eq!(super::file_stem("   "), "koers-plan");
        assert_eq!(super::file_stem("Cliëntenzorg"), "koers-clientenzorg");
        assert_eq!(super::file_stem("ÉÉN Zorg Ørsted"), "koers-een-zorg-rsted");
    }
}
