//! The timeline as a Gantt-style SVG string: one generator for the screen and the documents,
//! so both draw the same chart. Every text is escaped; the SVG has no script and no links.

use super::html::escape;
use crate::i18n::{self, Label, Lang, T};
use crate::wizard::TimelineView;
use std::fmt::Write;

const WIDTH: i32 = 720;
const LABEL: i32 = 190;
const ROW: i32 = 30;
const TOP: i32 = 24;

/// The chart. Decorative for assistive technology: the caller shows the same dates as a table.
#[must_use]
pub fn gantt(tl: &TimelineView, lang: Lang) -> String {
    let total = tl.start.days_until(tl.end).max(1);
    let span = WIDTH - LABEL - 12;
    let x =
        |d: crate::domain::Date| LABEL + (tl.start.days_until(d).clamp(0, total) * span) / total;
    let rows = i32::try_from(tl.phases.len()).unwrap_or(6);
    let axis = TOP + rows * ROW + 6;
    let height = axis + 36;
    let mut out = String::new();
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="koers-gantt" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" aria-hidden="true" focusable="false" font-family="system-ui, sans-serif" font-size="12">"#
    );
    let colour = |k: crate::domain::PhaseKind| match k {
        crate::domain::PhaseKind::Monitor => "#4c7a34",
        crate::domain::PhaseKind::Pilot | crate::domain::PhaseKind::Rollout => "#8a5a00",
        _ => "#1d5b79",
    };
    for (i, p) in tl.phases.iter().enumerate() {
        let y = TOP + i32::try_from(i).unwrap_or(0) * ROW;
        let x0 = x(p.start);
        let w = (x(p.end.add_days(1)) - x0).max(2);
        let _ = write!(
            out,
            r##"<text x="0" y="{}" fill="#1b1b1b">{}</text><rect x="{x0}" y="{y}" width="{w}" height="{}" rx="3" fill="{}"/>"##,
            y + 16,
            escape(p.kind.label(lang)),
            ROW - 8,
            colour(p.kind)
        );
    }
    // Evaluation moments as small diamonds on the axis, go-live as a dashed line.
    for m in tl
        .milestones
        .iter()
        .filter(|m| m.evaluation && m.date <= tl.end)
    {
        let cx = x(m.date);
        let _ = write!(
            out,
            r##"<path d="M{cx} {} l5 5 l-5 5 l-5 -5 z" fill="#b3261e"/>"##,
            axis - 5
        );
    }
    let gx = x(tl.go_live);
    let _ = write!(
        out,
        r##"<line x1="{gx}" x2="{gx}" y1="{}" y2="{axis}" stroke="#b3261e" stroke-width="2" stroke-dasharray="4 3"/><text x="{}" y="{}" fill="#1b1b1b">{}</text>"##,
        TOP - 10,
        gx + 4,
        TOP - 12,
        escape(T::GoLive.get(lang))
    );
    let _ = write!(
        out,
        r##"<line x1="{LABEL}" x2="{}" y1="{axis}" y2="{axis}" stroke="#6f777b"/><text x="{LABEL}" y="{}" fill="#1b1b1b">{}</text><text x="{}" y="{}" fill="#1b1b1b" text-anchor="end">{}</text></svg>"##,
        LABEL + span,
        axis + 22,
        escape(&i18n::date(tl.start, lang)),
        LABEL + span,
        axis + 22,
        escape(&i18n::date(tl.end, lang))
    );
    out
}
