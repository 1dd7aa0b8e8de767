//! The eight lists Clerk answers as a bare array unless asked with
//! `paginated=true`, which turns the answer into `{data, total_count}`. No
//! builder sets that flag but `send_page()` and `stream()`: `send()` gets
//! and decodes the bare array, the other two the wrapped list. Each list is
//! served by httpmock, the shape chosen by the `paginated` query parameter.

mod common;

#[path = "contract/sample.rs"]
#[allow(dead_code)]
mod sample;

use common::clerk;
use futures::TryStreamExt;
use httpmock::prelude::*;
use sample::{Drift, Sampler};
use serde_json::{json, Value};

fn spec() -> Value {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/openapi/clerk-backend-api.yaml"))
        .expect("the vendored spec");
    serde_yaml_ng::from_str(&text).expect("YAML")
}

/// One item of `operation`'s answer, sampled from the spec, with `field`
/// set to `value` so the test can find it again.
fn item(spec: &Value, operation: &str, field: &str, value: &str) -> Value {
    let sampler = Sampler { spec, nulls: false, examples: false, drift: Drift::None };
    let mut answer = sampler.answer(operation).expect("a JSON answer");
    let mut item = answer.as_array_mut().and_then(|a| a.pop()).expect("a bare array of one item");
    item[field] = json!(value);
    item
}

/// Stubs `path`: a bare array without `paginated`; with `paginated=true`,
/// `{data, total_count: 41}` for a page with no offset and
/// `{data, total_count: 1}` for the stream's `offset=0`. Returns the three
/// mocks in that order.
async fn stub<'a>(server: &'a MockServer, path: &str, item: &Value) -> [httpmock::Mock<'a>; 3] {
    let bare = server
        .mock_async(|when, then| {
            when.method(GET).path(path).query_param_missing("paginated");
            then.status(200).json_body(json!([item]));
        })
        .await;
    let page = server
        .mock_async(|when, then| {
            when.method(GET).path(path).query_param("paginated", "true").query_param_missing("offset");
            then.status(200).json_body(json!({"data": [item], "total_count": 41}));
        })
        .await;
    let streamed = server
        .mock_async(|when, then| {
            when.method(GET).path(path).query_param("paginated", "true").query_param("offset", "0");
            then.status(200).json_body(json!({"data": [item], "total_count": 1}));
        })
        .await;
    [bare, page, streamed]
}

/// For one list: `send()` decodes the bare array, `send_page()` the wrapped
/// list with its total, `stream()` the wrapped list to its total; each
/// stub answers exactly once.
macro_rules! check_list {
    ($operation:literal, $path:literal, $field:literal = $value:literal, |$item:ident| $read:expr, |$clerk:ident| $request:expr) => {{
        let spec = spec();
        let server = MockServer::start_async().await;
        let $clerk = clerk(&server);
        let stubs = stub(&server, $path, &item(&spec, $operation, $field, $value)).await;

        let items = $request.send().await.expect(concat!($operation, ": send() decodes the bare array"));
        assert_eq!(items.iter().map(|$item| $read).collect::<Vec<Option<&str>>>(), [Some($value)]);

        let page = $request.send_page().await.expect(concat!($operation, ": send_page() decodes"));
        assert_eq!(page.total_count, Some(41), $operation);
        assert_eq!(page.items.iter().map(|$item| $read).collect::<Vec<Option<&str>>>(), [Some($value)]);

        let all: Vec<_> = $request.stream().try_collect().await.expect(concat!($operation, ": stream() decodes"));
        assert_eq!(all.iter().map(|$item| $read).collect::<Vec<Option<&str>>>(), [Some($value)]);

        for (stub, what) in stubs.iter().zip(["bare", "page", "stream"]) {
            assert_eq!(stub.calls_async().await, 1, "{}: the {what} stub", $operation);
        }
    }};
}

#[tokio::test]
async fn list_invitations() {
    check_list!("ListInvitations", "/v1/invitations", "id" = "inv_1", |i| Some(i.id.as_str()), |c| c
        .invitations()
        .list());
}

#[tokio::test]
async fn get_session_list() {
    check_list!("GetSessionList", "/v1/sessions", "id" = "sess_1", |i| Some(i.id.as_str()), |c| c
        .sessions()
        .list()
        .user_id("user_1"));
}

#[tokio::test]
async fn get_client_list() {
    check_list!("GetClientList", "/v1/clients", "id" = "client_1", |i| Some(i.id.as_str()), |c| c.clients().list());
}

#[tokio::test]
async fn get_template_list() {
    check_list!("GetTemplateList", "/v1/templates/email", "slug" = "welcome", |i| i.slug.as_deref(), |c| c
        .email_sms_templates()
        .list("email"));
}

#[tokio::test]
async fn get_oauth_access_token() {
    check_list!(
        "GetOAuthAccessToken",
        "/v1/users/user_1/oauth_access_tokens/oauth_google",
        "external_account_id" = "eac_1",
        |i| Some(i.external_account_id.as_str()),
        |c| c.users().get_oauth_access_token("user_1", "oauth_google")
    );
}

#[tokio::test]
async fn list_allowlist_identifiers() {
    check_list!(
        "ListAllowlistIdentifiers",
        "/v1/allowlist_identifiers",
        "identifier" = "a@example.com",
        |i| i.identifier.as_deref(),
        |c| c.allowlist_identifiers().list()
    );
}

#[tokio::test]
async fn list_jwt_templates() {
    check_list!("ListJWTTemplates", "/v1/jwt_templates", "id" = "jtmp_1", |i| Some(i.id.as_str()), |c| c
        .jwt_templates()
        .list());
}

#[tokio::test]
async fn list_redirect_urls() {
    check_list!("ListRedirectURLs", "/v1/redirect_urls", "id" = "redirect_1", |i| Some(i.id.as_str()), |c| c
        .redirect_urls()
        .list());
}

/// No generated builder has a `paginated` setter (before: every list that
/// takes the flag had one, and `.paginated(true).send()` failed to decode).
#[test]
fn no_builder_sets_paginated() {
    let source = clerk_backend_api::GENERATED_SOURCE;
    assert!(source.contains("self.paginated = Ok(Some(true));"), "send_page() still asks for the wrapped list");
    assert_eq!(source.matches("pub fn paginated<").count(), 0);
}
