//! The change report: what a regen changes against the committed spec, in a
//! form a reviewer can read in a minute.

use serde_json::Value;
use std::collections::BTreeMap;

use crate::normalize::METHODS;

/// One operation's facts, keyed for comparison.
struct Op {
    method: String,
    path: String,
    body: Value,
    params: BTreeMap<String, Value>,
    responses: BTreeMap<String, Value>,
    rest: Value,
}

fn operations(spec: &Value) -> BTreeMap<String, Op> {
    let mut out = BTreeMap::new();
    let Some(paths) = spec.get("paths").and_then(Value::as_object) else { return out };
    for (path, item) in paths {
        let Some(item) = item.as_object() else { continue };
        for (method, op) in item {
            if !METHODS.contains(&method.as_str()) {
                continue;
            }
            let id = op.get("operationId").and_then(Value::as_str).unwrap_or(path).to_string();
            let mut params = BTreeMap::new();
            for p in op.get("parameters").and_then(Value::as_array).into_iter().flatten() {
                let key = match (p.get("name"), p.get("$ref")) {
                    (Some(n), _) => format!(
                        "{} ({})",
                        n.as_str().unwrap_or("?"),
                        p.get("in").and_then(Value::as_str).unwrap_or("?")
                    ),
                    (None, Some(r)) => r.as_str().unwrap_or("?").rsplit('/').next().unwrap_or("?").to_string(),
                    _ => "?".into(),
                };
                params.insert(key, p.clone());
            }
            let responses = op
                .get("responses")
                .and_then(Value::as_object)
                .map(|r| r.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
                .unwrap_or_default();
            let mut rest = op.clone();
            if let Some(m) = rest.as_object_mut() {
                for k in ["parameters", "responses", "requestBody"] {
                    m.shift_remove(k);
                }
            }
            out.insert(
                id,
                Op {
                    method: method.to_uppercase(),
                    path: path.clone(),
                    body: op.get("requestBody").cloned().unwrap_or(Value::Null),
                    params,
                    responses,
                    rest,
                },
            );
        }
    }
    out
}

fn schemas(spec: &Value) -> BTreeMap<String, Value> {
    spec.pointer("/components/schemas")
        .and_then(Value::as_object)
        .map(|m| m.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
        .unwrap_or_default()
}

fn keys_diff<V: PartialEq>(old: &BTreeMap<String, V>, new: &BTreeMap<String, V>) -> Vec<String> {
    let mut out = Vec::new();
    for k in new.keys().filter(|k| !old.contains_key(*k)) {
        out.push(format!("+{k}"));
    }
    for k in old.keys().filter(|k| !new.contains_key(*k)) {
        out.push(format!("-{k}"));
    }
    for (k, v) in new {
        if old.get(k).is_some_and(|o| o != v) {
            out.push(format!("~{k}"));
        }
    }
    out
}

/// Top-level property names of a schema, for a one-line summary of a change.
fn property_names(schema: &Value) -> BTreeMap<String, Value> {
    schema
        .get("properties")
        .and_then(Value::as_object)
        .map(|m| m.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
        .unwrap_or_default()
}

/// Builds the report. Empty when nothing changed.
pub fn report(old: &Value, new: &Value) -> String {
    let mut lines = Vec::new();
    let old_version = old.pointer("/info/version").and_then(Value::as_str).unwrap_or("none");
    let new_version = new.pointer("/info/version").and_then(Value::as_str).unwrap_or("?");
    if old_version != new_version {
        lines.push(format!("API version: {old_version} -> {new_version}"));
    }

    let (old_ops, new_ops) = (operations(old), operations(new));
    let added: Vec<_> = new_ops.iter().filter(|(k, _)| !old_ops.contains_key(*k)).collect();
    let removed: Vec<_> = old_ops.iter().filter(|(k, _)| !new_ops.contains_key(*k)).collect();
    if !added.is_empty() {
        lines.push(format!("operations added ({}):", added.len()));
        for (id, op) in &added {
            lines.push(format!("  + {id:<44} {} {}", op.method, op.path));
        }
    }
    if !removed.is_empty() {
        lines.push(format!("operations removed ({}):", removed.len()));
        for (id, op) in &removed {
            lines.push(format!("  - {id:<44} {} {}", op.method, op.path));
        }
    }
    let mut changed = Vec::new();
    for (id, new_op) in &new_ops {
        let Some(old_op) = old_ops.get(id) else { continue };
        let mut what = Vec::new();
        if (old_op.method.as_str(), old_op.path.as_str()) != (new_op.method.as_str(), new_op.path.as_str()) {
            what.push(format!("moved {} {} -> {} {}", old_op.method, old_op.path, new_op.method, new_op.path));
        }
        let params = keys_diff(&old_op.params, &new_op.params);
        if !params.is_empty() {
            what.push(format!("parameters {}", params.join(" ")));
        }
        if old_op.body != new_op.body {
            let schema =
                |b: &Value| b.pointer("/content/application~1json/schema").map(property_names).unwrap_or_default();
            let props = keys_diff(&schema(&old_op.body), &schema(&new_op.body));
            what.push(if props.is_empty() {
                "request body".into()
            } else {
                format!("request body properties {}", props.join(" "))
            });
        }
        let responses = keys_diff(&old_op.responses, &new_op.responses);
        if !responses.is_empty() {
            what.push(format!("responses {}", responses.join(" ")));
        }
        if old_op.rest != new_op.rest {
            what.push("other attributes".into());
        }
        if !what.is_empty() {
            changed.push(format!("  ~ {id:<44} {}", what.join("; ")));
        }
    }
    if !changed.is_empty() {
        lines.push(format!("operations changed ({}):", changed.len()));
        lines.extend(changed);
    }

    let (old_s, new_s) = (schemas(old), schemas(new));
    let s_added: Vec<_> = new_s.keys().filter(|k| !old_s.contains_key(*k)).collect();
    let s_removed: Vec<_> = old_s.keys().filter(|k| !new_s.contains_key(*k)).collect();
    if !s_added.is_empty() {
        lines.push(format!("schemas added ({}):", s_added.len()));
        lines.extend(s_added.iter().map(|k| format!("  + {k}")));
    }
    if !s_removed.is_empty() {
        lines.push(format!("schemas removed ({}):", s_removed.len()));
        lines.extend(s_removed.iter().map(|k| format!("  - {k}")));
    }
    let mut s_changed = Vec::new();
    for (name, schema) in &new_s {
        let Some(old_schema) = old_s.get(name) else { continue };
        if old_schema == schema {
            continue;
        }
        let props = keys_diff(&property_names(old_schema), &property_names(schema));
        let detail = if props.is_empty() { "shape".to_string() } else { format!("properties {}", props.join(" ")) };
        s_changed.push(format!("  ~ {name:<44} {detail}"));
    }
    if !s_changed.is_empty() {
        lines.push(format!("schemas changed ({}):", s_changed.len()));
        lines.extend(s_changed);
    }
    for kind in ["responses", "parameters"] {
        let named = |spec: &Value| -> BTreeMap<String, Value> {
            spec.pointer(&format!("/components/{kind}"))
                .and_then(Value::as_object)
                .map(|m| m.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
                .unwrap_or_default()
        };
        let diff = keys_diff(&named(old), &named(new));
        if !diff.is_empty() {
            lines.push(format!("shared {kind} changed: {}", diff.join(" ")));
        }
    }
    lines.join("\n")
}
