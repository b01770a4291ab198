//! The answers document: the plan as a versioned JSON file that loads back in, with a
//! migration from every earlier schema version and clear, typed reasons when it cannot load.

use super::json::{self, Json};
use super::plan::Plan;
use super::validate::MAX_ITEMS;
use serde::Deserialize;

/// The schema this build writes. Version 1 was the first public format (see `upgrade_v1`);
/// version 2 asked the photo rule as a yes/no, training twice and one RACI letter per role
/// (see `upgrade_v2`).
/// Version 3 held an indicator's baseline and target as free text (see `upgrade_v3`); version
/// 4 had no evaluations (nothing to migrate: a version 4 plan has none yet). Version 5 had no
/// indicator level "service" (nothing to migrate; version 6 exists so that an older Koers
/// says a file is newer than it, rather than that a value is unknown).
pub const SCHEMA_VERSION: u32 = 6;
/// What the `app` field says, so a stray JSON file is told apart from a Koers file.
pub const APP: &str = "koers";
/// Larger than any real plan by far (a full plan is ~20 KB); refusing early keeps a 50 MB
/// paste from freezing the page.
pub const MAX_BYTES: usize = 2 * 1024 * 1024;
/// Deeper than any Koers file (which nests six levels); the reader recurses once a level.
const MAX_DEPTH: usize = 128;

/// The file on disk, as read. Version 1 fields are read through aliases on the plan types and
/// finished in `upgrade_v1`, so every version goes through one typed reader. (The serde
/// derive is the test oracle for that reader; the app itself reads with `json`.)
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct AnswersDocument {
    pub app: String,
    pub schema_version: u32,
    #[serde(default)]
    pub plan: Plan,
    /// The interface language; only the autosave record carries it.
    #[serde(default)]
    pub lang: Option<String>,
}

/// Why a file did not load. Each maps to a message that says what to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    Empty,
    TooLarge {
        bytes: usize,
    },
    /// Not text: a picture, a zip, a Word file.
    NotText,
    NotJson {
        line: usize,
        column: usize,
    },
    TooDeep,
    /// JSON, but not a Koers answers file.
    NotKoers,
    /// Written by a newer Koers than this one.
    FutureVersion(u32),
    /// Written by another Koers deployment, one that names itself differently (a site's own
    /// edition): its answers need not mean what ours mean. The name, cleaned, for the message.
    OtherApp(String),
    /// Koers JSON with a value that does not fit (a bad date, a negative number...), and
    /// where it is, so the user can find it.
    Invalid {
        line: usize,
        column: usize,
    },
    TooManyItems {
        max: usize,
    },
}

/// Why a link did not open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    /// Not a share link at all, or of an unknown link version.
    NotALink,
    /// Characters that cannot be in the link: it was cut off or changed.
    Damaged,
    TooLarge,
    /// The answers inside did not load.
    Answers(ImportError),
}

impl ShareError {
    /// A stable key for the errors `unpack` gives, to cross from one wasm module to the other.
    #[must_use]
    pub fn key(&self) -> &'static str {
        match self {
            ShareError::NotALink => "not_a_link",
            ShareError::Damaged => "damaged",
            ShareError::TooLarge => "too_large",
            ShareError::Answers(_) => "answers",
        }
    }

    /// The error for a key from `key`; anything unknown counts as damaged.
    #[must_use]
    pub fn from_key(key: &str) -> ShareError {
        match key {
            "not_a_link" => ShareError::NotALink,
            "too_large" => ShareError::TooLarge,
            _ => ShareError::Damaged,
        }
    }
}

/// A file name from the organisation's name: lower case ASCII letters, digits and dashes only,
/// so no host file system or download header can be confused by it.
#[must_use]
pub fn file_stem(org_name: &str) -> String {
    let mut out = String::new();
    // ASCII lower-casing plus the accented vowels of Dutch names; any other letter becomes a
    // dash anyway, so the Unicode case tables (kilobytes of wasm) are not needed.
    for c in org_name.chars() {
        let c = match c {
            'á' | 'à' | 'ä' | 'â' | 'Á' | 'À' | 'Ä' | 'Â' => 'a',
            'é' | 'è' | 'ë' | 'ê' | 'É' | 'È' | 'Ë' | 'Ê' => 'e',
            'í' | 'ì' | 'ï' | 'î' | 'Í' | 'Ì' | 'Ï' | 'Î' => 'i',
            'ó' | 'ò' | 'ö' | 'ô' | 'Ó' | 'Ò' | 'Ö' | 'Ô' => 'o',
            'ú' | 'ù' | 'ü' | 'û' | 'Ú' | 'Ù' | 'Ü' | 'Û' => 'u',
            c => c.to_ascii_lowercase(),
        };
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
        if out.len() >= 40 {
            break;
        }
    }
    let out = out.trim_end_matches('-');
    if out.is_empty() {
        "koers-plan".into()
    } else {
        format!("koers-{out}")
    }
}

/// The answers file: pretty JSON, keys in the order of the struct layout.
#[must_use]
pub fn to_json(plan: &Plan) -> String {
    pretty(&to_compact_json(plan, None))
}

/// The same document on one line, for the autosave (with the interface language) and the
/// share link.
#[must_use]
pub fn to_compact_json(plan: &Plan, lang: Option<&str>) -> String {
    let mut out = String::with_capacity(4096);
    out.push_str("{\"app\":");
    json::write_str(&mut out, APP);
    out.push_str(",\"schema_version\":");
    SCHEMA_VERSION.write(&mut out);
    out.push_str(",\"plan\":");
    plan.write(&mut out);
    if let Some(lang) = lang {
        out.push_str(",\"lang\":");
        json::write_str(&mut out, lang);
    }
    out.push('}');
    out
}

/// Indents compact JSON exactly as serde_json's pretty printer does (two spaces, `"k": v`,
/// `[]` and `{}` for empty containers). Outside strings compact JSON has no whitespace, so
/// a scan that tracks strings and escapes is enough.
fn pretty(compact: &str) -> String {
    let mut out = String::with_capacity(compact.len() * 2);
    let mut depth = 0usize;
    let (mut in_string, mut escaped) = (false, false);
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        for _ in 0..depth {
            out.push_str("  ");
        }
    };
    let mut chars = compact.chars().peekable();
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' => {
                out.push(c);
                if let Some(close) = chars.next_if(|n| matches!(n, '}' | ']')) {
                    out.push(close);
                } else {
                    depth += 1;
                    newline(&mut out, depth);
                }
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            _ => out.push(c),
        }
    }
    out
}

/// Whether brackets nest deeper than `MAX_DEPTH` anywhere outside strings. Checked before
/// parsing, so a 100,000-deep file gets its own message wherever the nesting sits.
fn too_deep(text: &str) -> bool {
    json::nests_deeper(text, MAX_DEPTH)
}

/// Reads an answers file of any supported version.
///
/// # Errors
/// An `ImportError` that says what is wrong; the caller's current plan is never touched.
pub fn from_bytes(bytes: &[u8]) -> Result<Plan, ImportError> {
    read_document(bytes).map(|doc| doc.plan)
}

/// Reads an answers file or autosave record of any supported version, brought up to
/// `SCHEMA_VERSION`.
///
/// # Errors
/// As `from_bytes`.
pub fn read_document(bytes: &[u8]) -> Result<AnswersDocument, ImportError> {
    if bytes.len() > MAX_BYTES {
        return Err(ImportError::TooLarge { bytes: bytes.len() });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::NotText)?;
    if text.contains('\0') {
        return Err(ImportError::NotText);
    }
    let text = text.trim_start_matches('\u{feff}');
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    if too_deep(text) {
        return Err(ImportError::TooDeep);
    }
    let mut value = json::parse(text).map_err(|at| {
        let (line, column) = json::line_column(text, at);
        ImportError::NotJson { line, column }
    })?;
    let version = version_of(&value)?;
    if version > SCHEMA_VERSION {
        return Err(ImportError::FutureVersion(version));
    }
    // Before typed reading: version 3's free-text values would not read as numbers.
    let kpis_reworded = version < 4 && upgrade_v3(&mut value);
    // Whose file it is and which version, before anything else: JSON of another shape is not
    // ours, whatever else is wrong with it.
    let members = json::members(&value).map_err(|_| ImportError::NotKoers)?;
    let field = |name: &str| {
        members
            .iter()
            .rev()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v)
    };
    let invalid = |at: json::At| {
        let (line, column) = json::line_column(text, at);
        ImportError::Invalid { line, column }
    };
    let plan = match field("plan") {
        Some(v) => Plan::read(v).map_err(invalid)?,
        None => Plan::default(),
    };
    let lang = match field("lang") {
        Some(v) => Option::<String>::read(v).map_err(invalid)?,
        None => None,
    };
    let mut doc = AnswersDocument {
        app: APP.to_string(),
        schema_version: version,
        plan,
        lang,
    };
    if version < 2 {
        upgrade_v1(&mut doc.plan);
    }
    if version < 3 {
        upgrade_v2(field("plan"), &mut doc.plan);
    }
    if kpis_reworded {
        doc.plan.to_confirm.insert(super::plan::Confirm::Kpis);
    }
    doc.plan.normalise();
    doc.schema_version = SCHEMA_VERSION;
    let plan = &doc.plan;
    let biggest = plan
        .staffing
        .roles
        .len()
        .max(plan.goals.kpis.len())
        .max(plan.phasing.milestones.len());
    if biggest > MAX_ITEMS {
        return Err(ImportError::TooManyItems { max: MAX_ITEMS });
    }
    Ok(doc)
}

/// Another edition of Koers names itself `koers-<something>` (any case); a name that merely
/// contains the word is someone else's file.
fn other_edition(app: &str) -> bool {
    app.get(..6).is_some_and(|head| {
        head.eq_ignore_ascii_case("koers-") || head.eq_ignore_ascii_case("koers_")
    })
}

/// A file's own name for its app, safe to show: letters, digits and a few signs, at most 40.
fn shown_name(app: &str) -> String {
    app.chars()
        .filter(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | ' '))
        .take(40)
        .collect()
}

/// Whose file it is and which version, before anything else: JSON of another shape is not
/// ours, whatever else is wrong with it.
fn version_of(value: &json::Value) -> Result<u32, ImportError> {
    let members = json::members(value).map_err(|_| ImportError::NotKoers)?;
    let field = |name: &str| {
        members
            .iter()
            .rev()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v)
    };
    match field("app").and_then(|v| String::read(v).ok()) {
        Some(app) if app == APP => {}
        Some(app) if other_edition(&app) => return Err(ImportError::OtherApp(shown_name(&app))),
        _ => return Err(ImportError::NotKoers),
    }
    match field("schema_version").map(|v| &v.kind) {
        Some(json::Kind::Number { int: Some(n) }) if *n > 0 => {
            Ok(u32::try_from(*n).unwrap_or(u32::MAX))
        }
        _ => Err(ImportError::NotKoers),
    }
}

/// The members of an object value, to change in place; `None` for anything else.
fn members_mut<'a>(v: &'a mut json::Value, key: &str) -> Option<&'a mut json::Value> {
    match &mut v.kind {
        json::Kind::Object(members) => members
            .iter_mut()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v),
        _ => None,
    }
}

/// Version 3 held an indicator's baseline and target as free text ("1.200 volgers",
/// "verdubbelen"). A text that is one number becomes that number, and what follows it the
/// unit (unless the indicator has one); the original words are kept in the indicator's note
/// either way, so nothing is lost, and a text without a number is only kept there. Returns
/// whether any indicator had such a text, so the user is asked to look at them again.
fn upgrade_v3(doc: &mut json::Value) -> bool {
    let Some(json::Value {
        kind: json::Kind::Array(kpis),
        ..
    }) = members_mut(doc, "plan")
        .and_then(|p| members_mut(p, "goals"))
        .and_then(|g| members_mut(g, "kpis"))
    else {
        return false;
    };
    let mut reworded = false;
    for kpi in kpis {
        let json::Kind::Object(members) = &mut kpi.kind else {
            continue;
        };
        let mut words: Vec<String> = Vec::new();
        let mut unit: Option<(usize, String)> = None;
        for key in ["baseline", "target"] {
            let Some(pos) = members.iter().rposition(|(k, _)| k == key) else {
                continue;
            };
            let Some((_, value)) = members.get_mut(pos) else {
                continue;
            };
            let json::Kind::Str(text) = &value.kind else {
                continue;
            };
            let text = text.trim().to_string();
            if text.is_empty() {
                members.remove(pos);
                continue;
            }
            reworded = true;
            words.push(text.clone());
            match super::units::Amount::from_free_text(&text) {
                Some((amount, u)) => {
                    value.kind = json::Kind::Str(amount.format(false));
                    if !u.is_empty() && unit.is_none() {
                        unit = Some((value.at, u));
                    }
                }
                None => {
                    members.remove(pos);
                }
            }
        }
        let has_unit = members.iter().any(|(k, _)| k == "unit");
        if let (Some((at, u)), false) = (unit, has_unit) {
            members.push((
                "unit".into(),
                json::Value {
                    at,
                    kind: json::Kind::Str(u),
                },
            ));
        }
        if !words.is_empty() {
            members.push((
                "note".into(),
                json::Value {
                    at: kpi.at,
                    kind: json::Kind::Str(words.join(" → ")),
                },
            ));
        }
    }
    reworded
}

/// Version 1 kept one number for "locations and brands", a list of six phase lengths, and the
/// governance model under `model`. The parser already read those into `locations`, `phases`
/// (a phase may be a bare number of weeks) and `chosen` through aliases; what is left is that
/// a v1 organisation counted as one brand.
fn upgrade_v1(plan: &mut Plan) {
    plan.organisation.brands = super::units::Count(1);
}

/// The value at a path of object keys, in a file as read (before typing).
fn raw<'a>(v: Option<&'a json::Value>, path: &[&str]) -> Option<&'a json::Value> {
    path.iter().try_fold(v?, |v, key| {
        json::members(v)
            .ok()?
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
    })
}

fn raw_str<'a>(v: Option<&'a json::Value>, path: &[&str]) -> Option<&'a str> {
    match &raw(v, path)?.kind {
        json::Kind::Str(s) => Some(s),
        _ => None,
    }
}

/// Version 2 asked three things differently, and nothing of them is lost on the way:
/// - "More than 50 staff" reads as 51 to 250 (an alias on the size band); the user is asked to
///   confirm it, since more than 250 is now a band of its own.
/// - The training question of the governance screen is gone: the self-assessment asks it. A
///   version 2 answer fills the self-assessment's row when that row is empty.
/// - The photo rule was a yes/no for "consent in writing": yes is now written consent.
/// - The RACI grid held one letter per role per activity; it becomes one accountable role and
///   sets of responsible, consulted and informed roles. A second accountable role (which the
///   grid allowed and warned about) is kept as responsible, and the user asked to confirm.
fn upgrade_v2(plan_value: Option<&json::Value>, plan: &mut Plan) {
    use super::plan::{Activity, Confirm, ConsentPractice, Dimension, Raci, RoleId, Stage};
    if plan.organisation.size == Some(super::plan::SizeBand::From51To250) {
        plan.to_confirm.insert(Confirm::Size);
    }
    let training = match raw_str(plan_value, &["governance", "training"]) {
        Some("absent") => Some(Stage::Traditional),
        Some("partial") => Some(Stage::Operational),
        Some("structured") => Some(Stage::Measurable),
        _ => None,
    };
    if let Some(stage) = training {
        if !plan
            .maturity
            .scores
            .contains_key(&Dimension::SkillsTraining)
        {
            plan.maturity
                .scores
                .insert(Dimension::SkillsTraining, stage);
        }
    }
    if let Some(v) = raw(plan_value, &["governance", "photo_consent_in_writing"]) {
        if matches!(v.kind, json::Kind::Bool(true)) && plan.governance.consent.is_none() {
            plan.governance.consent = Some(ConsentPractice::Written);
        }
    }
    let Some(grid) = raw(plan_value, &["staffing", "raci"]) else {
        return;
    };
    for (activity, row) in json::members(grid).unwrap_or_default() {
        let Some(activity) = Activity::from_key(activity) else {
            continue;
        };
        for (role, letter) in json::members(row).unwrap_or_default() {
            let (Some(role), json::Kind::Str(letter)) =
                (<RoleId as json::MapKey>::from_key_str(role), &letter.kind)
            else {
                continue;
            };
            if plan.staffing.role(role).is_none() {
                continue;
            }
            plan.staffing
                .tasks
                .with_default(activity, |task| match Raci::from_key(letter) {
                    Some(Raci::A) if task.accountable.is_none() => task.accountable = Some(role),
                    Some(Raci::A) => {
                        task.responsible.insert(role);
                        plan.to_confirm.insert(Confirm::Tasks);
                    }
                    Some(Raci::R) => {
                        task.responsible.insert(role);
                    }
                    Some(Raci::C) => {
                        task.consulted.insert(role);
                    }
                    Some(Raci::I) => {
                        task.informed.insert(role);
                    }
                    None => {}
                });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;

    /// The document as serde_json writes it: the oracle for `to_compact_json` and `pretty`.
    #[derive(Serialize)]
    struct DocumentOut<'a> {
        app: &'static str,
        schema_version: u32,
        plan: &'a Plan,
        #[serde(skip_serializing_if = "Option::is_none")]
        lang: Option<&'a str>,
    }

    #[test]
    fn round_trip_of_the_default_plan() {
        let plan = Plan::default();
        assert_eq!(from_bytes(to_json(&plan).as_bytes()), Ok(plan));
    }

    #[test]
    fn bad_files_get_typed_errors() {
        assert_eq!(from_bytes(b""), Err(ImportError::Empty));
        assert_eq!(
            from_bytes(b"\x89PNG\r\n\x1a\n\0\0"),
            Err(ImportError::NotText)
        );
        assert!(matches!(
            from_bytes(b"{\"app\": "),
            Err(ImportError::NotJson { line: 1, .. })
        ));
        assert_eq!(from_bytes(b"[1,2,3]"), Err(ImportError::NotKoers));
        assert_eq!(
            from_bytes(br#"{"app":"other","schema_version":1}"#),
            Err(ImportError::NotKoers)
        );
        assert_eq!(
            from_bytes(br#"{"app":"koers","schema_version":99,"plan":{}}"#),
            Err(ImportError::FutureVersion(99))
        );
        let deep = "[".repeat(10_000);
        assert_eq!(from_bytes(deep.as_bytes()), Err(ImportError::TooDeep));
        let big = vec![b' '; MAX_BYTES + 1];
        assert!(matches!(
            from_bytes(&big),
            Err(ImportError::TooLarge { .. })
        ));
        let bad_date =
            br#"{"app":"koers","schema_version":2,"plan":{"phasing":{"start":"0000-00-00"}}}"#;
        assert!(matches!(
            from_bytes(bad_date),
            Err(ImportError::Invalid { .. })
        ));
        let negative =
            br#"{"app":"koers","schema_version":2,"plan":{"organisation":{"locations":-4}}}"#;
        assert!(matches!(
            from_bytes(negative),
            Err(ImportError::Invalid { .. })
        ));
    }

    #[test]
    fn pretty_matches_serde_json_pretty_printer() {
        let mut plan = Plan::default();
        plan.organisation.name = "a\"{[,:]}\\ \\\" ]".into();
        plan.governance.escalation_contact = "{}[]".into();
        let compact = to_compact_json(&plan, Some("en"));
        let doc = DocumentOut {
            app: APP,
            schema_version: SCHEMA_VERSION,
            plan: &plan,
            lang: Some("en"),
        };
        assert_eq!(
            pretty(&compact),
            serde_json::to_string_pretty(&doc).unwrap()
        );
        assert_eq!(
            pretty(r#"{"a":[],"b":{},"c":[1,{}]}"#),
            "{\n  \"a\": [],\n  \"b\": {},\n  \"c\": [\n    1,\n    {}\n  ]\n}"
        );
    }

    #[test]
    fn nesting_is_measured_outside_strings_only() {
        assert!(!too_deep(&format!("\"{}\"", "[".repeat(500))));
        assert!(too_deep(&"{\"a\":".repeat(MAX_DEPTH + 1)));
        assert!(!too_deep(&"[".repeat(MAX_DEPTH)));
    }

    #[test]
    fn a_version_1_phase_may_be_a_bare_number() {
        let doc = br#"{"app":"koers","schema_version":2,"plan":{"phasing":{"phases":{"pilot":9,"rollout":{"weeks":3,"overlap":1}}}}}"#;
        let plan = from_bytes(doc).unwrap();
        assert_eq!(plan.phasing.phases.pilot.weeks.0, 9);
        assert_eq!(plan.phasing.phases.rollout.overlap.0, 1);
        let negative =
            br#"{"app":"koers","schema_version":2,"plan":{"phasing":{"phases":{"pilot":-9}}}}"#;
        assert!(matches!(
            from_bytes(negative),
            Err(ImportError::Invalid { .. })
        ));
    }

    #[test]
    fn the_autosave_record_keeps_the_language() {
        let doc = read_document(to_compact_json(&Plan::default(), Some("en")).as_bytes()).unwrap();
        assert_eq!(doc.lang.as_deref(), Some("en"));
        assert_eq!(
            read_document(to_json(&Plan::default()).as_bytes())
                .unwrap()
                .lang,
            None
        );
    }

    #[test]
    fn unknown_fields_are_ignored() {
        let doc = br#"{"app":"koers","schema_version":2,"extra":true,"plan":{"organisation":{"name":"Zorg","colour":"red"}}}"#;
        assert_eq!(
            from_bytes(doc).map(|p| p.organisation.name),
            Ok("Zorg".into())
        );
    }
}
