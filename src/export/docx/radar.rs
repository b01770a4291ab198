//! The maturity radar chart as a Word drawing: one inline group of DrawingML shapes (rings,
//! axes, an outline per series, the dimensions' names, a legend), drawn with the geometry of
//! `export::radar` so it matches the HTML chart. The group carries alternative text naming
//! every stage it shows, and the profile table with the same data follows it.

use super::chart::{close_drawing, open_drawing, Caption, Group, Stroke};
use super::Xml;
use crate::domain::Stage;
use crate::export::radar::{
    alt_text, colour, label_lines, label_sides, scaled, stage_key, vertex, Series, Side, MIN_AXES,
};
use crate::i18n::{Lang, R};

/// Geometry in twips: narrower than a portrait page's text, so it fits either orientation.
const WIDTH: i64 = 9000;
const CX: i64 = WIDTH / 2;
const CY: i64 = 2250;
const RADIUS: i64 = 1800;
/// A label's box: wide enough for "Steun van bestuur" at 9 pt, one line high.
const LABEL_W: i64 = 2300;
const LINE: i64 = 230;
const INK: &str = "1B1B1B";
const GRID: &str = "C9CDD0";
const MUTED: &str = "6F777B";
/// The drawing's id among the document's drawings (the timeline is 1).
const DRAWING_ID: u32 = 2;
/// The first shape id: above any the timeline's drawing numbers.
const FIRST_SHAPE: u32 = 5000;

/// A point at twips from the centre, scaled from the shared unit geometry.
fn at((x, y): (f64, f64), radius: i64) -> (i64, i64) {
    // A chart of a few thousand twips: the rounded values fit easily.
    let r = radius as f64;
    (CX + (x * r).round() as i64, CY + (y * r).round() as i64)
}

fn caption<'a>(
    text: &'a str,
    size: &'static str,
    colour: &'static str,
    align: &'static str,
) -> Caption<'a> {
    Caption {
        text,
        size,
        colour,
        align,
        bold: false,
    }
}

/// Writes the chart as a paragraph holding one inline drawing; nothing for fewer than
/// `MIN_AXES` axes.
pub fn write(out: &mut Xml, axes: &[String], series: &[Series], lang: Lang) {
    let n = axes.len();
    if n < MIN_AXES {
        return;
    }
    let rows = i64::try_from(series.len()).unwrap_or(0);
    let legend_top = CY + RADIUS + 2 * LINE + 250;
    let height = legend_top + (rows + 1) * LINE * 3 / 2 + 120;
    let size = (WIDTH, height);
    open_drawing(
        out,
        size,
        DRAWING_ID,
        R::Name.get(lang),
        &alt_text(axes, series, lang),
    );
    let mut g = Group {
        out,
        next_id: FIRST_SHAPE,
    };
    let grid = Stroke {
        colour: GRID,
        width: 10,
        dashed: false,
        fill_alpha: None,
    };
    for st in Stage::ALL {
        let ring: Vec<(i64, i64)> = (0..n).map(|i| at(vertex(i, n, *st), RADIUS)).collect();
        g.path(size, &ring, true, &grid, R::Stages.get(lang));
    }
    for i in 0..n {
        g.path(
            size,
            &[(CX, CY), at(scaled(i, n, 1.0), RADIUS)],
            false,
            &grid,
            R::Name.get(lang),
        );
    }
    for st in Stage::ALL {
        let (_, y) = at(vertex(0, n, *st), RADIUS);
        g.text(
            (CX + 50, y - 200, 300, 180),
            &caption(&st.number().to_string(), "14", MUTED, "left"),
        );
    }
    for (i, s) in series.iter().enumerate() {
        let outline: Vec<(i64, i64)> = s
            .stages
            .iter()
            .enumerate()
            .map(|(a, st)| at(vertex(a, n, *st), RADIUS))
            .collect();
        let stroke = Stroke {
            colour: colour(i),
            width: 30,
            dashed: s.dashed,
            // A light wash of the line's colour under a measured outline, as in the SVG.
            fill_alpha: (!s.dashed).then_some(15_000),
        };
        g.path(size, &outline, true, &stroke, &s.name);
    }
    for (i, name) in axes.iter().enumerate() {
        let (ax, ay) = at(scaled(i, n, 1.0), RADIUS + 140);
        let (h, v) = label_sides(i, n);
        let lines = label_lines(name);
        let count = i64::try_from(lines.len()).unwrap_or(1);
        let (x, align) = match h {
            Side::Start => (ax, "left"),
            Side::Middle => (ax - LABEL_W / 2, "center"),
            Side::End => (ax - LABEL_W, "right"),
        };
        let top = match v {
            Side::End => ay - count * LINE,
            Side::Start => ay,
            Side::Middle => ay - count * LINE / 2,
        };
        for (k, text) in lines.iter().enumerate() {
            let y = top + i64::try_from(k).unwrap_or(0) * LINE;
            g.text((x, y, LABEL_W, LINE), &caption(text, "18", INK, align));
        }
    }
    // The legend: a stroke of each series' line beside its name, then the key to the rings.
    for (i, s) in series.iter().enumerate() {
        let y = legend_top + i64::try_from(i).unwrap_or(0) * LINE * 3 / 2;
        let stroke = Stroke {
            colour: colour(i),
            width: 30,
            dashed: s.dashed,
            fill_alpha: None,
        };
        g.path(
            size,
            &[(CX - 2200, y + LINE / 2), (CX - 1800, y + LINE / 2)],
            false,
            &stroke,
            &s.name,
        );
        g.text(
            (CX - 1700, y, WIDTH - (CX - 1700), LINE),
            &caption(&s.name, "18", INK, "left"),
        );
    }
    let key = stage_key(lang);
    g.text(
        (0, legend_top + rows * LINE * 3 / 2 + 60, WIDTH, LINE),
        &caption(&key, "16", MUTED, "center"),
    );
    close_drawing(g.out);
}
