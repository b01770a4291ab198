//! Markup as a typed tree that escapes itself: closed sets of tags and attributes (no script,
//! no event handler, no style, no link out of the document), turned into text only by
//! `write_html`, which escapes every text and attribute value, and carried from the documents
//! module to the app as compact JSON that `decode` checks against the same closed sets. Pure:
//! no Yew, no browser.

use crate::domain::json::{self, At, Kind, Value};

/// A closed enum with the markup name of each variant, and the reverse lookup.
macro_rules! closed {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $text:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum $name {
            $($(#[$vmeta])* $variant,)+
        }

        impl $name {
            pub const ALL: &'static [Self] = &[$(Self::$variant,)+];

            /// The name as written in markup.
            #[must_use]
            pub const fn name(self) -> &'static str {
                match self {
                    $(Self::$variant => $text,)+
                }
            }

            /// The variant with this markup name, if it is one of the set.
            #[must_use]
            pub fn from_name(name: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|v| v.name() == name)
            }
        }
    };
}

closed! {
    /// The elements Koers writes, HTML and SVG. Nothing here runs code or loads anything.
    Tag {
        Main = "main",
        Header = "header",
        Footer = "footer",
        Nav = "nav",
        Section = "section",
        Div = "div",
        Title = "title",
        H1 = "h1",
        H2 = "h2",
        H3 = "h3",
        P = "p",
        Span = "span",
        Strong = "strong",
        /// A link; its only attribute that points anywhere is `Attr::Href`, a fragment.
        A = "a",
        Ul = "ul",
        Ol = "ol",
        Li = "li",
        Dl = "dl",
        Dt = "dt",
        Dd = "dd",
        Table = "table",
        Caption = "caption",
        Thead = "thead",
        Tbody = "tbody",
        Tr = "tr",
        Th = "th",
        Td = "td",
        Figure = "figure",
        Svg = "svg",
        G = "g",
        Rect = "rect",
        Line = "line",
        Path = "path",
        /// A closed outline through `Attr::Points` (the radar chart's series and rings).
        Polygon = "polygon",
        Circle = "circle",
        Text = "text",
        /// A choice on a screen the documents module draws; the app listens to it on a parent
        /// element (`ui::screens`), so the tree itself still holds no handler.
        Select = "select",
        /// A button on a page the documents module draws, heard like a choice on a parent
        /// element in the app. Always written `type="button"` (see `write_html` and the app's
        /// `markup::view`), so it can never submit a form.
        Button = "button",
        Option = "option",
        Label = "label",
        Fieldset = "fieldset",
        Legend = "legend",
    }
}

impl Tag {
    /// SVG's own elements, which XML and HTML both let close themselves when empty.
    const fn is_svg(self) -> bool {
        matches!(
            self,
            Self::Svg
                | Self::G
                | Self::Rect
                | Self::Line
                | Self::Path
                | Self::Polygon
                | Self::Circle
                | Self::Text
        )
    }
}

closed! {
    /// The attributes Koers writes: names, structure and accessibility, and SVG presentation.
    Attr {
        Class = "class",
        Id = "id",
        Lang = "lang",
        Role = "role",
        Scope = "scope",
        Tabindex = "tabindex",
        AriaLabel = "aria-label",
        AriaLabelledby = "aria-labelledby",
        AriaHidden = "aria-hidden",
        /// The id of an element in the same document: whoever writes it puts the `#` in front,
        /// so no value can name another page or a `javascript:` URL.
        Href = "href",
        DataModel = "data-model",
        /// The timeline's rows and dates, in machine form beside the words.
        DataPhase = "data-phase",
        DataDate = "data-date",
        /// A table cell's column head, shown beside it where a narrow screen lays each row out
        /// as a card (the stylesheets' `::before`).
        DataLabel = "data-label",
        ViewBox = "viewBox",
        Width = "width",
        Height = "height",
        X = "x",
        Y = "y",
        X1 = "x1",
        X2 = "x2",
        Y1 = "y1",
        Y2 = "y2",
        Rx = "rx",
        Cx = "cx",
        Cy = "cy",
        R = "r",
        D = "d",
        Points = "points",
        Fill = "fill",
        FillOpacity = "fill-opacity",
        Stroke = "stroke",
        StrokeWidth = "stroke-width",
        StrokeDasharray = "stroke-dasharray",
        FontFamily = "font-family",
        FontSize = "font-size",
        TextAnchor = "text-anchor",
        Focusable = "focusable",
        /// The id of the control a label names.
        For = "for",
        Value = "value",
        Selected = "selected",
        /// A text's white outline drawn under its letters, so a line behind it does not cut it.
        PaintOrder = "paint-order",
    }
}

/// A piece of markup: an element or text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Node {
    Element(Element),
    Text(String),
}

/// An element. The fields are private so that each attribute appears at most once (the
/// builder replaces, `decode` refuses a repeat): a repeated attribute is not well-formed XML.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Element {
    tag: Tag,
    attrs: Vec<(Attr, String)>,
    children: Vec<Node>,
}

/// A new element without attributes or children.
#[must_use]
pub const fn el(tag: Tag) -> Element {
    Element {
        tag,
        attrs: Vec::new(),
        children: Vec::new(),
    }
}

/// A text node.
#[must_use]
pub fn text(text: impl Into<String>) -> Node {
    Node::Text(text.into())
}

impl Node {
    /// Every text a reader meets, in the tree and in its accessible names (so a name still
    /// contains the visible text after a rewrite), to rewrite in place.
    pub fn each_text(&mut self, f: &mut dyn FnMut(&mut String)) {
        match self {
            Node::Text(t) => f(t),
            Node::Element(e) => {
                for (attr, value) in &mut e.attrs {
                    if *attr == Attr::AriaLabel {
                        f(value);
                    }
                }
                for child in &mut e.children {
                    child.each_text(f);
                }
            }
        }
    }
}

impl From<Element> for Node {
    fn from(e: Element) -> Self {
        Self::Element(e)
    }
}

impl Element {
    #[must_use]
    pub const fn tag(&self) -> Tag {
        self.tag
    }

    /// The attributes in the order they were set, each once.
    #[must_use]
    pub fn attrs(&self) -> &[(Attr, String)] {
        &self.attrs
    }

    #[must_use]
    pub fn children(&self) -> &[Node] {
        &self.children
    }

    /// Sets an attribute, replacing an earlier value of the same one.
    #[must_use]
    pub fn attr(mut self, attr: Attr, value: impl Into<String>) -> Self {
        self.set(attr, value.into());
        self
    }

    fn set(&mut self, attr: Attr, value: String) {
        match self.attrs.iter_mut().find(|(a, _)| *a == attr) {
            Some(slot) => slot.1 = value,
            None => self.attrs.push((attr, value)),
        }
    }

    #[must_use]
    pub fn class(self, value: impl Into<String>) -> Self {
        self.attr(Attr::Class, value)
    }

    #[must_use]
    pub fn id(self, value: impl Into<String>) -> Self {
        self.attr(Attr::Id, value)
    }

    /// Appends text; empty text adds nothing.
    #[must_use]
    pub fn text(mut self, text: impl Into<String>) -> Self {
        self.push_text(text.into());
        self
    }

    fn push_text(&mut self, text: String) {
        if !text.is_empty() {
            self.children.push(Node::Text(text));
        }
    }

    /// Appends a child.
    #[must_use]
    pub fn child(mut self, child: impl Into<Node>) -> Self {
        self.push(child);
        self
    }

    /// Appends children.
    #[must_use]
    pub fn children_from<N: Into<Node>>(mut self, children: impl IntoIterator<Item = N>) -> Self {
        self.children.extend(children.into_iter().map(Into::into));
        self
    }

    /// Appends a child in place, for trees built in a loop.
    pub fn push(&mut self, child: impl Into<Node>) {
        self.children.push(child.into());
    }
}

/// Writes text for XML and HTML content and quoted attribute values, dropping the control
/// characters XML 1.0 forbids. `fold_breaks` turns tabs and line breaks into spaces (Word
/// runs); else they are kept (HTML collapses them itself).
pub(super) fn escape_into(out: &mut String, text: &str, fold_breaks: bool) {
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
}

/// Writes the tree as markup that is both HTML and well-formed XML. The only way from a tree
/// to markup: every text and attribute value is escaped here, whatever it holds.
pub fn write_html(node: &Node, out: &mut String) {
    match node {
        Node::Text(t) => escape_into(out, t, false),
        Node::Element(e) => {
            let name = e.tag.name();
            out.push('<');
            out.push_str(name);
            // A standalone document is also read as XML, where SVG needs its namespace.
            if e.tag == Tag::Svg {
                out.push_str(r#" xmlns="http://www.w3.org/2000/svg""#);
            }
            if e.tag == Tag::Button {
                out.push_str(r#" type="button""#);
            }
            for (attr, value) in &e.attrs {
                out.push(' ');
                out.push_str(attr.name());
                out.push_str("=\"");
                if *attr == Attr::Href {
                    out.push('#');
                }
                escape_into(out, value, false);
                out.push('"');
            }
            // `<p/>` would not close in HTML, where only foreign (SVG) elements close themselves.
            if e.children.is_empty() && e.tag.is_svg() {
                out.push_str("/>");
                return;
            }
            out.push('>');
            for child in &e.children {
                write_html(child, out);
            }
            out.push_str("</");
            out.push_str(name);
            out.push('>');
        }
    }
}

/// Nodes as compact JSON: text as a string, an element as an array of its tag name, its
/// attributes as an object (left out when there are none) and its children:
/// `["p",{"class":"x"},"text",["strong","more"]]`. The whole is an array of nodes.
#[must_use]
pub fn encode(nodes: &[Node]) -> String {
    let mut out = String::with_capacity(4096);
    out.push('[');
    for (i, node) in nodes.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        encode_node(node, &mut out);
    }
    out.push(']');
    out
}

fn encode_node(node: &Node, out: &mut String) {
    match node {
        Node::Text(t) => json::write_str(out, t),
        Node::Element(e) => {
            out.push('[');
            json::write_str(out, e.tag.name());
            if !e.attrs.is_empty() {
                out.push_str(",{");
                for (i, (attr, value)) in e.attrs.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    json::write_str(out, attr.name());
                    out.push(':');
                    json::write_str(out, value);
                }
                out.push('}');
            }
            for child in &e.children {
                out.push(',');
                encode_node(child, out);
            }
            out.push(']');
        }
    }
}

/// Deeper than any tree Koers builds (about ten levels); the reader, `write_html` and the
/// app's view each recurse once a level.
pub const MAX_DEPTH: usize = 48;

/// Reads what `encode` wrote. An input boundary: anything but strings, arrays and attribute
/// objects, any tag or attribute outside the closed sets, a repeated attribute or nesting
/// beyond `MAX_DEPTH` is refused.
///
/// # Errors
/// The byte offset of the first value that is refused (0 for too deep a nesting).
pub fn decode(text: &str) -> Result<Vec<Node>, At> {
    if json::nests_deeper(text, MAX_DEPTH) {
        return Err(At(0));
    }
    let value = json::parse(text)?;
    match &value.kind {
        Kind::Array(items) => items.iter().map(decode_node).collect(),
        _ => Err(At(value.at)),
    }
}

fn decode_node(value: &Value) -> Result<Node, At> {
    let refused = At(value.at);
    let items = match &value.kind {
        Kind::Str(t) => return Ok(Node::Text(t.clone())),
        Kind::Array(items) => items,
        _ => return Err(refused),
    };
    let mut items = items.iter().peekable();
    let tag = match items.next().map(|v| &v.kind) {
        Some(Kind::Str(name)) => Tag::from_name(name).ok_or(refused)?,
        _ => return Err(refused),
    };
    let mut element = el(tag);
    if let Some(Kind::Object(members)) = items.peek().map(|v| &v.kind) {
        for (name, v) in members {
            let attr = Attr::from_name(name).ok_or(At(v.at))?;
            let Kind::Str(s) = &v.kind else {
                return Err(At(v.at));
            };
            if element.attrs.iter().any(|(a, _)| *a == attr) {
                return Err(At(v.at));
            }
            element.attrs.push((attr, s.clone()));
        }
        items.next();
    }
    for child in items {
        element.children.push(decode_node(child)?);
    }
    Ok(Node::Element(element))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn html(node: impl Into<Node>) -> String {
        let mut out = String::new();
        write_html(&node.into(), &mut out);
        out
    }

    #[test]
    fn every_text_and_attribute_value_is_escaped() {
        let p = el(Tag::P)
            .class("a\" onclick=\"x")
            .text("<script>&'\u{1}\u{7f}")
            .child(el(Tag::A).attr(Attr::Href, "javascript:alert(1)").text("x"));
        assert_eq!(
            html(p),
            r##"<p class="a&quot; onclick=&quot;x">&lt;script&gt;&amp;&#39;<a href="#javascript:alert(1)">x</a></p>"##
        );
    }

    #[test]
    fn only_svg_elements_close_themselves() {
        let svg = el(Tag::Svg)
            .child(el(Tag::Rect).attr(Attr::X, "1"))
            .child(el(Tag::Text));
        assert_eq!(
            html(svg),
            r#"<svg xmlns="http://www.w3.org/2000/svg"><rect x="1"/><text/></svg>"#
        );
        assert_eq!(html(el(Tag::Td)), "<td></td>");
        let shapes = el(Tag::G)
            .child(el(Tag::Polygon).attr(Attr::Points, "0,0 1,1 1,0"))
            .child(el(Tag::Circle).attr(Attr::R, "2"));
        assert_eq!(
            html(shapes),
            r#"<g><polygon points="0,0 1,1 1,0"/><circle r="2"/></g>"#
        );
    }

    #[test]
    fn an_attribute_is_set_once() {
        let e = el(Tag::Li).class("a").id("b").class("c");
        assert_eq!(
            e.attrs(),
            [(Attr::Class, "c".to_string()), (Attr::Id, "b".to_string())]
        );
        assert!(el(Tag::P).text("").children().is_empty());
    }

    #[test]
    fn names_round_trip() {
        for t in Tag::ALL {
            assert_eq!(Tag::from_name(t.name()), Some(*t));
        }
        for a in Attr::ALL {
            assert_eq!(Attr::from_name(a.name()), Some(*a));
        }
    }

    #[test]
    fn encode_and_decode_round_trip() {
        let nodes = vec![
            el(Tag::P)
                .class("koers-notice")
                .attr(Attr::AriaLabel, "\"quoted\"\n\u{1}")
                .text("a")
                .child(el(Tag::Strong).text("b"))
                .into(),
            text("tail"),
            el(Tag::Svg).child(el(Tag::Rect)).into(),
        ];
        let wire = encode(&nodes);
        assert_eq!(
            wire,
            r#"[["p",{"class":"koers-notice","aria-label":"\"quoted\"\n\u0001"},"a",["strong","b"]],"tail",["svg",["rect"]]]"#
        );
        assert_eq!(decode(&wire), Ok(nodes));
        assert_eq!(decode("[]"), Ok(Vec::new()));
        assert_eq!(decode(r#" ["p"] "#), Ok(vec![text("p")]));
    }

    #[test]
    fn decode_refuses_what_is_not_in_the_closed_sets() {
        for bad in [
            // The whole is an array of nodes.
            r#""p""#.to_string(),
            r#"{"p":[]}"#.to_string(),
            r#"[["script","x"]]"#.to_string(),
            r#"[["P"]]"#.to_string(),
            r#"[["p",{"onclick":"x"}]]"#.to_string(),
            r#"[["p",{"style":"x"}]]"#.to_string(),
            r#"[["p",{"class":1}]]"#.to_string(),
            r#"[["p",{"class":"a","class":"b"}]]"#.to_string(),
            r#"[["p","a",{"class":"x"}]]"#.to_string(),
            r#"[["p",null]]"#.to_string(),
            r#"[[]]"#.to_string(),
            r#"[[1]]"#.to_string(),
            r#"[["p"],]"#.to_string(),
            format!(
                "[{}{}]",
                r#"["div","#.repeat(MAX_DEPTH),
                "]".repeat(MAX_DEPTH)
            ),
            "[".repeat(100_000),
        ] {
            assert!(decode(&bad).is_err(), "{bad}");
        }
        let deep = MAX_DEPTH - 2;
        let ok = format!("[{}\"x\"{}]", r#"["div","#.repeat(deep), "]".repeat(deep));
        assert!(decode(&ok).is_ok());
    }
}
