//! The timeline as a Gantt-style SVG with a text alternative (a table of phases and a list of
//! milestones), so the chart is never the only way to read the dates.

use crate::i18n::{self, Label, Lang, T};
use crate::wizard::TimelineView;
use yew::prelude::*;

const WIDTH: i32 = 640;
const LABEL: i32 = 170;
const ROW: i32 = 30;

pub fn timeline(lang: Lang, tl: &TimelineView) -> Html {
    let total = tl.start.days_until(tl.end).max(1);
    let x =
        |d: crate::domain::Date| LABEL + (tl.start.days_until(d) * (WIDTH - LABEL - 10)) / total;
    let rows = i32::try_from(tl.phases.len()).unwrap_or(6);
    let height = rows * ROW + 40;
    let go_live_x = x(tl.go_live);
    let svg = html! {
        <svg class="koers-gantt" viewBox={format!("0 0 {WIDTH} {height}")} role="img"
            aria-labelledby="koers-gantt-title" focusable="false">
            <title id="koers-gantt-title">{ T::TimelineHeading.get(lang) }</title>
            { for tl.phases.iter().enumerate().map(|(i, p)| {
                let y = i32::try_from(i).unwrap_or(0) * ROW + 10;
                let x0 = x(p.start);
                let w = (x(p.end.add_days(1)) - x0).max(2);
                html! { <g class={format!("koers-gantt-phase koers-gantt-{}", p.kind.key())}>
                    <text x="0" y={(y + 18).to_string()} class="koers-gantt-label">{ p.kind.label(lang) }</text>
                    <rect x={x0.to_string()} y={y.to_string()} width={w.to_string()} height={(ROW - 8).to_string()} rx="3" />
                </g> }
            }) }
            <line x1={go_live_x.to_string()} x2={go_live_x.to_string()} y1="0" y2={(height - 20).to_string()} class="koers-gantt-golive" />
            <text x={(go_live_x + 4).to_string()} y={(height - 6).to_string()} class="koers-gantt-label">{ T::GoLive.get(lang) }</text>
        </svg>
    };
    html! {
        <div class="koers-timeline" id="koers-timeline">
            <figure class="koers-figure" aria-hidden="true">{ svg }</figure>
            <h2 class="koers-h2">{ T::TimelineText.get(lang) }</h2>
            <div class="koers-table-wrap" tabindex="0" role="region" aria-label={T::TimelineText.get(lang)}>
                <table class="koers-table" id="koers-phase-dates">
                    <caption class="koers-visually-hidden">{ T::TimelineText.get(lang) }</caption>
                    <thead><tr>
                        <th scope="col">{ T::Phase.get(lang) }</th>
                        <th scope="col">{ T::Start.get(lang) }</th>
                        <th scope="col">{ T::End.get(lang) }</th>
                        <th scope="col">{ T::Weeks.get(lang) }</th>
                    </tr></thead>
                    <tbody>
                    { for tl.phases.iter().map(|p| html! { <tr data-phase={p.kind.key()}>
                        <th scope="row">{ p.kind.label(lang) }</th>
                        <td data-date={p.start.to_string()}>{ i18n::date(p.start, lang) }</td>
                        <td data-date={p.end.to_string()}>{ i18n::date(p.end, lang) }</td>
                        <td>{ p.weeks }</td>
                    </tr> }) }
                    </tbody>
                </table>
            </div>
            <h2 class="koers-h2">{ T::Milestones.get(lang) }</h2>
            <ul class="koers-list" id="koers-milestones">
                { for tl.milestones.iter().map(|m| html! {
                    <li data-date={m.date.to_string()}><strong>{ i18n::date(m.date, lang) }</strong>{ ": " }{ m.title.clone() }</li>
                }) }
            </ul>
        </div>
    }
}
