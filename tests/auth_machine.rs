//! Opaque machine tokens (API keys, M2M and OAuth tokens) verified against a
//! mock Backend API: literal request bodies, Clerk's answers mapped to
//! signed in / signed out / error, and request counts.

mod common;

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use clerk_backend_api::auth::{AuthError, AuthenticateOptions, RequestState, SignedOutReason, TokenType};
use clerk_backend_api::Clerk;
use common::*;
use http::{HeaderMap, HeaderValue};
use httpmock::prelude::*;
use serde_json::{json, Value};

const API_KEY: &str = "ak_2zTmOqWvL8cXy1PqRsT4uV";
const M2M_TOKEN: &str = "mt_2zTmOqWvL8cXy1PqRsT4uV";
const OAUTH_TOKEN: &str = "oat_2zTmOqWvL8cXy1PqRsT4uV";

fn now_ms() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_millis() as i64
}

fn bearer(token: &str) -> HeaderMap {
    let mut headers = HeaderMap::new();
    headers.insert("authorization", HeaderValue::from_str(&format!("Bearer {token}")).unwrap());
    headers
}

fn api_key_answer(changes: Value) -> Value {
    let mut body = json!({
        "object": "api_key", "id": "ak_id_2abc", "type": "api_key", "name": "billing-sync",
        "subject": "user_2abc", "scopes": ["invoices:read", "invoices:write"],
        "claims": {"tier": "gold"}, "revoked": false, "revocation_reason": null, "expired": false,
        "expiration": now_ms() + 3_600_000, "created_by": "user_2abc", "description": null,
        "last_used_at": null, "created_at": 1_700_000_000_000_i64, "updated_at": 1_700_000_000_000_i64
    });
    merge(&mut body, changes);
    body
}

fn m2m_answer(changes: Value) -> Value {
    let mut body = json!({
        "object": "machine_to_machine_token", "id": "mt_id_2abc", "subject": "mch_2sender",
        "scopes": ["mch_2receiver"], "claims": {"job": "nightly"}, "revoked": false,
        "revocation_reason": null, "expired": false, "expiration": null, "last_used_at": null,
        "created_at": 1_700_000_000_000_i64, "updated_at": 1_700_000_000_000_i64
    });
    merge(&mut body, changes);
    body
}

fn oauth_answer(changes: Value) -> Value {
    let mut body = json!({
        "object": "clerk_idp_oauth_access_token", "id": "oat_id_2abc", "client_id": "client_2app",
        "subject": "user_2abc", "scopes": ["profile", "email"], "revoked": false,
        "revocation_reason": null, "expired": false, "expiration": now_ms() + 60_000,
        "created_at": 1_700_000_000_000_i64, "updated_at": 1_700_000_000_000_i64
    });
    merge(&mut body, changes);
    body
}

fn merge(body: &mut Value, changes: Value) {
    for (k, v) in changes.as_object().unwrap() {
        body[k] = v.clone();
    }
}

/// Mocks one verify operation with a literal body and a given answer.
async fn mock_verify<'a>(
    server: &'a MockServer,
    path: &str,
    body: Value,
    status: u16,
    answer: Value,
) -> httpmock::Mock<'a> {
    let path = path.to_string();
    server
        .mock_async(move |when, then| {
            with_clerk_headers(when.method(POST).path(path).json_body(body));
            then.status(status).header("content-type", "application/json").json_body(answer);
        })
        .await
}

fn any_kind() -> AuthenticateOptions {
    AuthenticateOptions::new().accepts_any_token()
}

async fn run(clerk: &Clerk, token: &str, opts: &AuthenticateOptions) -> Result<RequestState, AuthError> {
    clerk.authenticate_request(&bearer(token), opts).await
}

#[tokio::test]
async fn api_key_is_verified_by_clerk() {
    let server = MockServer::start_async().await;
    let mock =
        mock_verify(&server, "/v1/api_keys/verify", json!({"secret": API_KEY}), 200, api_key_answer(json!({}))).await;
    let clerk = clerk(&server);
    let headers = bearer(API_KEY);

    // The snippet from the issue, as written.
    use clerk_backend_api::auth::{AuthenticateOptions, TokenType};
    let opts = AuthenticateOptions::new().accepts_token([TokenType::SessionToken, TokenType::ApiKey]);
    let state = clerk.authenticate_request(&headers, &opts).await.unwrap();
    if state.is_signed_in() {
        println!("{:?} {:?}", state.token_type(), state.subject()); // Some(ApiKey) Some("user_...")
    }

    assert_eq!(state.token_type(), Some(TokenType::ApiKey));
    assert_eq!(state.subject(), Some("user_2abc"));
    assert_eq!(state.claims(), None);
    let key = state.machine().unwrap();
    assert_eq!(key.id(), Some("ak_id_2abc"));
    assert_eq!(key.name(), Some("billing-sync"));
    assert_eq!(key.scopes(), ["invoices:read", "invoices:write"]);
    assert_eq!(key.claims().get("tier"), Some(&json!("gold")));
    assert!(key.expires_at().is_some());
    mock.assert_calls_async(1).await;
}

#[tokio::test]
async fn m2m_token_is_verified_by_clerk() {
    let server = MockServer::start_async().await;
    let mock =
        mock_verify(&server, "/v1/m2m_tokens/verify", json!({"token": M2M_TOKEN}), 200, m2m_answer(json!({}))).await;
    let clerk = clerk(&server);
    let opts = AuthenticateOptions::new().accepts_token([TokenType::M2mToken]);
    let state = run(&clerk, M2M_TOKEN, &opts).await.unwrap();
    assert_eq!(state.token_type(), Some(TokenType::M2mToken));
    assert_eq!(state.subject(), Some("mch_2sender"));
    let token = state.machine().unwrap();
    assert_eq!(token.id(), Some("mt_id_2abc"));
    assert_eq!(token.scopes(), ["mch_2receiver"]);
    assert_eq!(token.claims().get("job"), Some(&json!("nightly")));
    assert_eq!(token.expires_at(), None);
    mock.assert_calls_async(1).await;
}

#[tokio::test]
async fn oauth_token_is_verified_by_clerk() {
    let server = MockServer::start_async().await;
    let mock = mock_verify(
        &server,
        "/v1/oauth_applications/access_tokens/verify",
        json!({"access_token": OAUTH_TOKEN}),
        200,
        oauth_answer(json!({})),
    )
    .await;
    let clerk = clerk(&server);
    let opts = AuthenticateOptions::new().accepts_token([TokenType::OAuthToken]);
    let state = run(&clerk, OAUTH_TOKEN, &opts).await.unwrap();
    assert_eq!(state.token_type(), Some(TokenType::OAuthToken));
    assert_eq!(state.subject(), Some("user_2abc"));
    let token = state.machine().unwrap();
    assert_eq!(token.client_id(), Some("client_2app"));
    assert!(token.has_scope("email"));
    mock.assert_calls_async(1).await;

    // The raw-token entry point takes the same path.
    let state = clerk.verify_token(OAUTH_TOKEN, &opts).await.unwrap();
    assert_eq!(state.subject(), Some("user_2abc"));
    mock.assert_calls_async(2).await;
}

#[tokio::test]
async fn unknown_tokens_are_signed_out() {
    let server = MockServer::start_async().await;
    let not_found = clerk_error("resource_not_found", "not found");
    let api = mock_verify(&server, "/v1/api_keys/verify", json!({"secret": API_KEY}), 404, not_found.clone()).await;
    let m2m = mock_verify(&server, "/v1/m2m_tokens/verify", json!({"token": M2M_TOKEN}), 404, not_found.clone()).await;
    let oauth = mock_verify(
        &server,
        "/v1/oauth_applications/access_tokens/verify",
        json!({"access_token": OAUTH_TOKEN}),
        404,
        not_found,
    )
    .await;
    let clerk = clerk(&server);
    for token in [API_KEY, M2M_TOKEN, OAUTH_TOKEN] {
        let state = run(&clerk, token, &any_kind()).await.unwrap();
        assert_eq!(state, RequestState::SignedOut(SignedOutReason::TokenNotFound), "{token}");
    }
    api.assert_calls_async(1).await;
    m2m.assert_calls_async(1).await;
    oauth.assert_calls_async(1).await;
}

#[tokio::test]
async fn revoked_and_expired_tokens_are_signed_out() {
    let server = MockServer::start_async().await;
    let clerk = clerk(&server);
    let body = json!({"secret": API_KEY});

    let mut mock = mock_verify(
        &server,
        "/v1/api_keys/verify",
        body.clone(),
        200,
        api_key_answer(json!({"revoked": true, "revocation_reason": "leaked"})),
    )
    .await;
    assert_eq!(run(&clerk, API_KEY, &any_kind()).await.unwrap().reason(), Some(SignedOutReason::TokenRevoked));
    mock.delete_async().await;

    mock =
        mock_verify(&server, "/v1/api_keys/verify", body.clone(), 200, api_key_answer(json!({"expired": true}))).await;
    assert_eq!(run(&clerk, API_KEY, &any_kind()).await.unwrap().reason(), Some(SignedOutReason::Expired));
    mock.delete_async().await;

    // Clerk says not expired, but the expiration (milliseconds) has passed.
    mock = mock_verify(
        &server,
        "/v1/api_keys/verify",
        body.clone(),
        200,
        api_key_answer(json!({"expiration": now_ms() - 60_000})),
    )
    .await;
    assert_eq!(run(&clerk, API_KEY, &any_kind()).await.unwrap().reason(), Some(SignedOutReason::Expired));
    mock.delete_async().await;

    let m2m = mock_verify(
        &server,
        "/v1/m2m_tokens/verify",
        json!({"token": M2M_TOKEN}),
        200,
        m2m_answer(json!({"revoked": true})),
    )
    .await;
    assert_eq!(run(&clerk, M2M_TOKEN, &any_kind()).await.unwrap().reason(), Some(SignedOutReason::TokenRevoked));
    m2m.assert_calls_async(1).await;

    let oauth = mock_verify(
        &server,
        "/v1/oauth_applications/access_tokens/verify",
        json!({"access_token": OAUTH_TOKEN}),
        200,
        oauth_answer(json!({"expired": true})),
    )
    .await;
    assert_eq!(run(&clerk, OAUTH_TOKEN, &any_kind()).await.unwrap().reason(), Some(SignedOutReason::Expired));
    oauth.assert_calls_async(1).await;
}

#[tokio::test]
async fn invalid_answers_are_signed_out() {
    let server = MockServer::start_async().await;
    let clerk = clerk(&server);
    let mut mock = mock_verify(
        &server,
        "/v1/api_keys/verify",
        json!({"secret": API_KEY}),
        422,
        clerk_error("form_param_format_invalid", "is invalid"),
    )
    .await;
    assert_eq!(run(&clerk, API_KEY, &any_kind()).await.unwrap().reason(), Some(SignedOutReason::TokenInvalid));
    mock.delete_async().await;
    mock = mock_verify(
        &server,
        "/v1/api_keys/verify",
        json!({"secret": API_KEY}),
        400,
        clerk_error("bad_request", "bad request"),
    )
    .await;
    assert_eq!(run(&clerk, API_KEY, &any_kind()).await.unwrap().reason(), Some(SignedOutReason::TokenInvalid));
    mock.assert_calls_async(1).await;

    // An OAuth introspection-style "not active" answer.
    let oauth = mock_verify(
        &server,
        "/v1/oauth_applications/access_tokens/verify",
        json!({"access_token": OAUTH_TOKEN}),
        200,
        json!({"active": false}),
    )
    .await;
    assert_eq!(run(&clerk, OAUTH_TOKEN, &any_kind()).await.unwrap().reason(), Some(SignedOutReason::TokenInvalid));
    oauth.assert_calls_async(1).await;
}

#[tokio::test]
async fn server_errors_are_errors_not_sign_ins() {
    let server = MockServer::start_async().await;
    let clerk = clerk(&server);
    let mock =
        mock_verify(&server, "/v1/api_keys/verify", json!({"secret": API_KEY}), 500, clerk_error("internal", "boom"))
            .await;
    let error = run(&clerk, API_KEY, &any_kind()).await.unwrap_err();
    assert!(
        matches!(&error, AuthError::MachineVerify { token_type: TokenType::ApiKey, status: Some(500), .. }),
        "{error:?}"
    );
    // One try: no retry loop inside a request.
    mock.assert_calls_async(1).await;
    // Neither the token nor the secret key shows.
    for text in [error.to_string(), format!("{error:?}")] {
        assert!(!text.contains(API_KEY), "{text}");
        assert!(!text.contains(KEY), "{text}");
    }

    // A 401 means this server's secret key is wrong: an error, not "signed out".
    let m2m = mock_verify(
        &server,
        "/v1/m2m_tokens/verify",
        json!({"token": M2M_TOKEN}),
        401,
        clerk_error("authentication_invalid", "unauthorized"),
    )
    .await;
    let error = run(&clerk, M2M_TOKEN, &any_kind()).await.unwrap_err();
    assert!(matches!(error, AuthError::MachineVerify { status: Some(401), .. }), "{error:?}");
    m2m.assert_calls_async(1).await;

    let oauth = mock_verify(
        &server,
        "/v1/oauth_applications/access_tokens/verify",
        json!({"access_token": OAUTH_TOKEN}),
        503,
        json!({}),
    )
    .await;
    let error = run(&clerk, OAUTH_TOKEN, &any_kind()).await.unwrap_err();
    assert!(matches!(error, AuthError::MachineVerify { status: Some(503), .. }), "{error:?}");
    oauth.assert_calls_async(1).await;
}

#[tokio::test]
async fn slow_and_unreachable_clerk_are_errors() {
    let server = MockServer::start_async().await;
    let clerk = clerk(&server);
    let answer = api_key_answer(json!({}));
    let slow = server
        .mock_async(move |when, then| {
            when.method(POST).path("/v1/api_keys/verify");
            then.status(200).delay(Duration::from_secs(3)).json_body(answer);
        })
        .await;
    let opts = any_kind().verify_timeout(Duration::from_millis(200));
    assert_eq!(opts.verify_timeout_value(), Duration::from_millis(200));
    let error = run(&clerk, API_KEY, &opts).await.unwrap_err();
    assert_eq!(
        error,
        AuthError::MachineVerify {
            token_type: TokenType::ApiKey,
            status: None,
            message: "no answer within 200 ms".into()
        }
    );
    slow.assert_calls_async(1).await;

    // Nothing listens on port 9 of the loopback address.
    let closed = Clerk::builder().secret_key(KEY).base_url("http://127.0.0.1:9").build().unwrap();
    let error = run(&closed, API_KEY, &any_kind()).await.unwrap_err();
    assert!(matches!(error, AuthError::MachineVerify { status: None, .. }), "{error:?}");
}

#[tokio::test]
async fn kinds_not_accepted_make_no_request() {
    let server = MockServer::start_async().await;
    let catch_all = server
        .mock_async(|when, then| {
            when.any_request();
            then.status(500);
        })
        .await;
    let clerk = clerk(&server);
    // Default options: sessions only.
    for token in [API_KEY, M2M_TOKEN, OAUTH_TOKEN] {
        let state = run(&clerk, token, &AuthenticateOptions::new()).await.unwrap();
        assert_eq!(state.reason(), Some(SignedOutReason::TokenTypeNotAccepted), "{token}");
    }
    // Only API keys: M2M and OAuth tokens are refused without a call.
    let keys_only = AuthenticateOptions::new().accepts_token([TokenType::ApiKey]);
    for token in [M2M_TOKEN, OAUTH_TOKEN] {
        let state = run(&clerk, token, &keys_only).await.unwrap();
        assert_eq!(state.reason(), Some(SignedOutReason::TokenTypeNotAccepted), "{token}");
    }
    // Machine tokens in cookies are never sent to Clerk.
    let mut headers = HeaderMap::new();
    headers.insert("cookie", HeaderValue::from_str(&format!("__session={API_KEY}")).unwrap());
    let state = clerk.authenticate_request(&headers, &any_kind()).await.unwrap();
    assert_eq!(state.reason(), Some(SignedOutReason::MachineTokenInCookie));
    catch_all.assert_calls_async(0).await;
}
