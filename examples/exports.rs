//! Writes every export of the fixture plans (and the hostile plan) to a folder, for the
//! validators in `scripts/validate_exports.py`: `cargo run --example exports -- OUT_DIR`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

#[path = "../tests/fixtures/plans.rs"]
mod plans;

use koers::domain::{to_json, Date};
use koers::export::{docx, html, ics, markdown, share};
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
    println!("exports written to {dir}");
}
