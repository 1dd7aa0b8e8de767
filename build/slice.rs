//! Namespace features: when a build turns some namespaces off, their
//! operations, and the schemas only they reach, leave the spec before
//! progenitor runs, so a slice compiles only what it uses.
//!
//! The operations request authentication needs (`GetJWKS` and the three
//! machine-token verify operations) stay whatever the slice, and so do the
//! schemas the hand-written uploads decode into when their namespace is on.

use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

const NAMESPACES: &str = "openapi/namespaces.txt";

/// Operations kept in every slice: `crate::auth` calls them.
const ALWAYS: &[&str] = &["GetJWKS", "verifyApiKey", "verifyM2MToken", "verifyOAuthAccessToken"];

/// Schemas the hand-written multipart uploads (src/uploads.rs) decode into,
/// by the namespace that carries them.
const UPLOAD_SCHEMAS: &[(&str, &str)] =
    &[("users", "User"), ("organizations", "OrganizationWithLogo"), ("oauth_applications", "OAuthApplication")];

/// What the slice kept.
pub struct Slice {
    /// Every namespace is on: the spec is untouched.
    pub full: bool,
}

/// Reads the namespace of every operation and the enabled features, and
/// drops what the build does not need.
pub fn apply(doc: &mut Value) -> Result<Slice, String> {
    println!("cargo:rerun-if-changed={NAMESPACES}");
    let text = std::fs::read_to_string(NAMESPACES).map_err(|e| format!("reading {NAMESPACES}: {e}"))?;
    let mut namespace_of = BTreeMap::new();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
        let mut parts = line.split_whitespace();
        let (Some(id), Some(ns)) = (parts.next(), parts.next()) else {
            return Err(format!("{NAMESPACES}: bad line {line:?}"));
        };
        namespace_of.insert(id.to_string(), ns.to_string());
    }
    let all: BTreeSet<&String> = namespace_of.values().collect();
    let enabled: BTreeSet<String> = all
        .iter()
        .filter(|ns| std::env::var_os(format!("CARGO_FEATURE_{}", ns.to_uppercase())).is_some())
        .map(|ns| ns.to_string())
        .collect();
    if enabled.len() == all.len() {
        return Ok(Slice { full: true });
    }

    let keep = |id: &str| ALWAYS.contains(&id) || namespace_of.get(id).is_some_and(|ns| enabled.contains(ns));
    let mut kept = 0;
    let paths = doc.get_mut("paths").and_then(Value::as_object_mut).ok_or("the spec has no paths")?;
    for item in paths.values_mut() {
        let Some(item) = item.as_object_mut() else { continue };
        item.retain(|_, op| match op.get("operationId").and_then(Value::as_str) {
            Some(id) => keep(id),
            None => true, // path-level parameters and the like
        });
        kept += item.values().filter(|op| op.get("operationId").is_some()).count();
    }
    paths.retain(|_, item| item.as_object().is_some_and(|i| i.values().any(|op| op.get("operationId").is_some())));

    // Everything the remaining paths reach, following `$ref`s.
    let mut reached: BTreeSet<String> = BTreeSet::new();
    let mut todo: Vec<String> = Vec::new();
    collect_refs(doc.get("paths").unwrap_or(&Value::Null), &mut todo);
    for (ns, schema) in UPLOAD_SCHEMAS {
        if enabled.contains(*ns) {
            todo.push(format!("#/components/schemas/{schema}"));
        }
    }
    while let Some(r) = todo.pop() {
        if !reached.insert(r.clone()) {
            continue;
        }
        if let Some(target) = r.strip_prefix('#').and_then(|p| doc.pointer(p)) {
            collect_refs(target, &mut todo);
        }
    }
    if let Some(components) = doc.get_mut("components").and_then(Value::as_object_mut) {
        for (kind, entries) in components.iter_mut() {
            if kind == "securitySchemes" {
                continue;
            }
            let Some(entries) = entries.as_object_mut() else { continue };
            entries.retain(|name, _| {
                let escaped = name.replace('~', "~0").replace('/', "~1");
                reached.contains(&format!("#/components/{kind}/{escaped}"))
            });
        }
    }
    if kept < ALWAYS.len() {
        return Err(format!("the slice kept {kept} operations; the ones request authentication needs are missing"));
    }
    Ok(Slice { full: false })
}

fn collect_refs(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(map) => {
            if let Some(r) = map.get("$ref").and_then(Value::as_str) {
                out.push(r.to_string());
            }
            map.values().for_each(|c| collect_refs(c, out));
        }
        Value::Array(items) => items.iter().for_each(|c| collect_refs(c, out)),
        _ => {}
    }
}
