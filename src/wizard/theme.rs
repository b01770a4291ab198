//! Theme options from the host page, checked before use: a colour must be a hex colour with
//! enough contrast for white text on it (WCAG AA, 4.5:1), or it is darkened until it has.

/// A colour the wizard can use for buttons and the header, and whether it had to change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckedColour {
    pub css: String,
    /// A darker shade for hover states.
    pub dark: String,
    pub adjusted: bool,
}

fn parse_hex(text: &str) -> Option<[u8; 3]> {
    let hex = text.trim().strip_prefix('#')?;
    let full: String = match hex.len() {
        3 => hex.chars().flat_map(|c| [c, c]).collect(),
        6 => hex.to_string(),
        _ => return None,
    };
    let byte = |i: usize| {
        full.get(i..i + 2)
            .and_then(|s| u8::from_str_radix(s, 16).ok())
    };
    Some([byte(0)?, byte(2)?, byte(4)?])
}

fn channel(c: u8) -> f64 {
    let c = f64::from(c) / 255.0;
    if c <= 0.039_28 {
        c / 12.92
    } else {
        pow_2_4((c + 0.055) / 1.055)
    }
}

/// `x^2.4` for `x` in (0, 1], as `x² · (x²)^(1/5)` with Newton's method for the fifth root,
/// starting from the fourth root (two square roots, which wasm has as one instruction).
/// `powf` would link libm's `pow`, about a kilobyte of wasm for this one formula.
fn pow_2_4(x: f64) -> f64 {
    let z = x * x;
    let mut y = z.sqrt().sqrt();
    for _ in 0..6 {
        let y4 = (y * y) * (y * y);
        y = (4.0 * y + z / y4) / 5.0;
    }
    z * y
}

/// WCAG contrast ratio of white text on this colour.
#[must_use]
pub fn contrast_with_white(rgb: [u8; 3]) -> f64 {
    let [r, g, b] = rgb;
    let l = 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    1.05 / (l + 0.05)
}

fn hex(rgb: [u8; 3]) -> String {
    format!("#{:02x}{:02x}{:02x}", rgb[0], rgb[1], rgb[2])
}

fn darker(rgb: [u8; 3], percent: u16) -> [u8; 3] {
    rgb.map(|c| u8::try_from(u16::from(c) * (100 - percent) / 100).unwrap_or(c))
}

/// Contrast against white that also gives 4.5:1 on the wizard's light-grey surfaces.
pub const MIN_CONTRAST: f64 = 4.9;

/// Checks a host's theme colour; `None` when it is not a hex colour at all.
#[must_use]
pub fn check_colour(text: &str) -> Option<CheckedColour> {
    let mut rgb = parse_hex(text)?;
    let mut adjusted = false;
    // Darken in 5% steps until the colour passes 4.5:1 both as a background for white text
    // and as link text on the light-grey surface (#f7f7f5), which needs 4.9:1 against white.
    // Black always passes, so this ends.
    while contrast_with_white(rgb) < MIN_CONTRAST {
        rgb = darker(rgb, 5);
        adjusted = true;
    }
    Some(CheckedColour {
        css: hex(rgb),
        dark: hex(darker(rgb, 25)),
        adjusted,
    })
}

/// A call-to-action link is only accepted with a scheme that cannot run script.
#[must_use]
pub fn safe_href(href: &str) -> Option<String> {
    let h = href.trim();
    let lower = h.to_ascii_lowercase();
    let ok = ["https://", "http://", "mailto:", "tel:"]
        .iter()
        .any(|p| lower.starts_with(p));
    (ok && !h.chars().any(char::is_control)).then(|| h.to_string())
}

/// A radius like "6px", "0.5em" or "0": a plain decimal from 0 to 48 and a unit. Checked by
/// hand: parsing it as a float would bring the float parser into the wasm for one attribute.
#[must_use]
pub fn safe_radius(text: &str) -> Option<String> {
    let t = text.trim();
    let num = ["rem", "em", "px"]
        .iter()
        .find_map(|unit| t.strip_suffix(unit))
        .unwrap_or(t);
    let (whole, fraction) = num.split_once('.').unwrap_or((num, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let shape_ok = digits(whole)
        && digits(fraction)
        && !(whole.is_empty() && fraction.is_empty())
        && !(num.contains('.') && fraction.is_empty());
    let whole_value: u32 = if whole.is_empty() {
        0
    } else {
        whole.parse().ok()?
    };
    let in_range = whole_value < 48 || (whole_value == 48 && fraction.bytes().all(|b| b == b'0'));
    (shape_ok && in_range && t.len() <= 8).then(|| t.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_power_matches_powf_for_every_channel_value() {
        for c in 11..=255u8 {
            let x = (f64::from(c) / 255.0 + 0.055) / 1.055;
            assert!((pow_2_4(x) - x.powf(2.4)).abs() < 1e-12, "{c}");
        }
    }

    #[test]
    fn colours_get_enough_contrast() {
        let ok = check_colour("#1d5b79").unwrap();
        assert!(!ok.adjusted);
        assert_eq!(ok.css, "#1d5b79");
        let pale = check_colour("#ffcc00").unwrap();
        assert!(pale.adjusted);
        assert!(contrast_with_white(parse_hex(&pale.css).unwrap()) >= MIN_CONTRAST);
        assert_eq!(check_colour("#fc0").unwrap().css, pale.css);
        assert_eq!(check_colour("red; background: url(x)"), None);
        assert_eq!(check_colour("#12345"), None);
    }

    #[test]
    fn only_harmless_links_and_radii() {
        assert_eq!(safe_href("javascript:alert(1)"), None);
        assert_eq!(safe_href(" JavaScript:alert(1)"), None);
        assert_eq!(
            safe_href("https://advies.example/contact").as_deref(),
            Some("https://advies.example/contact")
        );
        assert_eq!(
            safe_href("tel:+31356036500").as_deref(),
            Some("tel:+31356036500")
        );
        assert_eq!(safe_radius("6px").as_deref(), Some("6px"));
        assert_eq!(safe_radius("6px; color: red"), None);
        for ok in ["0", "0.5em", ".5rem", "48px", "48.0px", "12.25px"] {
            assert_eq!(safe_radius(ok).as_deref(), Some(ok), "{ok}");
        }
        for bad in [
            "48.5px", "-1px", "1e2px", "px", "1.px", "", "4 px", "1.2.3em", "0x10px",
        ] {
            assert_eq!(safe_radius(bad), None, "{bad}");
        }
    }
}
