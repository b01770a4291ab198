//! The maturity radar chart: one axis per dimension, stage 1 on the inner ring and stage 5 on
//! the outer, one outline per series (a name and a stage per dimension). The geometry is shared
//! by the SVG drawn here (screen and HTML) and the Word drawing in `docx::radar`, so they draw
//! the same chart. The SVG is a `markup::Node`, so its texts are escaped wherever it is
//! written; it is decorative for assistive technology, because the profile table beside it
//! holds the same data.

use super::markup::{el, Attr, Element, Node, Tag};
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

const WIDTH: f64 = 640.0;
const CX: f64 = 320.0;
const CY: f64 = 170.0;
/// The outer ring's radius.
const RADIUS: f64 = 125.0;
const LINE: f64 = 14.0;
const INK: &str = "#1b1b1b";
const GRID: &str = "#c9cdd0";

/// A coordinate with one decimal, without a "-0.0".
fn num(v: f64) -> String {
    let r = (v * 10.0).round() / 10.0;
    if r == 0.0 {
        "0".to_string()
    } else {
        format!("{r}")
    }
}

/// The points of a closed outline through the given stages.
fn points(stages: &[Stage], axes: usize) -> String {
    stages
        .iter()
        .enumerate()
        .map(|(i, st)| {
            let (x, y) = vertex(i, axes, *st);
            format!("{},{}", num(CX + x * RADIUS), num(CY + y * RADIUS))
        })
        .collect::<Vec<_>>()
        .join(" ")
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

/// The chart: rings for the five stages, an axis per dimension with its name, an outline per
/// series, a legend and the key to the stages. `None` for fewer than `MIN_AXES` axes.
/// Decorative for assistive technology: the caller shows the same data as a table.
#[must_use]
pub fn radar(axes: &[String], series: &[Series], lang: Lang) -> Option<Node> {
    let n = axes.len();
    if n < MIN_AXES {
        return None;
    }
    let legend_top = CY + RADIUS + 2.0 * LINE + 40.0;
    let rows = f64::from(u32::try_from(series.len()).unwrap_or(0));
    let height = legend_top + rows * LINE * 1.4 + LINE + 8.0;
    let mut svg = el(Tag::Svg)
        .class("koers-radar")
        .attr(Attr::ViewBox, format!("0 0 {} {}", num(WIDTH), num(height)))
        .attr(Attr::Width, num(WIDTH))
        .attr(Attr::Height, num(height))
        .attr(Attr::AriaHidden, "true")
        .attr(Attr::Focusable, "false")
        .attr(Attr::FontFamily, "system-ui, sans-serif")
        .attr(Attr::FontSize, "12");
    // The rings, one per stage, as polygons through the axes, under everything else.
    for st in Stage::ALL {
        svg.push(
            el(Tag::Polygon)
                .attr(Attr::Points, points(&vec![*st; n], n))
                .attr(Attr::Fill, "none")
                .attr(Attr::Stroke, GRID),
        );
    }
    for i in 0..n {
        let (x, y) = scaled(i, n, 1.0);
        svg.push(line((CX, CY), (CX + x * RADIUS, CY + y * RADIUS), GRID));
    }
    // The rings' numbers along the first axis, just right of it.
    for st in Stage::ALL {
        let (_, y) = vertex(0, n, *st);
        svg.push(
            label(CX + 4.0, CY + y * RADIUS - 3.0, &st.number().to_string())
                .attr(Attr::FontSize, "10")
                .attr(Attr::Fill, "#6f777b"),
        );
    }
    for (i, s) in series.iter().enumerate() {
        let colour = format!("#{}", colour(i));
        let mut outline = el(Tag::Polygon)
            .attr(Attr::Points, points(&s.stages, n))
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
                        .attr(Attr::Cx, num(CX + x * RADIUS))
                        .attr(Attr::Cy, num(CY + y * RADIUS))
                        .attr(Attr::R, "3.5")
                        .attr(Attr::Fill, colour.clone()),
                );
            }
        }
    }
    for (i, name) in axes.iter().enumerate() {
        let (x, y) = scaled(i, n, 1.0);
        let (ax, ay) = (CX + x * (RADIUS + 10.0), CY + y * (RADIUS + 10.0));
        let (h, v) = label_sides(i, n);
        let lines = label_lines(name);
        let count = f64::from(u32::try_from(lines.len()).unwrap_or(1));
        // The first line's baseline: a label above the chart grows upwards, one below it
        // downwards, one beside it is centred on the axis.
        let first = match v {
            Side::End => ay - (count - 1.0) * LINE - 2.0,
            Side::Start => ay + 11.0,
            Side::Middle => ay - (count - 1.0) * LINE / 2.0 + 4.0,
        };
        let anchor = match h {
            Side::Start => "start",
            Side::Middle => "middle",
            Side::End => "end",
        };
        for (k, text) in lines.iter().enumerate() {
            let dy = f64::from(u32::try_from(k).unwrap_or(0)) * LINE;
            svg.push(label(ax, first + dy, text).attr(Attr::TextAnchor, anchor));
        }
    }
    // The legend: a stroke of each series' line beside its name, then the key to the rings.
    for (i, s) in series.iter().enumerate() {
        let y = legend_top + f64::from(u32::try_from(i).unwrap_or(0)) * LINE * 1.4;
        let mut sample = line(
            (CX - 150.0, y - 4.0),
            (CX - 124.0, y - 4.0),
            &format!("#{}", colour(i)),
        )
        .attr(Attr::StrokeWidth, "2");
        if s.dashed {
            sample = sample.attr(Attr::StrokeDasharray, "6 4");
        }
        svg.push(sample);
        svg.push(label(CX - 116.0, y, &s.name));
    }
    svg.push(
        label(CX, legend_top + rows * LINE * 1.4 + 4.0, &stage_key(lang))
            .attr(Attr::TextAnchor, "middle")
            .attr(Attr::FontSize, "11")
            .attr(Attr::Fill, "#4a4a4a"),
    );
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
        let Some(Node::Element(svg)) = radar(&axes, &series, Lang::Nl) else {
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
        assert!(radar(&axes[..2], &series, Lang::Nl).is_none());
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
