//! A `markup::Node` tree as a drawing: elements named from the closed tag set (SVG in its
//! namespace, by `dom`), attributes set one by one from the closed attribute set, text as text
//! nodes. No markup string is parsed, so nothing here needs `innerHTML` and it works where
//! Trusted Types forbid it.

use super::view::{el, View};
use crate::export::markup::{Attr, Node, Tag};

/// The tree as a drawing.
pub fn view(node: &Node) -> View {
    match node {
        Node::Text(text) => View::Text(text.clone().into()),
        Node::Element(e) => {
            let mut tag = el(e.tag().name());
            for (attr, value) in e.attrs() {
                // The same rule as `markup::write_html`: a link names an id in this page.
                let value = if *attr == Attr::Href {
                    format!("#{value}")
                } else {
                    value.clone()
                };
                tag = tag.attr(attr.name(), value);
            }
            // The same rule again: a button never submits.
            if e.tag() == Tag::Button {
                tag = tag.attr("type", "button");
            }
            tag.children(e.children().iter().map(view)).into()
        }
    }
}

/// Several trees side by side.
pub fn view_all(nodes: &[Node]) -> View {
    nodes.iter().map(view).collect()
}
