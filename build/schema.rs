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
    /// Builder type name -> the spec's operation id, the one spelling used
    /// in errors and tracing.
    pub operation_ids: BTreeMap<String, String>,
    /// Builder type name -> query parameters with `explode: false` (sent as
    /// one comma-joined value).
    pub unexploded: BTreeMap<String, BTreeSet<String>>,
    /// Every namespace is generated. The passes' "found nothing to do" checks
    /// (which catch a changed generator) only hold for the whole spec.
    pub full: bool,
}

/// A list endpoint that takes `limit` and `offset`.
pub struct ListOp {
    /// The spec's operation id.
    pub operation_id: String,
    /// The answer's JSON field holding the items; `None` for a bare array.
    pub items_field: Option<&'static str>,
    /// Whether it takes `paginated=true` to answer with `{data, total_count}`.
    pub has_paginated: bool,
    /// The largest `limit` the endpoint allows (its `maximum`).
    pub max_limit: Option<i64>,
    /// The query parameter that takes a cursor (the id of the last item of
    /// the previous page), when the endpoint has one: `starting_after`.
    pub cursor: Option<String>,
    /// Whether it takes `order_by` (a cursor only follows `created_at`).
    pub has_order_by: bool,
}

/// Query parameters that page by cursor: the id of the last item seen.
pub const CURSOR_PARAMS: &[&str] = &["starting_after"];

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
    let facts = Facts {
        three_state: three_state_bodies(doc),
        lists: list_operations(doc),
        operation_ids: operation_ids(doc)?,
        unexploded: unexploded_query_params(doc),
        full: true,
    };
    counts_are_integers(doc);
    optional_body_fields_without_defaults(doc);
    strip_decode_checks(doc, false);
    Ok(facts)
}

/// The builder name progenitor derives from an operation id.
pub fn builder_name(operation_id: &str) -> String {
    heck::ToPascalCase::to_pascal_case(heck::ToSnakeCase::to_snake_case(operation_id).as_str())
}

/// Every operation id by the builder name progenitor gives it.
fn operation_ids(doc: &Value) -> Result<BTreeMap<String, String>, String> {
    let mut out = BTreeMap::new();
    for (_, _, op) in operations(doc) {
        let Some(id) = op.get("operationId").and_then(Value::as_str) else { continue };
        if let Some(other) = out.insert(builder_name(id), id.to_string()) {
            return Err(format!("operation ids {other} and {id} map to the same builder name"));
        }
    }
    Ok(out)
}

/// Every (path, method, operation) of the document.
fn operations(doc: &Value) -> impl Iterator<Item = (&str, &str, &Value)> {
    doc.get("paths").and_then(Value::as_object).into_iter().flatten().flat_map(|(path, item)| {
        ["get", "put", "post", "delete", "patch", "head", "options"]
            .into_iter()
            .filter_map(move |m| item.get(m).map(|op| (path.as_str(), m, op)))
    })
}

/// Query parameters whose spec says `explode: false`: an array goes on the
/// wire once, its values joined by commas (`mode=a,b`), not repeated.
fn unexploded_query_params(doc: &Value) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (_, _, op) in operations(doc) {
        let Some(id) = op.get("operationId").and_then(Value::as_str) else { continue };
        for p in op.get("parameters").and_then(Value::as_array).into_iter().flatten() {
            let p = deref(doc, p);
            if p.get("in").and_then(Value::as_str) == Some("query") && p.get("explode") == Some(&Value::Bool(false)) {
                if let Some(name) = p.get("name").and_then(Value::as_str) {
                    out.entry(builder_name(id)).or_default().insert(name.to_string());
                }
            }
        }
    }
    out
}

/// `limit` and `offset` are counts: where an operation types them as JSON
/// numbers they become integers, so `10` goes on the wire, not `10.0`.
fn counts_are_integers(doc: &mut Value) {
    let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) else { return };
    for item in paths.values_mut() {
        let Some(item) = item.as_object_mut() else { continue };
        for op in item.values_mut() {
            for p in op.get_mut("parameters").and_then(Value::as_array_mut).into_iter().flatten() {
                let name = p.get("name").and_then(Value::as_str).unwrap_or_default();
                if !matches!(name, "limit" | "offset") || p.get("in").and_then(Value::as_str) != Some("query") {
                    continue;
                }
                if let Some(ty) = p.pointer_mut("/schema/type") {
                    if ty == "number" {
                        *ty = Value::String("integer".into());
                    }
                }
            }
        }
    }
}

/// An optional request-body field whose spec names a default gets no
/// default in the generated type: the server applies its defaults itself,
/// so the request carries only what the caller set. This holds at any depth
/// (array items, nested objects, referenced schemas).
fn optional_body_fields_without_defaults(doc: &mut Value) {
    let mut pending: Vec<String> = Vec::new(); // JSON pointers of body schemas
    for (path, method, op) in operations(doc) {
        if op.pointer("/requestBody/content/application~1json/schema").is_some() {
            let escaped = path.replace('~', "~0").replace('/', "~1");
            pending.push(format!("/paths/{escaped}/{method}/requestBody/content/application~1json/schema"));
        }
    }
    let mut seen = BTreeSet::new();
    while let Some(pointer) = pending.pop() {
        if !seen.insert(pointer.clone()) {
            continue;
        }
        let Some(schema) = doc.pointer_mut(&pointer) else { continue };
        if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
            pending.extend(r.strip_prefix('#').map(str::to_string));
            continue;
        }
        let required: BTreeSet<String> = schema
            .get("required")
            .and_then(Value::as_array)
            .map(|r| r.iter().filter_map(Value::as_str).map(str::to_string).collect())
            .unwrap_or_default();
        if let Some(props) = schema.get_mut("properties").and_then(Value::as_object_mut) {
            for (name, prop) in props.iter_mut() {
                if !required.contains(name) {
                    if let Some(p) = prop.as_object_mut() {
                        p.remove("default");
                    }
                }
                let escaped = name.replace('~', "~0").replace('/', "~1");
                pending.push(format!("{pointer}/properties/{escaped}"));
            }
        }
        if schema.get("items").is_some() {
            pending.push(format!("{pointer}/items"));
        }
        for key in ["allOf", "anyOf", "oneOf"] {
            let n = schema.get(key).and_then(Value::as_array).map_or(0, Vec::len);
            pending.extend((0..n).map(|i| format!("{pointer}/{key}/{i}")));
        }
    }
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
pub fn list_operations(doc: &Value) -> BTreeMap<String, ListOp> {
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
        let max_limit = op
            .get("parameters")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .map(|p| deref(doc, p))
            .find(|p| p.get("name").and_then(Value::as_str) == Some("limit"))
            .and_then(|p| p.pointer("/schema/maximum"))
            .and_then(Value::as_f64)
            .map(|m| m as i64);
        // A cursor parameter is a string in the query, next to `limit`.
        let cursor = op
            .get("parameters")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .map(|p| deref(doc, p))
            .find(|p| {
                p.get("name").and_then(Value::as_str).is_some_and(|n| CURSOR_PARAMS.contains(&n))
                    && p.get("in").and_then(Value::as_str) == Some("query")
                    && p.pointer("/schema/type").and_then(Value::as_str) == Some("string")
            })
            .and_then(|p| p.get("name").and_then(Value::as_str))
            .map(str::to_string);
        out.insert(
            builder_name(id),
            ListOp {
                operation_id: id.to_string(),
                items_field,
                has_paginated: params.contains("paginated"),
                max_limit,
                cursor,
                has_order_by: params.contains("order_by"),
            },
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
