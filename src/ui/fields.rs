//! The controls, made from the questions' declarations: each kind of question has one control,
//! wired to the error it may carry (GOV.UK pattern: message above the input, `aria-invalid`,
//! `aria-describedby`). Element ids come from the question's key, here in the UI.

use super::view::{el, El, View};
use crate::i18n::{problem, Lang, T};
use crate::wizard::{Action, Answer, Edit, Kind, Model, Q};
use std::rc::Rc;

/// What every view needs: the model and the language.
#[derive(Clone)]
pub struct Ctx<'a> {
    pub m: &'a Model,
    pub lang: Lang,
    /// For what a handler cannot return at once (a file read later).
    pub send: super::view::Sender,
    /// The parts of this screen the documents module rendered (see `Rich::in_module`).
    pub asides: &'a [crate::export::markup::Node],
}

/// What a control sends when the visitor changes it, made from the new value.
pub type OnValue<V> = Rc<dyn Fn(V) -> Action>;

impl Ctx<'_> {
    #[must_use]
    pub fn t(&self, key: T) -> &'static str {
        key.get(self.lang)
    }

    /// What a control sends: an edit made from its value.
    pub fn edit<V: 'static>(&self, f: impl Fn(V) -> Edit + 'static) -> OnValue<V> {
        Rc::new(move |v| Action::Edit(f(v)))
    }

    /// A text in the words of the organisation's sector (`i18n::sector_words`), on the
    /// screens as in the plan.
    #[must_use]
    pub fn words<'s>(&self, text: &'s str) -> std::borrow::Cow<'s, str> {
        match crate::i18n::sector_words(text, self.lang, self.m.plan.organisation.sector) {
            Some(own) => own.into(),
            None => text.into(),
        }
    }

    /// The message at a question, if a refused Next showed one.
    #[must_use]
    pub fn error(&self, q: Q) -> Option<String> {
        self.m.shown_at(q).map(|p| problem(p.kind, self.lang))
    }
}

/// The element id of a question's control (for a choice: its first option).
#[must_use]
pub fn dom_id(q: Q) -> String {
    format!("koers-f-{}", q.key())
}

fn error_line(id: &str, error: Option<&String>, lang: Lang) -> View {
    error
        .map(|msg| {
            el("p")
                .class("koers-error-message")
                .id(format!("{id}-error"))
                .child(
                    el("span")
                        .class("koers-visually-hidden")
                        .text(lang.pick("Fout: ", "Error: ")),
                )
                .text(msg.clone())
        })
        .into()
}

fn describedby(id: &str, hint: bool, error: bool) -> Option<String> {
    let mut parts = Vec::new();
    if hint {
        parts.push(format!("{id}-hint"));
    }
    if error {
        parts.push(format!("{id}-error"));
    }
    (!parts.is_empty()).then(|| parts.join(" "))
}

/// A hint under a label or legend.
fn hint_line(id: &str, hint: Option<&str>) -> View {
    hint.map(|h| {
        el("p")
            .class("koers-hint")
            .id(format!("{id}-hint"))
            .text(h.to_string())
    })
    .into()
}

/// The control for one question, as its declaration says.
pub fn question(ctx: &Ctx, q: Q) -> View {
    question_with(ctx, q, Vec::new())
}

/// The control for one question; for a multiple choice, `reveals` are shown under the
/// checked options they belong to (GOV.UK conditional reveal).
pub fn question_with(ctx: &Ctx, q: Q, reveals: Vec<(&'static str, View)>) -> View {
    control(ctx, q, q.label(ctx.lang), reveals)
}

/// The control for a question named by something the plan holds (an indicator's name),
/// which the declaration cannot know.
pub fn question_named(ctx: &Ctx, q: Q, label: String) -> View {
    control(ctx, q, label, Vec::new())
}

fn control(ctx: &Ctx, q: Q, label: String, reveals: Vec<(&'static str, View)>) -> View {
    let spec = q.spec();
    let id = dom_id(q);
    let label = ctx.words(&label).into_owned();
    let hint = spec.hint.map(|h| ctx.words(ctx.t(h)));
    let hint = hint.as_deref();
    let options = || {
        (spec.options)(&ctx.m.plan, ctx.lang)
            .into_iter()
            .map(|(k, l)| (k, ctx.words(&l).into_owned()))
            .collect::<Vec<_>>()
    };
    let error = ctx.error(q);
    match spec.kind {
        Kind::Text
        | Kind::LongText
        | Kind::Number { .. }
        | Kind::Hours
        | Kind::Amount
        | Kind::Date => {
            let value = ctx.m.raw(q);
            let described = describedby(&id, hint.is_some(), error.is_some());
            let invalid = error.is_some().then_some("true");
            let on = move |s: String| Action::Edit(Edit::Type(q, s));
            let control = if spec.kind == Kind::LongText {
                el("textarea")
                    .class("koers-textarea")
                    .id(id.clone())
                    .attr("name", id.clone())
                    .attr("rows", "3")
                    .value(value)
                    .on_input(on)
            } else {
                let (ty, mode) = match spec.kind {
                    Kind::Number { .. } => ("text", Some("numeric")),
                    Kind::Hours | Kind::Amount => ("text", Some("decimal")),
                    Kind::Date => ("date", None),
                    _ => ("text", None),
                };
                let text = spec.kind == Kind::Text;
                el("input")
                    .class("koers-input")
                    .class_if(!text, "koers-input--short")
                    .class_if(error.is_some(), "koers-input--error")
                    .id(id.clone())
                    .attr("name", id.clone())
                    .attr("type", ty)
                    .attr_opt("inputmode", mode)
                    .value(value)
                    .on_input(on)
                    .attr("spellcheck", if text { "true" } else { "false" })
                    .attr("autocomplete", "off")
            };
            let control = control
                .attr_opt("aria-invalid", invalid)
                .attr_opt("aria-describedby", described);
            labelled(ctx, &id, &label, hint, error.as_ref(), control.into())
        }
        Kind::Choice => {
            let selected = match q.read(&ctx.m.plan) {
                Answer::Key(k) => k,
                _ => None,
            };
            let options = options();
            let on = ctx.edit(move |k: String| Edit::Choose(q, k));
            radios(ctx, &id, error, &label, hint, options, selected, on)
        }
        Kind::Select => {
            let selected = match q.read(&ctx.m.plan) {
                Answer::Key(k) => k,
                _ => None,
            };
            let options = options();
            let on = ctx.edit(move |k: String| Edit::Choose(q, k));
            select(&id, &label, options, selected, ctx.t(T::ChooseOne), on)
        }
        Kind::Multi => {
            let chosen = match q.read(&ctx.m.plan) {
                Answer::Keys(k) => k,
                _ => Vec::new(),
            };
            let options = options();
            let boxes = options.into_iter().map(|(key, text)| {
                let on = ctx.edit(move |on: bool| Edit::Check(q, key.to_string(), on));
                let reveal = reveals
                    .iter()
                    .find(|(k, _)| *k == key)
                    .map(|(_, h)| el("div").class("koers-conditional").child(h.clone()));
                el("div")
                    .class("koers-goal")
                    .child(checkbox(
                        &format!("{id}-{key}"),
                        &text,
                        chosen.contains(&key),
                        on,
                    ))
                    .child(reveal)
            });
            grouped(
                el("fieldset").id(id.clone()).attr("tabindex", "-1"),
                ctx,
                &id,
                &label,
                hint,
                error.as_ref(),
                el("div").class("koers-checkboxes").children(boxes),
            )
        }
        Kind::Flag => {
            let on = matches!(q.read(&ctx.m.plan), Answer::Flag(true));
            checkbox(&id, &label, on, ctx.edit(move |b: bool| Edit::Flag(q, b)))
        }
    }
}

/// The frame every labelled control shares: label, hint, error message, then the control.
fn labelled(
    ctx: &Ctx,
    id: &str,
    label: &str,
    hint: Option<&str>,
    error: Option<&String>,
    control: View,
) -> View {
    el("div")
        .class("koers-field")
        .class_if(error.is_some(), "koers-field--error")
        .child(
            el("label")
                .class("koers-label")
                .attr("for", id.to_string())
                .text(label.to_string()),
        )
        .child(hint_line(id, hint))
        .child(error_line(id, error, ctx.lang))
        .child(control)
        .into()
}

/// A radio group. The first radio carries the group's id, so the error summary can focus it.
#[allow(clippy::too_many_arguments)]
pub fn radios(
    ctx: &Ctx,
    id: &str,
    error: Option<String>,
    legend: &str,
    hint: Option<&str>,
    options: Vec<(&'static str, String)>,
    selected: Option<&'static str>,
    on: OnValue<String>,
) -> View {
    let items = options.into_iter().enumerate().map(|(i, (key, label))| {
        let rid = if i == 0 {
            id.to_string()
        } else {
            format!("{id}-{key}")
        };
        let on = on.clone();
        el("div")
            .class("koers-radio")
            .child(
                el("input")
                    .attr("type", "radio")
                    .id(rid.clone())
                    .attr("name", id.to_string())
                    .attr("value", key)
                    .checked(selected == Some(key))
                    .on("change", move |_| Some(on(key.to_string()))),
            )
            .child(el("label").attr("for", rid).text(label))
    });
    grouped(
        el("fieldset"),
        ctx,
        id,
        legend,
        hint,
        error.as_ref(),
        el("div").class("koers-radios").children(items),
    )
}

/// The frame every group of options shares: the fieldset (with what the caller gave it), its
/// legend, hint and error message, then the options.
fn grouped(
    fieldset: El,
    ctx: &Ctx,
    id: &str,
    legend: &str,
    hint: Option<&str>,
    error: Option<&String>,
    options: El,
) -> View {
    el("div")
        .class("koers-field")
        .class_if(error.is_some(), "koers-field--error")
        .child(
            fieldset
                .class("koers-fieldset")
                .attr_opt(
                    "aria-describedby",
                    describedby(id, hint.is_some(), error.is_some()),
                )
                .child(el("legend").class("koers-legend").text(legend.to_string()))
                .child(hint_line(id, hint))
                .child(error_line(id, error, ctx.lang))
                .child(options),
        )
        .into()
}

/// A labelled select.
pub fn select(
    id: &str,
    label: &str,
    options: Vec<(&'static str, String)>,
    selected: Option<&'static str>,
    none: &str,
    on: OnValue<String>,
) -> View {
    // A closed select cuts a long choice off at its edge (the evaluation's stage descriptions
    // on a phone): the choice is written out in full under it. Screen readers hear it as the
    // select's value already.
    let whole = options
        .iter()
        .find(|(k, _)| selected == Some(*k))
        .map(|(_, l)| l.clone())
        .filter(|l| l.chars().count() > 24);
    // Without an answer the select shows an empty choice, not its first option: a first
    // option shown but not stored could never be chosen (no change to fire).
    let empty = selected.is_none().then(|| {
        el("option")
            .attr("value", "")
            .attr("selected", "")
            .selected(true)
            .text(none.to_string())
    });
    let options = options.into_iter().map(|(k, l)| {
        el("option")
            .attr("value", k)
            .attr_opt("selected", (selected == Some(k)).then_some(""))
            .selected(selected == Some(k))
            .text(l)
    });
    el("div")
        .class("koers-field koers-field--inline")
        .child(
            el("label")
                .class("koers-label")
                .attr("for", id.to_string())
                .text(label.to_string()),
        )
        .child(
            el("select")
                .class("koers-select")
                .id(id.to_string())
                .on_change(move |v| on(v))
                .child(empty)
                .children(options),
        )
        .child(whole.map(|w| {
            el("p")
                .class("koers-select-whole")
                .attr("aria-hidden", "true")
                .text(w)
        }))
        .into()
}

/// A checkbox with its label.
pub fn checkbox(id: &str, label: &str, checked: bool, on: OnValue<bool>) -> View {
    el("div")
        .class("koers-checkbox")
        .child(
            el("input")
                .attr("type", "checkbox")
                .id(id.to_string())
                .attr("name", id.to_string())
                .checked(checked)
                .on_check(move |b| on(b)),
        )
        .child(
            el("label")
                .attr("for", id.to_string())
                .text(label.to_string()),
        )
        .into()
}
