//! The share link: the answers document, deflated and base64url-encoded into the URL fragment
//! (never the query string, so it never reaches a server). Decoding refuses anything that is
//! not a whole, untampered Koers link, and never inflates past the answers-file size limit.

use crate::domain::{from_bytes, to_compact_json, Plan, ShareError, MAX_BYTES};

/// What the fragment starts with; the digit versions the link format itself.
pub const PREFIX: &str = "deel=1.";
/// A link longer than this is not ours: real plans give a few kilobytes.
pub const MAX_LINK: usize = 256 * 1024;

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// base64url without padding (RFC 4648 §5): safe in a URL fragment as is.
#[must_use]
pub fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk.first().copied().unwrap_or(0),
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..=chunk.len() {
            let idx = (n >> (18 - 6 * i)) & 63;
            out.push(char::from(*ALPHABET.get(idx as usize).unwrap_or(&b'A')));
        }
    }
    out
}

/// Decodes base64url without padding; `None` for any character or length that cannot occur.
#[must_use]
pub fn from_base64url(text: &str) -> Option<Vec<u8>> {
    let value = |c: u8| -> Option<u32> {
        ALPHABET
            .iter()
            .position(|a| *a == c)
            .and_then(|p| u32::try_from(p).ok())
    };
    if text.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    for chunk in text.as_bytes().chunks(4) {
        let mut n = 0u32;
        for (i, c) in chunk.iter().enumerate() {
            n |= value(*c)? << (18 - 6 * i);
        }
        let bytes = n.to_be_bytes();
        out.extend(bytes.iter().skip(1).take(chunk.len() - 1));
    }
    Some(out)
}

/// The fragment for a plan, without the leading '#'.
#[must_use]
pub fn encode(plan: &Plan) -> String {
    // Compact JSON: the pretty form would only add whitespace for deflate to remove.
    pack(&to_compact_json(plan, None))
}

/// The fragment for an answers document that is already JSON (the documents module gets it
/// that way, and so needs no serialiser of its own).
#[must_use]
pub fn pack(answers_json: &str) -> String {
    let packed = miniz_oxide::deflate::compress_to_vec(answers_json.as_bytes(), 9);
    format!("{PREFIX}{}", base64url(&packed))
}

/// Whether a fragment is a share link (as opposed to a step name).
#[must_use]
pub fn is_share_fragment(fragment: &str) -> bool {
    fragment.trim_start_matches('#').starts_with("deel=")
}

/// Reads a plan back from a fragment.
///
/// # Errors
/// A `ShareError` saying why; nothing is changed.
pub fn decode(fragment: &str) -> Result<Plan, ShareError> {
    let json = unpack(fragment)?;
    from_bytes(&json).map_err(ShareError::Answers)
}

/// The answers document inside a fragment, not yet read: the half of `decode` that needs the
/// inflater, which lives in the documents module rather than the first load.
///
/// # Errors
/// `NotALink`, `TooLarge` or `Damaged`; never `Answers`.
pub fn unpack(fragment: &str) -> Result<Vec<u8>, ShareError> {
    let body = fragment
        .trim_start_matches('#')
        .strip_prefix(PREFIX)
        .ok_or(ShareError::NotALink)?;
    if body.len() > MAX_LINK {
        return Err(ShareError::TooLarge);
    }
    let packed = from_base64url(body.trim()).ok_or(ShareError::Damaged)?;
    miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_BYTES).map_err(|e| {
        if e.status == miniz_oxide::inflate::TINFLStatus::HasMoreOutput {
            ShareError::TooLarge
        } else {
            ShareError::Damaged
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64url_round_trips_every_length() {
        for len in 0..70 {
            let bytes: Vec<u8> = (0..len).map(|i| (i * 37 + 11) as u8).collect();
            let text = base64url(&bytes);
            assert!(text
                .bytes()
                .all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_'));
            assert_eq!(from_base64url(&text), Some(bytes));
        }
        assert_eq!(base64url(b"Koers"), "S29lcnM");
        assert_eq!(from_base64url("S29lcnM!"), None);
        assert_eq!(from_base64url("S"), None);
    }

    #[test]
    fn error_keys_round_trip() {
        for e in [
            ShareError::NotALink,
            ShareError::Damaged,
            ShareError::TooLarge,
        ] {
            assert_eq!(ShareError::from_key(e.key()), e);
        }
        assert_eq!(ShareError::from_key("anything else"), ShareError::Damaged);
    }

    #[test]
    fn links_round_trip_and_bad_links_are_refused() {
        let mut plan = Plan::default();
        plan.organisation.name = "Zorg & Welzijn <Noord>".into();
        let link = encode(&plan);
        assert!(link.starts_with(PREFIX));
        assert_eq!(decode(&format!("#{link}")), Ok(plan));
        assert_eq!(decode("#plan"), Err(ShareError::NotALink));
        assert_eq!(decode("deel=9.AAAA"), Err(ShareError::NotALink));
        assert_eq!(decode("deel=1.!!!!"), Err(ShareError::Damaged));
        let cut = &link[..link.len() / 2];
        assert!(matches!(
            decode(cut),
            Err(ShareError::Damaged | ShareError::Answers(_))
        ));
        // A bomb: 50 MB of zeros deflates to a few kilobytes, and must not be inflated.
        let bomb = miniz_oxide::deflate::compress_to_vec(&vec![b'0'; 50 * 1024 * 1024], 9);
        assert_eq!(
            decode(&format!("{PREFIX}{}", base64url(&bomb))),
            Err(ShareError::TooLarge)
        );
    }
}
