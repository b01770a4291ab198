//! The plan as one standalone HTML document: inline CSS, no scripts, no external assets, and
//! a print stylesheet that makes a clean A4 PDF from the browser's print dialog. The output is
//! also well-formed XML, so a strict parser can check it. Also the plan screen's document and
//! the views the app shares with it (the five stages, the model comparison), as
//! `markup::Node` trees: every text reaches markup through `markup::write_html` or the app's
//! view of the tree, which escape it.

use super::markup::{el, write_html, Attr, Element, Node, Tag};
use super::outline::{outline, stage_mark, Block, Outline};
use super::{file_stem, radar, svg, Document};
use crate::domain::Stage;
use crate::i18n::{self, Label, Lang, D, T};
use crate::wizard::{GovernanceView, PlanSummary};

/// The standalone document's stylesheet, with its print rules.
pub const STYLE: &str = r"
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; color: #1b1b1b; line-height: 1.5; margin: 0; background: #fff; }
main { max-width: 48rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; }
.cover { border-top: 8px solid #1d5b79; padding-top: 1.5rem; margin-bottom: 2rem; }
.cover .kicker { color: #4a4a4a; font-weight: 600; margin: 0; }
h1 { font-size: 2rem; line-height: 1.2; margin: .25rem 0 1rem; overflow-wrap: break-word; hyphens: auto; }
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
/* On a phone, a wide table scrolls inside its box rather than widening the page, and each
   chart shows its narrow drawing (the wide one's text would be 4 px). Paper gets the wide one. */
.table-wrap { overflow-x: auto; }
figure { margin: 1rem 0; }
.charts > .koers-chart-narrow { display: none; width: 100%; max-width: min(100%, 460px); }
@media screen and (max-width: 40em) {
  main { padding: 1.25rem 1rem 3rem; }
  h1 { font-size: 1.5rem; }
  .charts > svg { display: none; }
  .charts > .koers-chart-narrow { display: block; }
  dl.facts { grid-template-columns: 1fr; }
  dl.facts dd { margin-bottom: .4rem; }
  table.cards, table.cards tbody, table.cards tr, table.cards th, table.cards td { display: block; }
  table.cards thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  table.cards tr { border: 1px solid #b1b4b6; border-radius: 4px; margin: 0 0 .6rem; padding: .3rem .6rem; }
  table.cards th, table.cards td { border: 0; padding: .15rem 0; }
  table.cards tbody th { min-width: 0; }
  table.cards td[data-label]::before { content: attr(data-label) ': '; font-weight: 600; }
}
footer { color: #4a4a4a; font-size: .85rem; margin-top: 3rem; }
@page { size: A4; margin: 18mm 16mm 20mm; @bottom-right { content: counter(page) ' / ' counter(pages); font-size: 9pt; } }
@media print {
  main { max-width: none; padding: 0; }
  .cover { break-after: page; }
  h2, h3 { break-after: avoid; }
  tr, li, dl.facts, svg, .keep { break-inside: avoid; }
  .table-wrap { overflow: visible; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
}
";

/// Where a shared view is shown: a standalone document with its own stylesheet, or a screen of
/// the app, which styles it with its own classes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flavour {
    Standalone,
    Screen,
}

/// A table of text, `label` naming its scrolling region; `id` for a screen's own table.
pub fn table(
    head: &[String],
    rows: &[Vec<String>],
    flavour: Flavour,
    label: &str,
    id: Option<&str>,
) -> Node {
    // Three columns or more do not fit a phone: there each row becomes a card, its cells
    // labelled with their column's head. The roles keep it a table for a screen reader once
    // the stylesheet changes how its parts are displayed.
    let cards = head.len() >= 3;
    let role = |e: Element, r: &str| if cards { e.attr(Attr::Role, r) } else { e };
    let mut head_row = role(el(Tag::Tr), "row");
    for h in head {
        head_row.push(
            role(el(Tag::Th), "columnheader")
                .attr(Attr::Scope, "col")
                .text(h),
        );
    }
    let mut body = role(el(Tag::Tbody), "rowgroup");
    for row in rows {
        let mut tr = role(el(Tag::Tr), "row");
        for (i, cell) in row.iter().enumerate() {
            let cell_el = if i == 0 {
                role(el(Tag::Th), "rowheader").attr(Attr::Scope, "row")
            } else {
                let td = role(el(Tag::Td), "cell");
                match head.get(i) {
                    Some(h) if cards => td.attr(Attr::DataLabel, h),
                    _ => td,
                }
            };
            tr.push(cell_el.text(cell));
        }
        body.push(tr);
    }
    let mut table = role(el(Tag::Table), "table");
    if let Some(id) = id {
        table = table.id(id);
    }
    let table = table
        .child(role(el(Tag::Thead), "rowgroup").child(head_row))
        .child(body);
    // Two-column tables that are still wide scroll sideways on a phone (the downloaded
    // document is opened on one too); a scrolling region must take keyboard focus.
    let (wrap, table) = match flavour {
        Flavour::Standalone if cards => ("table-wrap", table.class("cards")),
        Flavour::Standalone => ("table-wrap", table),
        Flavour::Screen if cards => (
            "koers-table-wrap",
            table.class("koers-table koers-table--cards"),
        ),
        Flavour::Screen => ("koers-table-wrap", table.class("koers-table")),
    };
    el(Tag::Div)
        .class(wrap)
        .attr(Attr::Tabindex, "0")
        .attr(Attr::Role, "region")
        .attr(Attr::AriaLabel, label)
        .child(table)
        .into()
}

/// The standalone document's title and body: cover, contents, sections and footer.
#[must_use]
pub fn print(s: &PlanSummary, today: crate::domain::Date) -> (String, Node) {
    print_outline(&outline(s, today), s.lang)
}

/// An outline's standalone title and body (the plan's, or a progress report's): cover,
/// contents, sections and footer.
#[must_use]
pub fn print_outline(doc: &Outline, l: Lang) -> (String, Node) {
    let mut cover = el(Tag::Header)
        .class("cover")
        .child(el(Tag::P).class("kicker").text("Koers"))
        .child(el(Tag::H1).text(&doc.title))
        .child(el(Tag::P).text(&doc.made));
    if let Some(open) = &doc.open {
        cover.push(labelled(D::SectionsIncomplete, open, "open", l));
    }
    let contents = D::DocContents.get(l);
    let mut toc = el(Tag::Ol);
    for (id, title) in doc.sections() {
        toc.push(el(Tag::Li).child(el(Tag::A).attr(Attr::Href, id).text(title)));
    }
    cover.push(
        el(Tag::Nav)
            .class("toc")
            .attr(Attr::AriaLabel, contents)
            .child(el(Tag::H2).text(contents))
            .child(toc),
    );
    let main = el(Tag::Main)
        .child(cover)
        .children_from(blocks(doc, l, Flavour::Standalone))
        .child(el(Tag::Footer).child(el(Tag::P).text(format!("{} · Koers", doc.made))));
    (doc.title.clone(), main.into())
}

/// Renders the document. `today` is the date on the cover.
#[must_use]
pub fn render(s: &PlanSummary, today: crate::domain::Date) -> Document {
    render_outline(&outline(s, today), s.lang, &file_stem(&s.org_name))
}

/// Renders an outline (the plan's, or a progress report's) as a standalone document named
/// `stem`.html.
#[must_use]
pub fn render_outline(doc: &Outline, lang: Lang, stem: &str) -> Document {
    let (title, main) = print_outline(doc, lang);
    let mut out = String::with_capacity(24_000);
    // The fixed frame: nothing in it comes from the plan or a translation.
    out.push_str(r#"<!DOCTYPE html><html lang=""#);
    out.push_str(lang.code());
    out.push_str(r#"" xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>"#);
    write_html(&el(Tag::Title).text(&title).into(), &mut out);
    out.push_str("<style>");
    out.push_str(STYLE);
    out.push_str("</style></head><body>");
    write_html(&main, &mut out);
    out.push_str("</body></html>");
    Document {
        filename: format!("{stem}.html"),
        mime: "text/html;charset=utf-8",
        body: out,
    }
}

/// "Open point: …" in a paragraph of the given class.
fn open_point(text: &str, class: &str, l: Lang) -> Element {
    labelled(D::OpenPoint, text, class, l)
}

/// A remark with its label in front ("Open punt: …", "Nog niet volledig ingevuld: …").
fn labelled(label: D, text: &str, class: &str, l: Lang) -> Element {
    el(Tag::P)
        .class(class)
        .text(format!("{}: {text}", label.get(l)))
}

/// The plan as the app's plan screen shows it: the same outline as the downloads, without the
/// cover and contents (the screen has its own heading), in the app's classes. The documents
/// module hands it to the app with `markup::encode`.
#[must_use]
pub fn screen(s: &PlanSummary, today: crate::domain::Date) -> Vec<Node> {
    let doc = outline(s, today);
    let mut out = Vec::new();
    if let Some(open) = &doc.open {
        out.push(labelled(D::SectionsIncomplete, open, "koers-notice", s.lang).into());
    }
    out.extend(blocks(&doc, s.lang, Flavour::Screen));
    out
}

/// The outline's blocks, section by section.
fn blocks(doc: &Outline, l: Lang, flavour: Flavour) -> Vec<Node> {
    let screen = flavour == Flavour::Screen;
    // The screen's class, or none: the standalone stylesheet styles bare elements.
    let styled = |e: Element, class: &str| if screen { e.class(class) } else { e };
    let mut out = Vec::new();
    let mut section: Option<Element> = None;
    let mut heading = "";
    let mut tables_under_heading = 0;
    for block in &doc.blocks {
        let node: Node = match block {
            Block::Section { id, title } => {
                out.extend(section.take().map(Node::from));
                (heading, tables_under_heading) = (title, 0);
                section = Some(if screen {
                    // Prefixed: on the page these ids share a document with the host's.
                    el(Tag::Section).child(
                        el(Tag::H2)
                            .class("koers-h2")
                            .id(format!("koers-doc-{id}"))
                            .text(title),
                    )
                } else {
                    el(Tag::Section).id(*id).child(el(Tag::H2).text(title))
                });
                continue;
            }
            Block::Subheading(text) => {
                (heading, tables_under_heading) = (text, 0);
                styled(el(Tag::H3), "koers-h3").text(text).into()
            }
            Block::Para(text) => el(Tag::P).text(text).into(),
            Block::Note(text) => el(Tag::P)
                .class(if screen { "koers-notice" } else { "note" })
                .text(text)
                .into(),
            Block::Open(text) => {
                open_point(text, if screen { "koers-notice" } else { "open" }, l).into()
            }
            Block::List(items) => styled(el(Tag::Ul), "koers-list")
                .children_from(items.iter().map(|i| el(Tag::Li).text(i)))
                .into(),
            Block::Facts(pairs) => {
                let mut dl = el(Tag::Dl).class(if screen { "koers-dl" } else { "facts" });
                for (k, v) in pairs {
                    dl.push(el(Tag::Dt).text(k));
                    dl.push(el(Tag::Dd).text(v));
                }
                dl.into()
            }
            Block::Table { head, rows } => {
                // Each scrolling region needs a name of its own: the heading above it, and for
                // a second table under the same heading, its first column too.
                let label = match (tables_under_heading, head.first()) {
                    (0, _) | (_, None) => heading.to_string(),
                    (_, Some(first)) => format!("{heading}: {first}"),
                };
                tables_under_heading += 1;
                table(head, rows, flavour, &label, None)
            }
            Block::Stages { current, target } => stages(*current, *target, l, flavour),
            Block::Chart(tl) => match chart(screen, |layout| Some(svg::gantt(tl, l, layout))) {
                Some(figure) => figure,
                None => continue,
            },
            Block::Radar { axes, series } => {
                match chart(screen, |layout| radar::radar(axes, series, l, layout)) {
                    Some(figure) => figure,
                    None => continue,
                }
            }
        };
        match section.as_mut() {
            Some(s) => s.push(node),
            None => out.push(node),
        }
    }
    out.extend(section.map(Node::from));
    out
}

/// A chart's figure with both layouts (`svg::both`), of which the stylesheet shows the one
/// that fits: the app's by the chart's box, the document's by the page's width (paper takes
/// the wide one). `None` where the chart draws nothing.
fn chart(screen: bool, draw: impl Fn(svg::Layout) -> Option<Node>) -> Option<Node> {
    let class = if screen {
        "koers-figure koers-charts"
    } else {
        "keep charts"
    };
    Some(
        el(Tag::Figure)
            .class(class)
            .children_from(svg::both(draw)?)
            .into(),
    )
}

/// The five stages as an ordered list, with the current and the target stage marked in words,
/// not only in colour. The one source of this list for the documents and the app.
#[must_use]
pub fn stages(current: Stage, target: Stage, l: Lang, flavour: Flavour) -> Node {
    let mut list = el(Tag::Ol);
    for st in Stage::ALL {
        let mark = stage_mark(*st, current, target);
        let item = match flavour {
            Flavour::Screen => {
                let state = match mark {
                    Some(D::YouAreHere) => "koers-stage koers-stage--current",
                    Some(_) => "koers-stage koers-stage--target",
                    None if *st < current => "koers-stage koers-stage--past",
                    None => "koers-stage",
                };
                let mut li = el(Tag::Li)
                    .class(state)
                    .child(
                        el(Tag::Span)
                            .class("koers-stage-number")
                            .text(st.number().to_string()),
                    )
                    .text(" ")
                    .child(el(Tag::Span).class("koers-stage-name").text(st.label(l)));
                if let Some(m) = mark {
                    let tag = if m == D::YouAreHere {
                        "koers-tag"
                    } else {
                        "koers-tag koers-tag--target"
                    };
                    li = li.text(" ").child(el(Tag::Span).class(tag).text(m.get(l)));
                }
                li
            }
            Flavour::Standalone => {
                let li = el(Tag::Li);
                let li = match mark {
                    Some(D::YouAreHere) => li.class("current"),
                    Some(_) => li.class("target"),
                    None => li,
                };
                let mark = mark.map(|m| format!(" ({})", m.get(l))).unwrap_or_default();
                li.text(format!("{}. {}{mark}", st.number(), st.label(l)))
            }
        };
        list.push(item);
    }
    match flavour {
        Flavour::Screen => list
            .class("koers-stages")
            .attr(Attr::AriaLabel, D::StagesVisual.get(l))
            .into(),
        Flavour::Standalone => list.class("stages").into(),
    }
}

/// The five models side by side, with the recommended one marked: a table on a desk, stacked
/// cards on a phone (the app's stylesheet). Only the app shows it; the documents compare the
/// models in a table.
#[must_use]
pub fn model_comparison(g: &GovernanceView, l: Lang) -> Node {
    let mut all = el(Tag::Div)
        .class("koers-models")
        .id("koers-model-comparison");
    for m in &g.ranked {
        let key = m.model.key();
        let best = m.model == g.recommended;
        let mut title = el(Tag::H3)
            .class("koers-h3")
            .id(format!("koers-model-{key}"))
            .text(m.model.label(l));
        if best {
            title = title
                .text(" ")
                .child(el(Tag::Span).class("koers-tag").text(T::Recommended.get(l)));
        }
        let fact = |dl: Element, term: &str, value: &str| {
            dl.child(el(Tag::Dt).text(term))
                .child(el(Tag::Dd).text(value))
        };
        let facts = fact(
            el(Tag::Dl).class("koers-dl"),
            D::Pros.get(l),
            i18n::model_pros(m.model, l),
        );
        let facts = fact(facts, D::Cons.get(l), i18n::model_cons(m.model, l));
        let facts = fact(facts, D::Tip.get(l), i18n::model_tip(m.model, l));
        let mut card = el(Tag::Section)
            .class(if best {
                "koers-model koers-model--recommended"
            } else {
                "koers-model"
            })
            .attr(Attr::AriaLabelledby, format!("koers-model-{key}"))
            .attr(Attr::DataModel, key)
            .child(title)
            .child(el(Tag::P).class("koers-score").text(format!(
                "{}: {}",
                D::Score.get(l),
                m.score
            )))
            .child(el(Tag::P).text(i18n::model_summary(m.model, l)))
            .child(facts);
        if !m.reasons.is_empty() {
            card.push(el(Tag::P).class("koers-label").text(D::WhyScore.get(l)));
            card.push(
                el(Tag::Ul)
                    .class("koers-list koers-list--small")
                    .children_from(
                        m.reasons
                            .iter()
                            .map(|(r, d)| el(Tag::Li).text(format!("{r} ({d:+})"))),
                    ),
            );
        }
        all.push(card);
    }
    all.into()
}
