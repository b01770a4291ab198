//! Puts a drawing (`view::View`) on the page and patches the page from one drawing to the next,
//! part by part in place: an element keeps its node (and so its focus, caret and scroll) as long
//! as the same tag is drawn in the same place. Every place is kept (`Empty`, `List`), so a part
//! that comes or goes moves nothing after it. Events reach the handlers of the latest drawing.

use super::view::{Handler, Sender, View};
use std::borrow::Cow;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsValue;
use web_sys::{Element, Node};

const SVG: &str = "http://www.w3.org/2000/svg";

/// A drawing as it is on the page.
pub enum Live {
    Empty,
    Text(web_sys::Text, Cow<'static, str>),
    El(Box<LiveEl>),
    List(Vec<Live>),
}

pub struct LiveEl {
    node: Element,
    tag: &'static str,
    attrs: Vec<(&'static str, Cow<'static, str>)>,
    /// The latest drawing's handlers, which the listeners look up when an event comes.
    handlers: Rc<RefCell<Vec<(&'static str, Handler)>>>,
    /// One listener per event name, added once.
    listening: Vec<(&'static str, gloo_events::EventListener)>,
    children: Vec<Live>,
}

/// Draws for one wizard: where its handlers' actions go.
pub struct Dom {
    doc: web_sys::Document,
    send: Sender,
}

impl Dom {
    pub fn new(doc: web_sys::Document, send: Sender) -> Self {
        Dom { doc, send }
    }

    /// Puts `view` on the page in `parent`, before `before` (at the end when `None`).
    pub fn create(&self, parent: &Node, view: View, before: Option<&Node>, svg: bool) -> Live {
        match view {
            View::Empty => Live::Empty,
            View::Text(text) => {
                let node = self.doc.create_text_node(&text);
                let _ = parent.insert_before(&node, before);
                Live::Text(node, text)
            }
            View::List(items) => Live::List(
                items
                    .into_iter()
                    .map(|v| self.create(parent, v, before, svg))
                    .collect(),
            ),
            View::El(e) => {
                let svg = svg || e.tag == "svg";
                let made = if svg {
                    self.doc.create_element_ns(Some(SVG), e.tag)
                } else {
                    self.doc.create_element(e.tag)
                };
                let Ok(node) = made else {
                    return Live::Empty;
                };
                for (name, value) in &e.attrs {
                    let _ = node.set_attribute(name, value);
                }
                let children = e
                    .children
                    .into_iter()
                    .map(|v| self.create(&node, v, None, svg))
                    .collect();
                // After the children: a select's value names one of its options.
                set_properties(&node, e.value.as_deref(), &e.flags);
                let mut live = LiveEl {
                    node,
                    tag: e.tag,
                    attrs: e.attrs,
                    handlers: Rc::new(RefCell::new(Vec::new())),
                    listening: Vec::new(),
                    children,
                };
                self.listen(&mut live, e.on);
                let _ = parent.insert_before(&live.node, before);
                Live::El(Box::new(live))
            }
        }
    }

    /// Makes the page show `view` where it shows `live`.
    pub fn patch(
        &self,
        parent: &Node,
        live: &mut Live,
        view: View,
        before: Option<&Node>,
        svg: bool,
    ) {
        match (&mut *live, view) {
            (Live::Empty, View::Empty) => {}
            (Live::Text(node, old), View::Text(new)) => {
                if *old != new {
                    node.set_data(&new);
                    *old = new;
                }
            }
            (Live::List(olds), View::List(news)) => {
                self.patch_list(parent, olds, news, before, svg)
            }
            (Live::El(le), View::El(e)) if le.tag == e.tag => {
                let svg = svg || e.tag == "svg";
                // A radio that ends unchecked is unchecked before it takes its new name: checked
                // as it joins another group, the browser would uncheck that group's choice.
                set_flags(&le.node, &e.flags, false);
                for (name, value) in &e.attrs {
                    if !le.attrs.iter().any(|(n, v)| n == name && v == value) {
                        let _ = le.node.set_attribute(name, value);
                    }
                }
                for (name, _) in &le.attrs {
                    if !e.attrs.iter().any(|(n, _)| n == name) {
                        let _ = le.node.remove_attribute(name);
                    }
                }
                le.attrs = e.attrs;
                let node: Node = le.node.clone().into();
                self.patch_list(&node, &mut le.children, e.children, None, svg);
                set_properties(&le.node, e.value.as_deref(), &e.flags);
                self.listen(le, e.on);
            }
            (_, view) => {
                let anchor = first(live).or_else(|| before.cloned());
                let made = self.create(parent, view, anchor.as_ref(), svg);
                remove(parent, live);
                *live = made;
            }
        }
    }

    /// Patches a list of places: those both drawings have in place, the new ones created, the
    /// old ones beyond the new drawing removed. From the last place back, so each knows the
    /// node it goes before.
    fn patch_list(
        &self,
        parent: &Node,
        olds: &mut Vec<Live>,
        mut news: Vec<View>,
        before: Option<&Node>,
        svg: bool,
    ) {
        while olds.len() > news.len() {
            if let Some(gone) = olds.pop() {
                remove(parent, &gone);
            }
        }
        let mut next = before.cloned();
        let tail = news.split_off(olds.len());
        let mut created: Vec<Live> = Vec::with_capacity(tail.len());
        for view in tail.into_iter().rev() {
            let made = self.create(parent, view, next.as_ref(), svg);
            if let Some(f) = first(&made) {
                next = Some(f);
            }
            created.push(made);
        }
        created.reverse();
        for (live, view) in olds.iter_mut().zip(news).rev() {
            self.patch(parent, live, view, next.as_ref(), svg);
            if let Some(f) = first(live) {
                next = Some(f);
            }
        }
        olds.extend(created);
    }

    /// Gives the element the drawing's handlers, listening once for each event name.
    fn listen(&self, live: &mut LiveEl, on: Vec<(&'static str, Handler)>) {
        for (name, _) in &on {
            if live.listening.iter().any(|(n, _)| n == name) {
                continue;
            }
            let (handlers, send, name) = (live.handlers.clone(), self.send.clone(), *name);
            let listener = gloo_events::EventListener::new_with_options(
                &live.node,
                name,
                gloo_events::EventListenerOptions::enable_prevent_default(),
                move |e| {
                    // Taken out first: what the handler sends may draw again, and that replaces
                    // the handlers.
                    let handler = handlers
                        .borrow()
                        .iter()
                        .find(|(n, _)| *n == name)
                        .map(|(_, h)| h.clone());
                    if let Some(action) = handler.and_then(|h| h(e)) {
                        send.send(action);
                    }
                },
            );
            live.listening.push((name, listener));
        }
        *live.handlers.borrow_mut() = on;
    }
}

/// A control's properties, set only where the page differs: a value written while the visitor
/// types would move the caret.
fn set_properties(node: &Element, value: Option<&str>, flags: &[(&'static str, bool)]) {
    let target: &JsValue = node.as_ref();
    if let Some(value) = value {
        let now = js_sys::Reflect::get(target, &"value".into())
            .ok()
            .and_then(|v| v.as_string());
        if now.as_deref() != Some(value) {
            let _ = js_sys::Reflect::set(target, &"value".into(), &value.into());
        }
    }
    set_flags(node, flags, true);
    set_flags(node, flags, false);
}

/// The flags (`checked`, `selected`) that the drawing sets to `on`, where the page differs.
fn set_flags(node: &Element, flags: &[(&'static str, bool)], on: bool) {
    let target: &JsValue = node.as_ref();
    for (name, _) in flags.iter().filter(|(_, v)| *v == on) {
        let now = js_sys::Reflect::get(target, &(*name).into()).is_ok_and(|v| v.is_truthy());
        if now != on {
            let _ = js_sys::Reflect::set(target, &(*name).into(), &on.into());
        }
    }
}

/// The first node a drawing has on the page, if any.
fn first(live: &Live) -> Option<Node> {
    match live {
        Live::Empty => None,
        Live::Text(node, _) => Some(node.clone().into()),
        Live::El(e) => Some(e.node.clone().into()),
        Live::List(items) => items.iter().find_map(first),
    }
}

/// Takes a drawing off the page; its listeners go with it.
pub fn remove(parent: &Node, live: &Live) {
    match live {
        Live::Empty => {}
        Live::Text(node, _) => {
            let _ = parent.remove_child(node);
        }
        Live::El(e) => {
            let _ = parent.remove_child(&e.node);
        }
        Live::List(items) => items.iter().for_each(|l| remove(parent, l)),
    }
}
