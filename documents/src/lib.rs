//! The documents module: turns an answers document into the plan as HTML, Word, Markdown or
//! iCalendar, and packs or unpacks a share link. A wasm module of its own, loaded by the app
//! after its first screen (`src/ui/documents.rs`); it takes and returns plain data only.
#![cfg(target_arch = "wasm32")]

use koers::domain::{from_bytes, Date};
use koers::export::{asides, docx, html, ics, markdown, markup, report, share, Document};
use koers::i18n::Lang;
use koers::wizard::{summarise, Screen};
use wasm_bindgen::prelude::wasm_bindgen;

#[cfg(not(target_feature = "atomics"))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// A rendered document, handed to JavaScript as one object.
#[wasm_bindgen(getter_with_clone)]
pub struct Rendered {
    pub filename: String,
    pub mime: String,
    pub body: Vec<u8>,
}

/// Renders `answers` (an answers document) as `format`: `html`, `docx`, `markdown` or `ics`,
/// or `screen` for the plan screen's document (a `markup` tree, encoded), or `print` for the
/// plan to print (its body as a tree; the file name is its title), or `report-html`,
/// `report-docx` or `report-markdown` for the progress report of the plan's last evaluation.
///
/// # Errors
/// A short reason when the answers do not load, the format is unknown or a report is asked of
/// a plan without an evaluation (`evaluation`); the app shows its own message for it.
#[wasm_bindgen]
pub fn render(format: &str, answers: &str, lang: &str, today: &str) -> Result<Rendered, String> {
    let plan = from_bytes(answers.as_bytes()).map_err(|_| "answers".to_string())?;
    let lang = Lang::from_code(lang).unwrap_or_default();
    let today: Date = today.parse().map_err(|()| "today".to_string())?;
    let summary = summarise(&plan, lang);
    let text = |d: Document| (d.filename, d.mime, d.body.into_bytes());
    let (filename, mime, body) = match format {
        "docx" => {
            let d = docx::render(&summary, today);
            (d.filename, d.mime, d.body)
        }
        "html" => text(html::render(&summary, today)),
        // The plan screen's document: a tree for the app to build, not a file. The app checks
        // it against the closed sets of tags and attributes (`markup::decode`).
        "screen" => {
            // The five models compared come along, for the plan screen's disclosure.
            let mut nodes = html::screen(&summary, today);
            nodes.push(
                markup::el(markup::Tag::Div)
                    .id("koers-aside-models")
                    .child(html::model_comparison(&summary.governance, lang))
                    .into(),
            );
            (
                String::new(),
                "application/json",
                markup::encode(&nodes).into_bytes(),
            )
        }
        // The plan to print: the standalone document's body as a tree, named by its title.
        "print" => {
            let (title, body) = html::print(&summary, today);
            (
                title,
                "application/json",
                markup::encode(&[body]).into_bytes(),
            )
        }
        "markdown" => text(markdown::render(&summary, today)),
        // A question screen's judgement: what the app shows beside the questions.
        other if other.starts_with("aside:") => {
            let screen = other
                .strip_prefix("aside:")
                .and_then(Screen::from_key)
                .ok_or_else(|| format!("format: {other}"))?;
            (
                String::new(),
                "application/json",
                markup::encode(&asides::render(&plan, screen, lang)).into_bytes(),
            )
        }
        // Check-your-answers, with each section's status as the app knows it (one letter each).
        other if other.starts_with("review:") => {
            let statuses: Vec<_> = other
                .chars()
                .skip("review:".len())
                .map(koers::wizard::Status::from_letter)
                .collect::<Option<_>>()
                .ok_or_else(|| format!("format: {other}"))?;
            (
                String::new(),
                "application/json",
                markup::encode(&[asides::review(&plan, lang, &statuses)]).into_bytes(),
            )
        }
        "ics" => text(ics::render(&summary, today)),
        // The progress report of the latest evaluation: the one the board discusses now.
        // `report-docx:2`: the report of that evaluation, for one finished earlier.
        other if other.starts_with("report-") => {
            let none = || "evaluation".to_string();
            let (format, last) = match other.split_once(':') {
                Some((kind, index)) => (kind, index.parse::<usize>().map_err(|_| none())?),
                None => (
                    other,
                    plan.evaluations.len().checked_sub(1).ok_or_else(none)?,
                ),
            };
            match format {
                "report-docx" => {
                    let d = report::render_docx(&plan, last, lang, today).ok_or_else(none)?;
                    (d.filename, d.mime, d.body)
                }
                "report-html" => {
                    text(report::render_html(&plan, last, lang, today).ok_or_else(none)?)
                }
                "report-markdown" => {
                    text(report::render_markdown(&plan, last, lang, today).ok_or_else(none)?)
                }
                _ => return Err(format!("format: {other}")),
            }
        }
        other => return Err(format!("format: {other}")),
    };
    Ok(Rendered {
        filename,
        mime: mime.to_string(),
        body,
    })
}

/// The stylesheet of the document to print: applied by the app as a stylesheet made in script,
/// which a strict Content-Security-Policy allows where an inline style is refused.
#[wasm_bindgen]
#[must_use]
pub fn print_style() -> String {
    html::STYLE.to_string()
}

/// The share-link fragment (without `#`) for `answers`, an answers document the app wrote.
#[wasm_bindgen]
#[must_use]
pub fn share_fragment(answers: &str) -> String {
    share::pack(answers)
}

/// Unpacks a share-link fragment into the answers document inside it, not yet read (the app
/// reads it, with its own limits and messages). The error is a `ShareError` key.
///
/// # Errors
/// `not_a_link`, `too_large` or `damaged`.
#[wasm_bindgen]
pub fn share_unpack(fragment: &str) -> Result<Vec<u8>, String> {
    share::unpack(fragment).map_err(|e| e.key().to_string())
}

/// The QR code of `text` (a workshop's score-only link) as an encoded markup tree named `name`,
/// or nothing when the text does not fit in a QR code.
#[wasm_bindgen]
#[must_use]
pub fn qr(text: &str, name: &str) -> Option<String> {
    koers::export::qr::qr(text, name).map(|node| koers::export::markup::encode(&[node]))
}
