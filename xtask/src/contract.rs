//! Writes `tests/contract/ops.rs`: one contract test per operation of the
//! vendored spec. Each calls its namespace method with the required
//! parameters and body fields, and states the literal method, path, query
//! and JSON body the mock must see. The answers are built at test time from
//! the vendored spec (tests/contract/sample.rs).

use crate::facade::{progenitor_name, progenitor_type, rust_ident, rustfmt, snake, Op};
use serde_json::{json, Map, Value};
use std::fmt::Write;

fn deref<'a>(spec: &'a Value, mut v: &'a Value) -> &'a Value {
    for _ in 0..16 {
        let Some(r) = v.get("$ref").and_then(Value::as_str) else { break };
        let Some(t) = r.strip_prefix('#').and_then(|p| spec.pointer(p)) else { break };
        v = t;
    }
    v
}

fn is_required_only(branches: &Value) -> bool {
    branches.as_array().is_some_and(|b| {
        !b.is_empty() && b.iter().all(|x| x.as_object().is_some_and(|o| o.keys().all(|k| k == "required")))
    })
}

/// The setter name typify/progenitor give a property or parameter.
fn setter(name: &str) -> String {
    let s = heck::ToSnakeCase::to_snake_case(name);
    match s.as_str() {
        "type" | "ref" | "match" | "move" | "use" | "mod" | "impl" | "fn" | "self" | "crate" | "where" => {
            format!("{s}_")
        }
        _ => s,
    }
}

/// A sample value for a schema with only its required fields, as JSON.
fn minimal(spec: &Value, schema: &Value, depth: usize) -> Value {
    let s = deref(spec, schema);
    if let Some(e) = s.get("enum").and_then(Value::as_array).and_then(|e| e.first()) {
        return e.clone();
    }
    match s.get("type").and_then(Value::as_str) {
        Some("string") => match s.get("format").and_then(Value::as_str) {
            Some("date-time") => json!("2024-05-28T08:00:00Z"),
            Some("uri") => json!("https://example.com/x"),
            _ => json!("x"),
        },
        Some("integer") => json!(1),
        Some("number") => json!(1.5),
        Some("boolean") => json!(true),
        Some("array") => match s.get("items") {
            Some(items) if depth < 4 => json!([minimal(spec, items, depth + 1)]),
            _ => json!([]),
        },
        _ => {
            let mut out = Map::new();
            let props = s.get("properties").and_then(Value::as_object);
            for r in s.get("required").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str) {
                if let Some(p) = props.and_then(|p| p.get(r)) {
                    out.insert(r.to_string(), minimal(spec, p, depth + 1));
                }
            }
            Value::Object(out)
        }
    }
}

/// A Rust expression the generated setter accepts for `value` of `schema`.
fn rust_value(spec: &Value, schema: &Value, value: &Value, type_name: &str) -> String {
    let s = deref(spec, schema);
    let is_typed_object = |s: &Value| s.get("properties").is_some();
    match (s.get("type").and_then(Value::as_str), value) {
        (Some("string"), Value::String(v)) if s.get("format").and_then(Value::as_str) == Some("date-time") => {
            format!("{v:?}.parse::<chrono::DateTime<chrono::Utc>>().expect(\"a date\")")
        }
        (Some("string"), Value::String(v)) => format!("{v:?}"),
        (Some("boolean"), Value::Bool(b)) => b.to_string(),
        (Some("integer"), v) => v.to_string(),
        (Some("number"), v) => format!("{}f64", v),
        (Some("array"), Value::Array(items)) => {
            let item_schema = s.get("items").map(|i| deref(spec, i)).unwrap_or(&Value::Null);
            if is_typed_object(item_schema) {
                format!("serde_json::from_str::<Vec<types::{type_name}Item>>(r#\"{value}\"#).expect(\"sample\")")
            } else {
                let parts: Vec<String> = items
                    .iter()
                    .map(|i| format!("{}.to_string()", rust_value(spec, item_schema, i, type_name)))
                    .collect();
                format!("vec![{}]", parts.join(", "))
            }
        }
        (_, Value::Object(_)) if is_typed_object(s) => {
            format!("serde_json::from_str::<types::{type_name}>(r#\"{value}\"#).expect(\"sample\")")
        }
        (_, Value::Object(_)) => "serde_json::Map::new()".to_string(),
        (_, v) => format!("serde_json::from_str(r#\"{v}\"#).expect(\"sample\")"),
    }
}

pub fn generate(spec: &Value) -> Result<(String, String), String> {
    let ops: Vec<Op> = crate::facade::collect(spec)?;
    let mut out = String::new();
    out.push_str("// Written by `cargo xtask regen` from openapi/clerk-backend-api.yaml; do not edit.\n");
    out.push_str("//! One contract test per operation: literal request facts, answers built from the spec.\n\n");
    out.push_str("use super::{check, decode, Case, Decoder};\nuse clerk_backend_api::builder;\nuse clerk_backend_api::types;\nuse clerk_backend_api::Operation;\n\n");
    let mut decoders = Vec::new();
    for op in &ops {
        let raw = spec.pointer(&format!(
            "/paths/{}/{}",
            op.path.replace('~', "~0").replace('/', "~1"),
            op.method.to_lowercase()
        ));
        let raw = raw.ok_or_else(|| format!("{}: not found again", op.id))?;
        // Path with parameters filled in, and the namespace call.
        let mut path = op.path.clone();
        let mut args = Vec::new();
        let params: Vec<&Value> =
            raw.get("parameters").and_then(Value::as_array).into_iter().flatten().map(|p| deref(spec, p)).collect();
        for name in &op.path_params {
            let value = if op.enum_params.contains(name) {
                params
                    .iter()
                    .find(|p| p.get("name").and_then(Value::as_str) == Some(name))
                    .and_then(|p| p.pointer("/schema/enum/0"))
                    .and_then(Value::as_str)
                    .unwrap_or("x")
                    .to_string()
            } else {
                format!("p_{}", snake(name))
            };
            path = path.replace(&format!("{{{name}}}"), &value);
            args.push(format!("{value:?}"));
        }
        let mut call = format!("clerk.{}().{}({})", op.group, rust_ident(&op.name), args.join(", "));
        let mut query = Vec::new();
        for p in &params {
            if p.get("in").and_then(Value::as_str) != Some("query") || p.get("required") != Some(&Value::Bool(true)) {
                continue;
            }
            let name = p.get("name").and_then(Value::as_str).unwrap_or("");
            let value = format!("q_{name}");
            let _ = write!(call, ".{}({value:?})", setter(name));
            query.push(format!("({name:?}, {value:?})"));
        }
        // Body: required fields only.
        let mut body_json = None;
        if let Some(schema) = raw.pointer("/requestBody/content/application~1json/schema") {
            let s = deref(spec, schema);
            let body_type = match schema.get("$ref").and_then(Value::as_str) {
                Some(r) => heck::ToPascalCase::to_pascal_case(r.rsplit('/').next().unwrap_or("")),
                None => heck::ToPascalCase::to_pascal_case(format!("{}-body", op.id).as_str()),
            };
            // Branches that only list `required` names are dropped by build.rs.
            let real_union = |k: &str| s.get(k).is_some_and(|b| !is_required_only(b));
            let union = real_union("oneOf") || real_union("anyOf");
            if union {
                // typify makes such a body an enum: no field builder, a whole value.
                let sample = minimal(spec, s, 0);
                let _ = write!(
                    call,
                    ".body(serde_json::from_str::<types::{body_type}>(r#\"{sample}\"#).expect(\"sample\"))"
                );
                body_json = Some(sample);
            } else if s.get("type").and_then(Value::as_str) == Some("array") {
                let sample = minimal(spec, s, 0);
                let _ = write!(
                    call,
                    ".body(serde_json::from_str::<Vec<types::{body_type}Item>>(r#\"{sample}\"#).expect(\"sample\"))"
                );
                body_json = Some(sample);
            } else {
                let sample = minimal(spec, s, 0);
                let props = s.get("properties").and_then(Value::as_object);
                let mut setters = Vec::new();
                if let Value::Object(fields) = &sample {
                    for (k, v) in fields {
                        let prop = props.and_then(|p| p.get(k)).unwrap_or(&Value::Null);
                        let nested = heck::ToPascalCase::to_pascal_case(format!("{}-body-{k}", op.id).as_str());
                        setters.push(format!(".{}({})", setter(k), rust_value(spec, prop, v, &nested)));
                    }
                }
                let _ = write!(call, ".body_map(|b| b{})", setters.join(""));
                body_json = Some(sample);
            }
        }
        call.push_str(".send().await");

        let responses = raw.get("responses").and_then(Value::as_object);
        let success: u16 =
            responses.and_then(|r| r.keys().find(|k| k.starts_with('2'))).and_then(|k| k.parse().ok()).unwrap_or(200);
        let error: u16 =
            responses.and_then(|r| r.keys().find(|k| k.starts_with('4'))).and_then(|k| k.parse().ok()).unwrap_or(400);
        let fn_name = progenitor_name(&op.id);
        let body = match &body_json {
            Some(b) => format!("Some(r#\"{b}\"#)"),
            None => "None".into(),
        };
        let _ = writeln!(
            out,
            "#[tokio::test]\nasync fn {fn_name}() {{\n    let case = Case {{ id: {:?}, method: {:?}, path: {path:?}, query: &[{}], body: {body}, status: {success}, error_status: {error} }};\n    check(case, |clerk| async move {{ {call} }}).await;\n}}\n",
            op.id,
            op.method,
            query.join(", "),
        );
        decoders.push(format!(
            "({:?}, decode::<<builder::{}<'static> as Operation>::Output>)",
            op.id,
            progenitor_type(&op.id)
        ));
    }
    out.push_str("/// A decoder per operation, for answers built from Clerk's own examples.\n");
    let _ = writeln!(out, "pub const DECODERS: &[(&str, Decoder)] = &[\n{}\n];", decoders.join(",\n"));
    Ok(("tests/contract/ops.rs".to_string(), rustfmt(&out)?))
}
