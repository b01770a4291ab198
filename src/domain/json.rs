//! The answers document's JSON, read and written by hand for the plan's own types: a strict
//! RFC 8259 reader into a small tree that remembers where each value stood, and a compact
//! writer that escapes exactly as serde_json does (the golden files pin it byte for byte).
//!
//! Why not serde_json in the browser: measured, serde_json with the plan's derived readers and
//! writer was 26 KB brotli of the first load (out of 177). serde_json stays the test oracle:
//! property tests check that this writer gives serde_json's bytes and this reader its result.

use super::collections::{VecMap, VecSet};

/// A parsed value and the byte offset where it starts, for error positions.
#[derive(Clone, Debug, PartialEq)]
pub struct Value {
    pub at: usize,
    pub kind: Kind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Kind {
    Null,
    Bool(bool),
    /// A number. `int` holds it when it is a plain non-negative integer that fits in u64;
    /// anything else (negative, fractional, exponent, huge) is kept only as "some number".
    Number {
        int: Option<u64>,
    },
    Str(String),
    Array(Vec<Value>),
    /// Members in document order; a repeated key is kept twice (the reader's last one wins).
    Object(Vec<(String, Value)>),
}

/// Where reading failed: a byte offset into the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct At(pub usize);

/// Parses a whole document: one value, surrounded by whitespace only. Nesting must already
/// be bounded by the caller (`nests_deeper`); the parser recurses once per level.
///
/// # Errors
/// The offset of the first byte that is not valid JSON (the text's length at a premature end).
pub fn parse(text: &str) -> Result<Value, At> {
    let mut p = Parser {
        bytes: text.as_bytes(),
        pos: 0,
    };
    let v = p.value()?;
    p.skip_ws();
    if p.pos != p.bytes.len() {
        return Err(At(p.pos));
    }
    Ok(v)
}

/// Whether brackets nest deeper than `max` anywhere outside strings: `parse` recurses once a
/// level, so a reader of untrusted text checks this first.
#[must_use]
pub fn nests_deeper(text: &str, max: usize) -> bool {
    let mut depth = 0usize;
    let (mut in_string, mut escaped) = (false, false);
    for b in text.bytes() {
        if in_string {
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > max {
                    return true;
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    false
}

/// Line and column (both from 1, the column in characters) of a byte offset.
#[must_use]
pub fn line_column(text: &str, at: At) -> (usize, usize) {
    let before = text.get(..at.0.min(text.len())).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

struct Parser<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn expect(&mut self, word: &[u8]) -> Result<(), At> {
        if self.bytes.get(self.pos..self.pos + word.len()) == Some(word) {
            self.pos += word.len();
            Ok(())
        } else {
            Err(At(self.pos))
        }
    }

    /// After an item of an array or object: a comma (more follow) or the closing bracket.
    fn at_close(&mut self, close: u8) -> Result<bool, At> {
        self.skip_ws();
        match self.peek() {
            Some(b',') => {
                self.pos += 1;
                Ok(false)
            }
            Some(c) if c == close => {
                self.pos += 1;
                Ok(true)
            }
            _ => Err(At(self.pos)),
        }
    }

    /// Steps past an opening bracket; true (and past the closing one too) when the container
    /// is empty.
    fn open_empty(&mut self, close: u8) -> bool {
        self.pos += 1;
        self.skip_ws();
        let empty = self.peek() == Some(close);
        if empty {
            self.pos += 1;
        }
        empty
    }

    fn value(&mut self) -> Result<Value, At> {
        self.skip_ws();
        let at = self.pos;
        let kind = match self.peek() {
            Some(b'n') => self.expect(b"null").map(|()| Kind::Null)?,
            Some(b't') => self.expect(b"true").map(|()| Kind::Bool(true))?,
            Some(b'f') => self.expect(b"false").map(|()| Kind::Bool(false))?,
            Some(b'"') => Kind::Str(self.string()?),
            Some(b'[') => {
                let mut items = Vec::new();
                if !self.open_empty(b']') {
                    loop {
                        items.push(self.value()?);
                        if self.at_close(b']')? {
                            break;
                        }
                    }
                }
                Kind::Array(items)
            }
            Some(b'{') => {
                let mut members = Vec::new();
                if !self.open_empty(b'}') {
                    loop {
                        self.skip_ws();
                        if self.peek() != Some(b'"') {
                            return Err(At(self.pos));
                        }
                        let key = self.string()?;
                        self.skip_ws();
                        if self.peek() != Some(b':') {
                            return Err(At(self.pos));
                        }
                        self.pos += 1;
                        members.push((key, self.value()?));
                        if self.at_close(b'}')? {
                            break;
                        }
                    }
                }
                Kind::Object(members)
            }
            Some(b'-' | b'0'..=b'9') => self.number()?,
            _ => return Err(At(self.pos)),
        };
        Ok(Value { at, kind })
    }

    /// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    fn number(&mut self) -> Result<Kind, At> {
        let negative = self.peek() == Some(b'-');
        if negative {
            self.pos += 1;
        }
        let digits = |p: &mut Self| {
            let start = p.pos;
            while matches!(p.peek(), Some(b'0'..=b'9')) {
                p.pos += 1;
            }
            p.pos - start
        };
        let int_start = self.pos;
        let int_len = digits(self);
        if int_len == 0 || (int_len > 1 && self.bytes.get(int_start) == Some(&b'0')) {
            return Err(At(int_start));
        }
        let mut plain = !negative;
        if self.peek() == Some(b'.') {
            self.pos += 1;
            plain = false;
            if digits(self) == 0 {
                return Err(At(self.pos));
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.pos += 1;
            plain = false;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            if digits(self) == 0 {
                return Err(At(self.pos));
            }
        }
        let int = if plain {
            self.bytes
                .get(int_start..int_start + int_len)
                .and_then(|d| std::str::from_utf8(d).ok())
                .and_then(|d| d.parse::<u64>().ok())
        } else {
            None
        };
        Ok(Kind::Number { int })
    }

    fn hex4(&mut self) -> Result<u32, At> {
        let at = self.pos;
        let mut n = 0u32;
        for _ in 0..4 {
            let d = match self.peek() {
                Some(c @ b'0'..=b'9') => c - b'0',
                Some(c @ b'a'..=b'f') => c - b'a' + 10,
                Some(c @ b'A'..=b'F') => c - b'A' + 10,
                _ => return Err(At(at)),
            };
            n = n * 16 + u32::from(d);
            self.pos += 1;
        }
        Ok(n)
    }

    fn string(&mut self) -> Result<String, At> {
        // At the opening quote.
        self.pos += 1;
        let mut out = String::new();
        loop {
            let start = self.pos;
            while matches!(self.peek(), Some(c) if c != b'"' && c != b'\\' && c >= 0x20) {
                self.pos += 1;
            }
            // The text is valid UTF-8 and the run stops at ASCII bytes only, so the slice is
            // on character boundaries.
            let run = self
                .bytes
                .get(start..self.pos)
                .and_then(|b| std::str::from_utf8(b).ok())
                .ok_or(At(start))?;
            out.push_str(run);
            match self.peek() {
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.pos += 1;
                    let esc = self.peek().ok_or(At(self.pos))?;
                    self.pos += 1;
                    match esc {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => {
                            let at = self.pos - 2;
                            let first = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&first) {
                                // A high surrogate must be followed by an escaped low one.
                                self.expect(b"\\u").map_err(|_| At(at))?;
                                let second = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&second) {
                                    return Err(At(at));
                                }
                                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                            } else {
                                first
                            };
                            out.push(char::from_u32(code).ok_or(At(at))?);
                        }
                        _ => return Err(At(self.pos - 1)),
                    }
                }
                // A raw control character or the end of the text.
                _ => return Err(At(self.pos)),
            }
        }
    }
}

/// Writes `s` as a JSON string, escaped as serde_json does: `"` and `\`, the short escapes
/// for \b \f \n \r \t, `\u00XX` (lower-case hex) for other control characters, all else raw.
pub fn write_str(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                let n = c as usize;
                out.push_str("\\u00");
                out.push(char::from(HEX.get(n >> 4).copied().unwrap_or(b'0')));
                out.push(char::from(HEX.get(n & 0xf).copied().unwrap_or(b'0')));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Appends a literal. Out of line: the generated writers call it once per field, and an
/// inlined `push_str` there cost the first load more than the call.
#[inline(never)]
pub fn put(out: &mut String, s: &str) {
    out.push_str(s);
}

/// A type of the answers document: how it reads from a value and writes itself.
pub trait Json: Sized {
    /// # Errors
    /// Where the value does not fit.
    fn read(v: &Value) -> Result<Self, At>;
    fn write(&self, out: &mut String);
}

/// A type that can be the key of a JSON object (enum keys, role ids).
pub trait MapKey: Sized {
    fn from_key_str(s: &str) -> Option<Self>;
    fn write_key(&self, out: &mut String);
}

impl Json for String {
    fn read(v: &Value) -> Result<Self, At> {
        match &v.kind {
            Kind::Str(s) => Ok(s.clone()),
            _ => Err(At(v.at)),
        }
    }
    fn write(&self, out: &mut String) {
        write_str(out, self);
    }
}

impl Json for bool {
    fn read(v: &Value) -> Result<Self, At> {
        match v.kind {
            Kind::Bool(b) => Ok(b),
            _ => Err(At(v.at)),
        }
    }
    fn write(&self, out: &mut String) {
        out.push_str(if *self { "true" } else { "false" });
    }
}

/// Reads a non-negative integer of the value's own width.
fn read_uint<T: TryFrom<u64>>(v: &Value) -> Result<T, At> {
    match v.kind {
        Kind::Number { int: Some(n) } => T::try_from(n).map_err(|_| At(v.at)),
        _ => Err(At(v.at)),
    }
}

macro_rules! json_uint {
    ($($t:ty),+) => {$(
        impl Json for $t {
            fn read(v: &Value) -> Result<Self, At> {
                read_uint(v)
            }
            fn write(&self, out: &mut String) {
                out.push_str(&self.to_string());
            }
        }
    )+};
}
json_uint!(u8, u16, u32, u64);

impl<T: Json> Json for Option<T> {
    fn read(v: &Value) -> Result<Self, At> {
        match v.kind {
            Kind::Null => Ok(None),
            _ => T::read(v).map(Some),
        }
    }
    fn write(&self, out: &mut String) {
        match self {
            Some(t) => t.write(out),
            None => out.push_str("null"),
        }
    }
}

impl<T: Json> Json for Vec<T> {
    fn read(v: &Value) -> Result<Self, At> {
        match &v.kind {
            Kind::Array(items) => items.iter().map(T::read).collect(),
            _ => Err(At(v.at)),
        }
    }
    fn write(&self, out: &mut String) {
        write_seq(out, self.iter());
    }
}

fn write_seq<'a, T: Json + 'a>(out: &mut String, items: impl Iterator<Item = &'a T>) {
    out.push('[');
    for (i, item) in items.enumerate() {
        if i > 0 {
            out.push(',');
        }
        item.write(out);
    }
    out.push(']');
}

impl<T: Json + Ord> Json for VecSet<T> {
    fn read(v: &Value) -> Result<Self, At> {
        Vec::<T>::read(v).map(|items| items.into_iter().collect())
    }
    fn write(&self, out: &mut String) {
        write_seq(out, self.iter());
    }
}

impl<K: MapKey + Ord, V: Json> Json for VecMap<K, V> {
    fn read(v: &Value) -> Result<Self, At> {
        match &v.kind {
            Kind::Object(members) => {
                let mut map = VecMap::new();
                for (k, value) in members {
                    let key = K::from_key_str(k).ok_or(At(value.at))?;
                    map.insert(key, V::read(value)?);
                }
                Ok(map)
            }
            _ => Err(At(v.at)),
        }
    }
    fn write(&self, out: &mut String) {
        out.push('{');
        for (i, (k, v)) in self.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            k.write_key(out);
            out.push(':');
            v.write(out);
        }
        out.push('}');
    }
}

/// The members of an object, or an error at the value.
///
/// # Errors
/// When the value is not an object.
pub fn members(v: &Value) -> Result<&[(String, Value)], At> {
    match &v.kind {
        Kind::Object(m) => Ok(m),
        _ => Err(At(v.at)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(text: &str) -> Kind {
        parse(text).unwrap().kind
    }

    #[test]
    fn parses_what_json_allows_and_nothing_else() {
        assert_eq!(kind(" null "), Kind::Null);
        assert_eq!(
            kind("[true,false]").clone(),
            Kind::Array(vec![
                Value {
                    at: 1,
                    kind: Kind::Bool(true)
                },
                Value {
                    at: 6,
                    kind: Kind::Bool(false)
                },
            ])
        );
        assert_eq!(kind("12"), Kind::Number { int: Some(12) });
        for n in ["-1", "1.5", "1e3", "0.0", "18446744073709551616"] {
            assert_eq!(kind(n), Kind::Number { int: None }, "{n}");
        }
        assert_eq!(
            kind(r#""a\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00""#),
            Kind::Str("a\"\\/\u{8}\u{c}\n\r\t\u{e9}\u{1F600}".into())
        );
        for bad in [
            "",
            "nul",
            "01",
            "1.",
            ".5",
            "-",
            "1e",
            "[1,]",
            "[1 2]",
            "{\"a\"}",
            "{\"a\":1,}",
            "{a:1}",
            "\"\\x\"",
            "\"\\ud83d\"",
            "\"\\ude00\"",
            "\"abc",
            "\"a\u{1}b\"",
            "1 2",
            "[",
            "{",
            "\"\\u12\"",
            "tru",
        ] {
            assert!(parse(bad).is_err(), "{bad:?} should not parse");
        }
    }

    #[test]
    fn errors_point_at_the_line_and_column() {
        let text = "{\n  \"a\": 1,\n  \"b\": ?\n}";
        let at = parse(text).unwrap_err();
        assert_eq!(line_column(text, at), (3, 8));
        assert_eq!(line_column("é\"x", At(3)), (1, 3));
    }

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        let s: String = (0u32..0x80)
            .filter_map(char::from_u32)
            .chain("é€😀\u{2028}".chars())
            .collect();
        let mut out = String::new();
        write_str(&mut out, &s);
        assert_eq!(out, serde_json::to_string(&s).unwrap());
        assert_eq!(String::read(&parse(&out).unwrap()).unwrap(), s);
    }
}
