//! Every export format on three realistic plans in both languages against golden files, and
//! the hostile-string corpus through every format. Run with KOERS_UPDATE_GOLDEN=1 to rewrite
//! the golden files after an intended change, then review the diff like code.
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

use koers::domain::{from_bytes, to_json, Date};
use koers::export::{docx, html, ics, markdown, markup, share};
use koers::i18n::Lang;
use koers::wizard::summarise;

fn today() -> Date {
    Date::from_ymd(2026, 11, 24).unwrap()
}

/// The plan screen's document as markup: the tree the documents module hands the app, written
/// as the standalone document writes its own.
fn screen(s: &koers::wizard::PlanSummary) -> String {
    let mut out = String::new();
    for node in html::screen(s, today()) {
        markup::write_html(&node, &mut out);
    }
    out
}

/// The text parts of a stored ZIP, by name (enough to read our own DOCX back).
fn unzip(bytes: &[u8]) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i + 30 <= bytes.len() && bytes[i..i + 4] == [0x50, 0x4b, 0x03, 0x04] {
        let le16 = |o: usize| usize::from(u16::from_le_bytes([bytes[o], bytes[o + 1]]));
        let le32 = |o: usize| u32::from_le_bytes(bytes[o..o + 4].try_into().unwrap()) as usize;
        let crc = u32::from_le_bytes(bytes[i + 14..i + 18].try_into().unwrap());
        let size = le32(i + 18);
        let name_len = le16(i + 26);
        let name = String::from_utf8(bytes[i + 30..i + 30 + name_len].to_vec()).unwrap();
        let start = i + 30 + name_len + le16(i + 28);
        let data = &bytes[start..start + size];
        assert_eq!(docx::crc32(data), crc, "CRC of {name}");
        out.push((name, String::from_utf8(data.to_vec()).unwrap()));
        i = start + size;
    }
    out
}

/// The main part of a .docx: the document body's XML.
fn document_xml(docx: &[u8]) -> String {
    unzip(docx)
        .into_iter()
        .find(|(n, _)| n == "word/document.xml")
        .map(|(_, xml)| xml)
        .expect("a .docx has word/document.xml")
}

/// A text part of a .docx by name.
fn part(docx: &[u8], name: &str) -> String {
    unzip(docx)
        .into_iter()
        .find(|(n, _)| n == name)
        .map(|(_, xml)| xml)
        .unwrap_or_else(|| panic!("the .docx has {name}"))
}

#[test]
fn every_word_page_has_the_plan_title_above_and_its_page_number_below() {
    for (name, plan) in plans::all() {
        for lang in [Lang::Nl, Lang::En] {
            let s = summarise(&plan, lang);
            let body = docx::render(&s, today()).body;
            let xml = document_xml(&body);
            // Each section, landscape ones too, names the header and the footer itself.
            let sections: Vec<&str> = xml.split("<w:sectPr>").skip(1).collect();
            assert!(!sections.is_empty(), "{name}");
            for sect in &sections {
                let sect = sect.split("</w:sectPr>").next().unwrap_or("");
                assert!(
                    sect.contains(r#"<w:headerReference w:type="default" r:id="rId2"/>"#)
                        && sect.contains(r#"<w:footerReference w:type="default" r:id="rId3"/>"#),
                    "{name}: a section without header or footer: {sect}"
                );
            }
            let rels = part(&body, "word/_rels/document.xml.rels");
            assert!(rels.contains(r#"Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml""#));
            assert!(rels.contains(r#"Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml""#));
            let types = part(&body, "[Content_Types].xml");
            assert!(types.contains(r#"PartName="/word/header1.xml""#));
            assert!(types.contains(r#"PartName="/word/footer1.xml""#));

            let footer = part(&body, "word/footer1.xml");
            assert!(footer.contains("<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>"));
            assert!(footer.contains("<w:instrText xml:space=\"preserve\"> NUMPAGES </w:instrText>"));
            assert_eq!(footer.matches(r#"w:fldCharType="begin""#).count(), 2);
            assert_eq!(footer.matches(r#"w:fldCharType="end""#).count(), 2);
            let words = word_texts(&footer);
            let (page, of) = match lang {
                Lang::Nl => ("Pagina ", " van "),
                Lang::En => ("Page ", " of "),
            };
            assert_eq!(words, [page, of], "{name}");

            // The header holds the document's title, escaped alike.
            let title = xml
                .split(r#"<w:pStyle w:val="Title"/></w:pPr><w:r><w:t xml:space="preserve">"#)
                .nth(1)
                .and_then(|t| t.split("</w:t>").next())
                .expect("a title");
            let header = part(&body, "word/header1.xml");
            assert!(
                header.contains(&format!(r#"<w:t xml:space="preserve">{title}</w:t>"#)),
                "{name}: {header}"
            );
        }
    }
}

#[test]
fn a_short_section_beside_a_landscape_one_shares_its_pages_and_amounts_stay_whole() {
    let s = summarise(&plans::hospital_group(), Lang::Nl);
    let xml = document_xml(&docx::render(&s, today()).body);
    // The measurement plan (a sentence and a small table) sits right before the landscape
    // risk table; it used to get a portrait page of its own that was two-thirds empty.
    let plan = xml.find(">Meetplan<").expect("the measurement plan");
    let risks = xml
        .find(">Risico&#39;s en aandachtspunten<")
        .expect("the risks");
    let before = xml[..plan]
        .rfind("<w:sectPr>")
        .expect("a section before it");
    assert!(
        !xml[before..plan].contains("w:orient=\"landscape\""),
        "the section before the measurement plan is portrait"
    );
    assert!(
        !xml[plan..risks].contains("<w:sectPr>"),
        "no section break between the measurement plan and the risks"
    );
    assert!(
        xml.contains("€\u{a0}176.640"),
        "the euro sign and the amount stay together"
    );
    assert!(!xml.contains("€ 1"));
}

#[test]
fn golden_files_for_every_format() {
    for (name, plan) in plans::all() {
        for lang in [Lang::Nl, Lang::En] {
            let s = summarise(&plan, lang);
            let stem = format!("{name}-{}", lang.code());
            golden(&format!("{stem}.md"), &markdown::render(&s, today()).body);
            golden(&format!("{stem}.html"), &html::render(&s, today()).body);
            golden(&format!("{stem}.screen.html"), &screen(&s));
            golden(&format!("{stem}.ics"), &ics::render(&s, today()).body);
            let xml = document_xml(&docx::render(&s, today()).body);
            golden(&format!("{stem}.docx.xml"), &xml);
        }
        golden(&format!("{name}.json"), &to_json(&plan));
    }
}

/// Every tag the markup opens is closed, in order (the app inserts it into its own page, where
/// a stray tag would swallow what follows).
fn assert_balanced(markup: &str) {
    let mut open: Vec<&str> = Vec::new();
    for piece in markup.split('<').skip(1) {
        let tag = piece.split('>').next().unwrap();
        let name = tag
            .trim_start_matches('/')
            .split([' ', '/'])
            .next()
            .unwrap();
        if tag.starts_with('/') {
            assert_eq!(open.pop(), Some(name), "closing </{name}> out of order");
        } else if !tag.ends_with('/') {
            open.push(name);
        }
    }
    assert!(open.is_empty(), "unclosed tags: {open:?}");
}

#[test]
fn the_plan_screen_shows_the_documents_sections_in_order() {
    for (name, plan) in plans::all() {
        for lang in [Lang::Nl, Lang::En] {
            let s = summarise(&plan, lang);
            let standalone = html::render(&s, today()).body;
            let screen = screen(&s);
            assert_balanced(&screen);
            let ids = |markup: &str, prefix: &str| -> Vec<String> {
                markup
                    .split(prefix)
                    .skip(1)
                    .map(|rest| rest.split('"').next().unwrap().to_string())
                    .collect()
            };
            let sections = ids(&standalone, "<section id=\"");
            // Every section, and "resolve first" above them when something does not hold.
            let always = [
                "besluit",
                "samenvatting",
                "volwassenheid",
                "doelen",
                "doelgroepen",
                "content",
                "model",
                "spelregels",
                "protocol",
                "team",
                "training",
                "begroting",
                "tijdlijn",
                "meetplan",
                "risicos",
                "bronnen",
            ];
            let expected: Vec<&str> = sections
                .iter()
                .map(String::as_str)
                .filter(|s| *s != "eerst-oplossen")
                .collect();
            assert!(
                always.iter().all(|a| expected.contains(a)),
                "{name}: {sections:?}"
            );
            assert_eq!(
                ids(&screen, "<h2 class=\"koers-h2\" id=\"koers-doc-"),
                sections,
                "{name}"
            );
            // No cover, no contents with links into the page: the screen has its own heading,
            // and a # link would change the address the app routes on.
            assert!(
                !screen.contains("<h1") && !screen.contains("href="),
                "{name}"
            );
        }
    }
}

#[test]
fn the_plan_opens_with_the_decision_a_board_is_asked() {
    let plan = plans::hospital_group();
    let md = markdown::render(&summarise(&plan, Lang::Nl), today()).body;
    // First of the sections, before the summary.
    let decision = md.find("## Gevraagd besluit").expect(&md);
    assert!(decision < md.find("## Samenvatting en reikwijdte").unwrap());
    let section: String = md[decision..]
        .lines()
        .take_while(|l| !l.starts_with("## Samenvatting"))
        .collect::<Vec<_>>()
        .join("\n");
    // The same figures as the budget and the timeline, in one place.
    let s = summarise(&plan, Lang::Nl);
    for figure in [&s.budget.year_one, &s.budget.later, &s.total_hours] {
        assert!(section.contains(figure.as_str()), "{figure}: {section}");
    }
    assert!(section.contains("3,1 fte"), "{section}");
    assert!(
        section.contains("11 januari 2027 tot en met 5 maart 2027"),
        "{section}"
    );
    assert!(
        section.contains("5 maart 2027: het bestuur besluit"),
        "{section}"
    );
    assert!(section.contains("4 punten"), "{section}");
    assert!(!section.contains("geadviseerd"), "{section}");
    // A model the plan only advises is said to be one.
    let mut undecided = plan.clone();
    undecided.governance.chosen = None;
    assert!(markdown::render(&summarise(&undecided, Lang::Nl), today())
        .body
        .contains("(geadviseerd, nog niet gekozen): een pilot"));
    // A plan without a start date says the dates are still open, and nothing else is missing.
    let mut undated = plan.clone();
    undated.phasing.start = None;
    let en = markdown::render(&summarise(&undated, Lang::En), today()).body;
    assert!(en.contains("the start date is still an open issue"), "{en}");
    assert!(en.contains("The board decides after the pilot"), "{en}");
}

/// A plan's Markdown in Dutch.
fn md(plan: &koers::domain::Plan) -> String {
    markdown::render(&summarise(plan, Lang::Nl), today()).body
}

#[test]
fn rules_for_staff_go_to_the_works_council_where_there_is_one() {
    let mut plan = plans::hospital_group();
    assert!(md(&plan).contains("instemmingsrecht van de OR (art. 27 WOR)"));
    // Dated six weeks before the pilot's training, which needs the adopted rules.
    assert!(md(&plan).contains("Leg ze uiterlijk 9 november 2026 voor"));
    assert!(md(&plan).contains("de training van de pilot begint op 21 december 2026."));
    plan.organisation.size = Some(koers::domain::SizeBand::UpTo20);
    assert!(!md(&plan).contains("art. 27 WOR"));
    plan.organisation.size = None;
    assert!(md(&plan).contains("Heeft uw organisatie een ondernemingsraad"));
}

#[test]
fn youth_care_cites_its_own_law_and_codes() {
    let mut plan = plans::hospital_group();
    assert!(!md(&plan).contains("Jeugdwet:"));
    plan.organisation.sector = Some(koers::domain::Sector::YouthCare);
    let youth = md(&plan);
    for source in ["Jeugdwet:", "meldcode huiselijk geweld", "SKJ, Beroepscode"] {
        assert!(youth.contains(source), "{source}");
    }
}

#[test]
fn youth_care_names_its_audiences_and_weighs_private_contact_heavier() {
    let mut plan = plans::hospital_group();
    plan.scope
        .audiences
        .with_default(koers::domain::Audience::InformalCarers, |_| ());
    let hospital = md(&plan);
    assert!(hospital.contains(
        "Privéaccounts: medewerkers gaan via hun eigen accounts geen contact aan met patiënten"
    ));
    assert!(!hospital.contains("beroepscode voor jeugdprofessionals"));
    plan.organisation.sector = Some(koers::domain::Sector::YouthCare);
    let youth = md(&plan);
    assert!(youth.contains("| Jeugdigen | Facebook |"), "{youth}");
    assert!(youth.contains("Ouders, pleegouders en netwerk"));
    assert!(
        !youth.contains("Cliënten en patiënten") && !youth.contains("Mantelzorgers en familie")
    );
    assert!(youth.contains("contact aan met cliënten of hun naasten"));
    assert!(youth.contains("beroepscode voor jeugdprofessionals (SKJ)"));
}

#[test]
fn a_gp_practices_auto_reply_sends_patients_to_the_practice() {
    let mut plan = plans::hospital_group();
    assert!(md(&plan).contains("de eigen zorgverlener, de huisarts of de huisartsenpost belt"));
    plan.organisation.sector = Some(koers::domain::Sector::GpPractice);
    let gp = md(&plan);
    assert!(
        gp.contains("de praktijk belt, buiten openingstijden de huisartsenpost"),
        "{gp}"
    );
    assert!(!gp.contains("de huisarts of de huisartsenpost"));
}

#[test]
fn exports_are_deterministic() {
    let plan = plans::hospital_group();
    let s = summarise(&plan, Lang::Nl);
    assert_eq!(docx::render(&s, today()), docx::render(&s, today()));
    assert_eq!(ics::render(&s, today()), ics::render(&s, today()));
}

#[test]
fn answers_file_and_share_link_round_trip_every_fixture() {
    let mut all = plans::all();
    all.push(("hostile", plans::hostile()));
    for (name, plan) in all {
        assert_eq!(
            from_bytes(to_json(&plan).as_bytes()).as_ref(),
            Ok(&plan),
            "{name}"
        );
        assert_eq!(
            share::decode(&share::encode(&plan)).as_ref(),
            Ok(&plan),
            "{name}"
        );
    }
}

#[test]
fn hostile_text_is_harmless_in_every_format() {
    let plan = plans::hostile();
    for lang in [Lang::Nl, Lang::En] {
        let s = summarise(&plan, lang);

        let h = html::render(&s, today()).body;
        assert!(!h.contains("<script"), "raw script tag in HTML");
        assert!(!h.contains("<img"), "raw img tag in HTML");
        assert!(!h.contains("]]><!--"), "raw comment in HTML");
        assert!(h.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        assert!(!h.contains("href=\"http"), "no external links in HTML");

        let screen = screen(&s);
        assert!(
            !screen.contains("<script") && !screen.contains("<img"),
            "raw tag on the plan screen"
        );
        assert!(screen.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        assert_balanced(&screen);

        let md = markdown::render(&s, today()).body;
        assert!(!md.contains("<script"), "raw HTML in Markdown");
        assert!(!md.contains("[klik hier]("), "live link in Markdown");
        assert!(!md.contains("![pixel]("), "live image in Markdown");
        assert!(md.contains("\\[klik hier\\](http://evil.example/phish)"));
        for line in md.lines() {
            assert!(
                !line.starts_with("# kop") && !line.starts_with("- lijst"),
                "user text started a block: {line}"
            );
            if line.starts_with('|') {
                // Every table row keeps its column count: user pipes are escaped.
                let cells = line.replace("\\|", "").matches('|').count();
                assert!(cells >= 3, "{line}");
            }
        }

        let cal = ics::render(&s, today()).body;
        // User text may say "END:VEVENT" inside a value; only whole lines are structure.
        let lines = |name: &str| cal.split("\r\n").filter(|l| *l == name).count();
        assert_eq!(lines("BEGIN:VEVENT"), lines("END:VEVENT"));
        assert!(lines("BEGIN:VEVENT") > 5);
        assert!(
            !cal.contains("\nSUMMARY:injected"),
            "line break injected a property"
        );
        for line in cal.split("\r\n") {
            assert!(line.len() <= 75, "unfolded line of {} octets", line.len());
            assert!(!line.contains('\n') && !line.contains('\u{7}'));
        }

        let xml = document_xml(&docx::render(&s, today()).body);
        assert!(!xml.contains("<script") && !xml.contains("]]><!--") && !xml.contains('\u{7}'));
        assert!(xml.contains("&lt;script&gt;"));
        assert!(xml.contains(&"x".repeat(5_000)), "long text is kept whole");
        let header = part(&docx::render(&s, today()).body, "word/header1.xml");
        assert!(!header.contains("<script") && !header.contains('\u{7}'));

        assert!(share::encode(&plan)
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || b"-_=.".contains(&c)));
    }
}

/// A plan states; it does not ask. Labels and table heads are statements (the form's
/// questions become names), so "?:" never appears, and the column that says where to change
/// an answer names a place, not the screen's question.
#[test]
fn document_labels_are_statements_not_questions() {
    use koers::export::outline::{outline, Block};
    for (name, plan) in plans::all() {
        for lang in [Lang::Nl, Lang::En] {
            let s = summarise(&plan, lang);
            let o = outline(&s, today());
            for block in &o.blocks {
                match block {
                    Block::Facts(facts) => {
                        for (label, _) in facts {
                            assert!(!label.trim_end().ends_with('?'), "{name}: {label}");
                        }
                    }
                    Block::Table { head, rows } => {
                        for h in head {
                            assert!(!h.trim_end().ends_with('?'), "{name}: {h}");
                        }
                        if head.len() == 3
                            && head[2] == s.lang.pick("Aan te passen bij", "Change it at")
                        {
                            for r in rows {
                                assert!(!r[2].contains('?'), "{name}: {}", r[2]);
                            }
                        }
                    }
                    _ => {}
                }
            }
            for doc in [
                markdown::render(&s, today()).body,
                html::render(&s, today()).body,
            ] {
                assert!(!doc.contains("?:"), "{name} {lang:?}");
            }
        }
    }
}

/// The calendar holds the go/no-go decision and every evaluation moment, each with its agenda
/// in the event's description; the agenda names the plan's own indicators and model.
#[test]
fn calendar_holds_go_no_go_and_the_evaluation_agendas() {
    for (name, plan) in plans::all() {
        if plan.phasing.start.is_none() {
            continue;
        }
        let s = summarise(&plan, Lang::En);
        let body = ics::render(&s, today()).body.replace("\r\n ", "");
        let events: Vec<&str> = body.split("BEGIN:VEVENT").skip(1).collect();
        let go = events
            .iter()
            .find(|e| e.contains("UID:go-no-go-"))
            .unwrap_or_else(|| panic!("{name}: no go/no-go event"));
        assert!(go.contains("Go/no-go"), "{name}: {go}");
        assert!(go.contains("DESCRIPTION:"), "{name}");
        let evaluations: Vec<&&str> = events
            .iter()
            .filter(|e| e.contains("UID:evaluation-"))
            .collect();
        assert_eq!(
            evaluations.is_empty(),
            plan.phasing.first_evaluation.is_none(),
            "{name}: evaluation events"
        );
        for e in evaluations.iter().copied().chain([go]) {
            let desc = e
                .lines()
                .find(|l| l.starts_with("DESCRIPTION:"))
                .unwrap_or_default();
            assert!(desc.contains("Agenda:"), "{name}: {desc}");
            assert!(desc.contains("Were the rules kept"), "{name}: {desc}");
            assert!(desc.contains("hours per week"), "{name}: {desc}");
            for kpi in plan.goals.kpis.iter().filter(|k| !k.name.trim().is_empty()) {
                assert!(
                    desc.contains(&kpi.name.trim().replace(',', "\\,")),
                    "{name}: {} missing from {desc}",
                    kpi.name
                );
            }
        }
        assert!(go.contains("adjust first\\, or stop"), "{name}");
        assert!(!evaluations
            .iter()
            .any(|e| e.contains("adjust first\\, or stop")));
    }
}

/// The chart's axis ends on the day the phase table ends, in both layouts.
#[test]
fn gantt_axis_ends_on_the_tables_last_day() {
    use koers::export::svg::Layout;
    for (name, plan) in plans::all() {
        for lang in [Lang::Nl, Lang::En] {
            let s = summarise(&plan, lang);
            let Some(tl) = &s.timeline else { continue };
            let last = tl.phases.iter().map(|p| p.end).max().unwrap();
            assert_eq!(tl.end, last, "{name}");
            for layout in [Layout::Wide, Layout::Narrow] {
                let mut svg = String::new();
                markup::write_html(&koers::export::svg::gantt(tl, lang, layout), &mut svg);
                assert!(
                    svg.contains(&format!(">{}</text>", koers::i18n::date(last, lang))),
                    "{name} ({layout:?}): the axis does not end on {last}"
                );
            }
            // Every phase ends on the axis or before it.
            assert!(tl.phases.iter().all(|p| p.end <= tl.end));
        }
    }
}

/// Every text of a chart with where it starts and ends across, guessing its width at 0.65 of
/// its font size a character (as wide as DejaVu Sans, wider than phones' own sans-serif fonts),
/// and the drawing's width.
fn text_extents(svg: &markup::Node) -> (f64, Vec<(String, f64, f64)>) {
    use markup::{Attr, Node, Tag};
    let markup::Node::Element(svg) = svg else {
        panic!("not a drawing")
    };
    let attr = |e: &markup::Element, a: Attr| {
        e.attrs()
            .iter()
            .find(|(k, _)| *k == a)
            .map(|(_, v)| v.clone())
    };
    let base: f64 = attr(svg, Attr::FontSize).unwrap().parse().unwrap();
    let width: f64 = attr(svg, Attr::Width).unwrap().parse().unwrap();
    let mut out = Vec::new();
    for child in svg.children() {
        let Node::Element(e) = child else { continue };
        if e.tag() != Tag::Text {
            continue;
        }
        let Some(Node::Text(text)) = e.children().first() else {
            continue;
        };
        let size = attr(e, Attr::FontSize).map_or(base, |v| v.parse().unwrap());
        let x: f64 = attr(e, Attr::X).unwrap().parse().unwrap();
        let w = text.chars().count() as f64 * size * 0.65;
        let (from, to) = match attr(e, Attr::TextAnchor).as_deref() {
            Some("middle") => (x - w / 2.0, x + w / 2.0),
            Some("end") => (x - w, x),
            _ => (x, x + w),
        };
        out.push((text.clone(), from, to));
    }
    (width, out)
}

/// The charts drawn for a phone keep every text inside the drawing, in both languages: a
/// name cut off at the screen's edge would be as unreadable as one drawn too small.
#[test]
fn narrow_charts_keep_their_text_inside_the_drawing() {
    use koers::export::{radar, svg::Layout};
    for (name, plan) in plans::all() {
        for lang in [Lang::Nl, Lang::En] {
            let s = summarise(&plan, lang);
            let mut charts = Vec::new();
            if let Some(tl) = &s.timeline {
                charts.push(koers::export::svg::gantt(tl, lang, Layout::Narrow));
            }
            if let Some(m) = &s.maturity {
                let (axes, series) = radar::profile(&m.profile, m.target, lang);
                charts.extend(radar::radar(&axes, &series, lang, Layout::Narrow));
            }
            assert_eq!(charts.len(), 2, "{name}");
            for chart in &charts {
                let (width, texts) = text_extents(chart);
                assert!(width <= 360.0, "{name}: {width}");
                for (text, from, to) in texts {
                    assert!(
                        from >= 0.0 && to <= width,
                        "{name} ({lang:?}): \"{text}\" runs from {from:.0} to {to:.0} of {width}"
                    );
                }
            }
        }
    }
}

/// The cell texts of a piece of Word XML, unescaped.
fn word_texts(xml: &str) -> Vec<String> {
    xml.split("<w:t xml:space=\"preserve\">")
        .skip(1)
        .filter_map(|s| s.split("</w:t>").next())
        .map(|t| {
            t.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&")
        })
        .collect()
}

/// Each table of a Word body as its layout (widths and size read back), header and rows.
fn word_tables(xml: &str) -> Vec<(docx::layout::TableLayout, Vec<String>, Vec<Vec<String>>)> {
    let attr = |s: &str, key: &str| -> Vec<u32> {
        s.split(key)
            .skip(1)
            .map(|v| v.split('"').next().unwrap().parse().unwrap())
            .collect()
    };
    xml.split("<w:tbl>")
        .skip(1)
        .map(|t| {
            let t = t.split("</w:tbl>").next().unwrap();
            assert!(
                t.contains(r#"<w:tblLayout w:type="fixed"/>"#),
                "fixed layout"
            );
            let widths = attr(t, r#"<w:gridCol w:w=""#);
            let size = attr(t, r#"<w:sz w:val=""#)[0];
            let mut head = Vec::new();
            let mut rows = Vec::new();
            for tr in t.split("<w:tr>").skip(1) {
                let cells: Vec<String> = tr
                    .split("<w:tc>")
                    .skip(1)
                    .map(|c| word_texts(c).concat())
                    .collect();
                if tr.contains("<w:tblHeader/>") {
                    head = cells;
                } else {
                    rows.push(cells);
                }
            }
            let layout = docx::layout::TableLayout {
                widths,
                size,
                landscape: false,
            };
            (layout, head, rows)
        })
        .collect()
}

/// A board's full team: one role of every kind, so the task matrix has nine rows.
fn nine_roles() -> koers::domain::Plan {
    use koers::domain::{Count, Hours, Role, RoleId, RoleKind};
    let mut plan = plans::hospital_group();
    plan.staffing.roles = RoleKind::ALL
        .iter()
        .zip(1..)
        .map(|(kind, id)| Role {
            id: RoleId(id),
            kind: *kind,
            people: String::new(),
            headcount: Count(1),
            hours: Hours::from_tenths(20),
            discipline: None,
        })
        .collect();
    plan
}

#[test]
fn word_tables_never_break_a_word_and_the_radar_and_timeline_are_drawn() {
    let mut all = plans::all();
    all.push(("nine-roles", nine_roles()));
    for (name, plan) in all {
        for lang in [Lang::Nl, Lang::En] {
            let s = summarise(&plan, lang);
            let xml = document_xml(&docx::render(&s, today()).body);
            let tables = word_tables(&xml);
            for (layout, head, rows) in &tables {
                let head = (!head.is_empty()).then_some(head.as_slice());
                assert!(
                    docx::layout::words_fit(layout, head, rows),
                    "{name}-{lang:?}: a word is wider than its column: {head:?} {layout:?}"
                );
                assert!(layout.size >= 16, "{name}-{lang:?}: type of at least 8 pt");
            }
            // The task matrix: roles as rows, the six tasks as columns.
            let (_, _, raci) = tables
                .iter()
                .find(|(_, h, _)| h.len() == 7 && h[1] == s.raci_rows[0].0)
                .unwrap_or_else(|| panic!("{name}-{lang:?}: the task matrix"));
            assert_eq!(raci.len(), s.raci_roles.len(), "{name}-{lang:?}");

            // Two drawings, each described for screen readers: the maturity radar, with the
            // profile table after it, and the timeline, with a bar per phase.
            assert_eq!(xml.matches("<wp:docPr ").count(), 2, "{name}-{lang:?}");
            let radar = xml.split(r#"<wp:docPr id="2""#).nth(1).unwrap();
            let descr = radar.split(r#"descr=""#).nth(1).unwrap();
            let descr = descr.split('"').next().unwrap();
            for p in &s.maturity.as_ref().unwrap().profile {
                let label = koers::i18n::Label::label(p.dimension, lang);
                assert!(
                    descr.contains(label),
                    "{name}-{lang:?}: alt text names {label}"
                );
            }
            let after = radar.split("</w:drawing>").nth(1).unwrap();
            let first_table = word_texts(after.split("</w:tbl>").next().unwrap());
            assert_eq!(
                first_table[0],
                koers::i18n::D::DocDimension.get(lang),
                "{name}-{lang:?}"
            );
            let tl = s.timeline.as_ref().unwrap();
            let timeline = xml.split(r#"<wp:docPr id="1""#).nth(1).unwrap();
            let descr = timeline.split(r#"descr=""#).nth(1).unwrap();
            let descr = descr.split('"').next().unwrap();
            for p in &tl.phases {
                let label = koers::i18n::Label::label(p.kind, lang);
                assert!(
                    descr.contains(label),
                    "{name}-{lang:?}: alt text names {label}"
                );
                let bar = format!(r#"name="{label}"/>"#);
                assert_eq!(
                    xml.matches(&bar).count(),
                    1,
                    "{name}-{lang:?}: a bar for {label}"
                );
            }
            // The dated phase table follows the drawing.
            let after = timeline.split("</w:drawing>").nth(1).unwrap();
            let first_table = word_texts(after.split("</w:tbl>").next().unwrap());
            assert_eq!(
                first_table[0],
                koers::i18n::T::Phase.get(lang),
                "{name}-{lang:?}"
            );
        }
    }
}

/// A plan whose start lies before the document's date says so above its timeline.
#[test]
fn a_plan_that_starts_in_the_past_says_so() {
    let plan = plans::hospital_group();
    let start = plan.phasing.start.unwrap();
    for lang in [Lang::Nl, Lang::En] {
        let s = summarise(&plan, lang);
        let before = markdown::render(&s, start.add_days(-1)).body;
        let after = markdown::render(&s, start.add_days(1)).body;
        let warning = lang.pick(
            "vóór de datum van dit document",
            "before the date of this document",
        );
        assert!(!before.contains(warning));
        assert!(after.contains(warning));
    }
}

#[test]
fn the_maturity_radar_stands_beside_its_table_on_the_stage_screen_and_in_the_plan() {
    use koers::export::asides;
    use koers::wizard::Screen;
    for (name, plan) in plans::all() {
        for lang in [Lang::Nl, Lang::En] {
            let s = summarise(&plan, lang);
            let dimension = koers::i18n::D::DocDimension.get(lang);
            // The plan: the chart in the maturity section, the profile table right after it.
            let page = html::render(&s, today()).body;
            let section = page
                .split("<section id=\"volwassenheid\">")
                .nth(1)
                .and_then(|rest| rest.split("</section>").next())
                .unwrap();
            let chart = section.find("class=\"koers-radar\"").expect(name);
            let table = section.find(&format!(
                "<th role=\"columnheader\" scope=\"col\">{dimension}</th>"
            ));
            assert!(table.is_some_and(|t| t > chart), "{name}");
            // Two drawings (wide, and narrow for a phone), each five rings and two outlines.
            assert_eq!(section.matches("<polygon").count(), 14, "{name}");
            assert!(section.contains("aria-hidden=\"true\""), "{name}");
            // The stage screen's profile aside: the chart first, then its table.
            let mut aside = String::new();
            for node in asides::render(&plan, Screen::MaturityResult, lang) {
                markup::write_html(&node, &mut aside);
            }
            let profile = aside.split("id=\"koers-aside-profile\"").nth(1).unwrap();
            let chart = profile.find("class=\"koers-radar\"").expect(name);
            assert!(
                profile.find("id=\"koers-profile\"").unwrap() > chart,
                "{name}"
            );
            // Markdown has no pictures: the table carries the same data.
            let md = markdown::render(&s, today()).body;
            assert!(!md.contains("<svg"), "{name}");
            assert!(md.contains(&format!("| {dimension} |")), "{name}");
        }
    }
}

/// Today's communication hours are shown apart from the time that comes on top, on the
/// decision page and in the budget; where a project lead's year-one rate makes them worth
/// less afterwards, the assumptions say why.
#[test]
fn the_budget_counts_todays_communication_hours_apart() {
    let mut plan = plans::hospital_group();
    let same = md(&plan);
    assert!(
        same.contains("aan uren die nu al naar communicatie gaan"),
        "{same}"
    );
    assert!(same.contains("| Waarvan tijd die nu al naar communicatie gaat (24,5 uur per week) |"));
    assert!(!same.contains("Daarom verschilt"));
    plan.staffing.roles.push(koers::domain::Role {
        id: koers::domain::RoleId(99),
        kind: koers::domain::RoleKind::ProjectLead,
        people: String::new(),
        headcount: koers::domain::Count(1),
        hours: koers::domain::Hours::whole(8),
        discipline: None,
    });
    assert!(md(&plan).contains("Daarom verschilt het bedrag per jaar."));
    plan.organisation.comms_hours = koers::domain::Hours::whole(0);
    let none = md(&plan);
    assert!(!none.contains("nu al naar communicatie"));
    assert!(none.contains("Waarvan tijd van medewerkers (bestaande of nieuwe uren)"));
}

/// A plan that prepares before it is approved asks the board for two decisions, each with its
/// date; an undated plan asks for one.
#[test]
fn the_board_is_asked_for_the_preparation_now_and_the_plan_on_its_approval_date() {
    let mut plan = plans::hospital_group();
    let dated = md(&plan);
    assert!(
        dated.contains("Nu: in te stemmen met de voorbereiding vanaf 7 september 2026"),
        "{dated}"
    );
    assert!(dated.contains("Op 18 december 2026: het uitgewerkte plan vast te stellen"));
    assert!(dated.contains("| 18 december 2026 | Plan goedgekeurd door het bestuur |"));
    plan.phasing.start = None;
    let undated = md(&plan);
    assert!(undated.contains("Het bestuur wordt gevraagd in te stemmen met dit plan"));
    assert!(!undated.contains("twee besluiten"));
}
