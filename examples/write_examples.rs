//! Writes the six "start from an example" answers files into `src/export/examples/` from the
//! typed plans in `tests/fixtures/examples.rs`, and prints what Koers's checks say about each:
//! `cargo run --example write_examples`. Commit the files it writes.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stderr)]

#[path = "../tests/fixtures/examples.rs"]
mod examples;

use koers::domain::{check, findings, plan_flags, recommend, to_json, Section};

fn main() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/export/examples");
    std::fs::create_dir_all(dir).unwrap();
    for (sector, plan) in examples::all() {
        let path = format!("{dir}/{}.json", sector.key());
        std::fs::write(&path, to_json(&plan)).unwrap();
        eprintln!("{path}");
        let r = recommend(&plan);
        eprintln!(
            "  model: chosen {:?}, recommended {:?}",
            r.chosen,
            r.recommended()
        );
        for section in Section::ALL {
            let problems = koers::wizard::validate(&plan, *section);
            if !problems.is_empty() {
                eprintln!("  {section:?}: {problems:?}");
            }
        }
        for f in findings(&plan) {
            eprintln!("  finding ({:?}): {f:?}", f.severity());
        }
        for w in check(&plan.staffing) {
            eprintln!("  team: {w:?}");
        }
        for f in plan_flags(&plan) {
            eprintln!("  schedule: {f:?}");
        }
    }
}
