//! A QR code as a typed SVG tree: the dark modules as one path, with a quiet zone, named for
//! assistive technology by the caller's text (the link itself is always shown beside it).

use super::markup::{el, Attr, Node, Tag};
use qrcodegen::{QrCode, QrCodeEcc};

/// The code for `text`, or `None` when it does not fit in a QR code.
#[must_use]
pub fn qr(text: &str, name: &str) -> Option<Node> {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = code.size();
    // Four modules of light around the code, as the standard asks, so phones find it.
    let border = 4;
    let mut path = String::new();
    for y in 0..size {
        for x in 0..size {
            if code.get_module(x, y) {
                path.push_str(&format!("M{} {}h1v1h-1z", x + border, y + border));
            }
        }
    }
    let full = size + 2 * border;
    Some(
        el(Tag::Svg)
            .class("koers-qr")
            .attr(Attr::ViewBox, format!("0 0 {full} {full}"))
            .attr(Attr::Width, "240")
            .attr(Attr::Height, "240")
            .attr(Attr::Role, "img")
            .attr(Attr::AriaLabel, name)
            .child(
                el(Tag::Rect)
                    .attr(Attr::Width, full.to_string())
                    .attr(Attr::Height, full.to_string())
                    .attr(Attr::Fill, "#fff"),
            )
            .child(el(Tag::Path).attr(Attr::D, path).attr(Attr::Fill, "#000"))
            .into(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_becomes_a_named_square_code() {
        let node = qr("https://koers.example/#scoren-K7Q2", "QR-code").unwrap();
        let mut svg = String::new();
        super::super::markup::write_html(&node, &mut svg);
        assert!(svg.starts_with("<svg"));
        assert!(svg.contains("aria-label=\"QR-code\""));
        assert!(svg.contains("role=\"img\""));
        assert!(svg.matches('M').count() > 100, "many dark modules");
        assert!(qr(&"x".repeat(5000), "te lang").is_none());
    }
}
