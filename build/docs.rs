//! The project's own docs (`openapi/docs.yaml`) joined with the facts of the
//! spec (types, ranges, defaults, formats, enum values), for every operation,
//! parameter, model, field and enum value.
//!
//! Keys: `OpId` (an operation), `OpId.param` (a query, path or body
//! parameter; dotted when nested), `OpId#200.field` (a field of an inline
//! answer), `Schema`, `Schema.field`, `<key>=value` (one value of an enum),
//! `*.name` and `*.name=value` (the default for every field, parameter or
//! value of that name), `OpId!example` (the body of a doc example).
//!
//! Shared by `build.rs` (which writes the docs into the generated code) and
//! `cargo xtask docs` (which lists what has no doc).

use serde_json::Value;
use std::collections::BTreeMap;

/// Where a doc goes in the generated code, by the key prefix its marker names.
#[derive(Default)]
pub struct Rendered {
    /// Key of a struct or enum (its marker) -> serde name of a field -> doc.
    pub fields: BTreeMap<String, BTreeMap<String, String>>,
    /// Key of an enum -> wire value -> doc.
    pub values: BTreeMap<String, BTreeMap<String, String>>,
    /// Operation id -> query or path parameter name -> doc (builder setters).
    pub params: BTreeMap<String, BTreeMap<String, String>>,
    /// Operation id -> the method's whole doc (Markdown).
    pub operations: BTreeMap<String, String>,
    /// Operation id -> its first paragraph.
    pub summaries: BTreeMap<String, String>,
    /// Keys with neither their own doc nor a `*.` default.
    pub missing: Vec<String>,
    /// Keys of docs.yaml that name nothing in the spec.
    pub unused: Vec<String>,
}

/// What the spec says about an operation's namespace method.
pub struct Method {
    pub namespace: String,
    pub name: String,
}

/// The marker a type's doc carries until the docs pass reads it.
pub const MARKER: &str = "<!-- docs-key: ";

pub fn load(text: &str) -> Result<BTreeMap<String, String>, String> {
    let map: BTreeMap<String, String> = serde_yaml_ng::from_str(text).map_err(|e| format!("openapi/docs.yaml: {e}"))?;
    for (k, v) in &map {
        if v.trim().is_empty() {
            return Err(format!("openapi/docs.yaml: `{k}` is empty"));
        }
    }
    Ok(map)
}

/// `OpId namespace method` lines (openapi/namespaces.txt).
pub fn methods(text: &str) -> BTreeMap<String, Method> {
    let mut out = BTreeMap::new();
    for line in text.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let mut parts = line.split_whitespace();
        if let (Some(id), Some(ns), Some(name)) = (parts.next(), parts.next(), parts.next()) {
            out.insert(id.to_string(), Method { namespace: ns.to_string(), name: name.to_string() });
        }
    }
    out
}

struct Walk<'a> {
    docs: &'a BTreeMap<String, String>,
    used: std::collections::BTreeSet<String>,
    out: Rendered,
}

impl Walk<'_> {
    /// The doc of `key`, or the `*.` default for its last name.
    fn lookup(&mut self, key: &str) -> Option<String> {
        if let Some(d) = self.docs.get(key) {
            self.used.insert(key.to_string());
            return Some(d.trim().to_string());
        }
        let (base, value) = match key.split_once('=') {
            Some((b, v)) => (b, Some(v)),
            None => (key, None),
        };
        let last = base.rsplit('.').next().filter(|_| base.contains('.'))?;
        let generic = match value {
            Some(v) => format!("*.{last}={v}"),
            None => format!("*.{last}"),
        };
        let d = self.docs.get(&generic)?;
        self.used.insert(generic);
        Some(d.trim().to_string())
    }

    fn doc_or_missing(&mut self, key: &str) -> Option<String> {
        let d = self.lookup(key);
        if d.is_none() {
            self.out.missing.push(key.to_string());
        }
        d
    }
}

fn resolve<'a>(doc: &'a Value, v: &'a Value) -> &'a Value {
    let mut v = v;
    for _ in 0..8 {
        let Some(r) = v.get("$ref").and_then(Value::as_str) else { break };
        let Some(t) = r.strip_prefix('#').and_then(|p| doc.pointer(p)) else { break };
        v = t;
    }
    v
}

/// The facts of a schema a reader needs beside the prose.
pub fn facts(s: &Value, doc: &Value) -> String {
    let s = resolve(doc, s);
    let mut f: Vec<String> = Vec::new();
    let num = |k: &str| s.get(k).filter(|v| v.is_number()).map(|v| v.to_string());
    match (num("minimum"), num("maximum")) {
        (Some(a), Some(b)) => f.push(format!("From {a} to {b}.")),
        (Some(a), None) => f.push(format!("At least {a}.")),
        (None, Some(b)) => f.push(format!("At most {b}.")),
        _ => {}
    }
    match (num("minLength"), num("maxLength")) {
        (Some(a), Some(b)) if a == b => f.push(format!("Exactly {a} characters.")),
        (Some(a), Some(b)) => f.push(format!("{a} to {b} characters.")),
        (Some(a), None) if a != "0" => f.push(format!("At least {a} characters.")),
        (None, Some(b)) => f.push(format!("At most {b} characters.")),
        _ => {}
    }
    match (num("minItems"), num("maxItems")) {
        (Some(a), Some(b)) => f.push(format!("{a} to {b} items.")),
        (Some(a), None) if a != "0" => f.push(format!("At least {a} items.")),
        (None, Some(b)) => f.push(format!("At most {b} items.")),
        _ => {}
    }
    if let Some(fmt) = s.get("format").and_then(Value::as_str) {
        let said = match fmt {
            "email" => Some("An email address."),
            "uri" | "url" => Some("A URL."),
            "date-time" => Some("An RFC 3339 date and time."),
            "date" => Some("A date (`YYYY-MM-DD`)."),
            "uuid" => Some("A UUID."),
            "binary" => Some("Raw bytes."),
            _ => None,
        };
        if let Some(said) = said {
            f.push(said.to_string());
        }
    }
    if let Some(p) = s.get("pattern").and_then(Value::as_str) {
        f.push(format!("Must match `{}`.", p.replace('`', "'")));
    }
    let values: Vec<String> = s
        .get("enum")
        .or_else(|| s.get("items").map(|i| resolve(doc, i)).and_then(|i| i.get("enum")))
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter(|v| !v.is_null())
                .map(|v| format!("`{}`", v.as_str().map(str::to_string).unwrap_or_else(|| v.to_string())))
                .collect()
        })
        .unwrap_or_default();
    if values.len() == 1 {
        f.push(format!("Always {}.", values[0]));
    } else if !values.is_empty() {
        f.push(format!("One of {}.", values.join(", ")));
    }
    if let Some(d) = s.get("default") {
        if !d.is_null() {
            f.push(format!("Clerk's default: `{d}`."));
        }
    }
    if s.get("deprecated").and_then(Value::as_bool) == Some(true) {
        f.push("**Deprecated.**".to_string());
    }
    f.join(" ")
}

fn join(prose: Option<String>, facts: String) -> String {
    match (prose, facts.is_empty()) {
        (Some(p), true) => p,
        (Some(p), false) => format!("{p}\n\n{facts}"),
        (None, _) => facts,
    }
}

fn mark(s: &mut Value, key: &str, prose: &str) {
    if let Some(o) = s.as_object_mut() {
        o.insert("description".into(), Value::String(format!("{prose}\n\n{MARKER}{key} -->")));
    }
}

/// Walks a schema: every property gets its doc under `prefix.name`, every
/// inline object or enum a marker naming its key. In a request body
/// (`body`), the properties its `required` list names say "Required.".
fn walk_schema(w: &mut Walk<'_>, doc: &Value, prefix: &str, s: &mut Value, depth: usize, body: bool) {
    if depth > 12 || s.get("$ref").is_some() {
        return;
    }
    let enum_values: Vec<String> = s
        .get("enum")
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(|v| v.as_str().map(str::to_string)).collect())
        .unwrap_or_default();
    let single = enum_values.len() == 1;
    for v in enum_values {
        let key = format!("{prefix}={v}");
        // A one-value enum is a tag: its value needs no doc of its own.
        let d = if single {
            w.lookup(&key).or_else(|| Some(format!("The one value this field takes: `{v}`.")))
        } else {
            w.doc_or_missing(&key)
        };
        if let Some(d) = d {
            w.out.values.entry(prefix.to_string()).or_default().insert(v, d);
        }
    }
    for k in ["allOf", "oneOf", "anyOf"] {
        if let Some(a) = s.get_mut(k).and_then(Value::as_array_mut) {
            for sub in a {
                if k == "allOf" {
                    inherit(w, doc, prefix, sub);
                }
                walk_schema(w, doc, prefix, sub, depth + 1, body);
            }
        }
    }
    if let Some(items) = s.get_mut("items") {
        walk_schema(w, doc, prefix, items, depth + 1, body);
    }
    if let Some(ap) = s.get_mut("additionalProperties").filter(|v| v.is_object()) {
        walk_schema(w, doc, prefix, ap, depth + 1, body);
    }
    let required: Vec<String> = match body {
        true => s
            .get("required")
            .and_then(Value::as_array)
            .map(|r| r.iter().filter_map(Value::as_str).map(str::to_string).collect())
            .unwrap_or_default(),
        false => Vec::new(),
    };
    let Some(props) = s.get_mut("properties").and_then(Value::as_object_mut) else { return };
    for (name, p) in props.iter_mut() {
        let key = format!("{prefix}.{name}");
        let prose = w.doc_or_missing(&key);
        let mut f = facts(p, doc);
        if required.contains(name) {
            f = if f.is_empty() { "Required.".to_string() } else { format!("Required. {f}") };
        }
        let text = join(prose, f);
        if p.get("$ref").is_none() {
            let nested = p.get("properties").is_some()
                || p.get("enum").is_some()
                || p.get("items").is_some()
                || p.get("oneOf").is_some()
                || p.get("anyOf").is_some()
                || p.get("allOf").is_some();
            if nested {
                mark(p, &key, &text);
                if let Some(items) = p.get_mut("items").filter(|i| i.get("$ref").is_none()) {
                    mark(items, &key, &text);
                }
            }
            walk_schema(w, doc, &key, p, depth + 1, body);
        }
        w.out.fields.entry(prefix.to_string()).or_default().insert(name.clone(), text);
    }
}

/// A part of an `allOf` that is a reference: the generator merges its
/// properties into the type of `prefix`, so they take the referenced
/// schema's docs (unless `prefix` has its own).
fn inherit(w: &mut Walk<'_>, doc: &Value, prefix: &str, part: &Value) {
    inherit_at(w, doc, prefix, part, 0);
}

fn inherit_at(w: &mut Walk<'_>, doc: &Value, prefix: &str, part: &Value, depth: usize) {
    let Some(name) = part.get("$ref").and_then(Value::as_str).and_then(|r| r.rsplit('/').next()) else { return };
    let target = resolve(doc, part);
    if depth > 8 {
        return;
    }
    // Properties the referenced schema takes from its own `allOf` parts.
    for sub in target.get("allOf").and_then(Value::as_array).into_iter().flatten() {
        if sub.get("$ref").is_some() {
            inherit_at(w, doc, prefix, sub, depth + 1);
        } else {
            inherit_props(w, doc, prefix, name, sub);
        }
    }
    inherit_props(w, doc, prefix, name, target);
}

fn inherit_props(w: &mut Walk<'_>, doc: &Value, prefix: &str, name: &str, target: &Value) {
    for (prop, p) in target.get("properties").and_then(Value::as_object).into_iter().flatten() {
        let own = w.docs.contains_key(&format!("{prefix}.{prop}"));
        let prose = if own { w.lookup(&format!("{prefix}.{prop}")) } else { w.lookup(&format!("{name}.{prop}")) };
        let text = join(prose, facts(p, doc));
        w.out.fields.entry(prefix.to_string()).or_default().entry(prop.clone()).or_insert(text);
        // Enum values of the merged property keep the referenced docs too.
        if let Some(vals) = w.out.values.get(&format!("{name}.{prop}")).cloned() {
            let e = w.out.values.entry(format!("{prefix}.{prop}")).or_default();
            for (k, v) in vals {
                e.entry(k).or_insert(v);
            }
        }
    }
}

fn ops(doc: &Value) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    for (path, item) in doc.get("paths").and_then(Value::as_object).into_iter().flatten() {
        for m in ["get", "put", "post", "delete", "patch"] {
            if let Some(id) = item.get(m).and_then(|o| o.get("operationId")).and_then(Value::as_str) {
                out.push((path.clone(), m.to_string(), id.to_string()));
            }
        }
    }
    out
}

/// Models named (`$ref`) as an operation's JSON request body.
fn request_bodies(doc: &Value) -> std::collections::BTreeSet<String> {
    let mut out = std::collections::BTreeSet::new();
    for (path, m, _) in ops(doc) {
        let ptr = format!(
            "/paths/{}/{m}/requestBody/content/application~1json/schema",
            path.replace('~', "~0").replace('/', "~1")
        );
        let Some(s) = doc.pointer(&ptr) else { continue };
        let s = s.get("items").unwrap_or(s);
        if let Some(name) = s.get("$ref").and_then(Value::as_str).and_then(|r| r.rsplit('/').next()) {
            out.insert(name.to_string());
        }
    }
    out
}

/// Operations whose answer (any 2xx) is the schema `name`, or a list of it.
fn answers(doc: &Value) -> BTreeMap<String, Vec<String>> {
    let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (path, m, id) in ops(doc) {
        let Some(responses) =
            doc.pointer(&format!("/paths/{}/{m}/responses", path.replace('~', "~0").replace('/', "~1")))
        else {
            continue;
        };
        for (code, r) in responses.as_object().into_iter().flatten() {
            if !code.starts_with('2') {
                continue;
            }
            let r = resolve(doc, r);
            for c in r.get("content").and_then(Value::as_object).into_iter().flatten().map(|(_, c)| c) {
                let s = c.get("schema").unwrap_or(&Value::Null);
                let s = s.get("items").unwrap_or(s);
                if let Some(name) = s.get("$ref").and_then(Value::as_str).and_then(|r| r.rsplit('/').next()) {
                    let list = out.entry(name.to_string()).or_default();
                    if !list.contains(&id) {
                        list.push(id.clone());
                    }
                }
            }
        }
    }
    out
}

/// What an operation's doc says about its paging (build.rs fills it from
/// the spec's list operations).
pub struct ListDoc {
    /// The largest `limit` (the spec's `maximum`).
    pub max: Option<i64>,
    /// Whether `send_page()` gets a total (`{data, total_count}`, the M2M
    /// token list, or a bare array asked with `paginated=true`).
    pub total: bool,
    /// The cursor parameter, when the endpoint takes one.
    pub cursor: Option<String>,
    /// Whether it takes `order_by`.
    pub order_by: bool,
}

/// The retry and paging facts of an operation, in the words of this crate.
/// The retry sentence is the client's rule for the method, whatever the
/// operation itself would do if repeated.
fn behaviour(method: &str, pages: Option<&ListDoc>) -> String {
    let mut s = match method {
        "get" | "put" | "delete" => String::from(
            "Retried on connection failures, timeouts, `429` and `5xx` answers (not `501`), within the \
             client's retry policy (its rule for GET, PUT and DELETE).",
        ),
        m => format!(
            "Retried only when nothing reached Clerk or on `429` (the client's rule for {}, whatever the \
             operation does when repeated); after other failures it is sent once unless the policy says \
             `retry_non_idempotent(true)`.",
            m.to_uppercase()
        ),
    };
    if let Some(list) = pages {
        if list.total {
            s.push_str(" A list: `send_page()` returns one page with the total count");
        } else {
            s.push_str(" A list: `send_page()` returns one page, without a total (this list has none)");
        }
        s.push_str(", and `stream()` yields every item, `limit` per request");
        if let Some(m) = list.max {
            s.push_str(&format!(" (at most {m})"));
        }
        match &list.cursor {
            Some(c) if list.order_by => s.push_str(&format!(
                ", walking by the `{c}` cursor when `order_by` is unset or a `created_at` ordering and no \
                 `offset` is set, and by `offset` otherwise."
            )),
            Some(c) => s.push_str(&format!(", walking by the `{c}` cursor unless an `offset` is set.")),
            None => s.push_str(", walking by `offset`."),
        }
    }
    s
}

/// Joins docs.yaml with the spec. Writes descriptions (with markers) into
/// `doc` so that the generator carries them to the types; returns what the
/// passes over the generated code need.
pub fn apply(
    doc: &mut Value,
    docs: &BTreeMap<String, String>,
    methods: &BTreeMap<String, Method>,
    pages: &BTreeMap<String, ListDoc>,
) -> Rendered {
    let mut w = Walk { docs, used: Default::default(), out: Rendered::default() };
    let snapshot = doc.clone();
    let returned_by = answers(&snapshot);
    let bodies = request_bodies(&snapshot);
    let name_of = |id: &str| {
        methods.get(id).map(|m| format!("`clerk.{}().{}()`", m.namespace, m.name)).unwrap_or_else(|| format!("`{id}`"))
    };

    let mut marked_components = std::collections::BTreeSet::new();
    for (path, m, id) in ops(&snapshot) {
        let ptr = format!("/paths/{}/{m}", path.replace('~', "~0").replace('/', "~1"));
        // The operation itself.
        let prose = w.doc_or_missing(&id).unwrap_or_default();
        let mut md = prose.clone();
        if let Some(example) = w.docs.get(&format!("{id}!example")) {
            w.used.insert(format!("{id}!example"));
            md.push_str("\n\n```rust,no_run\n# async fn example(clerk: &clerk_backend_api::Clerk) -> Result<(), clerk_backend_api::Error> {\n");
            md.push_str(example.trim_end());
            md.push_str("\n# Ok(())\n# }\n```");
        }
        md.push_str(&format!(
            "\n\n`{} {path}` (operation `{id}`). {}",
            m.to_uppercase(),
            behaviour(&m, pages.get(&id))
        ));
        w.out.operations.insert(id.clone(), md);
        w.out.summaries.insert(id.clone(), prose.split("\n\n").next().unwrap_or("").to_string());

        // Query and path parameters.
        let params: Vec<Value> =
            snapshot.pointer(&format!("{ptr}/parameters")).and_then(Value::as_array).cloned().unwrap_or_default();
        for (i, p) in params.iter().enumerate() {
            let shared = p.get("$ref").and_then(Value::as_str).map(str::to_string);
            let p = resolve(&snapshot, p);
            let Some(name) = p.get("name").and_then(Value::as_str) else { continue };
            let key = format!("{id}.{name}");
            let prose = w.doc_or_missing(&key);
            let schema = p.get("schema").cloned().unwrap_or(Value::Null);
            let mut text = join(prose, facts(&schema, &snapshot));
            if p.get("required").and_then(Value::as_bool) == Some(true)
                && p.get("in").and_then(Value::as_str) == Some("query")
            {
                text.push_str(" Required.");
            }
            if p.get("deprecated").and_then(Value::as_bool) == Some(true) && !text.contains("Deprecated") {
                text.push_str(" **Deprecated.**");
            }
            w.out.params.entry(id.clone()).or_default().insert(name.to_string(), text.clone());
            // An inline enum becomes a type: give it the parameter's doc and its values'.
            let has_enum = schema.get("enum").is_some() || schema.pointer("/items/enum").is_some();
            if has_enum && schema.get("$ref").is_none() {
                let (target, mkey) = match &shared {
                    Some(r) => (format!("{}/schema", r.trim_start_matches('#')), format!("*.{name}")),
                    None => (format!("{ptr}/parameters/{i}/schema"), key.clone()),
                };
                let mut sch = schema.clone();
                walk_schema(&mut w, &snapshot, &mkey, &mut sch, 0, false);
                if let Some(items) = sch.get_mut("items").filter(|i| i.get("enum").is_some()) {
                    mark(items, &mkey, &text);
                }
                mark(&mut sch, &mkey, &text);
                if let Some(slot) = doc.pointer_mut(&target) {
                    *slot = sch;
                }
            }
        }

        // The request body, when inline.
        let body_ptr = format!("{ptr}/requestBody/content/application~1json/schema");
        if let Some(body) = snapshot.pointer(&body_ptr).filter(|b| b.get("$ref").is_none()) {
            let mut body = body.clone();
            walk_schema(&mut w, &snapshot, &id, &mut body, 0, true);
            let what = format!("The request body of {}; set it with `body_map` on the request builder.", name_of(&id));
            if let Some(items) = body.get_mut("items").filter(|i| i.get("$ref").is_none()) {
                mark(items, &id, &format!("One item of the request body of {}.", name_of(&id)));
            }
            mark(&mut body, &id, &what);
            if let Some(slot) = doc.pointer_mut(&body_ptr) {
                *slot = body;
            }
        }

        // Inline answers.
        let codes: Vec<String> = snapshot
            .pointer(&format!("{ptr}/responses"))
            .and_then(Value::as_object)
            .map(|o| o.keys().cloned().collect())
            .unwrap_or_default();
        let mut marked = std::collections::BTreeSet::new();
        for code in codes {
            // An answer may be shared (`components/responses`): its type is
            // generated once, so the first operation's key names it.
            let rp = format!("{ptr}/responses/{code}");
            let target = match snapshot.pointer(&rp).and_then(|r| r.get("$ref")).and_then(Value::as_str) {
                Some(r) => r.trim_start_matches('#').to_string(),
                None => rp,
            };
            let sp = format!("{target}/content/application~1json/schema");
            let Some(s) = snapshot.pointer(&sp) else { continue };
            if s.get("$ref").is_some() || s.pointer("/items/$ref").is_some() {
                continue;
            }
            let key = format!("{id}#{code}");
            let mut s = s.clone();
            walk_schema(&mut w, &snapshot, &key, &mut s, 0, false);
            let what = format!("The answer of {} (status {code}).", name_of(&id));
            if let Some(items) = s.get_mut("items").filter(|i| i.get("$ref").is_none()) {
                mark(items, &key, &format!("One item of the answer of {} (status {code}).", name_of(&id)));
            }
            mark(&mut s, &key, &what);
            if !marked_components.contains(&sp) && marked.insert(sp.clone()) {
                if let Some(slot) = doc.pointer_mut(&sp) {
                    *slot = s;
                }
            }
        }
        marked_components.extend(marked);
    }

    // Models.
    let names: Vec<String> = snapshot
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .map(|o| o.keys().cloned().collect())
        .unwrap_or_default();
    for name in names {
        let ptr = format!("/components/schemas/{name}");
        let Some(mut s) = snapshot.pointer(&ptr).cloned() else { continue };
        let prose = w.doc_or_missing(&name).unwrap_or_default();
        let mut text = prose;
        if let Some(ids) = returned_by.get(&name) {
            let list: Vec<String> = ids.iter().take(12).map(|i| name_of(i)).collect();
            let more = if ids.len() > 12 { format!(" and {} more", ids.len() - 12) } else { String::new() };
            text.push_str(&format!("\n\n**Answer of:** {}{more}.", list.join(", ")));
        }
        let f = facts(&s, &snapshot);
        if !f.is_empty() && s.get("properties").is_none() {
            text.push_str(&format!("\n\n{f}"));
        }
        // A model that is only ever a request body says which fields it needs.
        let body_only = bodies.contains(&name) && !returned_by.contains_key(&name);
        walk_schema(&mut w, &snapshot, &name, &mut s, 0, body_only);
        if let Some(items) = s.get_mut("items").filter(|i| i.get("$ref").is_none() && i.get("properties").is_some()) {
            mark(items, &name, &format!("One item of a [`{name}`] list.\n\n{text}"));
        }
        mark(&mut s, &name, &text);
        if let Some(slot) = doc.pointer_mut(&ptr) {
            *slot = s;
        }
    }

    // `*.` defaults wait for a use; any other key must name something.
    w.out.unused = docs.keys().filter(|k| !k.starts_with("*.") && !w.used.contains(*k)).cloned().collect();
    w.out.missing.sort();
    w.out.missing.dedup();
    w.out
}
