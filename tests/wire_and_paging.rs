//! What goes on the wire and what comes back across pages: only what the
//! caller set, integers for counts, `explode: false` arrays joined, page
//! sizes within each endpoint's maximum, and streams that follow the total.
//! The spec-decided lists (maxima, unexploded parameters) are read from the
//! vendored spec, so a regen that changes them fails here until handled.

mod common;

use clerk_backend_api::pagination::ListRequest;
use clerk_backend_api::{Clerk, RetryPolicy};
use common::fault::{FaultServer, Step};
use common::*;
use futures::TryStreamExt;
use httpmock::prelude::*;
use serde_json::{json, Value};
use std::collections::BTreeMap;

const VENDORED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/openapi/clerk-backend-api.yaml");

fn spec() -> Value {
    let text = std::fs::read_to_string(VENDORED).expect("the vendored spec is in the repository");
    serde_yaml_ng::from_str(&text).expect("the spec parses")
}

fn deref<'a>(doc: &'a Value, v: &'a Value) -> &'a Value {
    match v.get("$ref").and_then(Value::as_str).and_then(|r| r.strip_prefix('#')) {
        Some(p) => doc.pointer(p).expect("a $ref that resolves"),
        None => v,
    }
}

/// Every (operation id, parameter) of the spec, resolved.
fn parameters(doc: &Value) -> Vec<(String, Value)> {
    let mut out = Vec::new();
    for item in doc["paths"].as_object().expect("paths").values() {
        for op in item.as_object().expect("path item").values() {
            let Some(id) = op.get("operationId").and_then(Value::as_str) else { continue };
            for p in op.get("parameters").and_then(Value::as_array).into_iter().flatten() {
                out.push((id.to_string(), deref(doc, p).clone()));
            }
        }
    }
    out
}

fn organization(id: &str) -> Value {
    json!({
        "object": "organization", "id": id, "name": id, "slug": id, "has_image": false,
        "max_allowed_memberships": 5, "admin_delete_enabled": true, "public_metadata": {},
        "created_at": 1, "updated_at": 2
    })
}

fn api_key(i: usize) -> Value {
    json!({
        "object": "api_key", "id": format!("ak_{i:032x}"), "type": "api_key", "subject": "user_1",
        "name": "k", "claims": null, "scopes": [], "revoked": false, "revocation_reason": null,
        "expired": false, "expiration": null, "created_by": null, "last_used_at": null,
        "created_at": 1, "updated_at": 2
    })
}

fn no_retry(url: &str) -> Clerk {
    Clerk::builder().secret_key(KEY).base_url(url).retry_policy(RetryPolicy::none()).build().expect("builds")
}

/// The server serves at most 100 items a page whatever `limit` asks; the
/// total is 250. Before: the stream ended after the first 100.
#[tokio::test]
async fn a_capped_server_still_streams_every_item_up_to_the_total() {
    let server = MockServer::start_async().await;
    let mut pages = Vec::new();
    for (offset, ids) in [(0, 0..100), (100, 100..200), (200, 200..250)] {
        let data: Vec<Value> = ids.map(|i| organization(&format!("org_{i}"))).collect();
        pages.push(
            server
                .mock_async(|when, then| {
                    when.method(GET)
                        .path("/v1/organizations")
                        .query_param("limit", "500")
                        .query_param("offset", offset.to_string());
                    then.status(200).json_body(json!({ "data": data, "total_count": 250 }));
                })
                .await,
        );
    }
    let clerk = no_retry(&server.base_url());
    let items: Vec<_> = clerk.organizations().list().limit(500).stream().try_collect().await.expect("streams");
    assert_eq!(items.len(), 250);
    assert_eq!(items[0].id, "org_0");
    assert_eq!(items[249].id, "org_249");
    for page in &pages {
        page.assert_calls_async(1).await;
    }
}

/// A total that overstates the list cannot make the stream loop: an empty
/// page ends it.
#[tokio::test]
async fn an_empty_page_ends_the_stream_even_below_the_total() {
    let server = MockServer::start_async().await;
    let first = server
        .mock_async(|when, then| {
            when.method(GET).path("/v1/organizations").query_param("offset", "0");
            then.status(200).json_body(json!({ "data": [organization("org_a")], "total_count": 9 }));
        })
        .await;
    let empty = server
        .mock_async(|when, then| {
            when.method(GET).path("/v1/organizations").query_param("offset", "1");
            then.status(200).json_body(json!({ "data": [], "total_count": 9 }));
        })
        .await;
    let clerk = no_retry(&server.base_url());
    let items: Vec<_> = clerk.organizations().list().limit(3).stream().try_collect().await.expect("streams");
    assert_eq!(items.len(), 1);
    first.assert_calls_async(1).await;
    empty.assert_calls_async(1).await;
}

/// A bare-array list has no total: a short page is its end.
#[tokio::test]
async fn a_short_page_ends_a_list_without_total() {
    let server = MockServer::start_async().await;
    let only = server
        .mock_async(|when, then| {
            when.method(GET).path("/v1/invitations").query_param("offset", "0").query_param("limit", "2");
            then.status(200).json_body(json!([invitation("inv_1", "a@example.com", "pending")]));
        })
        .await;
    let clerk = no_retry(&server.base_url());
    let items: Vec<_> = clerk.invitations().list().limit(2).stream().try_collect().await.expect("streams");
    assert_eq!(items.len(), 1);
    only.assert_calls_async(1).await;
}

/// Each list's largest page comes from its `limit` maximum in the spec.
#[test]
fn page_maxima_come_from_the_spec() {
    let doc = spec();
    let maxima: BTreeMap<String, i64> = parameters(&doc)
        .into_iter()
        .filter(|(_, p)| p["name"] == "limit" && p["in"] == "query")
        .filter_map(|(id, p)| p.pointer("/schema/maximum").and_then(Value::as_f64).map(|m| (id, m as i64)))
        .collect();
    let below_500: Vec<(&str, i64)> =
        maxima.iter().filter(|(_, m)| **m < 500).map(|(id, m)| (id.as_str(), *m)).collect();
    assert_eq!(below_500, vec![("getApiKeys", 100), ("getM2MTokens", 100)]);
    let clerk = no_retry("http://127.0.0.1:9");
    for (id, max) in &maxima {
        let seen = match id.as_str() {
            "getApiKeys" => Some(clerk.api_keys().list().max_page_size()),
            "getM2MTokens" => Some(clerk.m2m().list_tokens().max_page_size()),
            "ListOrganizations" => Some(clerk.organizations().list().max_page_size()),
            "GetUserList" => Some(clerk.users().list().max_page_size()),
            _ => None,
        };
        if let Some(seen) = seen {
            assert_eq!(seen, *max, "{id}");
        }
    }
}

/// `.limit(500).stream()` on API keys asks for 100 (the endpoint's maximum),
/// and `limit`/`offset` are integers on the wire (before: `limit=10.0`).
#[tokio::test]
async fn api_key_pages_stay_within_100_and_counts_are_integers() {
    let server = FaultServer::start(vec![Step::Reply(
        200,
        vec![],
        json!({ "data": (0..3).map(api_key).collect::<Vec<_>>(), "total_count": 3 }).to_string(),
    )])
    .await;
    let clerk = no_retry(&server.url);
    let keys: Vec<_> =
        clerk.api_keys().list().subject("user_1").limit(500).stream().try_collect().await.expect("streams");
    assert_eq!(keys.len(), 3);
    clerk.api_keys().list().subject("user_1").limit(10).offset(0).send().await.expect("one page");
    let seen: Vec<String> = server.seen.lock().expect("lock").iter().map(|s| s.path.clone()).collect();
    assert_eq!(
        seen,
        vec![
            "/v1/api_keys?limit=100&offset=0&subject=user_1".to_string(),
            "/v1/api_keys?limit=10&offset=0&subject=user_1".to_string(),
        ]
    );
}

/// Every `explode: false` query parameter of the spec goes out comma-joined.
#[tokio::test]
async fn unexploded_arrays_are_joined_with_commas() {
    let doc = spec();
    let unexploded: Vec<(String, String)> = parameters(&doc)
        .into_iter()
        .filter(|(_, p)| p["in"] == "query" && p["explode"] == json!(false))
        .map(|(id, p)| (id, p["name"].as_str().expect("name").to_string()))
        .collect();
    assert_eq!(unexploded, vec![("ListAllOrganizationDomains".to_string(), "enrollment_mode".to_string())]);

    let server =
        FaultServer::start(vec![Step::Reply(200, vec![], json!({"data": [], "total_count": 0}).to_string())]).await;
    let clerk = no_retry(&server.url);
    use clerk_backend_api::types::ListAllOrganizationDomainsEnrollmentModeItem as Mode;
    clerk
        .organization_domains()
        .list_all()
        .enrollment_mode([
            "manual_invitation".parse::<Mode>().expect("a known mode"),
            "enterprise_sso".parse::<Mode>().expect("a known mode"),
        ])
        .domains(["a.example.com", "b.example.com"])
        .send()
        .await
        .expect("sends");
    let seen = server.seen.lock().expect("lock")[0].path.clone();
    assert_eq!(
        seen,
        "/v1/organization_domains?domains=a.example.com&domains=b.example.com\
         &enrollment_mode=manual_invitation%2Centerprise_sso"
    );
}

/// Array setters take a `Vec<String>`, an array of `&str`, a slice, or any
/// iterator of strings.
#[tokio::test]
async fn array_setters_take_what_callers_have() {
    let server = FaultServer::start(vec![Step::Reply(200, vec![], "[]".into())]).await;
    let clerk = no_retry(&server.url);
    let owned: Vec<String> = vec!["a@example.com".into()];
    clerk.users().list().email_address(owned).send().await.expect("vec");
    clerk.users().list().email_address(["b@example.com", "c@example.com"]).send().await.expect("array");
    let slice: &[&str] = &["d@example.com"];
    clerk.users().list().email_address(slice).send().await.expect("slice");
    clerk.users().list().email_address((0..2).map(|i| format!("u{i}@example.com"))).send().await.expect("iterator");
    let seen: Vec<String> = server.seen.lock().expect("lock").iter().map(|s| s.path.clone()).collect();
    assert_eq!(
        seen,
        vec![
            "/v1/users?email_address=a%40example.com",
            "/v1/users?email_address=b%40example.com&email_address=c%40example.com",
            "/v1/users?email_address=d%40example.com",
            "/v1/users?email_address=u0%40example.com&email_address=u1%40example.com",
        ]
    );
}

/// Bodies carry only what the caller set, even where the spec names a
/// default (before: `expires_in_seconds`, `type`, `token_format`,
/// `currency`, `default_token_ttl`, `identification_status` went out unasked).
#[tokio::test]
async fn bodies_carry_only_what_the_caller_set() {
    let server = MockServer::start_async().await;
    let clerk = no_retry(&server.base_url());
    let cases: Vec<(&str, Value)> = vec![
        ("/v1/actor_tokens", json!({"user_id": "user_1", "actor": {"sub": "user_2"}})),
        ("/v1/api_keys", json!({"name": "k", "subject": "user_1"})),
        ("/v1/m2m_tokens", json!({})),
        ("/v1/billing/prices", json!({"plan_id": "plan_1", "amount": 100})),
        ("/v1/machines", json!({"name": "worker"})),
    ];
    let mut mocks = Vec::new();
    for (path, body) in &cases {
        mocks.push(
            server
                .mock_async(|when, then| {
                    when.method(POST).path(*path).json_body(body.clone());
                    then.status(418);
                })
                .await,
        );
    }
    let actor: clerk_backend_api::types::CreateActorTokenBodyActor =
        serde_json::from_value(json!({"sub": "user_2"})).expect("actor");
    let results = [
        clerk.actor_tokens().create().body_map(|b| b.user_id("user_1").actor(actor)).send().await.err(),
        clerk.api_keys().create().body_map(|b| b.name("k").subject("user_1")).send().await.err(),
        clerk.m2m().create_token().body_map(|b| b).send().await.err(),
        clerk.billing().create_price().body_map(|b| b.plan_id("plan_1").amount(100)).send().await.err(),
        clerk.machines().create().body_map(|b| b.name("worker")).send().await.err(),
    ];
    for (err, (path, _)) in results.iter().zip(&cases) {
        let status = err.as_ref().and_then(|e| e.status()).map(|s| s.as_u16());
        assert_eq!(status, Some(418), "{path}: the exact body matched");
    }
    for m in &mocks {
        m.assert_calls_async(1).await;
    }
    // A PUT with a defaulted enum: only the address goes out.
    let put = server
        .mock_async(|when, then| {
            when.method(PUT)
                .path("/v1/users/user_1/email_address")
                .json_body(json!({"email_address": "ada@example.com"}));
            then.status(418);
        })
        .await;
    let err = clerk
        .email_addresses()
        .replace_for_user("user_1")
        .body_map(|b| b.email_address("ada@example.com"))
        .send()
        .await
        .expect_err("418");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(418));
    put.assert_calls_async(1).await;
}
