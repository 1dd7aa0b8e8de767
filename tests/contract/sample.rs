//! Builds an answer for an operation from a spec: every property the schema
//! defines (optional ones included), nullable ones as `null` on request, and
//! Clerk's own `example` values where the spec gives them and asked to.

use serde_json::{json, Map, Value};

pub struct Sampler<'a> {
    pub spec: &'a Value,
    /// Nullable properties become `null`.
    pub nulls: bool,
    /// Use the spec's `example` values where present.
    pub examples: bool,
}

const MAX_DEPTH: usize = 16;

impl Sampler<'_> {
    fn deref<'v>(&'v self, mut v: &'v Value) -> &'v Value {
        for _ in 0..16 {
            let Some(r) = v.get("$ref").and_then(Value::as_str) else { break };
            let Some(t) = r.strip_prefix('#').and_then(|p| self.spec.pointer(p)) else { break };
            v = t;
        }
        v
    }

    /// The JSON schema of an operation's success answer, if it has a JSON body.
    pub fn success_schema(&self, operation_id: &str) -> Option<(&Value, u16)> {
        for item in self.spec.get("paths")?.as_object()?.values() {
            for op in item.as_object()?.values() {
                if op.get("operationId").and_then(Value::as_str) != Some(operation_id) {
                    continue;
                }
                let (code, resp) = op.get("responses")?.as_object()?.iter().find(|(k, _)| k.starts_with('2'))?;
                let schema = self.deref(resp).pointer("/content/application~1json/schema")?;
                return Some((schema, code.parse().ok()?));
            }
        }
        None
    }

    pub fn sample(&self, schema: &Value, depth: usize) -> Value {
        let s = self.deref(schema);
        if self.examples {
            if let Some(e) = s.get("example") {
                return e.clone();
            }
        }
        let nullable = s.get("nullable") == Some(&Value::Bool(true));
        if self.nulls && nullable && depth > 0 {
            return Value::Null;
        }
        if depth > MAX_DEPTH {
            return if nullable { Value::Null } else { self.shallow(s) };
        }
        if let Some(all) = s.get("allOf").and_then(Value::as_array) {
            let mut merged = Map::new();
            for part in all {
                if let Value::Object(m) = self.sample(part, depth) {
                    merged.extend(m);
                }
            }
            return Value::Object(merged);
        }
        for key in ["oneOf", "anyOf"] {
            let Some(branches) = s.get(key).and_then(Value::as_array) else { continue };
            // Branches listing only `required` names are checks, not shapes.
            let checks_only = branches.iter().all(|b| b.as_object().is_some_and(|o| o.keys().all(|k| k == "required")));
            if let (false, Some(first)) = (checks_only, branches.first()) {
                return self.sample(first, depth);
            }
        }
        if let Some(e) = s.get("enum").and_then(Value::as_array).and_then(|e| e.first()) {
            return e.clone();
        }
        match s.get("type").and_then(Value::as_str) {
            Some("string") => match s.get("format").and_then(Value::as_str) {
                Some("date-time") => json!("2024-05-28T08:00:00Z"),
                Some("date") => json!("2024-05-28"),
                Some("email") => json!("ada@example.com"),
                _ => json!("sample"),
            },
            Some("integer") => json!(1_716_883_200),
            Some("number") => json!(1.5),
            Some("boolean") => json!(true),
            Some("array") => match s.get("items") {
                Some(items) => json!([self.sample(items, depth + 1)]),
                None => json!([]),
            },
            _ => {
                let mut out = Map::new();
                for (k, p) in s.get("properties").and_then(Value::as_object).into_iter().flatten() {
                    out.insert(k.clone(), self.sample(p, depth + 1));
                }
                Value::Object(out)
            }
        }
    }

    /// Past the depth limit: the least that still decodes.
    fn shallow(&self, s: &Value) -> Value {
        match s.get("type").and_then(Value::as_str) {
            Some("array") => json!([]),
            Some("string") => json!("sample"),
            Some("integer") => json!(1),
            Some("number") => json!(1.5),
            Some("boolean") => json!(true),
            _ => json!({}),
        }
    }
}
