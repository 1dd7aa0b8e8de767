//! What a caller sees when a call fails, and that the secret key never shows.

mod common;

use clerk_backend_api::{Clerk, Error};
use common::*;
use httpmock::prelude::*;
use serde_json::json;
use std::time::Duration;

#[tokio::test]
async fn a_422_with_clerk_errors_reads_as_an_api_error() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method(POST).path("/v1/invitations");
            then.status(422).header("clerk-trace-id", "header_trace").json_body(json!({
                "errors": [{
                    "code": "form_identifier_exists",
                    "message": "is taken",
                    "long_message": "That email address is taken. Please try another.",
                    "meta": {"param_name": "email_address"}
                }],
                "clerk_trace_id": "body_trace"
            }));
        })
        .await;
    let err = clerk(&server)
        .invitations()
        .create()
        .body_map(|b| b.email_address("ada@example.com"))
        .send()
        .await
        .expect_err("422 is an error");
    let api = err.api().expect("an API error");
    assert_eq!(api.status.as_u16(), 422);
    assert_eq!(api.errors.len(), 1);
    assert_eq!(api.errors[0].code, "form_identifier_exists");
    assert_eq!(api.errors[0].message, "is taken");
    assert_eq!(api.errors[0].long_message.as_deref(), Some("That email address is taken. Please try another."));
    assert_eq!(api.errors[0].meta, Some(json!({"param_name": "email_address"})));
    assert_eq!(api.trace_id.as_deref(), Some("body_trace"), "the body's trace id wins over the header");
    assert_eq!(api.code(), Some("form_identifier_exists"));
    assert!(api.raw_body.is_none());
    let line = err.to_string();
    assert_eq!(
        line,
        "CreateInvitation: Clerk answered 422 Unprocessable Entity: form_identifier_exists: \
         That email address is taken. Please try another. [trace body_trace]"
    );
    assert!(!line.contains('\n'));
}

#[tokio::test]
async fn an_undeclared_status_still_reads_clerk_errors_and_the_header_trace() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method(GET).path("/v1/users/user_1");
            then.status(409).header("Clerk-Trace-Id", "from_header").json_body(json!({
                "errors": [{"code": "conflict", "message": "busy"}]
            }));
        })
        .await;
    let err = clerk(&server).users().get("user_1").send().await.expect_err("409");
    let api = err.api().expect("API error");
    assert_eq!(api.status.as_u16(), 409);
    assert_eq!(api.errors[0].code, "conflict");
    assert_eq!(api.errors[0].long_message, None);
    assert_eq!(api.trace_id.as_deref(), Some("from_header"));
}

#[tokio::test]
async fn a_429_exposes_retry_after() {
    let server = MockServer::start_async().await;
    let m = server
        .mock_async(|when, then| {
            when.method(GET).path("/v1/invitations");
            then.status(429).header("retry-after", "17").json_body(json!({
                "errors": [{"code": "too_many_requests", "message": "slow down"}]
            }));
        })
        .await;
    // Retries are off in `clerk()`: exactly one request, then the error.
    let err = clerk(&server).invitations().list().send().await.expect_err("429");
    m.assert_calls_async(1).await;
    let api = err.api().expect("API error");
    assert_eq!(api.status.as_u16(), 429);
    assert_eq!(api.retry_after, Some(Duration::from_secs(17)));
    assert_eq!(api.code(), Some("too_many_requests"));
}

#[tokio::test]
async fn an_html_502_from_a_proxy_keeps_its_body() {
    let server = MockServer::start_async().await;
    let page = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    server
        .mock_async(|when, then| {
            when.method(GET).path("/v1/users/user_1");
            then.status(502).header("content-type", "text/html").body(page);
        })
        .await;
    let err = clerk(&server).users().get("user_1").send().await.expect_err("502");
    let api = err.api().expect("a 502 is an API error, not a decode failure");
    assert_eq!(api.status.as_u16(), 502);
    assert!(api.errors.is_empty());
    assert_eq!(api.raw_body.as_deref(), Some(page));
    assert!(err.to_string().contains("502 Bad Gateway"), "{err}");
}

#[tokio::test]
async fn a_declared_error_status_with_a_non_json_body_is_an_api_error() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method(POST).path("/v1/invitations");
            then.status(400).body("bad request, in plain text");
        })
        .await;
    let err =
        clerk(&server).invitations().create().body_map(|b| b.email_address("a@b.co")).send().await.expect_err("400");
    let api = err.api().expect("API error");
    assert_eq!(api.status.as_u16(), 400);
    assert_eq!(api.raw_body.as_deref(), Some("bad request, in plain text"));
}

#[tokio::test]
async fn an_invalid_json_200_is_a_decode_error_with_the_body() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method(GET).path("/v1/users/user_1");
            then.status(200).header("content-type", "application/json").body("{\"id\": \"user_1\", ");
        })
        .await;
    let err = clerk(&server).users().get("user_1").send().await.expect_err("bad JSON");
    match &err {
        Error::Decode { operation, status, body, .. } => {
            assert_eq!(*operation, "GetUser");
            assert_eq!(status.map(|s| s.as_u16()), Some(200));
            assert_eq!(&body[..], b"{\"id\": \"user_1\", ");
        }
        other => panic!("expected Decode, got {other:?}"),
    }
}

#[tokio::test]
async fn a_body_that_is_not_utf8_is_a_decode_error_saying_where() {
    let server = MockServer::start_async().await;
    // Valid JSON up to a string holding a lone 0xFF byte, at offset 7.
    let bytes: &[u8] = b"{\"id\":\"\xffuser\"}";
    server
        .mock_async(|when, then| {
            when.method(GET).path("/v1/users/user_1");
            then.status(200).header("content-type", "application/json").body(bytes);
        })
        .await;
    let err = clerk(&server).users().get("user_1").send().await.expect_err("not UTF-8");
    match &err {
        Error::Decode { operation, body, source, .. } => {
            assert_eq!(*operation, "GetUser");
            assert_eq!(&body[..], bytes);
            let why = source.to_string();
            assert!(why.contains("not UTF-8") && why.contains("offset 7"), "{why}");
        }
        other => panic!("expected Decode, got {other:?}"),
    }
}

#[tokio::test]
async fn a_missing_required_body_field_is_never_sent() {
    let server = MockServer::start_async().await;
    let m = server
        .mock_async(|when, then| {
            when.any_request();
            then.status(200);
        })
        .await;
    let err = clerk(&server).invitations().create().body_map(|b| b.notify(true)).send().await.expect_err("no email");
    assert!(matches!(err, Error::InvalidRequest { .. }), "{err:?}");
    assert!(err.is_never_sent());
    assert!(err.to_string().contains("email_address"), "{err}");
    m.assert_calls_async(0).await;
}

#[tokio::test]
async fn path_parameters_cannot_change_the_endpoint() {
    let server = MockServer::start_async().await;
    let escaped = server
        .mock_async(|when, then| {
            when.method(GET).path("/v1/users/..%2Fusers%3Fx%3D1");
            then.status(200).json_body(json!({"id": "user_1", "object": "user"}));
        })
        .await;
    let other = server
        .mock_async(|when, then| {
            when.method(GET).path("/v1/users");
            then.status(200).json_body(json!([]));
        })
        .await;
    let clerk = clerk(&server);
    // The id travels escaped inside its own segment.
    let _ = clerk.users().get("../users?x=1").send().await;
    escaped.assert_calls_async(1).await;
    for bad in ["..", ".", ""] {
        let err = clerk.users().get(bad).send().await.expect_err("dot segments are refused");
        assert!(err.is_never_sent(), "{bad:?}: {err:?}");
        assert!(err.to_string().contains("user_id"), "{err}");
    }
    other.assert_calls_async(0).await;
}

#[test]
fn building_rejects_bad_settings_without_echoing_the_key() {
    let empty = Clerk::builder().secret_key("  ").build().expect_err("empty key");
    assert!(matches!(empty, Error::Config { .. }));
    let bad = Clerk::builder().secret_key("sk_test_new\nline").build().expect_err("newline");
    assert!(!format!("{bad} {bad:?}").contains("sk_test_new"), "{bad}");
    let url = Clerk::builder().secret_key(KEY).base_url("ftp://example.com").build().expect_err("scheme");
    assert!(url.to_string().contains("http"), "{url}");
    assert!(Clerk::builder().build().is_err(), "no key at all");
}

#[tokio::test]
async fn the_secret_never_shows_in_debug_or_errors() {
    let secret = "sk_live_TopSecretValue42";
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method(GET).path("/v1/users/user_1");
            then.status(401).json_body(json!({"errors": [{"code": "authentication_invalid", "message": "bad key"}]}));
        })
        .await;
    let builder = Clerk::builder().secret_key(secret).base_url(server.base_url());
    assert!(!format!("{builder:?}").contains(secret));
    let clerk = builder.build().expect("builds");
    assert!(!format!("{clerk:?}").contains(secret), "{clerk:?}");
    assert!(!format!("{:?}", clerk.with_retry(clerk_backend_api::RetryPolicy::none())).contains(secret));

    let api = clerk.users().get("user_1").send().await.expect_err("401");
    // Nothing listens on port 9: a transport error.
    let offline = Clerk::builder()
        .secret_key(secret)
        .base_url("http://127.0.0.1:9")
        .retry_policy(clerk_backend_api::RetryPolicy::none())
        .build()
        .expect("builds");
    let transport = offline.users().get("user_1").send().await.expect_err("refused");
    for err in [api, transport] {
        let shown = format!("{err} | {err:?} | {:?}", std::error::Error::source(&err));
        assert!(!shown.contains(secret), "{shown}");
        assert!(!shown.contains("TopSecret"), "{shown}");
    }
}

#[tokio::test]
async fn errors_convert_into_anyhow_and_boxed_errors() {
    async fn with_anyhow(clerk: &Clerk) -> anyhow::Result<()> {
        clerk.users().get("user_1").send().await?;
        Ok(())
    }
    async fn with_box(clerk: &Clerk) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
        clerk.users().get("user_1").send().await?;
        Ok(())
    }
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.any_request();
            then.status(404).json_body(json!({"errors": [{"code": "resource_not_found", "message": "not found"}]}));
        })
        .await;
    let clerk = clerk(&server);
    let a = with_anyhow(&clerk).await.expect_err("404");
    assert_eq!(a.downcast_ref::<Error>().and_then(Error::status).map(|s| s.as_u16()), Some(404));
    let b = with_box(&clerk).await.expect_err("404");
    assert!(b.to_string().contains("resource_not_found"), "{b}");
}

#[test]
fn from_env_reads_the_key_and_the_url() {
    // The only test in this binary that touches these variables.
    std::env::set_var("CLERK_SECRET_KEY", "sk_test_from_env");
    std::env::set_var("CLERK_API_URL", "http://127.0.0.1:4010/v1/");
    let clerk = Clerk::from_env().expect("builds from the environment");
    assert_eq!(clerk.base_url(), "http://127.0.0.1:4010/v1");
    std::env::remove_var("CLERK_API_URL");
    assert_eq!(Clerk::from_env().expect("builds").base_url(), "https://api.clerk.com/v1");
    // A host, as Clerk's other SDKs read it: the version path is added
    // (before: requests went to https://api.clerk.com/users, a 404).
    std::env::set_var("CLERK_API_URL", "https://api.clerk.com");
    assert_eq!(Clerk::from_env().expect("builds").base_url(), "https://api.clerk.com/v1");
    std::env::set_var("CLERK_API_VERSION", "v2");
    assert_eq!(Clerk::from_env().expect("builds").base_url(), "https://api.clerk.com/v2");
    std::env::set_var("CLERK_API_URL", "https://proxy.example.com/clerk/v1");
    assert_eq!(Clerk::from_env().expect("builds").base_url(), "https://proxy.example.com/clerk/v1");
    std::env::remove_var("CLERK_API_VERSION");
    // Errors name the variable and never echo its value.
    std::env::set_var("CLERK_API_URL", "ftp://user:hunter2@files.example.com");
    let err = Clerk::from_env().expect_err("not http");
    let text = err.to_string();
    assert!(text.contains("CLERK_API_URL") && !text.contains("hunter2") && !text.contains("files.example"), "{text}");
    std::env::remove_var("CLERK_API_URL");
    std::env::set_var("CLERK_API_VERSION", "../admin");
    let text = Clerk::from_env().expect_err("bad version").to_string();
    assert!(text.contains("CLERK_API_VERSION") && !text.contains("admin"), "{text}");
    std::env::remove_var("CLERK_API_VERSION");
    std::env::set_var("CLERK_SECRET_KEY", "sk_test_bad\nkey_s3cr3t");
    let text = Clerk::from_env().expect_err("bad key").to_string();
    assert!(text.contains("CLERK_SECRET_KEY") && !text.contains("s3cr3t"), "{text}");
    std::env::remove_var("CLERK_SECRET_KEY");
    let err = Clerk::from_env().expect_err("no key");
    assert!(matches!(err, Error::Config { .. }) && err.to_string().contains("CLERK_SECRET_KEY"), "{err}");
}

#[test]
fn a_base_url_without_a_path_gets_the_version_path() {
    let build =
        |url: &str| Clerk::builder().secret_key("sk_test_x").base_url(url).build().map(|c| c.base_url().to_string());
    assert_eq!(build("https://api.clerk.com").expect("host"), "https://api.clerk.com/v1");
    assert_eq!(build("https://api.clerk.com/").expect("host/"), "https://api.clerk.com/v1");
    assert_eq!(build("http://127.0.0.1:8080").expect("loopback"), "http://127.0.0.1:8080/v1");
    assert_eq!(build("https://api.clerk.com/v1").expect("with path"), "https://api.clerk.com/v1");
    assert_eq!(build("https://proxy.example.com/clerk/v1/").expect("proxy"), "https://proxy.example.com/clerk/v1");
    let custom = Clerk::builder().secret_key("sk_test_x").base_url("http://localhost:9").api_version_path("v9").build();
    assert_eq!(custom.expect("custom version").base_url(), "http://localhost:9/v9");
    assert!(build("https://api.clerk.com?x=1").is_err(), "a query is refused");
}
