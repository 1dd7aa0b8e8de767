//! The axum integration on a real server on 127.0.0.1, called with reqwest:
//! tokens minted by the `testing` helpers, API keys verified by a mock
//! Backend API.

mod common;

use axum::routing::get;
use axum::Router;
use clerk_backend_api::auth::{AuthenticateOptions, TokenType};
use clerk_backend_api::axum::{AuthState, ClerkLayer, Machine, Session};
use clerk_backend_api::testing::TestKeys;
use common::*;
use httpmock::prelude::*;
use serde_json::{json, Value};

const API_KEY: &str = "ak_2axumTestKey";

fn routes() -> Router {
    Router::new()
        .route("/public", get(|| async { "public" }))
        .route("/me", get(|Session(claims): Session| async move { claims.sub }))
        .route(
            "/maybe",
            get(|session: Option<Session>| async move {
                session.map(|Session(c)| c.sub).unwrap_or_else(|| "anonymous".into())
            }),
        )
        .route("/machine", get(|Machine(m): Machine| async move { format!("{} {}", m.token_type(), m.subject()) }))
        .route(
            "/state",
            get(|AuthState(state): AuthState| async move {
                state.reason().map(|r| r.as_str().to_string()).unwrap_or_else(|| "signed-in".into())
            }),
        )
}

/// Starts `app` on an ephemeral loopback port; returns its base URL.
async fn serve(app: Router) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    format!("http://{addr}")
}

struct Fixture {
    keys: TestKeys,
    bapi: MockServer,
    /// Accepts every kind of token.
    any: String,
    /// Default options: session tokens only.
    sessions: String,
    http: reqwest::Client,
}

async fn fixture() -> Fixture {
    let keys = TestKeys::generate().unwrap();
    let bapi = MockServer::start_async().await;
    let clerk = clerk(&bapi);
    let any = serve(
        routes().layer(ClerkLayer::new(clerk.clone(), keys.trust(AuthenticateOptions::new().accepts_any_token()))),
    )
    .await;
    let sessions = serve(routes().layer(ClerkLayer::new(clerk, keys.options()))).await;
    Fixture { keys, bapi, any, sessions, http: reqwest::Client::new() }
}

impl Fixture {
    async fn get(&self, base: &str, path: &str, token: Option<&str>) -> (u16, String) {
        let mut request = self.http.get(format!("{base}{path}"));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        let response = request.send().await.unwrap();
        (response.status().as_u16(), response.text().await.unwrap())
    }

    async fn get_with_cookie(&self, base: &str, path: &str, cookie: &str) -> (u16, String) {
        let response = self.http.get(format!("{base}{path}")).header("cookie", cookie).send().await.unwrap();
        (response.status().as_u16(), response.text().await.unwrap())
    }
}

fn rejected(reason: &str) -> String {
    json!({"error": "unauthenticated", "reason": reason}).to_string()
}

#[tokio::test]
async fn session_route_refuses_without_a_token_and_admits_a_session() {
    let f = fixture().await;
    let response = f.http.get(format!("{}/me", f.any)).send().await.unwrap();
    assert_eq!(response.status().as_u16(), 401);
    assert_eq!(response.headers()["www-authenticate"], "Bearer");
    assert_eq!(response.headers()["content-type"], "application/json");
    let body: Value = response.json().await.unwrap();
    assert_eq!(body, json!({"error": "unauthenticated", "reason": "no-token"}));

    let token = f.keys.session("user_2axum").sign();
    assert_eq!(f.get(&f.any, "/me", Some(&token)).await, (200, "user_2axum".to_string()));
    assert_eq!(f.get(&f.sessions, "/me", Some(&token)).await, (200, "user_2axum".to_string()));
    let cookie = format!("theme=dark; __session={token}");
    assert_eq!(f.get_with_cookie(&f.sessions, "/me", &cookie).await, (200, "user_2axum".to_string()));
}

#[tokio::test]
async fn public_and_mixed_routes_stay_open() {
    let f = fixture().await;
    assert_eq!(f.get(&f.any, "/public", None).await, (200, "public".to_string()));
    assert_eq!(f.get(&f.any, "/public", Some("garbage")).await, (200, "public".to_string()));
    assert_eq!(f.get(&f.any, "/maybe", None).await, (200, "anonymous".to_string()));
    let expired = f.keys.session("user_2axum").expired().sign();
    assert_eq!(f.get(&f.any, "/maybe", Some(&expired)).await, (200, "anonymous".to_string()));
    let token = f.keys.session("user_2axum").sign();
    assert_eq!(f.get(&f.any, "/maybe", Some(&token)).await, (200, "user_2axum".to_string()));
    assert_eq!(f.get(&f.any, "/state", None).await, (200, "no-token".to_string()));
    assert_eq!(f.get(&f.any, "/state", Some(&token)).await, (200, "signed-in".to_string()));
}

#[tokio::test]
async fn bad_sessions_are_refused_with_their_reason() {
    let f = fixture().await;
    let expired = f.keys.session("user_2axum").expired().sign();
    assert_eq!(f.get(&f.any, "/me", Some(&expired)).await, (401, rejected("token-expired")));
    let pending = f.keys.session("user_2axum").pending().sign();
    assert_eq!(f.get(&f.any, "/me", Some(&pending)).await, (401, rejected("session-pending")));
    let other_keys = TestKeys::generate().unwrap();
    let foreign = other_keys.session("user_2axum").header("kid", f.keys.kid()).sign();
    assert_eq!(f.get(&f.any, "/me", Some(&foreign)).await, (401, rejected("bad-signature")));
    assert_eq!(f.get(&f.any, "/me", Some("not.a.jwt")).await, (401, rejected("malformed-token")));
}

#[tokio::test]
async fn machine_tokens_are_refused_on_session_routes() {
    let f = fixture().await;
    let verify = f
        .bapi
        .mock_async(|when, then| {
            when.method(POST).path("/v1/api_keys/verify").json_body(json!({"secret": API_KEY}));
            then.status(200).json_body(json!({
                "object": "api_key", "id": "ak_id_1", "type": "api_key", "name": "ci", "subject": "user_2axum",
                "scopes": [], "claims": {}, "revoked": false, "revocation_reason": null, "expired": false,
                "expiration": null, "created_by": null, "last_used_at": null, "created_at": 1, "updated_at": 1
            }));
        })
        .await;
    let m2m = f.keys.m2m("mch_2worker").sign();
    let oauth = f.keys.oauth("user_2axum").scopes(["profile"]).sign();

    // The layer accepting every kind signs them in, but a session route refuses them.
    for token in [m2m.as_str(), oauth.as_str(), API_KEY] {
        assert_eq!(f.get(&f.any, "/me", Some(token)).await, (401, rejected("token-type-not-accepted")), "{token}");
    }
    verify.assert_calls_async(1).await;
    // With session-only options they are refused before any verification.
    for token in [m2m.as_str(), oauth.as_str(), API_KEY, "mt_2opaque", "oat_2opaque"] {
        assert_eq!(f.get(&f.sessions, "/me", Some(token)).await, (401, rejected("token-type-not-accepted")), "{token}");
    }
    verify.assert_calls_async(1).await;
    // A machine token in a cookie is never used.
    let cookie = format!("__session={m2m}");
    assert_eq!(f.get_with_cookie(&f.any, "/me", &cookie).await, (401, rejected("machine-token-in-cookie")));
}

#[tokio::test]
async fn machine_routes_accept_machine_tokens() {
    let f = fixture().await;
    let verify = f
        .bapi
        .mock_async(|when, then| {
            when.method(POST).path("/v1/api_keys/verify").json_body(json!({"secret": API_KEY}));
            then.status(200).json_body(json!({
                "object": "api_key", "id": "ak_id_1", "type": "api_key", "name": "ci", "subject": "org_2acme",
                "scopes": ["read"], "claims": {}, "revoked": false, "revocation_reason": null, "expired": false,
                "expiration": null, "created_by": null, "last_used_at": null, "created_at": 1, "updated_at": 1
            }));
        })
        .await;
    assert_eq!(f.get(&f.any, "/machine", Some(API_KEY)).await, (200, "api_key org_2acme".to_string()));
    verify.assert_calls_async(1).await;
    let m2m = f.keys.m2m("mch_2worker").sign();
    assert_eq!(f.get(&f.any, "/machine", Some(&m2m)).await, (200, "m2m_token mch_2worker".to_string()));
    let oauth = f.keys.oauth("user_2axum").sign();
    assert_eq!(f.get(&f.any, "/machine", Some(&oauth)).await, (200, "oauth_token user_2axum".to_string()));
    // A session on a machine route is refused.
    let session = f.keys.session("user_2axum").sign();
    assert_eq!(f.get(&f.any, "/machine", Some(&session)).await, (401, rejected("token-type-not-accepted")));
    assert_eq!(f.get(&f.any, "/machine", None).await, (401, rejected("no-token")));
}

#[tokio::test]
async fn per_route_options_with_route_layer() {
    let keys = TestKeys::generate().unwrap();
    let bapi = MockServer::start_async().await;
    let clerk = clerk(&bapi);
    let m2m_only = keys.trust(AuthenticateOptions::new().accepts_token([TokenType::M2mToken]));
    let app = Router::new()
        .route("/me", get(|Session(claims): Session| async move { claims.sub }))
        .layer(ClerkLayer::new(clerk.clone(), keys.options()))
        .merge(
            Router::new()
                .route("/jobs", get(|Machine(m): Machine| async move { m.subject().to_string() }))
                .route_layer(ClerkLayer::new(clerk, m2m_only)),
        );
    let base = serve(app).await;
    let http = reqwest::Client::new();
    let m2m = keys.m2m("mch_2worker").sign();
    let oauth = keys.oauth("user_2x").sign();
    let call = |path: &'static str, token: String| {
        let request = http.get(format!("{base}{path}")).bearer_auth(token);
        async move {
            let response = request.send().await.unwrap();
            (response.status().as_u16(), response.text().await.unwrap())
        }
    };
    assert_eq!(call("/jobs", m2m.clone()).await, (200, "mch_2worker".to_string()));
    assert_eq!(call("/jobs", oauth).await, (401, rejected("token-type-not-accepted")));
    assert_eq!(call("/me", m2m).await, (401, rejected("token-type-not-accepted")));
    assert_eq!(call("/me", keys.session("user_2x").sign()).await, (200, "user_2x".to_string()));
}

#[tokio::test]
async fn infrastructure_failures_are_503_and_missing_layer_is_500() {
    let f = fixture().await;
    let verify = f
        .bapi
        .mock_async(|when, then| {
            when.method(POST).path("/v1/api_keys/verify");
            then.status(500).json_body(json!({"errors": []}));
        })
        .await;
    let (status, body) = f.get(&f.any, "/me", Some(API_KEY)).await;
    assert_eq!((status, body.as_str()), (503, r#"{"error":"authentication_unavailable"}"#));
    let (status, _) = f.get(&f.any, "/maybe", Some(API_KEY)).await;
    assert_eq!(status, 503);
    // The layer itself never refuses: public routes still answer.
    assert_eq!(f.get(&f.any, "/public", Some(API_KEY)).await, (200, "public".to_string()));
    verify.assert_calls_async(3).await;

    let base = serve(routes()).await;
    let (status, body) = f.get(&base, "/me", None).await;
    assert_eq!((status, body.as_str()), (500, r#"{"error":"authentication_not_configured"}"#));
}

#[tokio::test]
async fn the_pinned_snippet_compiles_and_serves() {
    let keys = TestKeys::generate().unwrap();
    let bapi = MockServer::start_async().await;
    let clerk = clerk(&bapi);

    // The snippet from the issue, as written (plus the test key).
    use axum::{routing::get, Router};
    use clerk_backend_api::auth::AuthenticateOptions;
    use clerk_backend_api::axum::{ClerkLayer, Session};

    let opts = AuthenticateOptions::new().authorized_parties(["https://app.example.com"]);
    let opts = keys.trust(opts);
    let app: Router = Router::new()
        .route("/me", get(|Session(claims): Session| async move { claims.sub }))
        .layer(ClerkLayer::new(clerk.clone(), opts));

    let base = serve(app).await;
    let http = reqwest::Client::new();
    let good = keys.session("user_2pin").azp("https://app.example.com").sign();
    let response = http.get(format!("{base}/me")).bearer_auth(good).send().await.unwrap();
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(response.text().await.unwrap(), "user_2pin");
    let evil = keys.session("user_2pin").azp("https://evil.example.net").sign();
    let response = http.get(format!("{base}/me")).bearer_auth(evil).send().await.unwrap();
    assert_eq!(response.status().as_u16(), 401);
    assert_eq!(response.text().await.unwrap(), rejected("unauthorized-party"));
}
