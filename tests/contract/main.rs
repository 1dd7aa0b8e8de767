//! Contract tests: every operation sends what Clerk's spec says and decodes
//! what Clerk answers, and every operation is reachable exactly once.
//!
//! `ops.rs` (written by `cargo xtask regen`) holds one test per operation of
//! the vendored spec; the three multipart uploads are tested here by hand.

mod ops;
mod sample;

use clerk_backend_api::{Clerk, Error, RetryPolicy, Upload};
use httpmock::prelude::*;
use sample::{Drift, Sampler};
use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::future::Future;
use std::sync::OnceLock;

const VENDORED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/openapi/clerk-backend-api.yaml");
const UPSTREAM: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/clerk-openapi/bapi/2026-05-12.yml");
const HAND_WRITTEN: &[&str] = &["SetUserProfileImage", "UploadOrganizationLogo", "UploadOAuthApplicationLogo"];

fn load(path: &str) -> Option<Value> {
    let text = std::fs::read_to_string(path).ok()?;
    Some(serde_yaml_ng::from_str(&text).expect("the spec parses"))
}

fn vendored() -> &'static Value {
    static SPEC: OnceLock<Value> = OnceLock::new();
    SPEC.get_or_init(|| load(VENDORED).expect("the vendored spec is in the repository"))
}

/// What an operation must put on the wire.
pub struct Case {
    pub id: &'static str,
    pub method: &'static str,
    pub path: &'static str,
    pub query: &'static [(&'static str, &'static str)],
    pub body: Option<&'static str>,
    pub status: u16,
    pub error_status: u16,
}

pub type Decoder = fn(&Value) -> Result<(), String>;

/// Decodes `v` into `T`, naming the JSON path of the first problem.
pub fn decode<T: serde::de::DeserializeOwned>(v: &Value) -> Result<(), String> {
    let text = v.to_string();
    let mut de = serde_json::Deserializer::from_str(&text);
    serde_path_to_error::deserialize::<_, T>(&mut de)
        .map(|_| ())
        .map_err(|e| format!("at `{}`: {}", e.path(), e.inner()))
}

fn client(server: &MockServer) -> Clerk {
    Clerk::builder()
        .secret_key("sk_test_contract")
        .base_url(server.base_url())
        .retry_policy(RetryPolicy::none())
        .build()
        .expect("client builds")
}

fn method(m: &str) -> httpmock::Method {
    m.parse().expect("an HTTP method")
}

/// Calls the operation three times: answered with every field filled in,
/// with nullable fields as `null`, and with a Clerk error.
pub async fn check<F, Fut, T>(case: Case, call: F)
where
    F: Fn(Clerk) -> Fut,
    Fut: Future<Output = Result<T, Error>>,
{
    let server = MockServer::start_async().await;
    let clerk = client(&server);
    for nulls in [false, true] {
        let sampler = Sampler { spec: vendored(), nulls, examples: false, drift: Drift::None };
        let answer = sampler.success_schema(case.id).map(|(schema, _)| sampler.sample(schema, 0));
        let mock = server
            .mock_async(|when, then| {
                let mut when = when
                    .method(method(case.method))
                    .path(format!("/v1{}", case.path))
                    .header("authorization", "Bearer sk_test_contract")
                    .header("clerk-api-version", "2026-05-12")
                    .header_prefix("user-agent", "clerk-backend-api-rust/");
                for (k, v) in case.query {
                    when = when.query_param(*k, *v);
                }
                if let Some(body) = case.body {
                    when.json_body(serde_json::from_str::<Value>(body).expect("case body is JSON"));
                }
                let then = then.status(case.status);
                if let Some(a) = &answer {
                    then.header("content-type", "application/json").json_body(a.clone());
                }
            })
            .await;
        let result = call(clerk.clone()).await;
        assert!(
            result.is_ok(),
            "{} (nulls: {nulls}): {}",
            case.id,
            result.err().map(|e| e.to_string()).unwrap_or_default()
        );
        mock.assert_calls_async(1).await;
        mock.delete_async().await;
    }
    server
        .mock_async(|when, then| {
            when.method(method(case.method)).path(format!("/v1{}", case.path));
            then.status(case.error_status).json_body(json!({
                "errors": [{"code": "contract_error", "message": "m", "long_message": "long m", "meta": {"k": "v"}}],
                "clerk_trace_id": "trace_contract"
            }));
        })
        .await;
    let err = call(clerk).await.err().unwrap_or_else(|| panic!("{}: an error status must fail", case.id));
    let api = err.api().unwrap_or_else(|| panic!("{}: expected an API error, got {err:?}", case.id));
    assert_eq!(api.status.as_u16(), case.error_status, "{}", case.id);
    assert_eq!(api.code(), Some("contract_error"), "{}: {api:?}", case.id);
    assert_eq!(api.errors[0].long_message.as_deref(), Some("long m"), "{}", case.id);
    assert_eq!(api.trace_id.as_deref(), Some("trace_contract"), "{}", case.id);
}

fn operations_in(spec: &Value) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for item in spec["paths"].as_object().expect("paths").values() {
        for (m, op) in item.as_object().expect("path item") {
            if ["get", "put", "post", "delete", "patch", "head", "options"].contains(&m.as_str()) {
                out.insert(op["operationId"].as_str().expect("operationId").to_string());
            }
        }
    }
    out
}

#[test]
fn every_operation_is_reachable_from_exactly_one_namespace_method() {
    let table = clerk_backend_api::resources::OPERATIONS;
    let mut ids = BTreeMap::new();
    let mut methods = BTreeSet::new();
    for (id, namespace, method) in table {
        assert!(ids.insert(*id, (*namespace, *method)).is_none(), "{id} listed twice");
        assert!(methods.insert((*namespace, *method)), "{namespace}().{method}() serves two operations");
    }
    let mut expected = operations_in(vendored());
    assert_eq!(expected.len(), 246, "operations generated from the vendored spec");
    expected.extend(HAND_WRITTEN.iter().map(|s| s.to_string()));
    let have: BTreeSet<String> = ids.keys().map(|s| s.to_string()).collect();
    assert_eq!(have, expected);
    assert_eq!(table.len(), 249);
    assert_eq!(ops::DECODERS.len(), 246, "one generated contract test per vendored operation");
}

#[test]
fn every_upstream_operation_is_vendored_or_hand_written() {
    let Some(upstream) = load(UPSTREAM) else {
        println!("skipped: {UPSTREAM} is absent (a user's clone has no ../shared)");
        return;
    };
    let vendored = operations_in(vendored());
    let missing: Vec<_> = operations_in(&upstream)
        .into_iter()
        .filter(|id| !vendored.contains(id) && !HAND_WRITTEN.contains(&id.as_str()))
        .collect();
    assert!(missing.is_empty(), "upstream operations with no method: {missing:?}");
}

/// Answers built from Clerk's own `example` values (the upstream spec has no
/// whole-response examples, only per-field ones) decode into every
/// operation's success type; failures name the JSON path.
#[test]
fn answers_built_from_clerks_examples_decode() {
    let Some(upstream) = load(UPSTREAM) else {
        println!("skipped: {UPSTREAM} is absent (a user's clone has no ../shared)");
        return;
    };
    let mut total = 0;
    let mut failures = Vec::new();
    for (id, decoder) in ops::DECODERS {
        for nulls in [false, true] {
            let sampler = Sampler { spec: &upstream, nulls, examples: true, drift: Drift::None };
            let Some((schema, _)) = sampler.success_schema(id) else { continue };
            total += 1;
            if let Err(e) = decoder(&sampler.sample(schema, 0)) {
                failures.push(format!("{id} (nulls: {nulls}) {e}"));
            }
        }
    }
    println!("decoded {} of {total} answers built from the upstream examples", total - failures.len());
    assert!(total > 400, "{total}");
    assert!(failures.is_empty(), "{} failed:\n{}", failures.len(), failures.join("\n"));
}

/// Answers that depart from the spec the ways live answers do decode into
/// every operation's success type, for each kind of drift.
#[test]
fn drifted_answers_decode_for_every_operation() {
    let kinds = [
        Drift::NullCollections,
        Drift::NoCollections,
        Drift::NoNullables,
        Drift::UntaggedUnions,
        Drift::HalfFilledUnions,
        Drift::OptionalInPractice,
    ];
    let mut failures = Vec::new();
    for drift in kinds {
        let mut total = 0;
        let mut changed = 0;
        for (id, decoder) in ops::DECODERS {
            let plain = Sampler { spec: vendored(), nulls: false, examples: false, drift: Drift::None };
            let drifted = Sampler { drift, ..plain };
            let (Some(before), Some(answer)) = (plain.answer(id), drifted.answer(id)) else { continue };
            total += 1;
            changed += usize::from(before != answer);
            if let Err(e) = decoder(&answer) {
                failures.push(format!("{id} ({drift:?}) {e}"));
            }
        }
        println!("{drift:?}: {total} answers, {changed} of them changed by the drift");
        // Each kind of drift must reach answers, or the test proves nothing.
        assert!(changed >= 5, "{drift:?} changed only {changed} answers");
    }
    assert!(failures.is_empty(), "{} failed:\n{}", failures.len(), failures.join("\n"));
}

/// Every field of the record of fields seen drifting is in the vendored
/// spec, under the schema named (a stale record would prove nothing).
#[test]
fn the_drift_record_names_real_fields() {
    let spec = vendored();
    for (schema, field) in sample::OPTIONAL_IN_PRACTICE {
        let plain = Sampler { spec, nulls: false, examples: false, drift: Drift::None };
        let value = match schema.split_once('#') {
            Some((op, _)) => plain.answer(op).unwrap_or_else(|| panic!("{schema}: no answer")),
            None => plain.sample(&json!({ "$ref": format!("#/components/schemas/{schema}") }), 0),
        };
        assert!(value.get(*field).is_some(), "{schema}.{field} is not in the vendored spec");
    }
}

fn user_answer() -> Value {
    let sampler = Sampler { spec: vendored(), nulls: false, examples: false, drift: Drift::None };
    sampler.sample(&json!({"$ref": "#/components/schemas/User"}), 0)
}

async fn upload_case(path: &str, http_method: &str, schema: &str, with_uploader: bool) -> MockServer {
    let server = MockServer::start_async().await;
    let sampler = Sampler { spec: vendored(), nulls: false, examples: false, drift: Drift::None };
    let answer = sampler.sample(&json!({ "$ref": format!("#/components/schemas/{schema}") }), 0);
    server
        .mock_async(|when, then| {
            let when = when
                .method(method(http_method))
                .path(format!("/v1{path}"))
                .header("authorization", "Bearer sk_test_contract")
                .header("clerk-api-version", "2026-05-12")
                .header_prefix("content-type", "multipart/form-data; boundary=")
                .body_includes("name=\"file\"; filename=\"logo.png\"")
                .body_includes("PNG\r\n")
                .body_includes("image/png");
            if with_uploader {
                when.body_includes("name=\"uploader_user_id\"").body_includes("user_9");
            }
            then.status(200).json_body(answer);
        })
        .await;
    server
}

fn png() -> Upload {
    Upload::from_bytes(b"\x89PNG\r\n\x1a\nfake".to_vec(), "logo.png", "image/png")
}

#[tokio::test]
async fn set_user_profile_image() {
    let server = upload_case("/users/p_user_id/profile_image", "POST", "User", false).await;
    let user = client(&server).users().set_profile_image("p_user_id", png()).send().await.expect("upload");
    assert_eq!(user.id, user_answer()["id"].as_str().expect("id"));
}

#[tokio::test]
async fn upload_organization_logo() {
    let server = upload_case("/organizations/p_organization_id/logo", "PUT", "OrganizationWithLogo", true).await;
    client(&server)
        .organizations()
        .upload_logo("p_organization_id", png())
        .uploader_user_id("user_9")
        .send()
        .await
        .expect("upload");
}

#[tokio::test]
async fn upload_oauth_application_logo() {
    let server = upload_case("/oauth_applications/p_oauth_application_id/logo", "PUT", "OAuthApplication", true).await;
    client(&server)
        .oauth_applications()
        .upload_logo("p_oauth_application_id", png())
        .uploader_user_id("user_9")
        .send()
        .await
        .expect("upload");
}

#[tokio::test]
async fn uploads_report_clerk_errors_and_refuse_bad_ids() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method(POST).path("/v1/users/u1/profile_image");
            then.status(413).json_body(json!({"errors": [{"code": "too_large", "message": "file too large"}]}));
        })
        .await;
    let clerk = client(&server);
    let err = clerk.users().set_profile_image("u1", png()).send().await.expect_err("413");
    assert_eq!(err.api().and_then(|a| a.code()), Some("too_large"));
    let err = clerk.users().set_profile_image("..", png()).send().await.expect_err("dot segment");
    assert!(err.is_never_sent(), "{err:?}");
}
