//! Changes made to the parsed spec in memory, before progenitor sees it.
//! The vendored file keeps every fact; these only shape the generated types.

use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

/// What the passes over the generated code need to know about the spec.
#[derive(Default)]
pub struct Facts {
    /// Request body type name -> its optional, nullable fields, for PATCH
    /// and PUT bodies: those need "absent", "value" and "null".
    pub three_state: BTreeMap<String, BTreeSet<String>>,
    /// Builder type name -> how its list endpoint pages.
    pub lists: BTreeMap<String, ListOp>,
}

/// A list endpoint that takes `limit` and `offset`.
pub struct ListOp {
    /// The spec's operation id.
    pub operation_id: String,
    /// The answer's JSON field holding the items; `None` for a bare array.
    pub items_field: Option<&'static str>,
    /// Whether it takes `paginated=true` to answer with `{data, total_count}`.
    pub has_paginated: bool,
}

/// Keywords that typify turns into checks run while decoding. A response
/// must never fail to decode because Clerk sent a longer string or a value
/// outside a documented range, so these checks go (the server validates input).
const DECODE_CHECKS: &[&str] = &[
    "pattern",
    "minLength",
    "maxLength",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minItems",
    "maxItems",
    "uniqueItems",
    "minProperties",
    "maxProperties",
];

pub fn prepare(doc: &mut Value) -> Result<Facts, String> {
    let facts = Facts { three_state: three_state_bodies(doc), lists: list_operations(doc) };
    strip_decode_checks(doc, false);
    Ok(facts)
}

/// Follows `$ref`s within the document.
fn deref<'a>(doc: &'a Value, mut v: &'a Value) -> &'a Value {
    for _ in 0..16 {
        let Some(r) = v.get("$ref").and_then(Value::as_str) else { break };
        let Some(target) = r.strip_prefix('#').and_then(|p| doc.pointer(p)) else { break };
        v = target;
    }
    v
}

/// GET operations answering with a list that can be paged by `limit`/`offset`.
fn list_operations(doc: &Value) -> BTreeMap<String, ListOp> {
    let mut out = BTreeMap::new();
    let Some(paths) = doc.get("paths").and_then(Value::as_object) else { return out };
    for item in paths.values() {
        let Some(op) = item.get("get") else { continue };
        let Some(id) = op.get("operationId").and_then(Value::as_str) else { continue };
        let params: BTreeSet<&str> = op
            .get("parameters")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|p| deref(doc, p).get("name").and_then(Value::as_str))
            .collect();
        if !(params.contains("limit") && params.contains("offset")) {
            continue;
        }
        let Some(ok) = op.pointer("/responses/200").map(|r| deref(doc, r)) else { continue };
        let Some(schema) = ok.pointer("/content/application~1json/schema").map(|s| deref(doc, s)) else { continue };
        let props = schema.get("properties");
        let items_field = if schema.get("type").and_then(Value::as_str) == Some("array") {
            None
        } else if props.is_some_and(|p| p.get("data").is_some() && p.get("total_count").is_some()) {
            Some("data")
        } else if props.is_some_and(|p| p.get("m2m_tokens").is_some()) {
            Some("m2m_tokens")
        } else {
            continue;
        };
        let name = heck::ToPascalCase::to_pascal_case(id);
        out.insert(
            name,
            ListOp { operation_id: id.to_string(), items_field, has_paginated: params.contains("paginated") },
        );
    }
    out
}

/// The name progenitor gives an operation's inline JSON body type.
fn body_type_name(operation_id: &str) -> String {
    heck::ToPascalCase::to_pascal_case(format!("{operation_id}-body").as_str())
}

fn three_state_bodies(doc: &Value) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    let Some(paths) = doc.get("paths").and_then(Value::as_object) else { return out };
    for item in paths.values() {
        for method in ["patch", "put"] {
            let Some(op) = item.get(method) else { continue };
            let Some(id) = op.get("operationId").and_then(Value::as_str) else { continue };
            let Some(schema) = op.pointer("/requestBody/content/application~1json/schema") else { continue };
            if schema.get("$ref").is_some() {
                continue;
            }
            let required: BTreeSet<&str> = schema
                .get("required")
                .and_then(Value::as_array)
                .map(|r| r.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            let Some(props) = schema.get("properties").and_then(Value::as_object) else { continue };
            let fields: BTreeSet<String> = props
                .iter()
                .filter(|(name, p)| !required.contains(name.as_str()) && p.get("nullable") == Some(&Value::Bool(true)))
                .map(|(name, _)| name.clone())
                .collect();
            if !fields.is_empty() {
                out.insert(body_type_name(id), fields);
            }
        }
    }
    out
}

/// `anyOf`/`oneOf` whose branches only list `required` names ("send `domain`
/// or `domains`") are checks too: typify would make the type an enum that
/// fails to decode whenever an answer carries neither or both.
pub fn is_required_only_union(branches: &Value) -> bool {
    branches.as_array().is_some_and(|b| {
        !b.is_empty() && b.iter().all(|x| x.as_object().is_some_and(|o| o.keys().all(|k| k == "required")))
    })
}

fn strip_decode_checks(v: &mut Value, keys_are_names: bool) {
    match v {
        Value::Object(map) => {
            if !keys_are_names {
                map.retain(|k, _| !DECODE_CHECKS.contains(&k.as_str()));
                for key in ["anyOf", "oneOf"] {
                    if map.get(key).is_some_and(is_required_only_union) {
                        map.remove(key);
                    }
                }
            }
            for (k, child) in map.iter_mut() {
                strip_decode_checks(child, !keys_are_names && k == "properties");
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|i| strip_decode_checks(i, false)),
        _ => {}
    }
}

/// When progenitor rejects the spec, generates each operation on its own to
/// name the one it trips on.
pub fn find_failing_operation(spec: &openapiv3::OpenAPI, settings: &progenitor::GenerationSettings) -> String {
    for (path, item) in spec.paths.iter() {
        let Some(item) = item.as_item() else { continue };
        for (method, op) in item.iter() {
            let mut one = spec.clone();
            one.paths.paths.clear();
            let mut only = openapiv3::PathItem { parameters: item.parameters.clone(), ..Default::default() };
            match method {
                "get" => only.get = Some(op.clone()),
                "put" => only.put = Some(op.clone()),
                "post" => only.post = Some(op.clone()),
                "delete" => only.delete = Some(op.clone()),
                "patch" => only.patch = Some(op.clone()),
                "head" => only.head = Some(op.clone()),
                "options" => only.options = Some(op.clone()),
                _ => only.trace = Some(op.clone()),
            }
            one.paths.paths.insert(path.clone(), openapiv3::ReferenceOr::Item(only));
            let result = quietly(|| progenitor::Generator::new(settings).generate_tokens(&one));
            if let Some(e) = match result {
                Err(panic) => Some(panic),
                Ok(Err(e)) => Some(e.to_string()),
                Ok(Ok(_)) => None,
            } {
                let id = op.operation_id.as_deref().unwrap_or("(no operationId)");
                return format!(" (first failing operation: {id}, {} {path}: {e})", method.to_uppercase());
            }
        }
    }
    String::new()
}

/// Runs `f`, turning a panic inside the generator into an error message.
pub fn quietly<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
    std::panic::set_hook(hook);
    result.map_err(|p| {
        let what = p
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| p.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".into());
        format!("progenitor panicked: {what}")
    })
}
