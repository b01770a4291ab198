//! The plan as one standalone HTML document: inline CSS, no scripts, no external assets, and
//! a print stylesheet that makes a clean A4 PDF from the browser's print dialog. The output is
//! also well-formed XML, so a strict parser can check it.

use super::outline::{outline, stage_mark, Block};
use super::{file_stem, svg, Document};
use crate::domain::Stage;
use crate::i18n::{Label, T};
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

fn table(out: &mut String, head: &[String], rows: &[Vec<String>]) {
    out.push_str("<table><thead><tr>");
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
    let mut in_section = false;
    for block in &doc.blocks {
        match block {
            Block::Section { id, title } => {
                if in_section {
                    out.push_str("</section>");
                }
                in_section = true;
                let _ = write!(out, r#"<section id="{id}"><h2>{}</h2>"#, escape(title));
            }
            Block::Subheading(text) => {
                let _ = write!(out, "<h3>{}</h3>", escape(text));
            }
            Block::Para(text) => {
                let _ = write!(out, "<p>{}</p>", escape(text));
            }
            Block::Note(text) => {
                let _ = write!(out, r#"<p class="note">{}</p>"#, escape(text));
            }
            Block::Open(text) => {
                let _ = write!(
                    out,
                    r#"<p class="open">{}: {}</p>"#,
                    T::OpenPoint.get(l),
                    escape(text)
                );
            }
            Block::List(items) => {
                out.push_str("<ul>");
                for i in items {
                    let _ = write!(out, "<li>{}</li>", escape(i));
                }
                out.push_str("</ul>");
            }
            Block::Facts(pairs) => {
                out.push_str(r#"<dl class="facts">"#);
                for (k, v) in pairs {
                    let _ = write!(out, "<dt>{}</dt><dd>{}</dd>", escape(k), escape(v));
                }
                out.push_str("</dl>");
            }
            Block::Table { head, rows } => table(&mut out, head, rows),
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
                let _ = write!(
                    out,
                    r#"<figure class="keep">{}</figure>"#,
                    svg::gantt(tl, l)
                );
            }
        }
    }
    if in_section {
        out.push_str("</section>");
    }
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
