//! The plan as a Word document (.docx): real heading styles (Word's navigation pane and table
//! of contents work), real tables with repeating header rows and fixed widths that never split
//! a word (a section turns landscape when a table needs it), and the timeline as a drawing
//! with alternative text, in a minimal Office Open XML package. Written here rather than with a crate: the writer is small, and the best-known
//! crate (docx-rs) would add about 183 KB brotli to a first load budgeted at 150 KB.

mod chart;
pub mod layout;
mod radar;

use super::file_stem;
use super::outline::{outline, stage_mark, Block, Outline};
use crate::domain::{Date, Stage};
use crate::i18n::{Label, Lang, D, W};
use crate::wizard::PlanSummary;
use layout::{table_layout, TableLayout};

/// A binary download.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BinaryDocument {
    pub filename: String,
    pub mime: &'static str,
    pub body: Vec<u8>,
}

/// Word XML being written. Fixed syntax goes in through `raw`, which takes only constants;
/// everything else (user text, translations, numbers) through `text`, which escapes it.
struct Xml(String);

impl Xml {
    fn raw(&mut self, syntax: &'static str) {
        self.0.push_str(syntax);
    }

    /// One run per answer, so tabs and line breaks become spaces.
    fn text(&mut self, text: &str) {
        super::markup::escape_into(&mut self.0, text, true);
    }
}

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>"#;

const ROOT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>"#;

const DOC_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>"#;

const STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Calibri"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="nl-NL"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:color w:val="1D5B79"/><w:sz w:val="48"/><w:szCs w:val="48"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="1D5B79"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style><w:style w:type="paragraph" w:customStyle="1" w:styleId="KoersList"><w:name w:val="Koers List"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="60"/><w:ind w:left="360" w:hanging="360"/></w:pPr></w:style><w:style w:type="paragraph" w:customStyle="1" w:styleId="KoersNote"><w:name w:val="Koers Note"/><w:basedOn w:val="Normal"/><w:pPr><w:pBdr><w:left w:val="single" w:sz="24" w:space="8" w:color="B1B4B6"/></w:pBdr><w:shd w:val="clear" w:color="auto" w:fill="F7F7F5"/><w:ind w:left="240"/></w:pPr></w:style><w:style w:type="table" w:styleId="KoersTable"><w:name w:val="Koers Table"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="B1B4B6"/><w:left w:val="single" w:sz="4" w:space="0" w:color="B1B4B6"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="B1B4B6"/><w:right w:val="single" w:sz="4" w:space="0" w:color="B1B4B6"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="B1B4B6"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="B1B4B6"/></w:tblBorders><w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>"#;

fn para(out: &mut Xml, style: Option<&'static str>, runs: &[(&str, bool)]) {
    out.raw("<w:p>");
    if let Some(s) = style {
        out.raw(r#"<w:pPr><w:pStyle w:val=""#);
        out.raw(s);
        out.raw(r#""/></w:pPr>"#);
    }
    for (text, bold) in runs {
        out.raw("<w:r>");
        if *bold {
            out.raw("<w:rPr><w:b/></w:rPr>");
        }
        out.raw(r#"<w:t xml:space="preserve">"#);
        out.text(text);
        out.raw("</w:t></w:r>");
    }
    out.raw("</w:p>");
}

/// The number of columns a table has: its header's, else its first row's.
fn columns(head: Option<&[String]>, rows: &[Vec<String>]) -> usize {
    head.map_or_else(|| rows.first().map_or(1, Vec::len), <[String]>::len)
        .max(1)
}

/// A cell's paragraph: one run at the table's size.
fn cell_para(out: &mut Xml, text: &str, bold: bool, size: &str) {
    out.raw("<w:p><w:pPr><w:spacing w:after=\"60\"/></w:pPr><w:r><w:rPr>");
    if bold {
        out.raw("<w:b/>");
    }
    out.raw(r#"<w:sz w:val=""#);
    out.text(size);
    out.raw(r#""/><w:szCs w:val=""#);
    out.text(size);
    out.raw(r#""/></w:rPr><w:t xml:space="preserve">"#);
    out.text(text);
    out.raw("</w:t></w:r></w:p>");
}

/// A table with fixed column widths from `layout`, so Word and LibreOffice set it alike and
/// no word is split across lines.
fn table(out: &mut Xml, head: Option<&[String]>, rows: &[Vec<String>], layout: &TableLayout) {
    let cols = columns(head, rows);
    let size = layout.size.to_string();
    let total: u32 = layout.widths.iter().sum();
    out.raw(r#"<w:tbl><w:tblPr><w:tblStyle w:val="KoersTable"/><w:tblW w:w=""#);
    out.text(&total.to_string());
    out.raw(r#"" w:type="dxa"/><w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>"#);
    for w in &layout.widths {
        out.raw(r#"<w:gridCol w:w=""#);
        out.text(&w.to_string());
        out.raw(r#""/>"#);
    }
    out.raw("</w:tblGrid>");
    let mut row = |cells: &[String], header: bool| {
        out.raw("<w:tr><w:trPr><w:cantSplit/>");
        if header {
            out.raw("<w:tblHeader/>");
        }
        out.raw("</w:trPr>");
        for i in 0..cols {
            let text = cells.get(i).map_or("", String::as_str);
            let width = layout.widths.get(i).copied().unwrap_or(0);
            out.raw(r#"<w:tc><w:tcPr><w:tcW w:w=""#);
            out.text(&width.to_string());
            out.raw(r#"" w:type="dxa"/>"#);
            if header {
                out.raw(r#"<w:shd w:val="clear" w:color="auto" w:fill="EEF3F6"/>"#);
            }
            out.raw("</w:tcPr>");
            cell_para(out, text, header || i == 0, &size);
            out.raw("</w:tc>");
        }
        out.raw("</w:tr>");
    };
    if let Some(h) = head {
        row(h, true);
    }
    for r in rows {
        row(r, false);
    }
    out.raw("</w:tbl>");
    // Word needs a paragraph between two tables, or it merges them.
    para(out, None, &[]);
}

/// A table's header, if it has one, and its rows.
type Cells<'a> = (Option<&'a [String]>, Vec<Vec<String>>);

/// A table's header and rows as the outline has them; facts become two-column rows.
fn table_cells(block: &Block) -> Option<Cells<'_>> {
    match block {
        Block::Facts(pairs) => Some((
            None,
            pairs
                .iter()
                .map(|(k, v)| vec![k.clone(), v.clone()])
                .collect(),
        )),
        Block::Table { head, rows } => Some((Some(head.as_slice()), rows.clone())),
        _ => None,
    }
}

/// The running header and footer (rId2 and rId3 in `DOC_RELS`), page size and margins: A4
/// with 2 cm margins, upright or turned. Every section names the header and footer itself:
/// a section without them would print its pages with none.
fn section_properties(out: &mut Xml, landscape: bool) {
    out.raw(r#"<w:sectPr><w:headerReference w:type="default" r:id="rId2"/><w:footerReference w:type="default" r:id="rId3"/>"#);
    out.raw(if landscape {
        r#"<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>"#
    } else {
        r#"<w:pgSz w:w="11906" w:h="16838"/>"#
    });
    out.raw(r#"<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>"#);
}

/// About how many lines of text a block takes: enough to tell a section that fills a few
/// lines from one that fills a page, not a layout.
fn lines(block: &Block) -> usize {
    // Characters per line of landscape body text, and per line of a table cell.
    let prose = |t: &str| t.chars().count() / 150 + 1;
    match block {
        Block::Section { .. } | Block::Subheading(_) => 2,
        Block::Para(t) | Block::Note(t) | Block::Open(t) => prose(t),
        Block::List(items) => items.iter().map(|t| prose(t)).sum(),
        Block::Stages { .. } => Stage::ALL.len(),
        // The drawing alone is a third of a landscape page: never short.
        Block::Chart(_) => SHORT_SECTION + 1,
        Block::Radar { .. } => SHORT_SECTION,
        Block::Facts(_) | Block::Table { .. } => table_cells(block).map_or(0, |(head, rows)| {
            head.into_iter()
                .chain(rows.iter().map(Vec::as_slice))
                .map(|row| {
                    row.iter()
                        .map(|c| c.chars().count() / 40 + 1)
                        .max()
                        .unwrap_or(1)
                })
                .sum()
        }),
    }
}

/// The most lines a section may take and still join a neighbouring landscape run: about half
/// a landscape page.
const SHORT_SECTION: usize = 16;

/// Which top-level sections of the outline go on landscape pages. A section holding a table
/// too wide for a portrait page turns as a whole, so its heading stays with its table.
///
/// Why more than those: every change of orientation is a section break, which starts a new
/// page, so the page before it ends wherever its text runs out. A short section between a
/// portrait run and a landscape run (the measurement plan before the risks, the sources after
/// them) got a page of its own that was mostly empty. A short section next to a landscape run
/// therefore joins it: a few lines of text and a small table read well on a turned page. Only
/// short sections, and only the direct neighbours of a section that needs landscape, so a
/// long text never runs across the full landscape width and landscape never spreads through
/// the document. (Tables that just miss a portrait page at 9 pt stay landscape: at 8 pt the
/// risk table's long cells would run over several portrait pages in small type.)
fn landscape_sections(blocks: &[Block]) -> Vec<bool> {
    // Per section: whether a table in it needs landscape, and its length in lines.
    let mut sections: Vec<(bool, usize)> = Vec::new();
    for block in blocks {
        if matches!(block, Block::Section { .. }) {
            sections.push((false, 0));
        }
        let wide = table_cells(block).is_some_and(|(head, rows)| {
            table_layout(head, &rows, columns(head, &rows), false).landscape
        });
        if let Some((turned, length)) = sections.last_mut() {
            *turned |= wide;
            *length += lines(block);
        }
    }
    let wide = |i: Option<usize>| {
        i.and_then(|i| sections.get(i))
            .is_some_and(|(turned, _)| *turned)
    };
    (0..sections.len())
        .map(|i| {
            let (turned, length) = sections.get(i).copied().unwrap_or((false, 0));
            turned || (length <= SHORT_SECTION && (wide(i.checked_sub(1)) || wide(Some(i + 1))))
        })
        .collect()
}

fn document_xml(doc: &Outline, l: Lang) -> String {
    let mut out = Xml(String::with_capacity(40_000));
    out.raw(r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>"#);
    para(&mut out, Some("Title"), &[(&doc.title, false)]);
    para(&mut out, None, &[(&doc.made, false)]);
    if let Some(open) = &doc.open {
        para(
            &mut out,
            Some("KoersNote"),
            &[
                (D::SectionsIncomplete.get(l), true),
                (": ", true),
                (open, false),
            ],
        );
    }
    let turned = landscape_sections(&doc.blocks);
    let mut landscape = false;
    let mut section = 0;
    for block in &doc.blocks {
        match block {
            Block::Section { title, .. } => {
                let next = turned.get(section).copied().unwrap_or(false);
                section += 1;
                // A section break is a paragraph carrying the properties of the pages before it.
                if next != landscape {
                    out.raw("<w:p><w:pPr>");
                    section_properties(&mut out, landscape);
                    out.raw("</w:pPr></w:p>");
                    landscape = next;
                }
                para(&mut out, Some("Heading1"), &[(title, false)]);
            }
            Block::Subheading(text) => para(&mut out, Some("Heading2"), &[(text, false)]),
            Block::Para(text) => para(&mut out, None, &[(text, false)]),
            Block::Note(text) => para(&mut out, Some("KoersNote"), &[(text, false)]),
            Block::Open(text) => {
                para(
                    &mut out,
                    Some("KoersNote"),
                    &[(D::OpenPoint.get(l), true), (": ", true), (text, false)],
                );
            }
            Block::List(items) => {
                for item in items {
                    para(
                        &mut out,
                        Some("KoersList"),
                        &[("•\u{a0}\u{a0}", false), (item, false)],
                    );
                }
            }
            Block::Facts(_) | Block::Table { .. } => {
                if let Some((head, rows)) = table_cells(block) {
                    let layout = table_layout(head, &rows, columns(head, &rows), landscape);
                    table(&mut out, head, &rows, &layout);
                }
            }
            Block::Stages { current, target } => {
                for st in Stage::ALL {
                    let mark = stage_mark(*st, *current, *target);
                    let marked = mark.is_some();
                    let mark = mark.map(|m| format!(" ({})", m.get(l))).unwrap_or_default();
                    let text = format!("{}. {}{mark}", st.number(), st.label(l));
                    para(&mut out, Some("KoersList"), &[(&text, marked)]);
                }
            }
            Block::Chart(tl) => chart::write(&mut out, tl, l),
            Block::Radar { axes, series } => radar::write(&mut out, axes, series, l),
        }
    }
    section_properties(&mut out, landscape);
    out.raw("</w:body></w:document>");
    out.0
}

/// A paragraph of the header or footer: small grey type, no space after, so it stays within
/// the 1 cm between the page edge's header line and the text.
const MARGIN_PARA: &str = r#"<w:p><w:pPr><w:spacing w:after="0"/><w:jc w:val="center"/></w:pPr>"#;
const MARGIN_RUN: &str =
    r#"<w:r><w:rPr><w:color w:val="6F777B"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>"#;

/// The running header: the plan's title on every page, so a loose printed page says which
/// plan it belongs to.
fn header_xml(title: &str) -> String {
    let mut out = Xml(String::with_capacity(600));
    out.raw(r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#);
    out.raw(MARGIN_PARA);
    out.raw(MARGIN_RUN);
    out.raw(r#"<w:t xml:space="preserve">"#);
    out.text(title);
    out.raw("</w:t></w:r></w:p></w:hdr>");
    out.0
}

/// A field (PAGE or NUMPAGES) as begin, instruction, separator, a placeholder result and end:
/// the complex form, which Word and LibreOffice both update when they lay out the pages.
fn field(out: &mut Xml, instruction: &'static str) {
    out.raw(MARGIN_RUN);
    out.raw(r#"<w:fldChar w:fldCharType="begin"/></w:r>"#);
    out.raw(MARGIN_RUN);
    out.raw(r#"<w:instrText xml:space="preserve"> "#);
    out.raw(instruction);
    out.raw(r#" </w:instrText></w:r>"#);
    out.raw(MARGIN_RUN);
    out.raw(r#"<w:fldChar w:fldCharType="separate"/></w:r>"#);
    out.raw(MARGIN_RUN);
    out.raw(r#"<w:t>1</w:t></w:r>"#);
    out.raw(MARGIN_RUN);
    out.raw(r#"<w:fldChar w:fldCharType="end"/></w:r>"#);
}

/// The footer: "Pagina 7 van 16", so a board member can point to a page.
fn footer_xml(lang: Lang) -> String {
    let mut out = Xml(String::with_capacity(1_500));
    out.raw(r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#);
    out.raw(MARGIN_PARA);
    let words = |out: &mut Xml, before: &str, word: W, after: &str| {
        out.raw(MARGIN_RUN);
        out.raw(r#"<w:t xml:space="preserve">"#);
        out.text(before);
        out.text(word.get(lang));
        out.text(after);
        out.raw("</w:t></w:r>");
    };
    words(&mut out, "", W::Page, " ");
    field(&mut out, "PAGE");
    words(&mut out, " ", W::Of, " ");
    field(&mut out, "NUMPAGES");
    out.raw("</w:p></w:ftr>");
    out.0
}

fn core_xml(title: &str, lang: &str, today: Date) -> String {
    let mut out = Xml(String::with_capacity(600));
    out.raw(r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>"#);
    out.text(title);
    out.raw("</dc:title><dc:creator>Koers</dc:creator><dc:language>");
    out.text(lang);
    out.raw(r#"</dc:language><dcterms:created xsi:type="dcterms:W3CDTF">"#);
    out.text(&today.to_string());
    out.raw("T00:00:00Z</dcterms:created></cp:coreProperties>");
    out.0
}

/// Renders the Word document. `today` dates the document and the files in the package.
#[must_use]
pub fn render(s: &PlanSummary, today: Date) -> BinaryDocument {
    render_outline(&outline(s, today), s.lang, &file_stem(&s.org_name), today)
}

/// Renders an outline (the plan's, or a progress report's) as a Word document named
/// `stem`.docx; `today` dates the files in the package.
#[must_use]
pub fn render_outline(doc: &Outline, lang: Lang, stem: &str, today: Date) -> BinaryDocument {
    let title = &doc.title;
    let core = core_xml(title, lang.code(), today);
    let document = document_xml(doc, lang);
    let header = header_xml(title);
    let footer = footer_xml(lang);
    let parts: [(&str, &[u8]); 8] = [
        ("[Content_Types].xml", CONTENT_TYPES.as_bytes()),
        ("_rels/.rels", ROOT_RELS.as_bytes()),
        ("docProps/core.xml", core.as_bytes()),
        ("word/_rels/document.xml.rels", DOC_RELS.as_bytes()),
        ("word/document.xml", document.as_bytes()),
        ("word/styles.xml", STYLES.as_bytes()),
        ("word/header1.xml", header.as_bytes()),
        ("word/footer1.xml", footer.as_bytes()),
    ];
    BinaryDocument {
        filename: format!("{stem}.docx"),
        mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        body: zip(&parts, today),
    }
}

// Indexing in a const fn: `get_mut` is not const, and `i < 256` by the loop condition.
#[allow(clippy::indexing_slicing)]
const fn crc_table() -> [u32; 256] {
    let mut table = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 == 1 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
            k += 1;
        }
        table[i] = c;
        i += 1;
    }
    table
}

const CRC_TABLE: [u32; 256] = crc_table();

/// CRC-32 (IEEE), as ZIP requires.
#[must_use]
pub fn crc32(data: &[u8]) -> u32 {
    let mut c = 0xFFFF_FFFFu32;
    for b in data {
        let idx = ((c ^ u32::from(*b)) & 0xFF) as usize;
        c = CRC_TABLE.get(idx).copied().unwrap_or(0) ^ (c >> 8);
    }
    c ^ 0xFFFF_FFFF
}

/// A ZIP archive with stored (uncompressed) entries: every Office reader accepts it, and the
/// download is small anyway once the web server or the mail client compresses it.
fn zip(parts: &[(&str, &[u8])], today: Date) -> Vec<u8> {
    let (y, m, d) = today.ymd();
    let dos_date =
        u16::try_from(((y - 1980).clamp(0, 127) << 9) as u32 | (m << 5) | d).unwrap_or(0x21);
    let mut out = Vec::new();
    let mut central = Vec::new();
    let le16 = |v: &mut Vec<u8>, x: u16| v.extend_from_slice(&x.to_le_bytes());
    let le32 = |v: &mut Vec<u8>, x: u32| v.extend_from_slice(&x.to_le_bytes());
    for (name, data) in parts {
        let offset = u32::try_from(out.len()).unwrap_or(u32::MAX);
        let crc = crc32(data);
        let size = u32::try_from(data.len()).unwrap_or(u32::MAX);
        let name_len = u16::try_from(name.len()).unwrap_or(u16::MAX);
        le32(&mut out, 0x0403_4b50);
        le16(&mut out, 20); // version needed
        le16(&mut out, 0x0800); // UTF-8 names
        le16(&mut out, 0); // stored
        le16(&mut out, 0); // time
        le16(&mut out, dos_date);
        le32(&mut out, crc);
        le32(&mut out, size);
        le32(&mut out, size);
        le16(&mut out, name_len);
        le16(&mut out, 0);
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(data);

        le32(&mut central, 0x0201_4b50);
        le16(&mut central, 20); // made by
        le16(&mut central, 20);
        le16(&mut central, 0x0800);
        le16(&mut central, 0);
        le16(&mut central, 0);
        le16(&mut central, dos_date);
        le32(&mut central, crc);
        le32(&mut central, size);
        le32(&mut central, size);
        le16(&mut central, name_len);
        le16(&mut central, 0); // extra
        le16(&mut central, 0); // comment
        le16(&mut central, 0); // disk
        le16(&mut central, 0); // internal attributes
        le32(&mut central, 0); // external attributes
        le32(&mut central, offset);
        central.extend_from_slice(name.as_bytes());
    }
    let cd_offset = u32::try_from(out.len()).unwrap_or(u32::MAX);
    let cd_size = u32::try_from(central.len()).unwrap_or(u32::MAX);
    out.extend_from_slice(&central);
    let count = u16::try_from(parts.len()).unwrap_or(u16::MAX);
    le32(&mut out, 0x0605_4b50);
    le16(&mut out, 0);
    le16(&mut out, 0);
    le16(&mut out, count);
    le16(&mut out, count);
    le32(&mut out, cd_size);
    le32(&mut out, cd_offset);
    le16(&mut out, 0);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_matches_the_standard_check_value() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
    }

    #[test]
    fn xml_text_is_escaped_and_drops_what_xml_forbids() {
        let mut out = Xml(String::new());
        out.text("a<b>&\"'\u{1}]]>\tc\nd");
        assert_eq!(out.0, "a&lt;b&gt;&amp;&quot;&#39;]]&gt; c d");
    }
}
