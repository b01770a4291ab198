//! The answers document: the plan as a versioned JSON file that loads back in, with a
//! migration from every earlier schema version and clear, typed reasons when it cannot load.

use super::plan::Plan;
use super::validate::MAX_ITEMS;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The schema this build writes. Version 1 was the first public format (see `migrate_v1`).
pub const SCHEMA_VERSION: u32 = 2;
/// What the `app` field says, so a stray JSON file is told apart from a Koers file.
pub const APP: &str = "koers";
/// Larger than any real plan by far (a full plan is ~20 KB); refusing early keeps a 50 MB
/// paste from freezing the page.
pub const MAX_BYTES: usize = 2 * 1024 * 1024;

/// The file on disk.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswersDocument {
    pub app: String,
    pub schema_version: u32,
    pub plan: Plan,
}

impl AnswersDocument {
    #[must_use]
    pub fn new(plan: Plan) -> Self {
        AnswersDocument {
            app: APP.into(),
            schema_version: SCHEMA_VERSION,
            plan,
        }
    }
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
    /// Koers JSON with a value that does not fit (a bad date, a negative number...).
    Invalid {
        detail: String,
    },
    TooManyItems {
        max: usize,
    },
}

/// Serialises a plan as the answers file (pretty, stable key order from the struct layout).
#[must_use]
pub fn to_json(plan: &Plan) -> String {
    // Plain data with string map keys always serialises; the empty fallback never happens.
    serde_json::to_string_pretty(&AnswersDocument::new(plan.clone())).unwrap_or_default()
}

/// Reads an answers file of any supported version.
///
/// # Errors
/// An `ImportError` that says what is wrong; the caller's current plan is never touched.
pub fn from_bytes(bytes: &[u8]) -> Result<Plan, ImportError> {
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
    let value: Value = serde_json::from_str(text).map_err(|e| {
        if e.to_string().contains("recursion limit") {
            ImportError::TooDeep
        } else {
            ImportError::NotJson {
                line: e.line(),
                column: e.column(),
            }
        }
    })?;
    let value = migrate(value)?;
    let doc: AnswersDocument = serde_json::from_value(value).map_err(|e| ImportError::Invalid {
        detail: e.to_string(),
    })?;
    let plan = doc.plan;
    let biggest = plan
        .staffing
        .roles
        .len()
        .max(plan.goals.kpis.len())
        .max(plan.phasing.milestones.len());
    if biggest > MAX_ITEMS {
        return Err(ImportError::TooManyItems { max: MAX_ITEMS });
    }
    Ok(plan)
}

/// Brings a document of any earlier version up to `SCHEMA_VERSION`, one step at a time, so
/// each step only knows its own change.
///
/// # Errors
/// `NotKoers` for JSON that is not ours, `FutureVersion` for a newer schema.
pub fn migrate(mut value: Value) -> Result<Value, ImportError> {
    let obj = value.as_object().ok_or(ImportError::NotKoers)?;
    if obj.get("app").and_then(Value::as_str) != Some(APP) {
        return Err(ImportError::NotKoers);
    }
    let version = obj
        .get("schema_version")
        .and_then(Value::as_u64)
        .ok_or(ImportError::NotKoers)?;
    let version = u32::try_from(version).unwrap_or(u32::MAX);
    if version > SCHEMA_VERSION {
        return Err(ImportError::FutureVersion(version));
    }
    if version == 0 {
        return Err(ImportError::NotKoers);
    }
    if version < 2 {
        value = migrate_v1(value);
    }
    Ok(value)
}

/// Version 1 kept one number for "locations and brands", a list of six phase lengths, and the
/// governance model under `model`. Version 2 splits the count, names each phase, and calls the
/// model `chosen`.
fn migrate_v1(mut value: Value) -> Value {
    if let Some(plan) = value.get_mut("plan").and_then(Value::as_object_mut) {
        if let Some(org) = plan.get_mut("organisation").and_then(Value::as_object_mut) {
            if let Some(n) = org.remove("locations_and_brands") {
                org.insert("locations".into(), n);
                org.insert("brands".into(), Value::from(1));
            }
        }
        if let Some(phasing) = plan.get_mut("phasing").and_then(Value::as_object_mut) {
            if let Some(Value::Array(weeks)) = phasing.remove("phase_weeks") {
                let names = [
                    "identify", "monitor", "define", "pilot", "rollout", "evaluate",
                ];
                let mut phases = serde_json::Map::new();
                for (name, w) in names.iter().zip(weeks) {
                    let mut spec = serde_json::Map::new();
                    spec.insert("weeks".into(), w);
                    phases.insert((*name).into(), Value::Object(spec));
                }
                phasing.insert("phases".into(), Value::Object(phases));
            }
        }
        if let Some(gov) = plan.get_mut("governance").and_then(Value::as_object_mut) {
            if let Some(m) = gov.remove("model") {
                gov.insert("chosen".into(), m);
            }
        }
    }
    if let Some(obj) = value.as_object_mut() {
        obj.insert("schema_version".into(), Value::from(SCHEMA_VERSION));
    }
    value
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn unknown_fields_are_ignored() {
        let doc = br#"{"app":"koers","schema_version":2,"extra":true,"plan":{"organisation":{"name":"Zorg","colour":"red"}}}"#;
        assert_eq!(
            from_bytes(doc).map(|p| p.organisation.name),
            Ok("Zorg".into())
        );
    }
}
