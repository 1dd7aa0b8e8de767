//! No silent success: every query and body parameter the spec gives an
//! emulated operation is either honoured (the answer is not a refusal of
//! it) or answered `501 not_emulated` naming it. Each parameter is sent
//! alone, with a valid value, beside the operation's required ones, to an
//! emulator holding one of everything; operations the emulator does not
//! emulate at all (501 naming no parameter) are left out.
//!
//! Reads the vendored spec (`openapi/clerk-backend-api.yaml`), so it never skips.

use clerk_backend_api::emulator::Emulator;
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;

const SPEC: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/openapi/clerk-backend-api.yaml");

fn resolve<'a>(spec: &'a Value, v: &'a Value) -> &'a Value {
    let mut v = v;
    for _ in 0..16 {
        match v.get("$ref").and_then(Value::as_str).and_then(|r| r.strip_prefix('#')).and_then(|p| spec.pointer(p)) {
            Some(t) => v = t,
            None => break,
        }
    }
    v
}

/// A plain HTTP client of the emulator.
struct Http {
    http: reqwest::Client,
    base: String,
}

impl Http {
    async fn call(&self, method: &str, path: &str, query: &[(String, String)], body: Option<&Value>) -> (u16, Value) {
        let m = reqwest::Method::from_bytes(method.as_bytes()).expect("method");
        let mut req = self
            .http
            .request(m, format!("{}/v1{path}", self.base))
            .bearer_auth("sk_test_emulator")
            .header("Clerk-API-Version", "2026-05-12")
            .query(query);
        if let Some(b) = body {
            req = req.json(b);
        }
        let resp = req.send().await.expect("the emulator answers");
        let status = resp.status().as_u16();
        (status, resp.json().await.unwrap_or(Value::Null))
    }

    async fn post(&self, path: &str, body: Value) -> Value {
        let (status, v) = self.call("POST", path, &[], Some(&body)).await;
        assert!(status < 300, "fixture POST {path}: {status} {v}");
        v
    }
}

fn id(v: &Value) -> String {
    v.get("id").and_then(Value::as_str).unwrap_or_default().to_string()
}

/// One of everything, and how to make more.
struct Fixtures {
    ids: BTreeMap<&'static str, String>,
    email: String,
    api_key_secret: String,
    m2m_token: String,
    refresh: Map<String, Value>,
    n: usize,
}

impl Fixtures {
    fn unique(&mut self) -> usize {
        self.n += 1;
        self.n
    }

    /// The id a path parameter stands for, by where it is.
    fn path_id(&self, template: &str, name: &str) -> String {
        let key = match name {
            "invitation_id" if template.starts_with("/organizations") => "organization_invitation",
            "invitation_id" => "invitation",
            "identifier_id" if template.starts_with("/blocklist") => "blocklist",
            "identifier_id" => "allowlist",
            "user_id" if template.starts_with("/organizations") => "member",
            other => other,
        };
        self.ids.get(key).cloned().unwrap_or_else(|| format!("missing_{key}"))
    }
}

/// A valid value for a parameter, by its schema and its name.
async fn value(http: &Http, fx: &mut Fixtures, op: &str, name: &str, schema: &Value, spec: &Value) -> Value {
    let schema = resolve(spec, schema);
    if let Some(first) = schema.get("enum").and_then(Value::as_array).and_then(|e| e.first()) {
        return first.clone();
    }
    let n = fx.unique();
    match schema.get("type").and_then(Value::as_str).unwrap_or("string") {
        "boolean" => json!(true),
        "integer" | "number" => json!(match name {
            "limit" => 10,
            "offset" => 0,
            "expires_in_days" => 7,
            "expires_in_seconds" => 60,
            "max_allowed_memberships" => 0,
            "create_organizations_limit" => 3,
            "seconds_until_expiration" => 600,
            "min_remaining_ttl_seconds" => 60,
            _ => 1_700_000_000_000i64,
        }),
        "object" => json!({"emulator_test": n}),
        "array" => {
            let items = schema.get("items").cloned().unwrap_or(json!({"type": "string"}));
            let one = Box::pin(value(http, fx, op, name, &items, spec)).await;
            json!([one])
        }
        _ => json!(match name {
            "email_address" if op.starts_with("Get") || op.starts_with("List") => fx.email.clone(),
            "email_address" | "identifier" => format!("p{n}@example.com"),
            "phone_number" => format!("+1555555{:04}", n % 10_000),
            "username" => format!("user_{n}"),
            "user_id" | "created_by" if op == "CreateOrganizationMembership" => {
                let u = http.post("/users", json!({"email_address": [format!("m{n}@example.com")]})).await;
                id(&u)
            }
            "user_id" | "subject" | "created_by" => fx.ids["user_id"].clone(),
            "organization_id" | "active_organization_id" => fx.ids["organization_id"].clone(),
            "client_id" => "client_none".to_string(),
            "created_at" | "legal_accepted_at" => "2024-01-02T03:04:05Z".to_string(),
            "order_by" => "-created_at".to_string(),
            "role" => "org:member".to_string(),
            "name" => format!("Name {n}"),
            "slug" => format!("slug-{n}"),
            "password" => "correct-horse-battery".to_string(),
            "redirect_url" => "https://example.com/welcome".to_string(),
            "secret" => fx.api_key_secret.clone(),
            "token" => fx.m2m_token.clone(),
            "starting_after" => fx.ids["user_id"].clone(),
            "query" | "email_address_query" | "username_query" | "name_query" | "phone_number_query" => "a".to_string(),
            other => {
                if let Some(v) = fx.refresh.get(other) {
                    return v.clone();
                }
                format!("value_{n}")
            }
        }),
    }
}

/// What happened to one parameter.
enum Verdict {
    Honoured,
    NotEmulated,
    OperationNotEmulated,
    Wrong(String),
}

#[tokio::test]
async fn every_parameter_of_an_emulated_operation_is_honoured_or_refused_by_name() {
    let text = std::fs::read_to_string(SPEC).expect("the vendored spec");
    let spec: Value = serde_yaml_ng::from_str(&text).expect("the spec parses");
    let emulator = Emulator::start().await.expect("emulator starts");
    let _ = emulator.client(); // installs the TLS provider a bare reqwest client needs
    let http = Http { http: reqwest::Client::new(), base: emulator.url().to_string() };

    // One of everything.
    let user = http
        .post(
            "/users",
            json!({"email_address": ["fixture@example.com"], "username": "fixture", "phone_number": ["+15555550199"]}),
        )
        .await;
    let uid = id(&user);
    let member = http.post("/users", json!({"email_address": ["member@example.com"]})).await;
    let org =
        http.post("/organizations", json!({"name": "Fixture", "created_by": uid, "max_allowed_memberships": 0})).await;
    let oid = id(&org);
    http.post(&format!("/organizations/{oid}/memberships"), json!({"user_id": id(&member), "role": "org:member"}))
        .await;
    let org_invitation = http
        .post(
            &format!("/organizations/{oid}/invitations"),
            json!({"email_address": "oi@example.com", "role": "org:member"}),
        )
        .await;
    let invitation = http.post("/invitations", json!({"email_address": "inv@example.com"})).await;
    let entry = http.post("/waitlist_entries", json!({"email_address": "wait@example.com"})).await;
    let allowed = http.post("/allowlist_identifiers", json!({"identifier": "allowed@example.com"})).await;
    let blocked = http.post("/blocklist_identifiers", json!({"identifier": "blocked@example.com"})).await;
    let session = http.post("/sessions", json!({"user_id": uid})).await;
    let key = http.post("/api_keys", json!({"subject": uid, "name": "fixture"})).await;
    let m2m = http.post("/m2m_tokens", json!({"seconds_until_expiration": 3600})).await;
    let email = http.post("/email_addresses", json!({"user_id": uid, "email_address": "second@example.com"})).await;
    let phone =
        http.post("/phone_numbers", json!({"user_id": uid, "phone_number": "+15555550198", "verified": true})).await;
    let browser = emulator.browser_cookies(&uid).expect("a browser signs in");
    let mut refresh = Map::new();
    refresh.insert("expired_token".into(), json!(browser.session_token()));
    refresh.insert("refresh_token".into(), json!(browser.refresh_token()));
    refresh.insert("request_origin".into(), json!("http://127.0.0.1"));
    refresh.insert("request_originating_ip".into(), json!("127.0.0.1"));
    let mut ids = BTreeMap::new();
    ids.insert("user_id", uid.clone());
    ids.insert("member", id(&member));
    ids.insert("organization_id", oid.clone());
    ids.insert("organization_invitation", id(&org_invitation));
    ids.insert("invitation", id(&invitation));
    ids.insert("waitlist_entry_id", id(&entry));
    ids.insert("allowlist", id(&allowed));
    ids.insert("blocklist", id(&blocked));
    ids.insert("session_id", id(&session));
    ids.insert("apiKeyID", id(&key));
    ids.insert("m2m_token_id", id(&m2m));
    ids.insert("email_address_id", id(&email));
    ids.insert("phone_number_id", id(&phone));
    let mut fx = Fixtures {
        ids,
        email: "fixture@example.com".into(),
        api_key_secret: key["secret"].as_str().unwrap_or_default().to_string(),
        m2m_token: m2m["token"].as_str().unwrap_or_default().to_string(),
        refresh,
        n: 0,
    };

    let mut verdicts: BTreeMap<String, Vec<(String, Verdict)>> = BTreeMap::new();
    let paths = spec.get("paths").and_then(Value::as_object).expect("paths");
    for (template, item) in paths {
        for method in ["get", "post", "patch", "put", "delete"] {
            let Some(op) = item.get(method) else { continue };
            let op_id = op.get("operationId").and_then(Value::as_str).unwrap_or("?").to_string();
            let parameters: Vec<&Value> = op
                .get("parameters")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .map(|p| resolve(&spec, p))
                .collect();
            let body_schema = op
                .pointer("/requestBody")
                .map(|b| resolve(&spec, b))
                .and_then(|b| b.pointer("/content/application~1json/schema"))
                .map(|s| resolve(&spec, s));
            let bulk = body_schema.and_then(|s| s.get("type")).and_then(Value::as_str) == Some("array");
            let object_schema = match body_schema {
                Some(s) if bulk => s.get("items").map(|i| resolve(&spec, i)),
                other => other,
            };
            let body_props: Vec<(String, Value)> = object_schema
                .and_then(|s| s.get("properties"))
                .and_then(Value::as_object)
                .map(|p| p.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
                .unwrap_or_default();
            let required_body: Vec<String> = object_schema
                .and_then(|s| s.get("required"))
                .and_then(Value::as_array)
                .map(|r| r.iter().filter_map(Value::as_str).map(str::to_string).collect())
                .unwrap_or_default();
            let query_params: Vec<(String, Value, bool)> = parameters
                .iter()
                .filter(|p| p.get("in").and_then(Value::as_str) == Some("query"))
                .map(|p| {
                    let name = p.get("name").and_then(Value::as_str).unwrap_or_default().to_string();
                    let required = p.get("required").and_then(Value::as_bool).unwrap_or(false);
                    (name, p.get("schema").cloned().unwrap_or(json!({"type": "string"})), required)
                })
                .collect();
            if query_params.is_empty() && body_props.is_empty() {
                continue;
            }
            let mut path = template.clone();
            for p in parameters.iter().filter(|p| p.get("in").and_then(Value::as_str) == Some("path")) {
                let name = p.get("name").and_then(Value::as_str).unwrap_or_default();
                path = path.replace(&format!("{{{name}}}"), &fx.path_id(template, name));
            }
            let tested: Vec<(String, bool)> = query_params
                .iter()
                .map(|(n, _, _)| (n.clone(), true))
                .chain(body_props.iter().map(|(n, _)| (n.clone(), false)))
                .collect();
            let mut op_verdicts = Vec::new();
            for (param, in_query) in tested {
                let mut query: Vec<(String, String)> = Vec::new();
                for (name, schema, required) in &query_params {
                    if *required || (in_query && *name == param) {
                        let v = value(&http, &mut fx, &op_id, name, schema, &spec).await;
                        match v {
                            Value::Array(items) => {
                                query.extend(items.iter().map(|i| (name.clone(), plain(i))));
                            }
                            other => query.push((name.clone(), plain(&other))),
                        }
                    }
                }
                let body = if object_schema.is_some() {
                    let mut object = Map::new();
                    for (name, schema) in &body_props {
                        if required_body.contains(name) || (!in_query && *name == param) {
                            object.insert(name.clone(), value(&http, &mut fx, &op_id, name, schema, &spec).await);
                        }
                    }
                    Some(if bulk { json!([Value::Object(object)]) } else { Value::Object(object) })
                } else {
                    None
                };
                let (status, answer) = http.call(&method.to_uppercase(), &path, &query, body.as_ref()).await;
                let error = answer.pointer("/errors/0").cloned().unwrap_or(Value::Null);
                let code = error.get("code").and_then(Value::as_str).unwrap_or_default();
                let named = error.pointer("/meta/param_name").and_then(Value::as_str);
                let verdict = match (status, code, named) {
                    (501, "not_emulated", Some(n)) if n == param => Verdict::NotEmulated,
                    (501, "not_emulated", None) => Verdict::OperationNotEmulated,
                    (501, _, other) => Verdict::Wrong(format!("501 naming {other:?}: {answer}")),
                    (422, "form_param_unknown", Some(n)) if n == param => {
                        Verdict::Wrong(format!("refused as unknown though the spec has it: {answer}"))
                    }
                    (s, _, _) if s >= 500 => Verdict::Wrong(format!("{s}: {answer}")),
                    _ => Verdict::Honoured,
                };
                op_verdicts.push((param, verdict));
            }
            verdicts.insert(format!("{op_id} ({} {template})", method.to_uppercase()), op_verdicts);
        }
    }

    let mut problems = Vec::new();
    let mut emulated = 0;
    let mut report = String::new();
    for (op, list) in &verdicts {
        let skipped = list.iter().filter(|(_, v)| matches!(v, Verdict::OperationNotEmulated)).count();
        if skipped == list.len() {
            continue;
        }
        if skipped > 0 {
            problems.push(format!("{op}: some parameters answered as an operation not emulated"));
        }
        emulated += 1;
        let honoured: Vec<String> =
            list.iter().filter(|(_, v)| matches!(v, Verdict::Honoured)).map(|(p, _)| p.clone()).collect();
        let refused: Vec<String> =
            list.iter().filter(|(_, v)| matches!(v, Verdict::NotEmulated)).map(|(p, _)| p.clone()).collect();
        report.push_str(&format!("{op}\n  honoured: {}\n  501: {}\n", honoured.join(", "), refused.join(", ")));
        for (p, v) in list {
            if let Verdict::Wrong(why) = v {
                problems.push(format!("{op} `{p}`: {why}"));
            }
        }
    }
    eprintln!("{report}");
    assert!(problems.is_empty(), "parameters neither honoured nor refused by name:\n{}", problems.join("\n"));
    assert!(emulated >= 45, "only {emulated} emulated operations with parameters were found:\n{report}");
}

/// A JSON value as a query string value.
fn plain(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}
