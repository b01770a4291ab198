//! The maturity radar chart: one axis per dimension, stage 1 on the inner ring and stage 5 on
//! the outer, one outline per series (a name and a stage per dimension). The geometry is shared
//! by the SVG drawn here (screen and HTML) and the Word drawing in `docx::radar`, so they draw
//! the same chart. The SVG is a `markup::Node`, so its texts are escaped wherever it is
//! written; it is decorative for assistive technology, because the profile table beside it
//! holds the same data.

use super::markup::{el, Attr, Element, Node, Tag};
use super::svg::Layout;
use crate::domain::Stage;
use crate::i18n::{Label, Lang, D, R};
use crate::wizard::ProfileRow;

/// One outline: a name for the legend and a stage for every axis, in the axes' order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Series {
    pub name: String,
    pub stages: Vec<Stage>,
    /// Drawn dashed and unfilled: a goal rather than a measurement.
    pub dashed: bool,
}

/// Fewer axes than this make a line, not a shape: no chart is drawn.
pub const MIN_AXES: usize = 3;

/// The self-assessment as a chart's data: the dimensions' names as axes, where each stands
/// now, and (dashed) what the target stage needs of it (where it stands, if that is enough).
#[must_use]
pub fn profile(rows: &[ProfileRow], target: Stage, lang: Lang) -> (Vec<String>, Vec<Series>) {
    let axes = rows
        .iter()
        .map(|p| p.dimension.label(lang).to_string())
        .collect();
    let now = Series {
        name: R::Now.get(lang).to_string(),
        stages: rows.iter().map(|p| p.at).collect(),
        dashed: false,
    };
    let needs = Series {
        name: format!("{} ({})", D::DocTargetNeeds.get(lang), target.label(lang)),
        stages: rows.iter().map(|p| p.needs.unwrap_or(p.at)).collect(),
        dashed: true,
    };
    (axes, vec![now, needs])
}

/// Where a stage lies on axis `axis` of `axes`, relative to the centre, with the outer ring
/// at distance 1: the first axis points up, the others follow clockwise; stage 1 lies on the
/// inner ring at 1/5, stage 5 on the outer.
#[must_use]
pub fn vertex(axis: usize, axes: usize, stage: Stage) -> (f64, f64) {
    scaled(axis, axes, f64::from(stage.number()) / 5.0)
}

/// A point at `distance` (1 = the outer ring) along axis `axis` of `axes`.
#[must_use]
pub fn scaled(axis: usize, axes: usize, distance: f64) -> (f64, f64) {
    let (cos, sin) = direction(axis, axes);
    (distance * cos, distance * sin)
}

/// The unit direction of an axis; y grows downwards, as on a page.
#[must_use]
pub fn direction(axis: usize, axes: usize) -> (f64, f64) {
    // Counts of axes and stages are tiny: the conversions are exact.
    let turn = f64::from(u32::try_from(axis).unwrap_or(0))
        / f64::from(u32::try_from(axes.max(1)).unwrap_or(1));
    let angle = std::f64::consts::TAU * turn - std::f64::consts::FRAC_PI_2;
    (angle.cos(), angle.sin())
}

/// How a label sits beside the end of its axis, along one direction: after it (right of it,
/// or below it), before it (left, or above), or centred on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Start,
    Middle,
    End,
}

/// The horizontal and vertical side of axis `axis`'s label.
#[must_use]
pub fn label_sides(axis: usize, axes: usize) -> (Side, Side) {
    let (cos, sin) = direction(axis, axes);
    let side = |v: f64| {
        if v > 0.3 {
            Side::Start
        } else if v < -0.3 {
            Side::End
        } else {
            Side::Middle
        }
    };
    (side(cos), side(sin))
}

/// A long dimension name ("Steun van bestuur en directie") on two lines, split at the space
/// nearest its middle, so the labels left and right of the chart stay narrow.
#[must_use]
pub fn label_lines(label: &str) -> Vec<&str> {
    let chars = label.chars().count();
    if chars <= 20 {
        return vec![label];
    }
    let middle = label.len() / 2;
    let split = label
        .match_indices(' ')
        .map(|(i, _)| i)
        .min_by_key(|i| i.abs_diff(middle));
    match split {
        Some(i) => {
            let (a, b) = label.split_at(i);
            vec![a, b.trim_start()]
        }
        None => vec![label],
    }
}

/// What the chart shows, in words (the Word drawing's alternative text): each axis with every
/// series' stage on it.
#[must_use]
pub fn alt_text(axes: &[String], series: &[Series], lang: Lang) -> String {
    let per_axis: Vec<String> = axes
        .iter()
        .enumerate()
        .map(|(i, axis)| {
            let values: Vec<String> = series
                .iter()
                .filter_map(|s| {
                    s.stages
                        .get(i)
                        .map(|st| format!("{} {}", s.name, st.number()))
                })
                .collect();
            format!("{axis}: {}", values.join(", "))
        })
        .collect();
    format!("{}. {}.", R::Alt.get(lang), per_axis.join("; "))
}

/// The stages' numbers and names in one line, the key to the rings' numbers.
#[must_use]
pub fn stage_key(lang: Lang) -> String {
    let names: Vec<String> = Stage::ALL
        .iter()
        .map(|s| format!("{} {}", s.number(), s.label(lang)))
        .collect();
    format!("{}: {}", R::Stages.get(lang), names.join(" · "))
}

/// The colour of the `i`th series: the first in the app's blue, a second in its brown.
#[must_use]
pub fn colour(i: usize) -> &'static str {
    const COLOURS: [&str; 3] = ["1D5B79", "8A5A00", "4C7A34"];
    COLOURS.get(i % COLOURS.len()).copied().unwrap_or("1D5B79")
}

/// `text` in lines of at most `max` characters, filled greedily with the pieces between its
/// `sep`s; a piece longer than that keeps a line of its own.
#[must_use]
pub fn wrap(text: &str, sep: &str, max: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for piece in text.split(sep) {
        match lines.last_mut() {
            Some(last)
                if last.chars().count() + sep.chars().count() + piece.chars().count() <= max =>
            {
                last.push_str(sep);
                last.push_str(piece);
            }
            _ => lines.push(piece.to_string()),
        }
    }
    lines
}

/// The chart's measures in one layout.
struct Geometry {
    width: f64,
    cx: f64,
    cy: f64,
    /// The outer ring's radius.
    radius: f64,
    /// How far past the outer ring an axis's name begins.
    gap: f64,
    /// How much higher a name above the chart sits, clear of the rings' numbers by the first
    /// axis where those are as large as the names.
    lift: f64,
    line: f64,
    font: f64,
    small: f64,
    key_font: f64,
    /// From the outer ring down to the legend's first line, past the names below the chart.
    legend_gap: f64,
    /// Where the legend's samples begin.
    legend_x: f64,
    /// The longest line of an axis's name and of a legend entry, in characters; `None` in the
    /// wide layout, which splits a long name in two (`label_lines`) and has room for the rest.
    wrap: Option<(usize, usize)>,
}

impl Geometry {
    const fn of(layout: Layout) -> Self {
        match layout {
            Layout::Wide => Self {
                width: 640.0,
                cx: 320.0,
                cy: 170.0,
                radius: 125.0,
                gap: 10.0,
                lift: 0.0,
                line: 14.0,
                font: 12.0,
                small: 10.0,
                key_font: 11.0,
                legend_gap: 68.0,
                legend_x: 170.0,
                wrap: None,
            },
            // Drawn about as wide as a phone shows it, so a unit is about a pixel there: a
            // smaller chart, and names in short lines so that those beside it fit the width.
            Layout::Narrow => Self {
                width: 340.0,
                cx: 170.0,
                cy: 132.0,
                radius: 66.0,
                gap: 8.0,
                // Clear of the outer ring's number "5", which is as large as the names here.
                lift: 14.0,
                line: 16.0,
                font: 13.0,
                small: 12.0,
                key_font: 12.0,
                legend_gap: 64.0,
                legend_x: 8.0,
                wrap: Some((12, 28)),
            },
        }
    }

    /// A point at `distance` along axis `axis`, where the outer ring is at `radius`.
    fn at(&self, axis: usize, axes: usize, distance: f64) -> (f64, f64) {
        let (x, y) = scaled(axis, axes, distance);
        (self.cx + x, self.cy + y)
    }

    /// The points of a closed outline through the given stages.
    fn points(&self, stages: &[Stage], axes: usize) -> String {
        stages
            .iter()
            .enumerate()
            .map(|(i, st)| {
                let (x, y) = vertex(i, axes, *st);
                format!(
                    "{},{}",
                    num(self.cx + x * self.radius),
                    num(self.cy + y * self.radius)
                )
            })
            .collect::<Vec<_>>()
            .join(" ")
    }
}

const INK: &str = "#1b1b1b";
const GRID: &str = "#c9cdd0";

/// A coordinate with one decimal, without a "-0.0" or a ".0": what `{}` writes for the value
/// rounded to tenths, written from whole tenths because the float formatter was 9 KB of the
/// documents module's code (measured) for this one use.
fn num(v: f64) -> String {
    // Coordinates are within a few thousand units, far inside i64.
    #[allow(clippy::cast_possible_truncation)]
    let tenths = (v * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let (whole, tenth) = (tenths.unsigned_abs() / 10, tenths.unsigned_abs() % 10);
    match tenth {
        0 if whole == 0 => "0".to_string(),
        0 => format!("{sign}{whole}"),
        _ => format!("{sign}{whole}.{tenth}"),
    }
}

fn label(x: f64, y: f64, text: &str) -> Element {
    el(Tag::Text)
        .attr(Attr::X, num(x))
        .attr(Attr::Y, num(y))
        .attr(Attr::Fill, INK)
        .text(text)
}

fn line(from: (f64, f64), to: (f64, f64), stroke: &str) -> Element {
    el(Tag::Line)
        .attr(Attr::X1, num(from.0))
        .attr(Attr::Y1, num(from.1))
        .attr(Attr::X2, num(to.0))
        .attr(Attr::Y2, num(to.1))
        .attr(Attr::Stroke, stroke)
}

/// A count as a coordinate; counts of lines and axes are tiny, so the conversion is exact.
fn count(n: usize) -> f64 {
    f64::from(u32::try_from(n).unwrap_or(0))
}

/// The chart: rings for the five stages, an axis per dimension with its name, an outline per
/// series, a legend and the key to the stages. `None` for fewer than `MIN_AXES` axes.
/// Decorative for assistive technology: the caller shows the same data as a table.
#[must_use]
pub fn radar(axes: &[String], series: &[Series], lang: Lang, layout: Layout) -> Option<Node> {
    let n = axes.len();
    if n < MIN_AXES {
        return None;
    }
    let g = Geometry::of(layout);
    let name_lines = |name: &str| match g.wrap {
        None => label_lines(name).into_iter().map(str::to_string).collect(),
        Some((chars, _)) => wrap(name, " ", chars),
    };
    let legend_lines = |name: &str| match g.wrap {
        None => vec![name.to_string()],
        Some((_, chars)) => wrap(name, " ", chars),
    };
    let key = stage_key(lang);
    // The key's stages stay whole: its lines break between them.
    let key_lines = match g.wrap {
        None => vec![key],
        Some(_) => wrap(&key, " · ", 40),
    };
    let legend_top = g.cy + g.radius + g.legend_gap;
    let entry = g.line * 1.4;
    // Each entry's first baseline, and below the last the key's.
    let mut baselines = Vec::with_capacity(series.len());
    let mut y = legend_top;
    for s in series {
        baselines.push(y);
        y += count(legend_lines(&s.name).len().saturating_sub(1)) * g.line + entry;
    }
    let key_top = y + 4.0;
    let key_line = g.key_font * 1.3;
    let height = key_top + count(key_lines.len().saturating_sub(1)) * key_line + g.line + 4.0;
    let mut svg = el(Tag::Svg)
        .class(layout.class("koers-radar"))
        .attr(
            Attr::ViewBox,
            format!("0 0 {} {}", num(g.width), num(height)),
        )
        .attr(Attr::Width, num(g.width))
        .attr(Attr::Height, num(height))
        .attr(Attr::AriaHidden, "true")
        .attr(Attr::Focusable, "false")
        .attr(Attr::FontFamily, "system-ui, sans-serif")
        .attr(Attr::FontSize, num(g.font));
    // The rings, one per stage, as polygons through the axes, under everything else.
    for st in Stage::ALL {
        svg.push(
            el(Tag::Polygon)
                .attr(Attr::Points, g.points(&vec![*st; n], n))
                .attr(Attr::Fill, "none")
                .attr(Attr::Stroke, GRID),
        );
    }
    for i in 0..n {
        svg.push(line((g.cx, g.cy), g.at(i, n, g.radius), GRID));
    }
    // The rings' numbers along the first axis, just right of it, drawn over the outlines on a
    // white outline of their own: the outlines cross that axis too.
    let rings: Vec<_> = Stage::ALL
        .iter()
        .map(|st| {
            let (_, y) = vertex(0, n, *st);
            label(
                g.cx + 4.0,
                g.cy + y * g.radius - 3.0,
                &st.number().to_string(),
            )
            .attr(Attr::FontSize, num(g.small))
            .attr(Attr::Fill, "#6f777b")
            .attr(Attr::Stroke, "#fff")
            .attr(Attr::StrokeWidth, "3")
            .attr(Attr::PaintOrder, "stroke")
        })
        .collect();
    for (i, s) in series.iter().enumerate() {
        let colour = format!("#{}", colour(i));
        let mut outline = el(Tag::Polygon)
            .attr(Attr::Points, g.points(&s.stages, n))
            .attr(Attr::Stroke, colour.clone())
            .attr(Attr::StrokeWidth, "2");
        outline = if s.dashed {
            outline
                .attr(Attr::Fill, "none")
                .attr(Attr::StrokeDasharray, "6 4")
        } else {
            outline
                .attr(Attr::Fill, colour.clone())
                .attr(Attr::FillOpacity, "0.15")
        };
        svg.push(outline);
        if !s.dashed {
            for (a, st) in s.stages.iter().enumerate() {
                let (x, y) = vertex(a, n, *st);
                svg.push(
                    el(Tag::Circle)
                        .attr(Attr::Cx, num(g.cx + x * g.radius))
                        .attr(Attr::Cy, num(g.cy + y * g.radius))
                        .attr(Attr::R, "3.5")
                        .attr(Attr::Fill, colour.clone()),
                );
            }
        }
    }
    for ring in rings {
        svg.push(ring);
    }
    for (i, name) in axes.iter().enumerate() {
        let (ax, ay) = g.at(i, n, g.radius + g.gap);
        let (h, v) = label_sides(i, n);
        let lines = name_lines(name);
        let rows = count(lines.len().max(1));
        // The first line's baseline: a label above the chart grows upwards, one below it
        // downwards, one beside it is centred on the axis.
        let first = match v {
            Side::End => ay - (rows - 1.0) * g.line - 2.0 - g.lift,
            Side::Start => ay + g.font - 1.0,
            Side::Middle => ay - (rows - 1.0) * g.line / 2.0 + g.font / 3.0,
        };
        let anchor = match h {
            Side::Start => "start",
            Side::Middle => "middle",
            Side::End => "end",
        };
        for (k, text) in lines.iter().enumerate() {
            svg.push(label(ax, first + count(k) * g.line, text).attr(Attr::TextAnchor, anchor));
        }
    }
    // The legend: a stroke of each series' line beside its name, then the key to the rings.
    for (i, (s, y)) in series.iter().zip(baselines).enumerate() {
        let mut sample = line(
            (g.legend_x, y - 4.0),
            (g.legend_x + 26.0, y - 4.0),
            &format!("#{}", colour(i)),
        )
        .attr(Attr::StrokeWidth, "2");
        if s.dashed {
            sample = sample.attr(Attr::StrokeDasharray, "6 4");
        }
        svg.push(sample);
        for (k, text) in legend_lines(&s.name).iter().enumerate() {
            svg.push(label(g.legend_x + 34.0, y + count(k) * g.line, text));
        }
    }
    // Under a wide chart the key is centred; under a narrow one its lines start at the
    // legend's edge, where a ragged centre would be harder to read.
    let (key_x, key_anchor) = match g.wrap {
        None => (g.cx, "middle"),
        Some(_) => (g.legend_x, "start"),
    };
    for (k, text) in key_lines.iter().enumerate() {
        svg.push(
            label(key_x, key_top + count(k) * key_line, text)
                .attr(Attr::TextAnchor, key_anchor)
                .attr(Attr::FontSize, num(g.key_font))
                .attr(Attr::Fill, "#4a4a4a"),
        );
    }
    Some(svg.into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Dimension;

    fn distance((x, y): (f64, f64)) -> f64 {
        x.hypot(y)
    }

    #[test]
    fn a_coordinate_is_written_as_the_float_formatter_writes_its_tenths() {
        for v in [
            0.0, -0.0, 0.04, -0.04, 0.05, -0.05, 1.0, 12.34, -12.35, 99.96, 640.0, -3.5,
        ] {
            let r: f64 = (v * 10.0_f64).round() / 10.0;
            let expected = if r == 0.0 {
                "0".to_string()
            } else {
                format!("{r}")
            };
            assert_eq!(num(v), expected, "{v}");
        }
    }

    #[test]
    fn stage_five_lies_on_the_outer_ring_and_stage_one_on_the_inner() {
        for axis in 0..7 {
            assert!((distance(vertex(axis, 7, Stage::FullyEngaged)) - 1.0).abs() < 1e-9);
            assert!((distance(vertex(axis, 7, Stage::Traditional)) - 0.2).abs() < 1e-9);
        }
        // The first axis points straight up; the others go round clockwise.
        let (x, y) = vertex(0, 7, Stage::FullyEngaged);
        assert!(x.abs() < 1e-9 && (y + 1.0).abs() < 1e-9);
        assert!(vertex(1, 7, Stage::FullyEngaged).0 > 0.0);
        assert!(vertex(6, 7, Stage::FullyEngaged).0 < 0.0);
    }

    fn rows() -> Vec<ProfileRow> {
        Dimension::ALL
            .iter()
            .enumerate()
            .map(|(i, d)| ProfileRow {
                dimension: *d,
                at: Stage::ALL[i % 3],
                needs: (i % 2 == 0).then_some(Stage::Measurable),
            })
            .collect()
    }

    #[test]
    fn seven_axes_and_one_point_per_dimension_in_each_outline() {
        let (axes, series) = profile(&rows(), Stage::Measurable, Lang::Nl);
        assert_eq!(axes.len(), 7);
        assert_eq!(series.len(), 2);
        assert!(!series[0].dashed && series[1].dashed);
        // Where the target needs nothing more, the dashed outline follows the current one.
        assert_eq!(series[1].stages[1], series[0].stages[1]);
        assert_eq!(series[1].stages[0], Stage::Measurable);
        let Some(Node::Element(svg)) = radar(&axes, &series, Lang::Nl, Layout::Wide) else {
            panic!("no chart");
        };
        let polygons: Vec<&Element> = svg
            .children()
            .iter()
            .filter_map(|c| match c {
                Node::Element(e) if e.tag() == Tag::Polygon => Some(e),
                _ => None,
            })
            .collect();
        // Five rings and two outlines, each with a point per dimension.
        assert_eq!(polygons.len(), 7);
        for p in polygons {
            let points = p.attrs().iter().find(|(a, _)| *a == Attr::Points).unwrap();
            assert_eq!(points.1.split(' ').count(), 7);
        }
        let mut html = String::new();
        super::super::markup::write_html(&svg.into(), &mut html);
        for axis in [
            "Steun van bestuur",
            "en directie",
            "Meten",
            "Fasen: 1 Traditioneel",
        ] {
            assert!(html.contains(axis), "{axis}");
        }
        for layout in [Layout::Wide, Layout::Narrow] {
            assert!(radar(&axes[..2], &series, Lang::Nl, layout).is_none());
        }
    }

    #[test]
    fn a_narrow_chart_fills_short_lines_and_keeps_the_stages_whole() {
        assert_eq!(
            wrap("Steun van bestuur en directie", " ", 12),
            ["Steun van", "bestuur en", "directie"]
        );
        assert_eq!(
            wrap("Vaardigheden en training", " ", 12),
            ["Vaardigheden", "en training"]
        );
        assert_eq!(wrap("Meten", " ", 12), ["Meten"]);
        assert_eq!(
            wrap(&stage_key(Lang::Nl), " · ", 40),
            [
                "Fasen: 1 Traditioneel · 2 Experimenteren",
                "3 Operationaliseren · 4 Resultaten zien",
                "5 Volledig betrokken"
            ]
        );
    }

    #[test]
    fn long_names_take_two_lines() {
        assert_eq!(
            label_lines("Steun van bestuur en directie"),
            ["Steun van bestuur", "en directie"]
        );
        assert_eq!(label_lines("Meten"), ["Meten"]);
        assert_eq!(
            label_lines("Onafgebrokenlangewoordzonderspatie"),
            ["Onafgebrokenlangewoordzonderspatie"]
        );
        let (axes, series) = profile(&rows(), Stage::Measurable, Lang::En);
        let alt = alt_text(&axes, &series, Lang::En);
        assert!(alt.starts_with("Radar chart"));
        assert!(
            alt.contains("Measurement: Now, by the self-assessment"),
            "{alt}"
        );
    }
}
