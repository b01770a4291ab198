//! The timeline as a Gantt-style SVG with a text alternative (a table of phases and a list of
//! milestones), so the chart is never the only way to read the dates.

use super::markup;
use crate::export::svg;
use crate::i18n::{self, Label, Lang, T};
use crate::wizard::TimelineView;
use yew::prelude::*;

pub fn timeline(lang: Lang, tl: &TimelineView) -> Html {
    // The same chart as in the documents, built as elements rather than parsed from markup.
    let svg = markup::view(&svg::gantt(tl, lang));
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
                    <li data-date={m.date.to_string()}><strong>{ i18n::date(m.date, lang) }</strong>{ ": " }{ m.title.clone() }
                        { if m.in_evaluation_phase { format!(" ({})", T::InEvaluationPhase.get(lang)) } else { String::new() } }</li>
                }) }
            </ul>
        </div>
    }
}
