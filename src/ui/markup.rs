//! A `markup::Node` tree as Yew virtual nodes: elements created by name from the closed tag
//! set (SVG in its namespace), attributes set one by one from the closed attribute set, text
//! as text nodes. No markup string is parsed, so nothing here needs `innerHTML` and it works
//! where Trusted Types forbid it.

use crate::export::markup::{Attr, Node};
use yew::virtual_dom::{VTag, VText};
use yew::Html;

/// The tree as Yew nodes. Yew creates an `svg` element and everything inside it in the SVG
/// namespace (`VTag::create_element` looks at the tag and at the parent's namespace).
pub fn view(node: &Node) -> Html {
    match node {
        Node::Text(text) => VText::new(text.clone()).into(),
        Node::Element(e) => {
            let mut tag = VTag::new(e.tag().name());
            for (attr, value) in e.attrs() {
                // The same rule as `markup::write_html`: a link names an id in this page.
                let value = if *attr == Attr::Href {
                    format!("#{value}")
                } else {
                    value.clone()
                };
                tag.add_attribute(attr.name(), value);
            }
            // The same rule again: a button never submits.
            if e.tag() == crate::export::markup::Tag::Button {
                tag.add_attribute("type", "button");
            }
            tag.add_children(e.children().iter().map(view));
            tag.into()
        }
    }
}

/// Several trees side by side.
pub fn view_all(nodes: &[Node]) -> Html {
    nodes.iter().map(view).collect()
}
