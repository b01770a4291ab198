//! Plan → documents. Every exporter is a pure function of the plan summary (and, where a file
//! needs one, today's date passed in), deterministic for the same input.

pub mod docx;
pub mod html;
pub mod ics;
pub mod markdown;
pub mod markup;
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

/// A file name from the organisation's name: lower case ASCII letters, digits and dashes only,
/// so no host file system or download header can be confused by it.
#[must_use]
pub fn file_stem(org_name: &str) -> String {
    let mut out = String::new();
    // ASCII lower-casing plus the accented vowels of Dutch names; any other letter becomes a
    // dash anyway, so the Unicode case tables (kilobytes of wasm) are not needed.
    for c in org_name.chars() {
        let c = match c {
            'á' | 'à' | 'ä' | 'â' | 'Á' | 'À' | 'Ä' | 'Â' => 'a',
            'é' | 'è' | 'ë' | 'ê' | 'É' | 'È' | 'Ë' | 'Ê' => 'e',
            'í' | 'ì' | 'ï' | 'î' | 'Í' | 'Ì' | 'Ï' | 'Î' => 'i',
            'ó' | 'ò' | 'ö' | 'ô' | 'Ó' | 'Ò' | 'Ö' | 'Ô' => 'o',
            'ú' | 'ù' | 'ü' | 'û' | 'Ú' | 'Ù' | 'Ü' | 'Û' => 'u',
            c => c.to_ascii_lowercase(),
        };
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
        if out.len() >= 40 {
            break;
        }
    }
    let out = out.trim_end_matches('-');
    if out.is_empty() {
        "koers-plan".into()
    } else {
        format!("koers-{out}")
    }
}

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
