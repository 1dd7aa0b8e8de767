//! Turns Clerk's upstream Backend API spec into the project's vendored file.
//!
//! Two kinds of change happen here, each as its own named step:
//! - prose goes (descriptions, summaries, examples, logos), facts stay;
//! - the spec is made ready for progenitor.
//!
//! The result depends only on the input, so running twice gives the same bytes.

use serde_json::{Map, Value};

/// Operations whose request body is `multipart/form-data`. progenitor can't
/// build those, so `src/uploads.rs` implements them by hand.
pub const HAND_WRITTEN: &[&str] = &["SetUserProfileImage", "UploadOrganizationLogo", "UploadOAuthApplicationLogo"];

/// Keys that carry upstream prose rather than facts about the API.
const PROSE_KEYS: &[&str] =
    &["description", "summary", "example", "examples", "x-logo", "externalDocs", "contact", "termsOfService"];

/// Maps whose keys are names chosen by the API (a property called
/// `description` is a fact, not prose).
const NAME_MAPS: &[&str] = &[
    "properties",
    "patternProperties",
    "paths",
    "schemas",
    "responses",
    "parameters",
    "requestBodies",
    "headers",
    "content",
    "securitySchemes",
    "mapping",
];

/// One normalization step: its name, why it exists, and what it touched.
pub struct StepReport {
    pub name: &'static str,
    pub touched: usize,
}

/// Runs every step over the parsed upstream document, in a fixed order.
pub fn normalize(spec: &mut Value) -> Result<Vec<StepReport>, String> {
    let steps: &[(&'static str, fn(&mut Value) -> Result<usize, String>)] = &[
        ("drop-prose", drop_prose),
        ("drop-empty-path-items", drop_empty_path_items),
        ("move-out-multipart", move_out_multipart),
        ("drop-frontendApi-param", drop_frontend_api_param),
        ("error-bodies-get-ClerkErrors", bodyless_errors_get_clerk_errors),
        ("drop-additionalProperties-false", drop_additional_properties_false),
        ("drop-tags-list", drop_tags_list),
        ("drop-required-names-without-property", drop_undefined_required),
        ("optional-in-practice", optional_in_practice),
    ];
    let mut out = Vec::new();
    for (name, step) in steps {
        let touched = step(spec).map_err(|e| format!("step {name}: {e}"))?;
        out.push(StepReport { name, touched });
    }
    Ok(out)
}

/// drop-prose: descriptions, summaries, examples and logos are upstream text.
fn drop_prose(spec: &mut Value) -> Result<usize, String> {
    fn walk(v: &mut Value, keys_are_names: bool, n: &mut usize) {
        match v {
            Value::Object(map) => {
                if !keys_are_names {
                    let before = map.len();
                    map.retain(|k, _| !PROSE_KEYS.contains(&k.as_str()));
                    *n += before - map.len();
                }
                for (k, child) in map.iter_mut() {
                    let names = !keys_are_names && NAME_MAPS.contains(&k.as_str());
                    walk(child, names, n);
                }
            }
            Value::Array(items) => items.iter_mut().for_each(|i| walk(i, false, n)),
            _ => {}
        }
    }
    let mut n = 0;
    walk(spec, false, &mut n);
    // OpenAPI requires a `description` on every response object: keep the key, empty.
    let mut blank = |resp: &mut Value| {
        if let Some(r) = resp.as_object_mut() {
            if !r.contains_key("$ref") {
                r.insert("description".into(), Value::String(String::new()));
            }
        }
    };
    if let Some(Value::Object(shared)) = spec.pointer_mut("/components/responses") {
        shared.values_mut().for_each(&mut blank);
    }
    for_each_operation(spec, |_, _, op| {
        if let Some(Value::Object(responses)) = op.get_mut("responses") {
            responses.values_mut().for_each(&mut blank);
        }
    })?;
    Ok(n)
}

/// drop-required-names-without-property: a few schemas list names in
/// `required` that their `properties` never define (EnterpriseConnection's
/// `authenticatable`, ...). typify would demand a field no schema describes,
/// and decoding would fail whenever Clerk leaves it out.
fn drop_undefined_required(spec: &mut Value) -> Result<usize, String> {
    fn walk(v: &mut Value, n: &mut usize) {
        match v {
            Value::Object(map) => {
                // A union whose branches only list `required` names is a check, not a shape.
                let checks_only = |b: &Value| {
                    b.as_array().is_some_and(|b| {
                        b.iter().all(|x| x.as_object().is_some_and(|o| o.keys().all(|k| k == "required")))
                    })
                };
                let composed = map.contains_key("allOf")
                    || ["oneOf", "anyOf"].iter().any(|k| map.get(*k).is_some_and(|b| !checks_only(b)));
                let defined: Option<Vec<String>> =
                    map.get("properties").and_then(Value::as_object).map(|p| p.keys().cloned().collect());
                if let (false, Some(defined), Some(Value::Array(required))) =
                    (composed, defined, map.get_mut("required"))
                {
                    let before = required.len();
                    required.retain(|r| r.as_str().is_some_and(|r| defined.iter().any(|d| d == r)));
                    *n += before - required.len();
                }
                map.values_mut().for_each(|c| walk(c, n));
            }
            Value::Array(items) => items.iter_mut().for_each(|c| walk(c, n)),
            _ => {}
        }
    }
    let mut n = 0;
    walk(spec, &mut n);
    Ok(n)
}

/// Fields the spec marks required and non-null that Clerk's live API is
/// known to leave out or send as `null`: its own JS Backend SDK (the SDK
/// that decodes live answers every day) types each of them as optional or
/// nullable. `(schema, field, why)`; `schema` is a component name, or
/// `operationId#status` for an answer defined inline in an operation.
///
/// Collections (arrays and maps such as `public_metadata`) are not listed:
/// the generated types read any `null` or missing collection as empty.
/// Identity fields (`id`, `object`, timestamps of main resources) stay
/// required, as Clerk always sends them.
pub const OPTIONAL_IN_PRACTICE: &[(&str, &str, &str)] = &[
    ("verification_oauth", "expire_at", "JS SDK: `number | null`; every other verification kind already allows null"),
    ("SignUp", "abandon_at", "JS SDK: `number | null`"),
    ("MachineScope", "created_at", "JS SDK: optional"),
    ("OrganizationWithLogo", "image_url", "JS SDK: optional (the same object as `Organization`, where it is optional)"),
    ("CommerceSubscriptionItem", "payer_id", "JS SDK: optional"),
    ("CommerceSubscriptionItem", "is_free_trial", "JS SDK: optional"),
    ("CommerceSubscriptionItem-2", "plan_id", "JS SDK: optional and nullable (nullable in `CommerceSubscriptionItem`)"),
    ("CommerceSubscriptionItem-2", "payer_id", "JS SDK: optional"),
    ("CommerceSubscriptionItem-2", "is_free_trial", "JS SDK: optional"),
    ("CommercePlan-2", "description", "JS SDK: `string | null` (nullable in `CommercePlan`)"),
    ("CommercePlan-2", "avatar_url", "JS SDK: `string | null` (a price transition's `previous_plan`)"),
    ("CommercePayerResponse-2", "first_name", "JS SDK: optional"),
    ("CommercePayerResponse-2", "last_name", "JS SDK: optional"),
    ("FeatureResponse-2", "description", "JS SDK: optional and nullable"),
    ("FeatureResponse-2", "avatar_url", "JS SDK: optional and nullable"),
    ("createApiKey#200", "secret", "JS SDK: optional; an answer without it must still hand over the new key's id"),
    ("createM2MToken#201", "token", "JS SDK: optional; an answer without it must still hand over the new token's id"),
    (
        "deleteApiKey#200",
        "id",
        "JS SDK: optional, as in the spec's own `DeletedObject` that every other delete answers with",
    ),
];

/// optional-in-practice: each field of [`OPTIONAL_IN_PRACTICE`] leaves its
/// schema's `required` list and becomes nullable, so the generated field is
/// an `Option` that reads both an absent field and a `null`. Fails if a
/// listed field is not there, or no longer required (then the entry is stale).
fn optional_in_practice(spec: &mut Value) -> Result<usize, String> {
    let mut n = 0;
    for (schema, field, _) in OPTIONAL_IN_PRACTICE {
        let pointer = match schema.split_once('#') {
            None => format!("/components/schemas/{}", schema.replace('~', "~0").replace('/', "~1")),
            Some((op, status)) => inline_answer_pointer(spec, op, status)?,
        };
        let whole = spec.pointer_mut(&pointer).ok_or_else(|| format!("{schema}: no schema at {pointer}"))?;
        // The field may sit in one of an `allOf`'s inline parts.
        let holds = |s: &Value| s.pointer(&format!("/properties/{field}")).is_some();
        let target = if holds(whole) {
            whole
        } else {
            whole
                .get_mut("allOf")
                .and_then(Value::as_array_mut)
                .and_then(|parts| parts.iter_mut().find(|p| holds(p)))
                .ok_or_else(|| format!("{schema} has no property {field}"))?
        };
        let required = target
            .get_mut("required")
            .and_then(Value::as_array_mut)
            .ok_or_else(|| format!("{schema}: no `required` list"))?;
        let before = required.len();
        required.retain(|r| r.as_str() != Some(field));
        if required.len() == before {
            return Err(format!("{schema}.{field} is not required any more; drop it from OPTIONAL_IN_PRACTICE"));
        }
        if required.is_empty() {
            if let Some(m) = target.as_object_mut() {
                m.shift_remove("required");
            }
        }
        let prop = target
            .pointer_mut(&format!("/properties/{field}"))
            .and_then(Value::as_object_mut)
            .ok_or_else(|| format!("{schema} has no property {field}"))?;
        if prop.contains_key("$ref") {
            return Err(format!("{schema}.{field} is a $ref; wrap it in allOf before marking it nullable"));
        }
        prop.insert("nullable".into(), Value::Bool(true));
        n += 1;
    }
    Ok(n)
}

/// The JSON pointer of the schema an operation answers `status` with, when
/// it is defined inline.
fn inline_answer_pointer(spec: &mut Value, operation_id: &str, status: &str) -> Result<String, String> {
    let mut found = None;
    for_each_operation(spec, |path, method, op| {
        if op.get("operationId").and_then(Value::as_str) == Some(operation_id) {
            found = Some((path.to_string(), method.to_string()));
        }
    })?;
    let (path, method) = found.ok_or_else(|| format!("no operation {operation_id}"))?;
    let path = path.replace('~', "~0").replace('/', "~1");
    Ok(format!("/paths/{path}/{method}/responses/{status}/content/application~1json/schema"))
}

/// drop-tags-list: the top-level `tags` list holds only display metadata.
fn drop_tags_list(spec: &mut Value) -> Result<usize, String> {
    Ok(usize::from(obj_mut(spec)?.shift_remove("tags").is_some()))
}

/// drop-empty-path-items: upstream lists a few paths with no operation
/// (`/aws_credentials: {}`); they describe nothing.
fn drop_empty_path_items(spec: &mut Value) -> Result<usize, String> {
    let paths = paths_mut(spec)?;
    let before = paths.len();
    paths.retain(|_, item| item.as_object().is_some_and(|m| !m.is_empty()));
    Ok(before - paths.len())
}

/// move-out-multipart: progenitor does not generate multipart bodies; the
/// three upload operations are written by hand in `src/uploads.rs`.
fn move_out_multipart(spec: &mut Value) -> Result<usize, String> {
    let paths = paths_mut(spec)?;
    let mut removed = Vec::new();
    for (_, item) in paths.iter_mut() {
        let Some(item) = item.as_object_mut() else { continue };
        item.retain(|_, op| {
            let multipart = op
                .pointer("/requestBody/content")
                .and_then(Value::as_object)
                .is_some_and(|c| c.contains_key("multipart/form-data"));
            if multipart {
                removed.push(op_id(op).to_string());
            }
            !multipart
        });
    }
    paths.retain(|_, item| item.as_object().is_some_and(|m| !m.is_empty()));
    removed.sort();
    let mut expected: Vec<String> = HAND_WRITTEN.iter().map(|s| s.to_string()).collect();
    expected.sort();
    if removed != expected {
        return Err(format!(
            "multipart operations are {removed:?}, but src/uploads.rs implements {expected:?}; update both"
        ));
    }
    Ok(removed.len())
}

/// drop-frontendApi-param: the deprecated camelCase twin of `frontend_api`
/// would give the builder two setters for one value.
fn drop_frontend_api_param(spec: &mut Value) -> Result<usize, String> {
    let mut n = 0;
    for_each_operation(spec, |_, _, op| {
        if let Some(Value::Array(params)) = op.get_mut("parameters") {
            let before = params.len();
            params.retain(|p| p.get("name").and_then(Value::as_str) != Some("frontendApi"));
            n += before - params.len();
        }
    })?;
    Ok(n)
}

/// error-bodies-get-ClerkErrors: a 4xx/5xx answer declared without a body
/// (VerifyPassword, VerifyTOTP, GetPublicInterstitial) would give that
/// operation a second error type; Clerk sends its usual error body there.
fn bodyless_errors_get_clerk_errors(spec: &mut Value) -> Result<usize, String> {
    let mut n = 0;
    for_each_operation(spec, |_, _, op| {
        let Some(Value::Object(responses)) = op.get_mut("responses") else { return };
        for (code, resp) in responses.iter_mut() {
            let is_error = code.starts_with('4') || code.starts_with('5');
            let Some(resp) = resp.as_object_mut() else { continue };
            if is_error && !resp.contains_key("$ref") && !resp.contains_key("content") {
                resp.insert(
                    "content".into(),
                    serde_json::json!({"application/json": {"schema": {"$ref": "#/components/schemas/ClerkErrors"}}}),
                );
                n += 1;
            }
        }
    })?;
    Ok(n)
}

/// drop-additionalProperties-false: typify turns it into
/// `deny_unknown_fields`, and then every field Clerk adds breaks decoding.
fn drop_additional_properties_false(spec: &mut Value) -> Result<usize, String> {
    fn walk(v: &mut Value, n: &mut usize) {
        match v {
            Value::Object(map) => {
                if map.get("additionalProperties") == Some(&Value::Bool(false)) {
                    map.shift_remove("additionalProperties");
                    *n += 1;
                }
                map.values_mut().for_each(|c| walk(c, n));
            }
            Value::Array(items) => items.iter_mut().for_each(|c| walk(c, n)),
            _ => {}
        }
    }
    let mut n = 0;
    walk(spec, &mut n);
    Ok(n)
}

pub const METHODS: &[&str] = &["get", "put", "post", "delete", "options", "head", "patch", "trace"];

fn obj_mut(v: &mut Value) -> Result<&mut Map<String, Value>, String> {
    v.as_object_mut().ok_or_else(|| "the document is not a mapping".to_string())
}

fn paths_mut(spec: &mut Value) -> Result<&mut Map<String, Value>, String> {
    obj_mut(spec)?.get_mut("paths").and_then(Value::as_object_mut).ok_or_else(|| "no `paths` mapping".to_string())
}

fn op_id(op: &Value) -> &str {
    op.get("operationId").and_then(Value::as_str).unwrap_or("<no operationId>")
}

/// Calls `f(path, method, operation)` for every operation of the document.
pub fn for_each_operation(
    spec: &mut Value,
    mut f: impl FnMut(&str, &str, &mut Map<String, Value>),
) -> Result<(), String> {
    for (path, item) in paths_mut(spec)?.iter_mut() {
        let Some(item) = item.as_object_mut() else { continue };
        for (method, op) in item.iter_mut() {
            if !METHODS.contains(&method.as_str()) {
                continue;
            }
            if let Some(op) = op.as_object_mut() {
                f(path, method, op);
            }
        }
    }
    Ok(())
}
