//! The timeline as a Gantt-style SVG tree: one generator for the screen and the documents, so
//! both draw the same chart. It is a `markup::Node`, so its texts are escaped wherever it is
//! written, and it can hold no script and no link.

use super::markup::{el, Attr, Element, Node, Tag};
use crate::i18n::{self, Label, Lang, T};
use crate::wizard::TimelineView;

const WIDTH: i32 = 720;
const LABEL: i32 = 190;
const ROW: i32 = 30;
const TOP: i32 = 24;
const INK: &str = "#1b1b1b";
const ALERT: &str = "#b3261e";

/// A text label at (x, y).
fn label(x: i32, y: i32, text: &str) -> Element {
    el(Tag::Text)
        .attr(Attr::X, x.to_string())
        .attr(Attr::Y, y.to_string())
        .attr(Attr::Fill, INK)
        .text(text)
}

/// A line from (x1, y1) to (x2, y2).
fn line(x1: i32, x2: i32, y1: i32, y2: i32, stroke: &str) -> Element {
    el(Tag::Line)
        .attr(Attr::X1, x1.to_string())
        .attr(Attr::X2, x2.to_string())
        .attr(Attr::Y1, y1.to_string())
        .attr(Attr::Y2, y2.to_string())
        .attr(Attr::Stroke, stroke)
}

/// The chart. Decorative for assistive technology: the caller shows the same dates as a table.
#[must_use]
pub fn gantt(tl: &TimelineView, lang: Lang) -> Node {
    // `end` is the last day itself: the axis runs to the end of that day, where the phase table
    // ends too.
    let total = (tl.start.days_until(tl.end) + 1).max(1);
    let span = WIDTH - LABEL - 12;
    let x =
        |d: crate::domain::Date| LABEL + (tl.start.days_until(d).clamp(0, total) * span) / total;
    let rows = i32::try_from(tl.phases.len()).unwrap_or(6);
    let axis = TOP + rows * ROW + 6;
    let height = axis + 48;
    let mut svg = el(Tag::Svg)
        .class("koers-gantt")
        .attr(Attr::ViewBox, format!("0 0 {WIDTH} {height}"))
        .attr(Attr::Width, WIDTH.to_string())
        .attr(Attr::Height, height.to_string())
        .attr(Attr::AriaHidden, "true")
        .attr(Attr::Focusable, "false")
        .attr(Attr::FontFamily, "system-ui, sans-serif")
        .attr(Attr::FontSize, "12");
    let colour = |k: crate::domain::PhaseKind| match k {
        crate::domain::PhaseKind::Monitor => "#4c7a34",
        crate::domain::PhaseKind::Pilot | crate::domain::PhaseKind::Rollout => "#8a5a00",
        _ => "#1d5b79",
    };
    // A light line at every month, so a reader can place a bar without the table. A long plan
    // names every third month; January carries its year instead of its name.
    let months = month_starts(tl.start, tl.end);
    let every = if months.len() > 12 { 3 } else { 1 };
    for (i, (date, month, year)) in months.iter().enumerate() {
        let mx = x(*date);
        svg.push(line(mx, mx, TOP - 4, axis, "#dcdcdc"));
        if i % every == 0 {
            let name = if *month == 1 {
                year.to_string()
            } else {
                i18n::month_short(*month, lang).to_string()
            };
            svg.push(
                label(mx, axis + 14, &name)
                    .attr(Attr::TextAnchor, "middle")
                    .attr(Attr::FontSize, "10"),
            );
        }
    }
    for (i, p) in tl.phases.iter().enumerate() {
        let y = TOP + i32::try_from(i).unwrap_or(0) * ROW;
        let x0 = x(p.start);
        let w = (x(p.end.add_days(1)) - x0).max(2);
        svg.push(label(0, y + 16, p.kind.label(lang)));
        svg.push(
            el(Tag::Rect)
                .attr(Attr::X, x0.to_string())
                .attr(Attr::Y, y.to_string())
                .attr(Attr::Width, w.to_string())
                .attr(Attr::Height, (ROW - 8).to_string())
                .attr(Attr::Rx, "3")
                .attr(Attr::Fill, colour(p.kind)),
        );
    }
    // Evaluation moments as small diamonds on the axis, go-live as a dashed line.
    for m in tl
        .milestones
        .iter()
        .filter(|m| m.evaluation && m.date <= tl.end)
    {
        let cx = x(m.date);
        svg.push(
            el(Tag::Path)
                .attr(Attr::D, format!("M{cx} {} l5 5 l-5 5 l-5 -5 z", axis - 5))
                .attr(Attr::Fill, ALERT),
        );
    }
    let gx = x(tl.go_live);
    svg.push(
        line(gx, gx, TOP - 10, axis, ALERT)
            .attr(Attr::StrokeWidth, "2")
            .attr(Attr::StrokeDasharray, "4 3"),
    );
    svg.push(label(gx + 4, TOP - 12, T::GoLive.get(lang)));
    svg.push(line(LABEL, LABEL + span, axis, axis, "#6f777b"));
    svg.push(label(LABEL, axis + 34, &i18n::date(tl.start, lang)));
    svg.push(
        label(LABEL + span, axis + 34, &i18n::date(tl.end, lang)).attr(Attr::TextAnchor, "end"),
    );
    svg.into()
}

/// The first day of every month after `start` up to `end`, with its month and year.
fn month_starts(
    start: crate::domain::Date,
    end: crate::domain::Date,
) -> Vec<(crate::domain::Date, u32, i32)> {
    let mut out = Vec::new();
    let (mut y, mut m, _) = start.ymd();
    // Ten years of months at most: the longest plan the phases allow.
    for _ in 0..120 {
        m += 1;
        if m > 12 {
            m = 1;
            y += 1;
        }
        match crate::domain::Date::from_ymd(y, m, 1) {
            Some(d) if d <= end => out.push((d, m, y)),
            _ => break,
        }
    }
    out
}
