//! The plan as one standalone HTML document: inline CSS, no scripts, no external assets, and
//! a print stylesheet that makes a clean A4 PDF from the browser's print dialog. The output is
//! also well-formed XML, so a strict parser can check it.

use super::outline::{outline, stage_mark, Block, Outline};
use super::{file_stem, svg, Document};
use crate::domain::Stage;
use crate::i18n::{Label, Lang, T};
use crate::wizard::PlanSummary;
use std::fmt::Write;

/// Escapes text for HTML element content and quoted attribute values.
#[must_use]
pub fn escape(text: &str) -> String {
    super::escape_xml(text, false)
}

const STYLE: &str = r"
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; color: #1b1b1b; line-height: 1.5; margin: 0; background: #fff; }
main { max-width: 48rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; }
.cover { border-top: 8px solid #1d5b79; padding-top: 1.5rem; margin-bottom: 2rem; }
.cover .kicker { color: #4a4a4a; font-weight: 600; margin: 0; }
h1 { font-size: 2rem; line-height: 1.2; margin: .25rem 0 1rem; }
h2 { font-size: 1.35rem; border-bottom: 2px solid #1d5b79; padding-bottom: .2rem; margin: 2rem 0 .75rem; }
h3 { font-size: 1.1rem; margin: 1.25rem 0 .4rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .95rem; }
th, td { border: 1px solid #b1b4b6; padding: .35rem .5rem; text-align: left; vertical-align: top; overflow-wrap: break-word; }
tbody th { min-width: 7rem; }
thead th { background: #eef3f6; }
dl.facts { display: grid; grid-template-columns: minmax(10rem, 1fr) 2fr; gap: .25rem 1rem; }
dl.facts dt { font-weight: 700; }
dl.facts dd { margin: 0; overflow-wrap: break-word; min-width: 0; }
.open { color: #8a5a00; font-style: italic; }
.note { border-left: 5px solid #b1b4b6; padding: .25rem .75rem; background: #f7f7f5; }
ol.stages { display: flex; flex-wrap: wrap; gap: .4rem; list-style: none; padding: 0; }
ol.stages li { border: 2px solid #b1b4b6; border-radius: 4px; padding: .25rem .5rem; }
ol.stages li.current { border: 3px solid #1d5b79; font-weight: 700; }
ol.stages li.target { border: 3px dashed #8a5a00; }
.toc ol { padding-left: 2.2rem; }
svg { max-width: 100%; height: auto; }
footer { color: #4a4a4a; font-size: .85rem; margin-top: 3rem; }
@page { size: A4; margin: 18mm 16mm 20mm; @bottom-right { content: counter(page) ' / ' counter(pages); font-size: 9pt; } }
@media print {
  main { max-width: none; padding: 0; }
  .cover { break-after: page; }
  h2, h3 { break-after: avoid; }
  tr, li, dl.facts, svg, .keep { break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
}
";

/// Where the blocks are shown: a standalone document with its own stylesheet, or the plan
/// screen of the app, which styles them with its own classes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Flavour {
    Standalone,
    Screen,
}

fn table(out: &mut String, head: &[String], rows: &[Vec<String>], flavour: Flavour, label: &str) {
    if flavour == Flavour::Screen {
        // Wide tables scroll sideways on a phone; a scrolling region must take keyboard focus.
        let _ = write!(
            out,
            r#"<div class="koers-table-wrap" tabindex="0" role="region" aria-label="{}"><table class="koers-table">"#,
            escape(label)
        );
    } else {
        out.push_str("<table>");
    }
    out.push_str("<thead><tr>");
    for h in head {
        let _ = write!(out, r#"<th scope="col">{}</th>"#, escape(h));
    }
    out.push_str("</tr></thead><tbody>");
    for row in rows {
        out.push_str("<tr>");
        for (i, cell) in row.iter().enumerate() {
            if i == 0 {
                let _ = write!(out, r#"<th scope="row">{}</th>"#, escape(cell));
            } else {
                let _ = write!(out, "<td>{}</td>", escape(cell));
            }
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table>");
    if flavour == Flavour::Screen {
        out.push_str("</div>");
    }
}

/// Renders the document. `today` is the date on the cover.
#[must_use]
pub fn render(s: &PlanSummary, today: crate::domain::Date) -> Document {
    let l = s.lang;
    let doc = outline(s, today);
    let mut out = String::with_capacity(24_000);
    let _ = write!(
        out,
        r#"<!DOCTYPE html><html lang="{}" xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>{}</title><style>{STYLE}</style></head><body><main>"#,
        l.code(),
        escape(&doc.title)
    );
    let _ = write!(
        out,
        r#"<header class="cover"><p class="kicker">Koers</p><h1>{}</h1><p>{}</p>"#,
        escape(&doc.title),
        escape(&doc.made)
    );
    if let Some(open) = &doc.open {
        let _ = write!(
            out,
            r#"<p class="open">{}: {}</p>"#,
            T::OpenPoint.get(l),
            escape(open)
        );
    }
    let _ = write!(
        out,
        r#"<nav class="toc" aria-label="{0}"><h2>{0}</h2><ol>"#,
        T::DocContents.get(l)
    );
    for (id, title) in doc.sections() {
        let _ = write!(out, r##"<li><a href="#{id}">{}</a></li>"##, escape(title));
    }
    out.push_str("</ol></nav></header>");
    blocks(&mut out, &doc, l, Flavour::Standalone);
    let _ = write!(
        out,
        "<footer><p>{} · Koers</p></footer></main></body></html>",
        escape(&doc.made)
    );
    Document {
        filename: format!("{}.html", file_stem(&s.org_name)),
        mime: "text/html;charset=utf-8",
        body: out,
    }
}

/// The plan as the app's plan screen shows it: the same outline as the downloads, without the
/// cover and contents (the screen has its own heading), in the app's classes. Every text is
/// escaped as in the standalone document, which is what lets the app insert it as markup.
#[must_use]
pub fn screen(s: &PlanSummary, today: crate::domain::Date) -> String {
    let doc = outline(s, today);
    let mut out = String::with_capacity(16_000);
    if let Some(open) = &doc.open {
        let _ = write!(
            out,
            r#"<p class="koers-notice">{}: {}</p>"#,
            T::OpenPoint.get(s.lang),
            escape(open)
        );
    }
    blocks(&mut out, &doc, s.lang, Flavour::Screen);
    out
}

/// Writes the outline's blocks, section by section.
fn blocks(out: &mut String, doc: &Outline, l: Lang, flavour: Flavour) {
    let screen = flavour == Flavour::Screen;
    // The screen's classes, or none: the standalone stylesheet styles bare elements.
    let class = |name: &str| {
        if screen {
            format!(r#" class="{name}""#)
        } else {
            String::new()
        }
    };
    let mut heading = "";
    let mut tables_under_heading = 0;
    let mut in_section = false;
    for block in &doc.blocks {
        match block {
            Block::Section { id, title } => {
                if in_section {
                    out.push_str("</section>");
                }
                in_section = true;
                (heading, tables_under_heading) = (title, 0);
                if screen {
                    // Prefixed: on the page these ids share a document with the host's.
                    let _ = write!(
                        out,
                        r#"<section><h2 class="koers-h2" id="koers-doc-{id}">{}</h2>"#,
                        escape(title)
                    );
                } else {
                    let _ = write!(out, r#"<section id="{id}"><h2>{}</h2>"#, escape(title));
                }
            }
            Block::Subheading(text) => {
                (heading, tables_under_heading) = (text, 0);
                let _ = write!(out, "<h3{}>{}</h3>", class("koers-h3"), escape(text));
            }
            Block::Para(text) => {
                let _ = write!(out, "<p>{}</p>", escape(text));
            }
            Block::Note(text) => {
                let note = if screen { "koers-notice" } else { "note" };
                let _ = write!(out, r#"<p class="{note}">{}</p>"#, escape(text));
            }
            Block::Open(text) => {
                let open = if screen { "koers-notice" } else { "open" };
                let _ = write!(
                    out,
                    r#"<p class="{open}">{}: {}</p>"#,
                    T::OpenPoint.get(l),
                    escape(text)
                );
            }
            Block::List(items) => {
                let _ = write!(out, "<ul{}>", class("koers-list"));
                for i in items {
                    let _ = write!(out, "<li>{}</li>", escape(i));
                }
                out.push_str("</ul>");
            }
            Block::Facts(pairs) => {
                let facts = if screen { "koers-dl" } else { "facts" };
                let _ = write!(out, r#"<dl class="{facts}">"#);
                for (k, v) in pairs {
                    let _ = write!(out, "<dt>{}</dt><dd>{}</dd>", escape(k), escape(v));
                }
                out.push_str("</dl>");
            }
            Block::Table { head, rows } => {
                // Each scrolling region needs a name of its own: the heading above it, and for
                // a second table under the same heading, its first column too.
                let label = match (tables_under_heading, head.first()) {
                    (0, _) | (_, None) => heading.to_string(),
                    (_, Some(first)) => format!("{heading}: {first}"),
                };
                tables_under_heading += 1;
                table(out, head, rows, flavour, &label);
            }
            Block::Stages { current, target } if screen => {
                let _ = write!(
                    out,
                    r#"<ol class="koers-stages" aria-label="{}">"#,
                    T::StagesVisual.get(l)
                );
                for st in Stage::ALL {
                    let mark = stage_mark(*st, *current, *target);
                    let state = match mark {
                        Some(T::YouAreHere) => " koers-stage--current",
                        Some(_) => " koers-stage--target",
                        None if st < current => " koers-stage--past",
                        None => "",
                    };
                    let _ = write!(
                        out,
                        r#"<li class="koers-stage{state}"><span class="koers-stage-number">{}</span> <span class="koers-stage-name">{}</span>"#,
                        st.number(),
                        st.label(l)
                    );
                    if let Some(m) = mark {
                        let tag = if m == T::YouAreHere {
                            "koers-tag"
                        } else {
                            "koers-tag koers-tag--target"
                        };
                        let _ = write!(out, r#" <span class="{tag}">{}</span>"#, m.get(l));
                    }
                    out.push_str("</li>");
                }
                out.push_str("</ol>");
            }
            Block::Stages { current, target } => {
                out.push_str(r#"<ol class="stages">"#);
                for st in Stage::ALL {
                    let mark = stage_mark(*st, *current, *target);
                    let class = match mark {
                        Some(T::YouAreHere) => r#" class="current""#,
                        Some(_) => r#" class="target""#,
                        None => "",
                    };
                    let mark = mark.map(|m| format!(" ({})", m.get(l))).unwrap_or_default();
                    let _ = write!(
                        out,
                        "<li{class}>{}. {}{}</li>",
                        st.number(),
                        st.label(l),
                        escape(&mark)
                    );
                }
                out.push_str("</ol>");
            }
            Block::Chart(tl) => {
                let figure = if screen { "koers-figure" } else { "keep" };
                let _ = write!(
                    out,
                    r#"<figure class="{figure}">{}</figure>"#,
                    svg::gantt(tl, l)
                );
            }
        }
    }
    if in_section {
        out.push_str("</section>");
    }
}
