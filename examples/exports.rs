//! Writes every export of the fixture plans (and the hostile plan) to a folder, for the
//! validators in `scripts/validate_exports.py`: `cargo run --example exports -- OUT_DIR`.
//! A progress report of the hospital group (a first evaluation) goes to `OUT_DIR/reports`,
//! apart from the plans, whose sections the validator expects in every document.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

#[path = "../tests/fixtures/plans.rs"]
mod plans;

use koers::domain::{start_evaluation, to_json, Date, Dimension, KpiId};
use koers::export::{docx, html, ics, markdown, report, share};
use koers::i18n::Lang;
use koers::wizard::summarise;

fn main() {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "target/exports".into());
    std::fs::create_dir_all(&dir).unwrap();
    let today = Date::from_ymd(2026, 11, 24).unwrap();
    let mut all = plans::all();
    all.push(("hostile", plans::hostile()));
    for (name, plan) in all {
        for lang in [Lang::Nl, Lang::En] {
            let s = summarise(&plan, lang);
            let stem = format!("{dir}/{name}-{}", lang.code());
            std::fs::write(format!("{stem}.md"), markdown::render(&s, today).body).unwrap();
            std::fs::write(format!("{stem}.html"), html::render(&s, today).body).unwrap();
            std::fs::write(format!("{stem}.ics"), ics::render(&s, today).body).unwrap();
            std::fs::write(format!("{stem}.docx"), docx::render(&s, today).body).unwrap();
        }
        std::fs::write(format!("{dir}/{name}.json"), to_json(&plan)).unwrap();
        std::fs::write(format!("{dir}/{name}.link"), share::encode(&plan)).unwrap();
    }
    let reports = format!("{dir}/reports");
    std::fs::create_dir_all(&reports).unwrap();
    let mut plan = plans::hospital_group();
    let i = start_evaluation(&mut plan, Date::from_ymd(2027, 9, 1).unwrap());
    let e = &mut plan.evaluations[i];
    for d in [Dimension::Measurement, Dimension::StrategyGoals] {
        let up = e
            .scores
            .get(&d)
            .and_then(|s| koers::domain::Stage::from_number(s.number() + 1));
        if let Some(up) = up {
            e.scores.insert(d, up);
        }
    }
    e.actuals.insert(KpiId(1), koers::domain::Amount::whole(8));
    e.incidents = "Een klacht over wachttijden op Facebook, binnen de werkdag beantwoord.".into();
    // Made two weeks after the evaluation, as a report for the board would be.
    let today = Date::from_ymd(2027, 9, 15).unwrap();
    for lang in [Lang::Nl, Lang::En] {
        let stem = format!("{reports}/report-{}", lang.code());
        let md = report::render_markdown(&plan, i, lang, today).unwrap();
        std::fs::write(format!("{stem}.md"), md.body).unwrap();
        let page = report::render_html(&plan, i, lang, today).unwrap();
        std::fs::write(format!("{stem}.html"), page.body).unwrap();
        let word = report::render_docx(&plan, i, lang, today).unwrap();
        std::fs::write(format!("{stem}.docx"), word.body).unwrap();
    }
    println!("exports written to {dir}");
}
