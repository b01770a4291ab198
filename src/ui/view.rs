//! A drawing of the wizard as plain data: elements, their attributes and text, and the actions
//! their events send. The views build it; `dom` puts it on the page and patches the page from
//! one drawing to the next. Nothing here touches the page.
//!
//! Why not Yew: the same screens drawn through Yew cost the first load 33 KB of brotli more
//! than this and `dom` (docs/decisions.md, "The first load without Yew").

use crate::wizard::Action;
use std::borrow::Cow;
use std::rc::Rc;

/// What an event does: reads what it needs from the event (a field's value, a checkbox's
/// state), may stop the browser's default, and names the action to send, if any.
pub type Handler = Rc<dyn Fn(&web_sys::Event) -> Option<Action>>;

/// Sends an action to the wizard from outside a handler's return value: when a file the
/// visitor chose has been read, say. Made by the running app (`app::mount`).
#[derive(Clone)]
pub struct Sender(Rc<dyn Fn(Action)>);

impl Sender {
    pub fn new(f: impl Fn(Action) + 'static) -> Self {
        Sender(Rc::new(f))
    }

    pub fn send(&self, action: Action) {
        (self.0)(action);
    }
}

/// A part of a drawing. `Empty` and `List` hold their place among their siblings, so a part
/// that comes and goes (an error message) never makes the page redraw the siblings after it
/// (a field being typed in keeps its focus).
#[derive(Clone, Default)]
pub enum View {
    #[default]
    Empty,
    Text(Cow<'static, str>),
    El(Box<El>),
    List(Vec<View>),
}

/// An element: its tag, attributes, the properties a control keeps apart from its attributes
/// (`value`, `checked`, `selected`), its event handlers and its children.
#[derive(Clone)]
pub struct El {
    pub(super) tag: &'static str,
    pub(super) attrs: Vec<(&'static str, Cow<'static, str>)>,
    pub(super) value: Option<String>,
    pub(super) flags: Vec<(&'static str, bool)>,
    pub(super) on: Vec<(&'static str, Handler)>,
    pub(super) children: Vec<View>,
}

/// A new element.
#[must_use]
pub fn el(tag: &'static str) -> El {
    El {
        tag,
        attrs: Vec::new(),
        value: None,
        flags: Vec::new(),
        on: Vec::new(),
        children: Vec::new(),
    }
}

/// Several parts side by side, holding one place among their siblings.
#[must_use]
pub fn list(parts: impl IntoIterator<Item = View>) -> View {
    View::List(parts.into_iter().collect())
}

/// A button that sends `action`: `type="button"`, so it never submits a form.
#[must_use]
pub fn button(class: &'static str, action: Action) -> El {
    el("button")
        .attr("type", "button")
        .class(class)
        .on_click(action)
}

/// The value a control's event came from (`value` of an input, textarea or select).
fn target_value(e: &web_sys::Event) -> String {
    e.target()
        .and_then(|t| js_sys::Reflect::get(&t, &"value".into()).ok())
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

/// Whether the element an event came from is checked (or open, for `<details>`).
fn target_flag(e: &web_sys::Event, name: &str) -> bool {
    e.target()
        .and_then(|t| js_sys::Reflect::get(&t, &name.into()).ok())
        .is_some_and(|v| v.is_truthy())
}

impl El {
    /// An attribute. Set again with the same name, the last value counts.
    #[must_use]
    pub fn attr(mut self, name: &'static str, value: impl Into<Cow<'static, str>>) -> Self {
        let value = value.into();
        match self.attrs.iter_mut().find(|(n, _)| *n == name) {
            Some(slot) => slot.1 = value,
            None => self.attrs.push((name, value)),
        }
        self
    }

    /// An attribute, when there is a value for it.
    #[must_use]
    pub fn attr_opt(self, name: &'static str, value: Option<impl Into<Cow<'static, str>>>) -> Self {
        match value {
            Some(v) => self.attr(name, v),
            None => self,
        }
    }

    #[must_use]
    pub fn id(self, id: impl Into<Cow<'static, str>>) -> Self {
        self.attr("id", id)
    }

    /// The class; called again, the classes add up.
    #[must_use]
    pub fn class(mut self, class: impl Into<Cow<'static, str>>) -> Self {
        let class = class.into();
        match self.attrs.iter_mut().find(|(n, _)| *n == "class") {
            Some(slot) if !slot.1.is_empty() => {
                let mut joined = slot.1.to_string();
                joined.push(' ');
                joined.push_str(&class);
                slot.1 = joined.into();
            }
            Some(slot) => slot.1 = class,
            None => self.attrs.push(("class", class)),
        }
        self
    }

    /// A class, when `on`.
    #[must_use]
    pub fn class_if(self, on: bool, class: &'static str) -> Self {
        if on {
            self.class(class)
        } else {
            self
        }
    }

    /// The value of an input, textarea or select, as a property: set on the page only when it
    /// differs from what the control holds, so typing is never interrupted.
    #[must_use]
    pub fn value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }

    /// Whether a checkbox or radio is checked (a property, as the visitor changes it).
    #[must_use]
    pub fn checked(mut self, on: bool) -> Self {
        self.flags.push(("checked", on));
        self
    }

    /// Whether an option is selected (a property, as the visitor changes it).
    #[must_use]
    pub fn selected(mut self, on: bool) -> Self {
        self.flags.push(("selected", on));
        self
    }

    /// A child: an element, a text, a list, or `Empty` (an `Option` that is `None`).
    #[must_use]
    pub fn child(mut self, child: impl Into<View>) -> Self {
        self.children.push(child.into());
        self
    }

    /// Several children, holding one place among their siblings (like `child(list(..))`).
    #[must_use]
    pub fn children<V: Into<View>>(mut self, children: impl IntoIterator<Item = V>) -> Self {
        self.children
            .push(View::List(children.into_iter().map(Into::into).collect()));
        self
    }

    /// A text child.
    #[must_use]
    pub fn text(self, text: impl Into<Cow<'static, str>>) -> Self {
        self.child(View::Text(text.into()))
    }

    /// Handles `event` (a DOM event name: "click", "input", "change", "submit", "toggle",
    /// "focus").
    #[must_use]
    pub fn on(
        mut self,
        event: &'static str,
        f: impl Fn(&web_sys::Event) -> Option<Action> + 'static,
    ) -> Self {
        self.on.push((event, Rc::new(f)));
        self
    }

    /// Sends `action` on a click.
    #[must_use]
    pub fn on_click(self, action: Action) -> Self {
        self.on("click", move |_| Some(action.clone()))
    }

    /// Sends the action made from the control's value as the visitor types.
    #[must_use]
    pub fn on_input(self, f: impl Fn(String) -> Action + 'static) -> Self {
        self.on("input", move |e| Some(f(target_value(e))))
    }

    /// Sends the action made from the control's value when it changes (a select, a radio).
    #[must_use]
    pub fn on_change(self, f: impl Fn(String) -> Action + 'static) -> Self {
        self.on("change", move |e| Some(f(target_value(e))))
    }

    /// Sends the action made from a checkbox's state when it changes.
    #[must_use]
    pub fn on_check(self, f: impl Fn(bool) -> Action + 'static) -> Self {
        self.on("change", move |e| Some(f(target_flag(e, "checked"))))
    }

    /// Sends the action made from a `<details>` element's state when it opens or closes.
    #[must_use]
    pub fn on_toggle(self, f: impl Fn(bool) -> Action + 'static) -> Self {
        self.on("toggle", move |e| Some(f(target_flag(e, "open"))))
    }

    /// Sends `action` when the form is submitted, and keeps the page from reloading.
    #[must_use]
    pub fn on_submit(self, f: impl Fn(&web_sys::Event) -> Option<Action> + 'static) -> Self {
        self.on("submit", move |e| {
            e.prevent_default();
            f(e)
        })
    }
}

impl From<El> for View {
    fn from(e: El) -> Self {
        View::El(Box::new(e))
    }
}

impl From<&'static str> for View {
    fn from(t: &'static str) -> Self {
        View::Text(t.into())
    }
}

impl From<String> for View {
    fn from(t: String) -> Self {
        View::Text(t.into())
    }
}

impl From<Cow<'static, str>> for View {
    fn from(t: Cow<'static, str>) -> Self {
        View::Text(t)
    }
}

impl<V: Into<View>> From<Option<V>> for View {
    fn from(v: Option<V>) -> Self {
        v.map_or(View::Empty, Into::into)
    }
}

impl From<Vec<View>> for View {
    fn from(v: Vec<View>) -> Self {
        View::List(v)
    }
}

impl FromIterator<View> for View {
    fn from_iter<I: IntoIterator<Item = View>>(iter: I) -> Self {
        View::List(iter.into_iter().collect())
    }
}
