//! Fuzz targets as property tests (cargo-fuzz needs a nightly toolchain, which this project's
//! machines do not have). Each target feeds arbitrary or mutated input to a parser or an
//! exporter and asserts it never panics and keeps its promise. The default run uses a few
//! hundred cases; `scripts/fuzz.sh` runs them with large counts for a bounded time.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

#[path = "fixtures/plans.rs"]
mod plans;

use koers::domain::{from_bytes, to_json, Date, ImportError};
use koers::export::markup::{self, el, Attr, Node, Tag};
use koers::export::{docx, html, ics, markdown, share};
use koers::i18n::Lang;
use koers::wizard::summarise;
use proptest::prelude::*;

fn cases() -> u32 {
    std::env::var("KOERS_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(256)
}

/// Applies small edits to bytes: (where, byte, 0 replace / 1 remove / 2 insert / 3 cut off).
fn mutate(mut bytes: Vec<u8>, edits: Vec<(prop::sample::Index, u8, u8)>) -> Vec<u8> {
    for (at, byte, op) in edits {
        if bytes.is_empty() {
            break;
        }
        let i = at.index(bytes.len());
        match op {
            0 => bytes[i] = byte,
            1 => {
                bytes.remove(i);
            }
            2 => bytes.insert(i, byte),
            _ => bytes.truncate(i),
        }
    }
    bytes
}

/// Valid answers files, damaged in small ways: the inputs most likely to reach deep code.
fn mutated_answers() -> impl Strategy<Value = Vec<u8>> {
    let seeds: Vec<Vec<u8>> = plans::all()
        .into_iter()
        .map(|(_, p)| to_json(&p).into_bytes())
        .collect();
    (
        prop::sample::select(seeds),
        prop::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0u8..4), 1..8),
    )
        .prop_map(|(bytes, edits)| mutate(bytes, edits))
}

/// Any text, with the characters markup, JSON and XML treat specially over-represented.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "\\PC{0,12}",
        "[<>&\"'\\\\/\u{0}-\u{1f}\u{7f}\u{fffe}\u{ffff}a#]{0,8}",
        Just("</p><script>x</script>".to_string()),
    ]
}

/// Any tree the builder can make: every tag, every attribute, any text.
fn any_tree() -> impl Strategy<Value = Node> {
    let leaf = any_text().prop_map(Node::Text);
    leaf.prop_recursive(6, 48, 6, |inner| {
        (
            prop::sample::select(Tag::ALL.to_vec()),
            prop::collection::vec((prop::sample::select(Attr::ALL.to_vec()), any_text()), 0..4),
            prop::collection::vec(inner, 0..5),
        )
            .prop_map(|(tag, attrs, children)| {
                attrs
                    .into_iter()
                    .fold(el(tag), |e, (a, v)| e.attr(a, v))
                    .children_from(children)
                    .into()
            })
    })
}

/// The trees the plan screen really sends, damaged in small ways (bytes changed, dropped,
/// inserted, cut off): the inputs most likely to get deep into `decode`.
fn mutated_trees() -> impl Strategy<Value = Vec<u8>> {
    let seeds: Vec<Vec<u8>> = plans::all()
        .into_iter()
        .map(|(_, p)| {
            let s = summarise(&p, Lang::En);
            markup::encode(&html::screen(&s, Date::EPOCH)).into_bytes()
        })
        .collect();
    (
        prop::sample::select(seeds),
        prop::collection::vec(
            (
                any::<prop::sample::Index>(),
                prop::sample::select(b"[]{}\",:\\ax0".to_vec()),
                0u8..4,
            ),
            1..6,
        ),
    )
        .prop_map(|(bytes, edits)| mutate(bytes, edits))
}

/// How many `<`, `>` and `"` the markup of a tree has when no text or value adds any: one
/// `<` and `>` per tag written, and a pair of quotes per attribute.
fn syntax_counts(node: &Node) -> (usize, usize) {
    match node {
        Node::Text(_) => (0, 0),
        Node::Element(e) => {
            let self_closing = e.children().is_empty()
                && matches!(
                    e.tag(),
                    Tag::Svg
                        | Tag::G
                        | Tag::Rect
                        | Tag::Line
                        | Tag::Path
                        | Tag::Polygon
                        | Tag::Circle
                        | Tag::Text
                );
            let tags = if self_closing { 1 } else { 2 };
            // An svg's namespace and a button's type="button" are written by the writer itself.
            let xmlns = usize::from(e.tag() == Tag::Svg || e.tag() == Tag::Button);
            e.children()
                .iter()
                .map(syntax_counts)
                .fold((tags, 2 * (e.attrs().len() + xmlns)), |(t, q), (ct, cq)| {
                    (t + ct, q + cq)
                })
        }
    }
}

/// Whether any object in the tree names a key twice.
fn has_repeated_key(v: &koers::domain::json::Value) -> bool {
    use koers::domain::json::Kind;
    match &v.kind {
        Kind::Object(members) => {
            members
                .iter()
                .enumerate()
                .any(|(i, (k, _))| members.iter().skip(i + 1).any(|(k2, _)| k2 == k))
                || members.iter().any(|(_, m)| has_repeated_key(m))
        }
        Kind::Array(items) => items.iter().any(has_repeated_key),
        _ => false,
    }
}

/// JSON-shaped noise: structure that a parser must walk.
fn json_noise() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        Just("null".to_string()),
        any::<i64>().prop_map(|n| n.to_string()),
        any::<f64>().prop_map(|n| format!("{n:?}")),
        ".{0,12}".prop_map(|s| serde_json::to_string(&s).unwrap()),
        Just("\"2026-02-30\"".to_string()),
        Just("\"0000-00-00\"".to_string()),
        Just("\"koers\"".to_string()),
        Just("2".to_string()),
    ];
    leaf.prop_recursive(6, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(|v| format!("[{}]", v.join(","))),
            prop::collection::vec(
                (
                    prop::sample::select(vec![
                        "app",
                        "schema_version",
                        "plan",
                        "organisation",
                        "name",
                        "roles",
                        "phasing",
                        "start",
                        "x"
                    ]),
                    inner
                ),
                0..6
            )
            .prop_map(|v| format!(
                "{{{}}}",
                v.iter()
                    .map(|(k, v)| format!("\"{k}\":{v}"))
                    .collect::<Vec<_>>()
                    .join(",")
            )),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

    /// A participant's code is hostile input: whatever is typed, reading it never panics, and
    /// a code is only ever read for the workshop it was made for.
    #[test]
    fn participant_codes_never_panic_and_never_cross_workshops(
        text in "\\PC{0,40}",
        seed in any::<u64>(),
        other in any::<u64>(),
        scores in prop::array::uniform7(1u8..=5),
    ) {
        use koers::domain::group::{participant_code, read_code, CodeError, WorkshopId};
        let id = WorkshopId::from_seed(seed);
        let _ = read_code(&text, id);
        let stages = scores.map(|n| koers::domain::Stage::from_number(n).unwrap());
        let code = participant_code(id, &stages, seed ^ other);
        prop_assert_eq!(read_code(&code, id), Ok(stages));
        let theirs = WorkshopId::from_seed(other);
        if theirs != id {
            prop_assert_eq!(read_code(&code, theirs), Err(CodeError::OtherWorkshop));
        }
    }

    /// The English copy arrives over the network after the first screen: whatever comes,
    /// reading it never panics, and only this build's file, byte for byte (its last line
    /// ending may be cut), is taken: a character more anywhere, or a file cut short, is not.
    #[test]
    fn the_english_file_is_taken_whole_or_not_at_all(
        cut in prop::option::of(0usize..20_000),
        noise in "\\PC{0,12}",
        at in 0usize..20_000,
    ) {
        use koers::i18n::later::{file, parse};
        let good = file();
        let mut text = good.clone();
        let at = (at % (text.len() + 1)..=text.len()).find(|i| text.is_char_boundary(*i)).unwrap_or(text.len());
        text.insert_str(at, &noise);
        if let Some(cut) = cut {
            let cut = (cut % (text.len() + 1)..=text.len()).find(|i| text.is_char_boundary(*i)).unwrap_or(text.len());
            text.truncate(cut);
        }
        let taken = parse(&text).is_some();
        let same = text == good || text == good.trim_end_matches('\n');
        prop_assert!(!taken || same, "a changed file was taken: noise {:?} at {}, cut at {:?}", noise, at, cut);
    }

    #[test]
    fn answers_parser_never_panics_on_bytes(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let _ = from_bytes(&bytes);
    }

    /// Where both load a damaged file, the hand-written reader and serde's agree on what it
    /// says; and it never loads what serde refuses, except for a key given twice (serde
    /// refuses that, the reader takes the last).
    #[test]
    fn the_reader_agrees_with_serde(bytes in mutated_answers()) {
        let ours = from_bytes(&bytes);
        let oracle = std::str::from_utf8(&bytes)
            .ok()
            .and_then(|t| serde_json::from_str::<koers::domain::AnswersDocument>(t).ok());
        match (&ours, &oracle) {
            (Ok(plan), Some(doc)) if doc.schema_version == 2 => {
                // The app gives items without an id one of their own as it reads them.
                let mut expected = doc.plan.clone();
                expected.normalise();
                prop_assert_eq!(plan, &expected);
            }
            (Ok(_), None) => {
                let text = String::from_utf8_lossy(&bytes);
                let value = koers::domain::json::parse(&text).unwrap();
                prop_assert!(has_repeated_key(&value), "loaded what serde refuses: {}", text);
            }
            _ => {}
        }
    }

    #[test]
    fn answers_parser_never_panics_on_mutated_files(bytes in mutated_answers()) {
        if let Ok(plan) = from_bytes(&bytes) {
            // Whatever loads must save and load again unchanged.
            prop_assert_eq!(from_bytes(to_json(&plan).as_bytes()), Ok(plan));
        }
    }

    #[test]
    fn migration_never_panics_on_json(text in json_noise()) {
        let wrapped = format!(r#"{{"app":"koers","schema_version":1,"plan":{text}}}"#);
        let _ = from_bytes(wrapped.as_bytes());
    }

    #[test]
    fn share_decoder_never_panics(text in "[A-Za-z0-9_=.!-]{0,300}", bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        let _ = share::decode(&format!("deel=1.{text}"));
        let _ = share::decode(&format!("deel=1.{}", share::base64url(&bytes)));
        let packed = miniz_oxide::deflate::compress_to_vec(&bytes, 6);
        let r = share::decode(&format!("deel=1.{}", share::base64url(&packed)));
        let json_like = bytes.first() == Some(&b'{');
        prop_assert!(r.is_err() || json_like, "random bytes decoded to a plan");
    }

    #[test]
    fn markup_decoder_never_panics_on_text(text in "\\PC{0,200}", bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        let _ = markup::decode(&text);
        let _ = markup::decode(&String::from_utf8_lossy(&bytes));
    }

    /// What a tab kept for a participant is read back as seven choices at most, for its own
    /// workshop only, whatever the storage holds.
    #[test]
    fn a_participants_kept_choices_never_panic(text in "[A-Z0-9:\\-]{0,40}", seed in any::<u64>()) {
        let id = koers::domain::group::WorkshopId::from_seed(seed);
        let _ = koers::wizard::own_from_record(&text, id);
        let kept = format!("{}:{text}", id.text());
        if let Some((_, code)) = koers::wizard::own_from_record(&kept, id) {
            prop_assert!(code.is_none_or(|c| c.starts_with(&id.text())));
        }
    }

    #[test]
    fn markup_decoder_never_panics_on_json(text in json_noise()) {
        let _ = markup::decode(&text);
        let _ = markup::decode(&format!(r#"[["p",{{"class":{text}}},{text}]]"#));
    }

    /// Whatever a damaged tree decodes to is a tree of the closed sets, so it writes out and
    /// encodes again to the same tree.
    #[test]
    fn markup_decoder_keeps_its_promise_on_mutated_trees(bytes in mutated_trees()) {
        if let Ok(nodes) = markup::decode(&String::from_utf8_lossy(&bytes)) {
            let mut out = String::new();
            for n in &nodes {
                markup::write_html(n, &mut out);
            }
            prop_assert_eq!(markup::decode(&markup::encode(&nodes)), Ok(nodes));
        }
    }

    #[test]
    fn markup_round_trips_through_its_wire_format(trees in prop::collection::vec(any_tree(), 0..4)) {
        let wire = markup::encode(&trees);
        // The wire format is JSON by serde's reading too.
        prop_assert!(serde_json::from_str::<serde_json::Value>(&wire).is_ok());
        prop_assert_eq!(markup::decode(&wire), Ok(trees));
    }

    /// No text or attribute value, whatever it holds, adds markup: every `<`, `>` and `"` in
    /// the output is one the tree's own tags and attributes account for, and no character
    /// that XML forbids gets through.
    #[test]
    fn markup_text_never_becomes_markup(tree in any_tree()) {
        let mut out = String::new();
        markup::write_html(&tree, &mut out);
        let (tags, quotes) = syntax_counts(&tree);
        prop_assert_eq!(out.matches('<').count(), tags, "{}", out);
        prop_assert_eq!(out.matches('>').count(), tags, "{}", out);
        prop_assert_eq!(out.matches('"').count(), quotes, "{}", out);
        prop_assert!(!out.contains('\''));
        let forbidden = |c: char| {
            (c < ' ' && c != '\t' && c != '\n') || matches!(c, '\u{7f}' | '\u{fffe}' | '\u{ffff}')
        };
        prop_assert!(!out.chars().any(forbidden), "{:?}", out);
    }

    #[test]
    fn every_exporter_handles_any_loaded_plan(bytes in mutated_answers(), text in "\\PC{0,40}") {
        let Ok(mut plan) = from_bytes(&bytes) else { return Ok(()); };
        plan.organisation.name = text;
        for lang in [Lang::Nl, Lang::En] {
            let s = summarise(&plan, lang);
            let today = Date::EPOCH;
            let h = html::render(&s, today).body;
            prop_assert!(!h.contains("<script"));
            let screen = html::screen(&s, today);
            let mut markup = String::new();
            for node in &screen {
                markup::write_html(node, &mut markup);
            }
            prop_assert!(!markup.contains("<script"));
            prop_assert_eq!(markup::decode(&markup::encode(&screen)), Ok(screen));
            let _ = markdown::render(&s, today);
            for line in ics::render(&s, today).body.split("\r\n") {
                prop_assert!(line.len() <= 75);
            }
            let _ = docx::render(&s, today);
        }
        prop_assert_eq!(share::decode(&share::encode(&plan)), Ok(plan));
    }
}

/// An evaluation record as a hostile file might hold it: real and unknown keys, values of
/// every JSON type, out-of-range numbers and impossible dates.
fn any_evaluation() -> impl Strategy<Value = String> {
    // Mostly sound values, so that many files load and reach the review and the report; now
    // and then a wrong one, so that refusing is exercised too.
    fn pool(sound: &[&'static str], wrong: &[&'static str]) -> BoxedStrategy<&'static str> {
        prop_oneof![
            24 => prop::sample::select(sound.to_vec()),
            1 => prop::sample::select(wrong.to_vec()),
        ]
        .boxed()
    }
    let date = pool(
        &[
            "\"2027-06-01\"",
            "\"2030-12-31\"",
            "\"2026-01-01\"",
            "\"2028-02-29\"",
            "null",
        ],
        &[
            "\"2027-02-30\"",
            "\"\"",
            "20270601",
            "\"0000-01-01\"",
            "\"9999-12-31\"",
        ],
    );
    let dim = pool(
        &[
            "\"strategy_goals\"",
            "\"policy_rules\"",
            "\"listening_webcare\"",
            "\"skills_training\"",
        ],
        &["\"nope\"", "\"\""],
    );
    let stage = pool(
        &[
            "\"operational\"",
            "\"fully_engaged\"",
            "\"traditional\"",
            "\"measurable\"",
        ],
        &["\"sixth\"", "3", "null", "[]"],
    );
    let kpi = pool(
        &["\"1\"", "\"2\"", "\"3\"", "\"77\""],
        &["\"-1\"", "\"99999999999\"", "\"x\""],
    );
    let amount = pool(
        &["\"12\"", "\"4.5\"", "\"0\"", "\"1000000\""],
        &["\"-3\"", "\"1e309\"", "12", "\"\"", "{}"],
    );
    let action = pool(
        &["\"start_listening\"", "\"allow_pilot_accounts\""],
        &["\"fly\""],
    );
    let status = pool(
        &["\"done\"", "\"planned\"", "\"in_progress\"", "\"dropped\""],
        &["\"started\"", "true"],
    );
    let closed = pool(&["true", "false"], &["\"yes\"", "null"]);
    (
        date,
        prop::collection::vec((dim, stage), 0..9),
        prop::collection::vec((kpi, amount), 0..5),
        prop::collection::vec((action, status), 0..4),
        "\\PC{0,30}",
        closed,
        any::<u8>(),
    )
        .prop_map(
            |(date, scores, actuals, actions, incidents, closed, drop)| {
                // A key given twice is refused; now and then one is, as a hostile file would.
                let map = |pairs: Vec<(&str, &str)>| {
                    let mut seen = Vec::new();
                    pairs
                        .iter()
                        .filter(|(k, _)| {
                            drop % 8 == 2 || {
                                let fresh = !seen.contains(k);
                                seen.push(*k);
                                fresh
                            }
                        })
                        .map(|(k, v)| format!("{k}:{v}"))
                        .collect::<Vec<_>>()
                        .join(",")
                };
                let mut fields = vec![
                    format!("\"date\":{date}"),
                    format!("\"scores\":{{{}}}", map(scores)),
                    format!("\"actuals\":{{{}}}", map(actuals)),
                    format!("\"actions\":{{{}}}", map(actions)),
                    format!(
                        "\"incidents\":{}",
                        serde_json::to_string(&incidents).unwrap()
                    ),
                    format!("\"closed\":{closed}"),
                ];
                // Now and then a field is missing, or an unknown one is added.
                match drop % 8 {
                    0 => {
                        fields.remove(usize::from(drop) % fields.len());
                    }
                    1 => fields.push("\"mood\":\"sunny\"".into()),
                    _ => {}
                }
                format!("{{{}}}", fields.join(","))
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

    /// The assessment history in an answers file is hostile input: whatever it holds, the file
    /// loads whole or not at all, a loaded history can be reviewed and reported in both
    /// languages, and opening the file in the wizard replaces nothing before the visitor says so.
    #[test]
    fn assessment_history_loads_whole_or_not_at_all(
        records in prop::collection::vec(any_evaluation(), 0..6),
        which in 0usize..3,
    ) {
        use koers::wizard::{update, Action, Model, Notice};
        let (_, seed) = plans::all().swap_remove(which);
        let file = to_json(&seed).replacen(
            "\"evaluations\": []",
            &format!("\"evaluations\": [{}]", records.join(",")),
            1,
        );
        let mut m = Model::new(plans::home_care(), Lang::En);
        let before = m.plan.clone();
        let _ = update(&mut m, Action::Opened { bytes: file.clone().into_bytes(), from_link: false });
        prop_assert_eq!(&m.plan, &before, "nothing is replaced before the visitor confirms");
        match from_bytes(file.as_bytes()) {
            Ok(plan) => {
                prop_assert!(m.pending.is_some());
                prop_assert!(plan.evaluations.len() <= records.len());
                for i in 0..plan.evaluations.len() {
                    let _ = koers::domain::evaluation_review(&plan, i);
                    for lang in [Lang::Nl, Lang::En] {
                        if let Some(doc) = koers::export::report::render_html(&plan, i, lang, Date::EPOCH) {
                            prop_assert!(!doc.body.contains("<script"));
                        }
                        let _ = koers::export::report::render_markdown(&plan, i, lang, Date::EPOCH);
                    }
                }
                let _ = html::render(&summarise(&plan, Lang::Nl), Date::EPOCH);
            }
            Err(e) => {
                prop_assert_eq!(m.pending.as_ref(), None);
                prop_assert_eq!(m.notice.as_ref(), Some(&Notice::ImportFailed(e.clone())));
                for lang in [Lang::Nl, Lang::En] {
                    prop_assert!(!koers::i18n::import_error(&e, lang).is_empty());
                }
            }
        }
    }

    /// The attributes a host page writes on the embed are hostile input: whatever they say, the
    /// name is tamed (no control characters, at most 120), keys outside the closed sets are
    /// ignored, and the visitor's own saved answers always win.
    #[test]
    fn prefill_attributes_are_tamed_and_never_win_over_saved_answers(
        name in prop::option::of("\\PC{0,300}"),
        sector in prop::option::of(prop_oneof!["\\PC{0,20}".boxed(), Just(" hospital ".to_string()).boxed()]),
        size in prop::option::of(prop_oneof!["\\PC{0,20}".boxed(), Just("over_250".to_string()).boxed()]),
    ) {
        use koers::wizard::{Model, Prefill, Start, Stored};
        let p = Prefill::read(name.as_deref(), sector.as_deref(), size.as_deref());
        if let Some(n) = &p.name {
            prop_assert!(n.chars().count() <= 120 && !n.is_empty());
            prop_assert!(!n.chars().any(char::is_control));
        }
        prop_assert_eq!(p.sector.is_some(), sector.as_deref().is_some_and(|k| koers::domain::Sector::from_key(k.trim()).is_some()));
        prop_assert_eq!(p.size.is_some(), size.as_deref().is_some_and(|k| koers::domain::SizeBand::from_key(k.trim()).is_some()));
        let saved = plans::home_care();
        let m = Model::start(Start {
            prefill: p.clone(),
            stored: Some(Stored::Raw(koers::domain::to_compact_json(&saved, Some("nl")))),
            ..Start::default()
        });
        prop_assert_eq!(&m.plan.organisation, &saved.organisation);
        let fresh = Model::start(Start { prefill: p.clone(), stored: Some(Stored::Nothing), ..Start::default() });
        if let Some(n) = &p.name {
            prop_assert_eq!(&fresh.plan.organisation.name, n);
        }
    }

    /// A sector's example arrives like a file: a damaged or foreign one is refused with a
    /// message, a sound one is offered, and neither replaces anything on arrival.
    #[test]
    fn example_files_replace_nothing_on_arrival(
        sector in prop::sample::select(koers::export::examples::SECTORS.to_vec()),
        edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0u8..4), 0..6),
    ) {
        use koers::wizard::{update, Action, Model, Notice};
        let bytes = mutate(koers::export::examples::example(sector).unwrap_or_default().as_bytes().to_vec(), edits);
        let mut m = Model::new(plans::hospital_group(), Lang::Nl);
        let before = m.plan.clone();
        let _ = update(&mut m, Action::OpenExample(sector));
        let _ = update(&mut m, Action::ExampleArrived(bytes.clone()));
        prop_assert_eq!(&m.plan, &before);
        match from_bytes(&bytes) {
            Ok(_) => prop_assert!(m.pending.as_ref().is_some_and(|p| p.example)),
            // Our own file that does not read is a build gone wrong: the example failed.
            Err(_) => {
                prop_assert!(m.pending.is_none());
                prop_assert_eq!(m.notice, Some(Notice::ExampleFailed));
            }
        }
    }

    /// What the host page hears is never what the visitor typed: whatever the organisation is
    /// called and wherever the visitor goes, each event's detail is a small JSON object of
    /// known keys with values from closed sets.
    #[test]
    fn host_event_payloads_never_carry_answers(
        name in "[A-Za-z]{2}\\PC{4,30}",
        steps in prop::collection::vec(0u8..8, 1..40),
    ) {
        use koers::wizard::{update, Action, Edit, Effect, Format, Model, Q, Route};
        let mut m = Model::new(plans::hospital_group(), Lang::Nl);
        let mut events = Vec::new();
        for step in steps {
            let a = match step {
                0 => Action::Next,
                1 => Action::Back,
                2 => Action::Edit(Edit::Type(Q::OrgName, name.clone())),
                3 => Action::Go(Route::Plan),
                4 => Action::Download(Format::Docx),
                5 => Action::DownloadAnswers,
                6 => Action::Opened { bytes: name.clone().into_bytes(), from_link: true },
                _ => Action::Go(Route::Review),
            };
            for fx in update(&mut m, a) {
                if let Effect::Emit(e) = fx {
                    events.push(e);
                }
            }
        }
        let keys = ["section", "screen", "position", "total", "format", "kind"];
        for e in events {
            let detail = e.detail();
            prop_assert!(!detail.contains(name.trim()), "{detail}");
            let value: serde_json::Value = serde_json::from_str(&detail).unwrap();
            let object = value.as_object().unwrap();
            for (k, v) in object {
                prop_assert!(keys.contains(&k.as_str()), "{k}");
                prop_assert!(v.as_str().is_none_or(|s| s.len() <= 24 && s.chars().all(|c| c.is_ascii_lowercase() || c == '_' || c == '-')), "{v}");
            }
        }
    }

    /// Codes pasted from a chat are hostile input on the projector too: every piece is either
    /// counted once, counted as a repeat, or refused with a reason; the plan never changes.
    #[test]
    fn pasted_codes_are_counted_or_refused_and_never_touch_the_plan(
        noise in prop::collection::vec("\\PC{0,20}", 0..5),
        real in 0usize..4,
        twice in any::<bool>(),
    ) {
        use koers::domain::group::participant_code;
        use koers::wizard::{update, Action, Model};
        let mut m = Model::new(plans::hospital_group(), Lang::Nl);
        let before = m.plan.clone();
        let _ = update(&mut m, Action::GroupOpen);
        let id = m.group.as_ref().unwrap().id;
        let mut pieces = noise.clone();
        for i in 0..real {
            pieces.push(participant_code(id, &[koers::domain::Stage::Operational; 7], i as u64));
        }
        if twice && real > 0 {
            pieces.push(participant_code(id, &[koers::domain::Stage::Operational; 7], 0));
        }
        let _ = update(&mut m, Action::GroupCodes(pieces.join("\n")));
        let g = m.group.as_ref().unwrap();
        prop_assert_eq!(&m.plan, &before);
        let said = pieces.iter().flat_map(|p| p.split(['\n', ',', ';'])).filter(|p| !p.trim().is_empty()).count();
        prop_assert_eq!(g.accepted.len() + g.repeated + g.refused.len(), said);
        prop_assert!(g.accepted.len() >= real.min(1));
        for d in koers::domain::Dimension::ALL {
            prop_assert_eq!(g.votes.total(*d), u32::try_from(g.accepted.len()).unwrap());
        }
    }
}

#[test]
fn large_and_deep_inputs_are_refused_cleanly() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert_eq!(from_bytes(deep.as_bytes()), Err(ImportError::TooDeep));
    let big = vec![b'{'; 50 * 1024 * 1024];
    assert!(matches!(
        from_bytes(&big),
        Err(ImportError::TooLarge { .. })
    ));
    let mut plan = plans::hospital_group();
    plan.staffing.roles = (1..=10_000)
        .map(|i| koers::domain::Role {
            id: koers::domain::RoleId(i),
            kind: koers::domain::RoleKind::Ambassador,
            people: String::new(),
            headcount: koers::domain::Count(1),
            hours: koers::domain::Hours::whole(1),
            discipline: None,
        })
        .collect();
    let json = to_json(&plan);
    assert_eq!(
        from_bytes(json.as_bytes()),
        Err(ImportError::TooManyItems { max: 200 })
    );
}
