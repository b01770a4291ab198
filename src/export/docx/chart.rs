//! The timeline as a Word drawing: one inline group of DrawingML shapes (a bar per phase
//! against a month axis, the phase names, go-live and evaluation moments), the same data as
//! the HTML chart in `svg`. Shapes rather than a picture, so no rasteriser is needed and Word
//! and LibreOffice both draw it; the group carries alternative text for screen readers, and
//! the dated phase table follows it for anyone who cannot see it.

use super::layout::PORTRAIT;
use super::Xml;
use crate::domain::{Date, PhaseKind};
use crate::i18n::{self, Label, Lang, T, W};
use crate::wizard::TimelineView;

/// One twip in DrawingML's English Metric Units.
const EMU_PER_TWIP: i64 = 635;
/// Geometry in twips.
const LABEL: i64 = 2500;
const RIGHT_PAD: i64 = 150;
const TOP: i64 = 340;
const ROW: i64 = 420;
const BAR: i64 = 290;
/// The least room a month label needs; narrower months are labelled every second or third.
const MONTH_LABEL: i64 = 460;

const INK: &str = "1B1B1B";
const ALERT: &str = "B3261E";
const GRID: &str = "D9DDE0";
const AXIS: &str = "6F777B";

fn colour(k: PhaseKind) -> &'static str {
    match k {
        PhaseKind::Monitor => "4C7A34",
        PhaseKind::Pilot | PhaseKind::Rollout => "8A5A00",
        _ => "1D5B79",
    }
}

fn num(out: &mut Xml, twips: i64) {
    out.text(&(twips * EMU_PER_TWIP).to_string());
}

/// Text set inside a shape.
pub(super) struct Caption<'a> {
    pub text: &'a str,
    pub size: &'static str,
    pub colour: &'static str,
    pub align: &'static str,
    pub bold: bool,
}

/// The group being drawn: it numbers its shapes, which Word wants unique in the document.
pub(super) struct Group<'a> {
    pub out: &'a mut Xml,
    pub next_id: u32,
}

/// How a freeform outline is stroked and filled.
pub(super) struct Stroke {
    pub colour: &'static str,
    /// Line width in twips.
    pub width: i64,
    pub dashed: bool,
    /// A fill in the line's colour at this opacity in thousandths of a percent (DrawingML's
    /// `alpha`), or none.
    pub fill_alpha: Option<u32>,
}

impl Group<'_> {
    /// A rectangle (or another preset geometry) at (x, y) in twips, filled or holding text.
    fn shape(
        &mut self,
        (x, y, w, h): (i64, i64, i64, i64),
        geometry: &'static str,
        fill: Option<&'static str>,
        label: Option<&Caption<'_>>,
        name: Option<&str>,
    ) {
        let id = self.next_id;
        self.next_id += 1;
        let out = &mut *self.out;
        out.raw(r#"<wps:wsp><wps:cNvPr id=""#);
        out.text(&id.to_string());
        out.raw(r#"" name=""#);
        // Word's selection pane lists shapes by name: a bar is named after its phase.
        match name {
            Some(n) => out.text(n),
            None => {
                out.raw("Shape ");
                out.text(&id.to_string());
            }
        }
        out.raw(r#""/>"#);
        out.raw(if label.is_some() {
            r#"<wps:cNvSpPr txBox="1"/>"#
        } else {
            "<wps:cNvSpPr/>"
        });
        out.raw(r#"<wps:spPr><a:xfrm><a:off x=""#);
        num(out, x);
        out.raw(r#"" y=""#);
        num(out, y);
        out.raw(r#""/><a:ext cx=""#);
        num(out, w.max(1));
        out.raw(r#"" cy=""#);
        num(out, h.max(1));
        out.raw(r#""/></a:xfrm><a:prstGeom prst=""#);
        out.raw(geometry);
        out.raw(r#""><a:avLst/></a:prstGeom>"#);
        match fill {
            Some(c) => {
                out.raw(r#"<a:solidFill><a:srgbClr val=""#);
                out.raw(c);
                out.raw(r#""/></a:solidFill>"#);
            }
            None => out.raw("<a:noFill/>"),
        }
        out.raw("<a:ln><a:noFill/></a:ln></wps:spPr>");
        if let Some(l) = label {
            out.raw(r#"<wps:txbx><w:txbxContent><w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val=""#);
            out.raw(l.align);
            out.raw(r#""/></w:pPr><w:r><w:rPr>"#);
            if l.bold {
                out.raw("<w:b/>");
            }
            out.raw(r#"<w:color w:val=""#);
            out.raw(l.colour);
            out.raw(r#""/><w:sz w:val=""#);
            out.raw(l.size);
            out.raw(r#""/><w:szCs w:val=""#);
            out.raw(l.size);
            out.raw(r#""/></w:rPr><w:t xml:space="preserve">"#);
            out.text(l.text);
            out.raw("</w:t></w:r></w:p></w:txbxContent></wps:txbx>");
        }
        out.raw(r#"<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="ctr" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp>"#);
    }

    pub(super) fn text(&mut self, rect: (i64, i64, i64, i64), label: &Caption<'_>) {
        self.shape(rect, "rect", None, Some(label), None);
    }

    /// A freeform line through `points` (twips in the group), closed into a polygon if
    /// `closed`. The shape covers the whole group, `size`, so its path's coordinates are the
    /// group's own.
    pub(super) fn path(
        &mut self,
        size: (i64, i64),
        points: &[(i64, i64)],
        closed: bool,
        stroke: &Stroke,
        name: &str,
    ) {
        let Some((first, rest)) = points.split_first() else {
            return;
        };
        let id = self.next_id;
        self.next_id += 1;
        let out = &mut *self.out;
        let point = |out: &mut Xml, (x, y): (i64, i64)| {
            out.raw(r#"<a:pt x=""#);
            num(out, x);
            out.raw(r#"" y=""#);
            num(out, y);
            out.raw(r#""/>"#);
        };
        out.raw(r#"<wps:wsp><wps:cNvPr id=""#);
        out.text(&id.to_string());
        out.raw(r#"" name=""#);
        out.text(name);
        out.raw(r#""/><wps:cNvSpPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx=""#);
        num(out, size.0);
        out.raw(r#"" cy=""#);
        num(out, size.1);
        out.raw(r#""/></a:xfrm><a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/><a:rect l="0" t="0" r="r" b="b"/><a:pathLst><a:path w=""#);
        num(out, size.0);
        out.raw(r#"" h=""#);
        num(out, size.1);
        out.raw(if stroke.fill_alpha.is_some() {
            r#""><a:moveTo>"#
        } else {
            r#"" fill="none"><a:moveTo>"#
        });
        point(out, *first);
        out.raw("</a:moveTo>");
        for p in rest {
            out.raw("<a:lnTo>");
            point(out, *p);
            out.raw("</a:lnTo>");
        }
        if closed {
            out.raw("<a:close/>");
        }
        out.raw("</a:path></a:pathLst></a:custGeom>");
        match stroke.fill_alpha {
            Some(alpha) => {
                out.raw(r#"<a:solidFill><a:srgbClr val=""#);
                out.raw(stroke.colour);
                out.raw(r#""><a:alpha val=""#);
                out.text(&alpha.to_string());
                out.raw(r#""/></a:srgbClr></a:solidFill>"#);
            }
            None => out.raw("<a:noFill/>"),
        }
        out.raw(r#"<a:ln w=""#);
        num(out, stroke.width);
        out.raw(r#""><a:solidFill><a:srgbClr val=""#);
        out.raw(stroke.colour);
        out.raw(r#""/></a:solidFill>"#);
        if stroke.dashed {
            out.raw(r#"<a:prstDash val="dash"/>"#);
        }
        out.raw(r#"<a:round/></a:ln></wps:spPr><wps:bodyPr/></wps:wsp>"#);
    }
}

/// What the chart shows, in words: its alternative text.
#[must_use]
pub fn alt_text(tl: &TimelineView, lang: Lang) -> String {
    let phases: Vec<String> = tl
        .phases
        .iter()
        .map(|p| {
            format!(
                "{} {} {} {}",
                p.kind.label(lang),
                i18n::date(p.start, lang),
                W::Through.get(lang),
                i18n::date(p.end, lang)
            )
        })
        .collect();
    format!(
        "{}: {}. {}: {}.",
        W::ChartAlt.get(lang),
        phases.join("; "),
        T::GoLive.get(lang),
        i18n::date(tl.go_live, lang)
    )
}

/// The first day of each month after `start` up to `end`.
fn month_starts(start: Date, end: Date) -> Vec<Date> {
    let (y, m, _) = start.ymd();
    let mut out = Vec::new();
    let mut next = Date::from_ymd(y, m, 1).map(|d| d.add_months(1));
    while let Some(d) = next.filter(|d| *d <= end) {
        out.push(d);
        next = Some(d.add_months(1));
    }
    out
}

/// Writes the chart as a paragraph holding one inline drawing.
pub fn write(out: &mut Xml, tl: &TimelineView, lang: Lang) {
    let width = i64::from(PORTRAIT);
    let span = width - LABEL - RIGHT_PAD;
    let last = tl.end.add_days(1);
    let total = i64::from(tl.start.days_until(last).max(1));
    let x = |d: Date| LABEL + i64::from(tl.start.days_until(d)).clamp(0, total) * span / total;
    let rows = i64::try_from(tl.phases.len()).unwrap_or(6);
    let axis = TOP + rows * ROW + 60;
    let height = axis + 520;

    open_drawing(
        out,
        (width, height),
        1,
        W::ChartName.get(lang),
        &alt_text(tl, lang),
    );
    let mut g = Group { out, next_id: 2 };
    // Month gridlines first, so the bars lie on top of them.
    let months = month_starts(tl.start, tl.end);
    for m in &months {
        g.shape(
            (x(*m) - 5, TOP - 40, 10, axis - TOP + 40),
            "rect",
            Some(GRID),
            None,
            None,
        );
    }
    for (i, p) in tl.phases.iter().enumerate() {
        let y = TOP + i64::try_from(i).unwrap_or(0) * ROW;
        g.text(
            (0, y, LABEL - 120, ROW),
            &Caption {
                text: p.kind.label(lang),
                size: "18",
                colour: INK,
                align: "left",
                bold: false,
            },
        );
        let x0 = x(p.start);
        let w = (x(p.end.add_days(1)) - x0).max(30);
        g.shape(
            (x0, y + (ROW - BAR) / 2, w, BAR),
            "rect",
            Some(colour(p.kind)),
            None,
            Some(p.kind.label(lang)),
        );
    }
    g.shape((LABEL, axis, span, 15), "rect", Some(AXIS), None, None);
    // A label for each month that has room, centred on it; the year under January and under
    // the first label, so the axis reads without the table.
    let mut edges = vec![tl.start];
    edges.extend(months.iter().copied());
    edges.push(last);
    let mut first = true;
    let mut room_from = LABEL;
    for pair in edges.windows(2) {
        let [from, to] = pair else { continue };
        let (x0, x1) = (x(*from), x(*to));
        let centre = (x0 + x1) / 2;
        if x1 - x0 < MONTH_LABEL / 2 || centre - MONTH_LABEL / 2 < room_from {
            continue;
        }
        let (y, m, _) = from.ymd();
        let rect = (centre - MONTH_LABEL / 2, axis + 60, MONTH_LABEL, 220);
        g.text(
            rect,
            &Caption {
                text: W::month(m, lang),
                size: "16",
                colour: INK,
                align: "center",
                bold: false,
            },
        );
        if first || m == 1 {
            g.text(
                (rect.0 - 100, axis + 280, MONTH_LABEL + 200, 220),
                &Caption {
                    text: &y.to_string(),
                    size: "16",
                    colour: AXIS,
                    align: "center",
                    bold: false,
                },
            );
        }
        first = false;
        room_from = centre + MONTH_LABEL / 2;
    }
    for m in tl
        .milestones
        .iter()
        .filter(|m| m.evaluation && m.date <= tl.end)
    {
        g.shape(
            (x(m.date) - 70, axis - 62, 140, 140),
            "diamond",
            Some(ALERT),
            None,
            None,
        );
    }
    let gx = x(tl.go_live);
    g.shape(
        (gx - 15, TOP - 60, 30, axis - TOP + 60),
        "rect",
        Some(ALERT),
        None,
        None,
    );
    // Right of the line, unless go-live is so late that the label would leave the drawing.
    let (lx, align) = if gx + 60 + 2000 > width {
        (gx - 2060, "right")
    } else {
        (gx + 60, "left")
    };
    g.text(
        (lx, 0, 2000, TOP - 60),
        &Caption {
            text: T::GoLive.get(lang),
            size: "16",
            colour: ALERT,
            align,
            bold: true,
        },
    );
    close_drawing(g.out);
}

/// Opens a paragraph holding one inline drawing of `size` twips: a group of shapes whose
/// coordinates are twips from its top left corner. `id` must be unique among the document's
/// drawings; `descr` is its alternative text.
pub(super) fn open_drawing(
    out: &mut Xml,
    (width, height): (i64, i64),
    id: u32,
    name: &str,
    descr: &str,
) {
    out.raw(r#"<w:p><w:pPr><w:keepNext/><w:spacing w:before="120" w:after="240"/></w:pPr><w:r><mc:AlternateContent><mc:Choice Requires="wpg"><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx=""#);
    num(out, width);
    out.raw(r#"" cy=""#);
    num(out, height);
    out.raw(r#""/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id=""#);
    out.text(&id.to_string());
    out.raw(r#"" name=""#);
    out.text(name);
    out.raw(r#"" descr=""#);
    out.text(descr);
    out.raw(r#""/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"><wpg:wgp><wpg:cNvGrpSpPr/><wpg:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx=""#);
    num(out, width);
    out.raw(r#"" cy=""#);
    num(out, height);
    out.raw(r#""/><a:chOff x="0" y="0"/><a:chExt cx=""#);
    num(out, width);
    out.raw(r#"" cy=""#);
    num(out, height);
    out.raw(r#""/></a:xfrm></wpg:grpSpPr>"#);
}

/// Closes what `open_drawing` opened.
pub(super) fn close_drawing(out: &mut Xml) {
    out.raw("</wpg:wgp></a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice><mc:Fallback/></mc:AlternateContent></w:r></w:p>");
}
