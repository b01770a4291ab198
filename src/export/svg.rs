//! The timeline as a Gantt-style SVG tree: one generator for the screen and the documents, so
//! both draw the same chart, in a wide or a narrow layout (`Layout`, shared with the radar). It
//! is a `markup::Node`, so its texts are escaped wherever it is written, and it can hold no
//! script and no link.

use super::markup::{el, Attr, Element, Node, Tag};
use crate::i18n::{self, Label, Lang, T};
use crate::wizard::TimelineView;

/// How a chart is laid out. The wide layout is the one for pages, desks and projectors; on a
/// phone it would be scaled down until its text is a few pixels high, so a screen also carries
/// the narrow one, drawn for about the width of a phone at a size its text can be read at, and
/// its stylesheet shows whichever fits the chart's box (`.koers-charts`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    Wide,
    Narrow,
}

impl Layout {
    /// The chart's class in this layout: a narrow chart adds one, which the stylesheet hides
    /// in a wide box; the wide chart adds none, so the documents' markup stays as it was.
    #[must_use]
    pub fn class(self, chart: &str) -> String {
        match self {
            Self::Wide => chart.to_string(),
            Self::Narrow => format!("{chart} koers-chart-narrow"),
        }
    }
}

/// Both layouts of a chart: the figure they go in shows one of them (on a screen the box
/// `.koers-charts` by its width, in the HTML document the page by its width). `None` where the chart draws nothing.
#[must_use]
pub fn both(draw: impl Fn(Layout) -> Option<Node>) -> Option<[Node; 2]> {
    Some([draw(Layout::Wide)?, draw(Layout::Narrow)?])
}

/// The Gantt chart's measures in one layout.
struct Geometry {
    width: i32,
    /// Where the time axis begins: after a column of phase names, or at the left edge when
    /// each name sits above its bar.
    left: i32,
    /// Room after the axis's end, so a month's name centred on it stays inside.
    right: i32,
    top: i32,
    row: i32,
    bar: i32,
    names_above: bool,
    font: i32,
    small: i32,
    /// At most this many months named on the axis; the rest keep their line.
    month_names: usize,
}

impl Geometry {
    const fn of(layout: Layout) -> Self {
        match layout {
            Layout::Wide => Self {
                width: 720,
                left: 190,
                right: 12,
                top: 24,
                row: 30,
                bar: 22,
                names_above: false,
                font: 12,
                small: 10,
                month_names: 12,
            },
            // Drawn about as wide as a phone shows it, so a unit is about a pixel there.
            Layout::Narrow => Self {
                width: 340,
                left: 14,
                right: 14,
                top: 28,
                row: 40,
                bar: 14,
                names_above: true,
                font: 14,
                small: 13,
                month_names: 6,
            },
        }
    }
}

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

/// Every how many months one is named, so that at most `names` are: a quarter, half a year or
/// a year apart once they would crowd.
fn month_step(months: usize, names: usize) -> usize {
    [1, 3, 6, 12]
        .into_iter()
        .find(|step| months.div_ceil(*step) <= names)
        .unwrap_or(12)
}

/// The chart. Decorative for assistive technology: the caller shows the same dates as a table.
#[must_use]
pub fn gantt(tl: &TimelineView, lang: Lang, layout: Layout) -> Node {
    let g = Geometry::of(layout);
    // `end` is the last day itself: the axis runs to the end of that day, where the phase table
    // ends too.
    let total = (tl.start.days_until(tl.end) + 1).max(1);
    let span = g.width - g.left - g.right;
    let x =
        |d: crate::domain::Date| g.left + (tl.start.days_until(d).clamp(0, total) * span) / total;
    let rows = i32::try_from(tl.phases.len()).unwrap_or(6);
    let axis = g.top + rows * g.row + 6;
    let months_at = axis + g.small + 4;
    let dates_at = months_at + 20;
    let evaluations = tl
        .milestones
        .iter()
        .any(|m| m.evaluation && m.date <= tl.end);
    // A key for the evaluation moments' diamonds, below the dates: nothing else says what they are.
    let key_at = dates_at + 22;
    let height = if evaluations {
        key_at + 8
    } else {
        dates_at + 14
    };
    let mut svg = el(Tag::Svg)
        .class(layout.class("koers-gantt"))
        .attr(Attr::ViewBox, format!("0 0 {} {height}", g.width))
        .attr(Attr::Width, g.width.to_string())
        .attr(Attr::Height, height.to_string())
        .attr(Attr::AriaHidden, "true")
        .attr(Attr::Focusable, "false")
        .attr(Attr::FontFamily, "system-ui, sans-serif")
        .attr(Attr::FontSize, g.font.to_string());
    let colour = |k: crate::domain::PhaseKind| match k {
        crate::domain::PhaseKind::Monitor => "#4c7a34",
        crate::domain::PhaseKind::Pilot | crate::domain::PhaseKind::Rollout => "#8a5a00",
        _ => "#1d5b79",
    };
    // A light line at every month, so a reader can place a bar without the table. A long plan
    // names only some months; January carries its year instead of its name.
    let months = month_starts(tl.start, tl.end);
    let every = month_step(months.len(), g.month_names);
    for (i, (date, month, year)) in months.iter().enumerate() {
        let mx = x(*date);
        svg.push(line(mx, mx, g.top - 4, axis, "#dcdcdc"));
        if i % every == 0 {
            let name = if *month == 1 {
                year.to_string()
            } else {
                i18n::month_short(*month, lang).to_string()
            };
            svg.push(
                label(mx, months_at, &name)
                    .attr(Attr::TextAnchor, "middle")
                    .attr(Attr::FontSize, g.small.to_string()),
            );
        }
    }
    // The phases' names are drawn last, over the go-live line, each on a white outline: on a
    // phone a name above its bar lies across that line.
    let mut names = Vec::new();
    for (i, p) in tl.phases.iter().enumerate() {
        let y = g.top + i32::try_from(i).unwrap_or(0) * g.row;
        let x0 = x(p.start);
        let w = (x(p.end.add_days(1)) - x0).max(2);
        // Beside its bar the name sits in the column on the left; above it, on its own line,
        // the bar keeps the whole width.
        let (name_at, bar_at) = if g.names_above {
            (y + g.font - 2, y + g.font + 2)
        } else {
            (y + 16, y)
        };
        let name_x = if g.names_above { g.left } else { 0 };
        names.push(
            label(name_x, name_at, p.kind.label(lang))
                .attr(Attr::Stroke, "#fff")
                .attr(Attr::StrokeWidth, "4")
                .attr(Attr::PaintOrder, "stroke"),
        );
        svg.push(
            el(Tag::Rect)
                .attr(Attr::X, x0.to_string())
                .attr(Attr::Y, bar_at.to_string())
                .attr(Attr::Width, w.to_string())
                .attr(Attr::Height, g.bar.to_string())
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
        line(gx, gx, g.top - 10, axis, ALERT)
            .attr(Attr::StrokeWidth, "2")
            .attr(Attr::StrokeDasharray, "4 3"),
    );
    // Its name right of the line, or left of it where it would run off the chart: a generous
    // guess of the text's width, since the chart cannot measure it.
    let go_live = T::GoLive.get(lang);
    let guess = i32::try_from(go_live.chars().count()).unwrap_or(0) * g.font * 2 / 3;
    svg.push(if gx + 4 + guess > g.width {
        label(gx - 4, g.top - 12, go_live).attr(Attr::TextAnchor, "end")
    } else {
        label(gx + 4, g.top - 12, go_live)
    });
    svg.push(line(g.left, g.left + span, axis, axis, "#6f777b"));
    svg.push(label(g.left, dates_at, &i18n::date(tl.start, lang)));
    svg.push(
        label(g.left + span, dates_at, &i18n::date(tl.end, lang)).attr(Attr::TextAnchor, "end"),
    );
    for name in names {
        svg.push(name);
    }
    if evaluations {
        svg.push(
            el(Tag::Path)
                .attr(
                    Attr::D,
                    format!("M{} {} l5 5 l-5 5 l-5 -5 z", g.left + 5, key_at - 9),
                )
                .attr(Attr::Fill, ALERT),
        );
        svg.push(label(g.left + 14, key_at, T::EvaluateHeading.get(lang)));
    }
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

#[cfg(test)]
mod tests {
    use super::month_step;

    #[test]
    fn months_are_named_a_quarter_half_a_year_or_a_year_apart_once_they_would_crowd() {
        // The wide chart names up to twelve, the narrow one up to six.
        assert_eq!(month_step(12, 12), 1);
        assert_eq!(month_step(13, 12), 3);
        assert_eq!(month_step(6, 6), 1);
        assert_eq!(month_step(10, 6), 3);
        assert_eq!(month_step(30, 6), 6);
        assert_eq!(month_step(119, 6), 12);
    }
}
