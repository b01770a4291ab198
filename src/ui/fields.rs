//! Form building blocks that every screen shares: labelled inputs, radio groups, selects and
//! checkboxes, each wired to the error it may carry (GOV.UK pattern: message above the input,
//! `aria-invalid`, `aria-describedby`).

use crate::domain::FieldId;
use crate::i18n::{problem, Lang, T};
use crate::wizard::{Action, Edit, Wizard};
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

/// What every screen needs: the state, the language and a way to send actions.
#[derive(Clone)]
pub struct Ctx<'a> {
    pub w: &'a Wizard,
    pub lang: Lang,
    pub send: Callback<Action>,
}

impl Ctx<'_> {
    #[must_use]
    pub fn t(&self, key: T) -> &'static str {
        key.get(self.lang)
    }

    /// A callback that turns typed text into an edit.
    pub fn on_text(&self, f: impl Fn(String) -> Edit + 'static) -> Callback<String> {
        self.send.reform(move |s| Action::Edit(f(s)))
    }

    pub fn on_bool(&self, f: impl Fn(bool) -> Edit + 'static) -> Callback<bool> {
        self.send.reform(move |b| Action::Edit(f(b)))
    }

    /// A callback for a typed number or date, parsed in the wizard.
    pub fn on_raw(&self, field: FieldId) -> Callback<String> {
        self.send.reform(move |s| Action::Edit(Edit::Raw(field, s)))
    }

    /// The message for a field, if a refused Next showed one.
    #[must_use]
    pub fn error(&self, field: FieldId) -> Option<String> {
        self.w
            .shown
            .iter()
            .find(|p| p.field == field)
            .map(|p| problem(p, self.lang))
    }
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

/// The kind of single-line input.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    /// Whole numbers: a text input with a numeric keyboard, so a typo is shown, not dropped.
    Number,
    Decimal,
    Date,
}

/// A labelled single-line input.
pub fn input(
    ctx: &Ctx,
    field: FieldId,
    label: &str,
    hint: Option<&str>,
    value: String,
    kind: Kind,
    on: Callback<String>,
) -> Html {
    let id = field.dom_id();
    let error = ctx.error(field);
    let (ty, mode) = match kind {
        Kind::Text => ("text", None),
        Kind::Number => ("text", Some("numeric")),
        Kind::Decimal => ("text", Some("decimal")),
        Kind::Date => ("date", None),
    };
    let oninput = Callback::from(move |e: InputEvent| {
        on.emit(e.target_unchecked_into::<HtmlInputElement>().value());
    });
    let class = classes!(
        "koers-input",
        (kind != Kind::Text).then_some("koers-input--short"),
        error.is_some().then_some("koers-input--error")
    );
    let control = html! {
            <input class={class} id={id.clone()} name={id.clone()} type={ty} inputmode={mode}
                value={value} {oninput} spellcheck={if kind == Kind::Text { "true" } else { "false" }}
                autocomplete="off"
                aria-invalid={error.is_some().then_some("true")}
                aria-describedby={describedby(&id, hint.is_some(), error.is_some())} />
    };
    labelled(ctx, &id, label, hint, error.as_ref(), control)
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

/// A labelled multi-line input.
pub fn textarea(
    ctx: &Ctx,
    field: FieldId,
    label: &str,
    hint: Option<&str>,
    value: String,
    on: Callback<String>,
) -> Html {
    let id = field.dom_id();
    let error = ctx.error(field);
    let oninput = Callback::from(move |e: InputEvent| {
        on.emit(e.target_unchecked_into::<HtmlTextAreaElement>().value());
    });
    let control = html! {
            <textarea class="koers-textarea" id={id.clone()} name={id.clone()} rows="3" value={value} {oninput}
                aria-invalid={error.is_some().then_some("true")}
                aria-describedby={describedby(&id, hint.is_some(), error.is_some())} />
    };
    labelled(ctx, &id, label, hint, error.as_ref(), control)
}

/// A radio group. The first radio carries the field's id, so the error summary can focus it.
pub fn radios(
    ctx: &Ctx,
    field: FieldId,
    legend: &str,
    hint: Option<&str>,
    options: Vec<(&'static str, String)>,
    selected: Option<&'static str>,
    on: Callback<String>,
) -> Html {
    radios_with_id(
        ctx,
        &field.dom_id(),
        ctx.error(field),
        legend,
        hint,
        options,
        selected,
        on,
    )
}

/// A radio group with an explicit id, for groups that are not a validated field.
#[allow(clippy::too_many_arguments)]
pub fn radios_with_id(
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

/// A labelled select. An empty key means "not chosen".
pub fn select(
    id: &str,
    label: &str,
    options: Vec<(&'static str, String)>,
    selected: Option<&'static str>,
    placeholder: Option<&str>,
    on: Callback<String>,
) -> Html {
    let onchange = Callback::from(move |e: Event| {
        on.emit(e.target_unchecked_into::<HtmlSelectElement>().value());
    });
    html! {
        <div class="koers-field koers-field--inline">
            <label class="koers-label" for={id.to_string()}>{ label.to_string() }</label>
            <select class="koers-select" id={id.to_string()} {onchange}>
                if let Some(p) = placeholder {
                    <option value="" selected={selected.is_none()}>{ p.to_string() }</option>
                }
                { for options.into_iter().map(|(k, l)| html! {
                    <option value={k} selected={selected == Some(k)}>{ l }</option>
                }) }
            </select>
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

/// A group of checkboxes under one legend.
pub fn checkbox_group(
    ctx: &Ctx,
    field: FieldId,
    legend: &str,
    hint: Option<&str>,
    boxes: Html,
) -> Html {
    let id = field.dom_id();
    let error = ctx.error(field);
    html! {
        <div class={classes!("koers-field", error.is_some().then_some("koers-field--error"))}>
            <fieldset class="koers-fieldset" id={id.clone()} tabindex="-1"
                aria-describedby={describedby(&id, hint.is_some(), error.is_some())}>
                <legend class="koers-legend">{ legend.to_string() }</legend>
                if let Some(h) = hint { <p class="koers-hint" id={format!("{id}-hint")}>{ h.to_string() }</p> }
                { error_line(&id, error.as_ref(), ctx.lang) }
                <div class="koers-checkboxes">{ boxes }</div>
            </fieldset>
        </div>
    }
}
