//! The controls, made from the questions' declarations: each kind of question has one control,
//! wired to the error it may carry (GOV.UK pattern: message above the input, `aria-invalid`,
//! `aria-describedby`). Element ids come from the question's key, here in the UI.

use crate::i18n::{problem, Lang, T};
use crate::wizard::{Action, Answer, Edit, Kind, Model, Q};
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

/// What every view needs: the model, the language and a way to send actions.
#[derive(Clone)]
pub struct Ctx<'a> {
    pub m: &'a Model,
    pub lang: Lang,
    pub send: Callback<Action>,
    /// The parts of this screen the documents module rendered (see `Rich::in_module`).
    pub asides: &'a [crate::export::markup::Node],
}

impl Ctx<'_> {
    #[must_use]
    pub fn t(&self, key: T) -> &'static str {
        key.get(self.lang)
    }

    /// A callback that turns a value from a control into an edit.
    pub fn edit<V: 'static>(&self, f: impl Fn(V) -> Edit + 'static) -> Callback<V> {
        self.send.reform(move |v| Action::Edit(f(v)))
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

fn error_line(id: &str, error: Option<&String>, lang: Lang) -> Html {
    match error {
        Some(msg) => html! {
            <p class="koers-error-message" id={format!("{id}-error")}>
                <span class="koers-visually-hidden">{ lang.pick("Fout: ", "Error: ") }</span>{ msg.clone() }
            </p>
        },
        None => Html::default(),
    }
}

fn describedby(id: &str, hint: bool, error: bool) -> Option<AttrValue> {
    let mut parts = Vec::new();
    if hint {
        parts.push(format!("{id}-hint"));
    }
    if error {
        parts.push(format!("{id}-error"));
    }
    (!parts.is_empty()).then(|| parts.join(" ").into())
}

/// The control for one question, as its declaration says.
pub fn question(ctx: &Ctx, q: Q) -> Html {
    question_with(ctx, q, Vec::new())
}

/// The control for one question; for a multiple choice, `reveals` are shown under the
/// checked options they belong to (GOV.UK conditional reveal).
pub fn question_with(ctx: &Ctx, q: Q, reveals: Vec<(&'static str, Html)>) -> Html {
    control(ctx, q, q.label(ctx.lang), reveals)
}

/// The control for a question named by something the plan holds (an indicator's name),
/// which the declaration cannot know.
pub fn question_named(ctx: &Ctx, q: Q, label: String) -> Html {
    control(ctx, q, label, Vec::new())
}

fn control(ctx: &Ctx, q: Q, label: String, reveals: Vec<(&'static str, Html)>) -> Html {
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
            let on = ctx.edit(move |s: String| Edit::Type(q, s));
            let described = describedby(&id, hint.is_some(), error.is_some());
            let invalid = error.is_some().then_some("true");
            let control = if spec.kind == Kind::LongText {
                let oninput = Callback::from(move |e: InputEvent| {
                    on.emit(e.target_unchecked_into::<HtmlTextAreaElement>().value());
                });
                html! {
                    <textarea class="koers-textarea" id={id.clone()} name={id.clone()} rows="3" {value} {oninput}
                        aria-invalid={invalid} aria-describedby={described} />
                }
            } else {
                let (ty, mode) = match spec.kind {
                    Kind::Number { .. } => ("text", Some("numeric")),
                    Kind::Hours | Kind::Amount => ("text", Some("decimal")),
                    Kind::Date => ("date", None),
                    _ => ("text", None),
                };
                let oninput = Callback::from(move |e: InputEvent| {
                    on.emit(e.target_unchecked_into::<HtmlInputElement>().value());
                });
                let text = spec.kind == Kind::Text;
                let class = classes!(
                    "koers-input",
                    (!text).then_some("koers-input--short"),
                    error.is_some().then_some("koers-input--error")
                );
                html! {
                    <input class={class} id={id.clone()} name={id.clone()} type={ty} inputmode={mode}
                        {value} {oninput} spellcheck={if text { "true" } else { "false" }}
                        autocomplete="off" aria-invalid={invalid} aria-describedby={described} />
                }
            };
            labelled(ctx, &id, &label, hint, error.as_ref(), control)
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
                    .map(|(_, h)| h.clone());
                html! { <div class="koers-goal">
                    { checkbox(&format!("{id}-{key}"), &text, chosen.contains(&key), on) }
                    if let Some(inner) = reveal { <div class="koers-conditional">{ inner }</div> }
                </div> }
            });
            html! {
                <div class={classes!("koers-field", error.is_some().then_some("koers-field--error"))}>
                    <fieldset class="koers-fieldset" id={id.clone()} tabindex="-1"
                        aria-describedby={describedby(&id, hint.is_some(), error.is_some())}>
                        <legend class="koers-legend">{ label }</legend>
                        if let Some(h) = hint { <p class="koers-hint" id={format!("{id}-hint")}>{ h }</p> }
                        { error_line(&id, error.as_ref(), ctx.lang) }
                        <div class="koers-checkboxes">{ for boxes }</div>
                    </fieldset>
                </div>
            }
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
    control: Html,
) -> Html {
    html! {
        <div class={classes!("koers-field", error.is_some().then_some("koers-field--error"))}>
            <label class="koers-label" for={id.to_string()}>{ label.to_string() }</label>
            if let Some(h) = hint { <p class="koers-hint" id={format!("{id}-hint")}>{ h.to_string() }</p> }
            { error_line(id, error, ctx.lang) }
            { control }
        </div>
    }
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
    on: Callback<String>,
) -> Html {
    let items = options.into_iter().enumerate().map(|(i, (key, label))| {
        let rid = if i == 0 {
            id.to_string()
        } else {
            format!("{id}-{key}")
        };
        let on = on.clone();
        let onchange = Callback::from(move |_: Event| on.emit(key.to_string()));
        html! {
            <div class="koers-radio">
                <input type="radio" id={rid.clone()} name={id.to_string()} value={key}
                    checked={selected == Some(key)} {onchange} />
                <label for={rid}>{ label }</label>
            </div>
        }
    });
    html! {
        <div class={classes!("koers-field", error.is_some().then_some("koers-field--error"))}>
            <fieldset class="koers-fieldset" aria-describedby={describedby(id, hint.is_some(), error.is_some())}>
                <legend class="koers-legend">{ legend.to_string() }</legend>
                if let Some(h) = hint { <p class="koers-hint" id={format!("{id}-hint")}>{ h.to_string() }</p> }
                { error_line(id, error.as_ref(), ctx.lang) }
                <div class="koers-radios">{ for items }</div>
            </fieldset>
        </div>
    }
}

/// A labelled select.
pub fn select(
    id: &str,
    label: &str,
    options: Vec<(&'static str, String)>,
    selected: Option<&'static str>,
    none: &str,
    on: Callback<String>,
) -> Html {
    let onchange = Callback::from(move |e: Event| {
        on.emit(e.target_unchecked_into::<HtmlSelectElement>().value());
    });
    // A closed select cuts a long choice off at its edge (the evaluation's stage descriptions
    // on a phone): the choice is written out in full under it. Screen readers hear it as the
    // select's value already.
    let whole = options
        .iter()
        .find(|(k, _)| selected == Some(*k))
        .map(|(_, l)| l.clone())
        .filter(|l| l.chars().count() > 24);
    html! {
        <div class="koers-field koers-field--inline">
            <label class="koers-label" for={id.to_string()}>{ label.to_string() }</label>
            <select class="koers-select" id={id.to_string()} {onchange}>
                // Without an answer the select shows an empty choice, not its first option: a
                // first option shown but not stored could never be chosen (no change to fire).
                if selected.is_none() { <option value="" selected=true>{ none.to_string() }</option> }
                { for options.into_iter().map(|(k, l)| html! {
                    <option value={k} selected={selected == Some(k)}>{ l }</option>
                }) }
            </select>
            if let Some(whole) = whole { <p class="koers-select-whole" aria-hidden="true">{ whole }</p> }
        </div>
    }
}

/// A checkbox with its label.
pub fn checkbox(id: &str, label: &str, checked: bool, on: Callback<bool>) -> Html {
    let onchange = Callback::from(move |e: Event| {
        on.emit(e.target_unchecked_into::<HtmlInputElement>().checked());
    });
    html! {
        <div class="koers-checkbox">
            <input type="checkbox" id={id.to_string()} name={id.to_string()} {checked} {onchange} />
            <label for={id.to_string()}>{ label.to_string() }</label>
        </div>
    }
}
