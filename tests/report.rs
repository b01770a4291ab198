//! The board's progress report: an evaluation of a realistic plan in every format and both
//! languages, with a growth and a fall back, against golden files for one report. Run with
//! KOERS_UPDATE_GOLDEN=1 to rewrite the golden files after an intended change.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

#[path = "fixtures/golden.rs"]
mod golden;
#[path = "fixtures/plans.rs"]
mod plans;
use golden::golden;

use koers::domain::{
    evaluation_review, start_evaluation, ActionStatus, Amount, Date, Dimension, KpiId, Plan, Stage,
};
use koers::export::report::{render_docx, render_html, render_markdown, report_outline};
use koers::i18n::{self, Label, Lang};

fn today() -> Date {
    Date::from_ymd(2027, 9, 15).unwrap()
}

fn evaluated() -> Date {
    Date::from_ymd(2027, 9, 1).unwrap()
}

/// The stored ZIP's `word/document.xml` (the .docx writes its parts uncompressed).
fn document_xml(bytes: &[u8]) -> String {
    let mut i = 0;
    while i + 30 <= bytes.len() && bytes[i..i + 4] == [0x50, 0x4b, 0x03, 0x04] {
        let le16 = |o: usize| usize::from(u16::from_le_bytes([bytes[o], bytes[o + 1]]));
        let le32 = |o: usize| u32::from_le_bytes(bytes[o..o + 4].try_into().unwrap()) as usize;
        let size = le32(i + 18);
        let name_len = le16(i + 26);
        let name = std::str::from_utf8(&bytes[i + 30..i + 30 + name_len]).unwrap();
        let start = i + 30 + name_len + le16(i + 28);
        if name == "word/document.xml" {
            return String::from_utf8(bytes[start..start + size].to_vec()).unwrap();
        }
        i = start + size;
    }
    panic!("a .docx has word/document.xml");
}

/// One stage more (or less) on a dimension of the open evaluation.
fn shift(plan: &mut Plan, index: usize, d: Dimension, by: i8) {
    let e = &mut plan.evaluations[index];
    let at = e.scores.get(&d).copied().unwrap();
    let to = Stage::from_number(at.number().checked_add_signed(by).unwrap()).unwrap();
    e.scores.insert(d, to);
}

/// The hospital group's plan with a first evaluation: every dimension one stage up, the
/// applications indicator measured, the first action done and an incident.
fn grown() -> Plan {
    let mut plan = plans::hospital_group();
    let i = start_evaluation(&mut plan, evaluated());
    for d in Dimension::ALL {
        shift(&mut plan, i, *d, 1);
    }
    plan.evaluations[i]
        .actuals
        .insert(KpiId(1), Amount::whole(8));
    let first = evaluation_review(&plan, i).unwrap().actions[0].0;
    plan.evaluations[i]
        .actions
        .insert(first, ActionStatus::Done);
    plan.evaluations[i].incidents =
        "Een klacht over wachttijden op Facebook, binnen de werkdag beantwoord.".into();
    plan
}

/// The grown plan's second evaluation, held against the first (closed): one dimension falls
/// back two stages, which takes the organisation a stage down.
fn fallen() -> Plan {
    let mut plan = grown();
    plan.evaluations[0].closed = true;
    let later = Date::from_ymd(2028, 3, 1).unwrap();
    let i = start_evaluation(&mut plan, later);
    shift(&mut plan, i, Dimension::ALL[0], -2);
    plan
}

fn md(plan: &Plan, index: usize, lang: Lang) -> String {
    render_markdown(plan, index, lang, today()).unwrap().body
}

#[test]
fn the_report_shows_the_growth_the_indicators_the_actions_and_what_comes_next() {
    let plan = grown();
    let review = evaluation_review(&plan, 0).unwrap();
    assert_eq!(review.movement, 1);
    for (lang, growth, row, done, none) in [
        (
            Lang::Nl,
            "3\\. Operationaliseren → 4. Resultaten zien (gegroeid met 1 fase)",
            "| Sollicitaties via LinkedIn per maand | 4 sollicitaties | 12 sollicitaties | 8 sollicitaties | 50% |",
            "Gedaan",
            "| 60% | 95% | nog niet gemeten |",
        ),
        (
            Lang::En,
            "3\\. Operational → 4. Measurable (grew by 1 stage)",
            "| Sollicitaties via LinkedIn per maand | 4 sollicitaties | 12 sollicitaties | 8 sollicitaties | 50% |",
            "Done",
            "| 60% | 95% | not measured yet |",
        ),
    ] {
        let text = md(&plan, 0, lang);
        assert!(text.starts_with(&format!(
            "# {}: Ziekenhuisgroep Rivierenland",
            i18n::V::Title.get(lang)
        )));
        assert!(text.contains(growth), "{lang:?}: stage movement\n{text}");
        assert!(text.contains(row), "{lang:?}: the measured indicator");
        assert!(text.contains(none), "{lang:?}: the indicator not measured");
        // One measured and on track; the other is not measured, which is not off track.
        assert!(
            text.contains(&format!(
                "{}:** 1 {} 1 (1 {})",
                i18n::V::OnTrack.get(lang),
                i18n::V::Of.get(lang),
                i18n::V::NotMeasured.get(lang)
            )),
            "{lang:?}: one indicator of one measured on track\n{text}"
        );
        let (action, _) = review.actions[0];
        assert!(
            text.contains(&format!("| {} | {done} |", i18n::growth_action(action, lang))),
            "{lang:?}: the action's status"
        );
        assert!(text.contains("Een klacht over wachttijden op Facebook"));
        assert!(!review.next.is_empty());
        for next in &review.next {
            assert!(
                text.contains(&format!("- {}", i18n::advice(next, lang))),
                "{lang:?}: next action"
            );
        }
        // Growth has no fall-back section.
        assert!(!text.contains(i18n::V::SecFallback.get(lang)));
    }
}

#[test]
fn a_fall_back_shows_its_risks() {
    let plan = fallen();
    let review = evaluation_review(&plan, 1).unwrap();
    assert!(review.movement < 0, "{review:?}");
    assert!(!review.fallback.is_empty());
    for (lang, fell, against) in [
        (
            Lang::Nl,
            "(teruggevallen met 1 fase)",
            "de evaluatie van 1 september 2027",
        ),
        (
            Lang::En,
            "(fell back by 1 stage)",
            "the evaluation of 1 September 2027",
        ),
    ] {
        let text = md(&plan, 1, lang);
        assert!(text.contains(fell), "{lang:?}\n{text}");
        assert!(text.contains(against), "{lang:?}: held against the first");
        assert!(text.contains(&format!("## {}", i18n::V::SecFallback.get(lang))));
        for risk in &review.fallback {
            assert!(text.contains(&format!("- {}", i18n::fallback_risk(*risk, lang))));
        }
        // The dimension that fell shows its change with a true minus sign, and the note
        // names it.
        assert!(text.contains("| −2 |"), "{lang:?}");
        assert!(
            text.contains(&format!(
                "{}: {} (4 → 2).",
                i18n::V::Down.get(lang),
                Dimension::ALL[0].label(lang)
            )),
            "{lang:?}: the fall back's cause"
        );
        // Nothing measured this time is said so, not counted as off track, and the first
        // evaluation's measurement stands beside it.
        assert!(text.contains(&format!(
            "{}:** {}",
            i18n::V::OnTrack.get(lang),
            i18n::V::NoneMeasured.get(lang)
        )));
        assert!(text.contains(&format!("| {} |", i18n::V::Previous.get(lang))));
        assert!(text.contains(&format!(
            "| 12 sollicitaties | 8 sollicitaties | {} |",
            i18n::V::NotMeasured.get(lang)
        )));
        // No incidents were written this time.
        assert!(text.contains(i18n::V::NoIncidents.get(lang)));
        let page = render_html(&plan, 1, lang, today()).unwrap().body;
        assert!(page.contains(i18n::fallback_risk(review.fallback[0], lang)));
    }
}

#[test]
fn the_html_draws_then_and_now_on_one_radar_beside_its_table() {
    let plan = grown();
    let doc = render_html(&plan, 0, Lang::Nl, today()).unwrap();
    assert_eq!(
        doc.filename,
        "koers-voortgang-ziekenhuisgroep-rivierenland-2027-09-01.html"
    );
    let page = doc.body;
    let svg = &page[page.find("<svg").unwrap()..page.find("</svg>").unwrap()];
    // Five rings and two outlines: now filled, then dashed.
    assert_eq!(svg.matches("<polygon").count(), 7);
    assert_eq!(svg.matches("fill-opacity").count(), 1);
    assert!(svg.contains("stroke-dasharray"));
    assert!(svg.contains("Toen, in het plan") && svg.contains("Nu, bij deze evaluatie"));
    for cell in [
        "<th role=\"columnheader\" scope=\"col\">Toen</th>",
        "<th role=\"rowheader\" scope=\"row\">Meten</th><td role=\"cell\" data-label=\"Toen\">2. Experimenteren</td><td role=\"cell\" data-label=\"Nu\">3. Operationaliseren</td><td role=\"cell\" data-label=\"Verschil\">+1</td>",
        "data-label=\"Gemeten\">8 sollicitaties</td><td role=\"cell\" data-label=\"Voortgang\">50%</td>",
    ] {
        assert!(page.contains(cell), "{cell}");
    }
    for id in [
        "samenvatting",
        "volwassenheid",
        "indicatoren",
        "acties",
        "incidenten",
        "volgende-periode",
    ] {
        assert!(page.contains(&format!("<section id=\"{id}\">")), "{id}");
    }
}

#[test]
fn the_word_document_holds_the_tables() {
    let plan = grown();
    let doc = render_docx(&plan, 0, Lang::En, today()).unwrap();
    assert_eq!(
        doc.filename,
        "koers-progress-ziekenhuisgroep-rivierenland-2027-09-01.docx"
    );
    let xml = document_xml(&doc.body);
    // The summary's facts, the maturity, the indicators and the actions.
    assert_eq!(xml.matches("<w:tbl>").count(), 4);
    for text in [
        "Progress report: Ziekenhuisgroep Rivierenland",
        "8 sollicitaties",
        "50%",
        ">Done<",
        ">Then<",
        "Radar chart",
    ] {
        assert!(xml.contains(text), "{text}");
    }
}

#[test]
fn only_an_evaluation_has_a_report() {
    let plan = plans::hospital_group();
    assert_eq!(report_outline(&plan, 0, Lang::Nl, today()), None);
    let plan = grown();
    assert!(report_outline(&plan, 0, Lang::Nl, today()).is_some());
    assert_eq!(report_outline(&plan, 1, Lang::En, today()), None);
    assert!(render_html(&plan, 1, Lang::Nl, today()).is_none());
    assert!(render_docx(&plan, 1, Lang::Nl, today()).is_none());
}

#[test]
fn the_teams_words_stay_text() {
    let mut plan = grown();
    plan.evaluations[0].incidents =
        "<script>alert(1)</script>\n\n| [link](http://e.vil) &amp;".into();
    let page = render_html(&plan, 0, Lang::Nl, today()).unwrap().body;
    assert!(!page.contains("<script>"));
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    let text = md(&plan, 0, Lang::Nl);
    assert!(
        text.contains(
            "&lt;script&gt;alert(1)&lt;/script&gt;\n\n\\| \\[link\\](http://e.vil) &amp;amp;"
        ),
        "{text}"
    );
    let xml = document_xml(&render_docx(&plan, 0, Lang::Nl, today()).unwrap().body);
    assert!(xml.contains("&lt;script&gt;"));
}

#[test]
fn golden_files_for_one_report() {
    let plan = fallen();
    for lang in [Lang::Nl, Lang::En] {
        let stem = format!("report-hospital-{}", lang.code());
        golden(&format!("{stem}.md"), &md(&plan, 1, lang));
        golden(
            &format!("{stem}.html"),
            &render_html(&plan, 1, lang, today()).unwrap().body,
        );
        golden(
            &format!("{stem}.docx.xml"),
            &document_xml(&render_docx(&plan, 1, lang, today()).unwrap().body),
        );
    }
}

/// Scores that move while the stage stays: the report says why, as a reader expects the
/// stage to follow them; unmoved scores or a moved stage need no such note.
#[test]
fn a_stage_that_stays_while_scores_move_is_explained() {
    let note = "Daarom kunnen onderdelen stijgen of dalen terwijl de fase gelijk blijft.";
    let mut plan = plans::hospital_group();
    let i = start_evaluation(&mut plan, evaluated());
    assert!(!md(&plan, i, Lang::Nl).contains(note), "nothing moved");
    // One dimension up one stage: the typical stage, and so the stage, stays.
    shift(&mut plan, i, Dimension::ALL[0], 1);
    let r = evaluation_review(&plan, i).unwrap();
    assert_eq!(r.movement, 0);
    assert!(md(&plan, i, Lang::Nl).contains(note));
    assert!(md(&plan, i, Lang::En).contains("while the stage stays the same"));
    assert!(!md(&grown(), 0, Lang::Nl).contains(note), "the stage rose");
}
