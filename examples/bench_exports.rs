//! Times every export for a large plan (every section filled, 30 roles, 20 milestones), in a
//! native release build: `cargo run --release --example bench_exports`. Prints one JSON line
//! per format with the median and 95th percentile in microseconds, for `bench/run.mjs`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

#[path = "../tests/fixtures/plans.rs"]
mod plans;

use koers::domain::{to_json, Count, Date, Hours, Milestone, MilestoneId, Role, RoleId, RoleKind};
use koers::export::{docx, html, ics, markdown, share};
use koers::i18n::Lang;
use koers::wizard::summarise;
use std::time::Instant;

fn large_plan() -> koers::domain::Plan {
    let mut p = plans::hospital_group();
    p.staffing.roles = (1..=30)
        .map(|i| Role {
            id: RoleId(i),
            kind: RoleKind::ALL[(i as usize) % RoleKind::ALL.len()],
            people: format!("Medewerker {i}, afdeling {}", i % 7),
            headcount: Count(1 + i % 4),
            hours: Hours::from_tenths(10 + i * 3),
            discipline: None,
        })
        .collect();
    let start: Date = "2026-09-07".parse().unwrap();
    p.phasing.milestones = (0..20)
        .map(|i| Milestone {
            id: MilestoneId(u32::try_from(i).unwrap() + 1),
            title: format!("Mijlpaal {i}: overleg met de afdelingen"),
            date: Some(start.add_days(i * 11)),
        })
        .collect();
    p
}

fn time<F: FnMut() -> usize>(name: &str, mut f: F) {
    let mut samples: Vec<u128> = Vec::new();
    let mut size = 0;
    for _ in 0..60 {
        let t = Instant::now();
        size = f();
        samples.push(t.elapsed().as_micros());
    }
    samples.sort_unstable();
    let p50 = samples[samples.len() / 2];
    let p95 = samples[samples.len() * 95 / 100];
    println!(r#"{{"format":"{name}","p50_us":{p50},"p95_us":{p95},"bytes":{size}}}"#);
}

fn main() {
    let plan = large_plan();
    let today = Date::from_ymd(2026, 11, 24).unwrap();
    let lang = Lang::Nl;
    time("summary", || summarise(&plan, lang).warnings.len());
    time("html", || {
        html::render(&summarise(&plan, lang), today).body.len()
    });
    time("markdown", || {
        markdown::render(&summarise(&plan, lang), today).body.len()
    });
    time("docx", || {
        docx::render(&summarise(&plan, lang), today).body.len()
    });
    time("ics", || {
        ics::render(&summarise(&plan, lang), today).body.len()
    });
    time("answers-json", || to_json(&plan).len());
    time("share-link", || share::encode(&plan).len());
}
