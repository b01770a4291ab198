//! Plan → documents. Every exporter is a pure function of the plan summary (the progress
//! report: of the plan and an evaluation's index) and, where a file needs one, today's date
//! passed in; deterministic for the same input.

pub mod asides;
pub mod docx;
pub mod examples;
pub mod html;
pub mod ics;
pub mod markdown;
pub mod markup;
pub mod outline;
pub mod qr;
pub mod radar;
pub mod report;
pub mod sections;
pub mod share;
pub mod svg;

/// A file to hand to the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    pub filename: String,
    pub mime: &'static str,
    pub body: String,
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
