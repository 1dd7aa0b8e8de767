//! The actix-web integration on a real server on 127.0.0.1, called with
//! reqwest: tokens minted by the `testing` helpers, API keys verified by a
//! mock Backend API.

mod common;

use actix_web::{web, App, HttpServer};
use clerk_backend_api::actix::{AuthState, ClerkMiddleware, Machine, OptionalSession, Session};
use clerk_backend_api::auth::AuthenticateOptions;
use clerk_backend_api::testing::TestKeys;
use clerk_backend_api::Clerk;
use common::*;
use httpmock::prelude::*;
use serde_json::json;

const API_KEY: &str = "ak_2actixTestKey";

/// Starts an app with the Clerk middleware on an ephemeral loopback port
/// (`None`: without the middleware); returns its base URL.
fn serve(clerk: Clerk, options: Option<AuthenticateOptions>) -> String {
    let server = HttpServer::new(move || {
        let app = App::new()
            .wrap(actix_web::middleware::Condition::new(
                options.is_some(),
                ClerkMiddleware::new(clerk.clone(), options.clone().unwrap_or_default()),
            ))
            .route("/public", web::get().to(|| async { "public" }))
            .route("/me", web::get().to(|Session(claims): Session| async move { claims.sub }))
            .route(
                "/maybe",
                web::get().to(|OptionalSession(claims): OptionalSession| async move {
                    claims.map(|c| c.sub).unwrap_or_else(|| "anonymous".into())
                }),
            )
            .route(
                "/option",
                web::get().to(|session: Option<Session>| async move {
                    session.map(|Session(c)| c.sub).unwrap_or_else(|| "anonymous".into())
                }),
            )
            .route(
                "/machine",
                web::get().to(|Machine(m): Machine| async move { format!("{} {}", m.token_type(), m.subject()) }),
            )
            .route(
                "/state",
                web::get().to(|AuthState(state): AuthState| async move {
                    state.reason().map(|r| r.as_str().to_string()).unwrap_or_else(|| "signed-in".into())
                }),
            );
        app
    })
    .workers(1)
    .bind(("127.0.0.1", 0))
    .unwrap();
    let addr = server.addrs()[0];
    actix_web::rt::spawn(server.run());
    format!("http://{addr}")
}

struct Fixture {
    keys: TestKeys,
    bapi: MockServer,
    any: String,
    sessions: String,
    bare: String,
    http: reqwest::Client,
}

async fn fixture() -> Fixture {
    let keys = TestKeys::generate().unwrap();
    let bapi = MockServer::start_async().await;
    let clerk = clerk(&bapi);
    let any = serve(clerk.clone(), Some(keys.trust(AuthenticateOptions::new().accepts_any_token())));
    let sessions = serve(clerk.clone(), Some(keys.options()));
    let bare = serve(clerk, None);
    Fixture { keys, bapi, any, sessions, bare, http: reqwest::Client::new() }
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

    async fn mock_api_key(&self, status: u16) -> httpmock::Mock<'_> {
        self.bapi
            .mock_async(move |when, then| {
                when.method(POST).path("/v1/api_keys/verify").json_body(json!({"secret": API_KEY}));
                then.status(status).json_body(json!({
                    "object": "api_key", "id": "ak_id_1", "type": "api_key", "name": "ci", "subject": "org_2acme",
                    "scopes": [], "claims": {}, "revoked": false, "revocation_reason": null, "expired": false,
                    "expiration": null, "created_by": null, "last_used_at": null, "created_at": 1, "updated_at": 1
                }));
            })
            .await
    }
}

fn rejected(reason: &str) -> String {
    json!({"error": "unauthenticated", "reason": reason}).to_string()
}

#[actix_web::test]
async fn session_route_refuses_without_a_token_and_admits_a_session() {
    let f = fixture().await;
    let response = f.http.get(format!("{}/me", f.any)).send().await.unwrap();
    assert_eq!(response.status().as_u16(), 401);
    assert_eq!(response.headers()["www-authenticate"], "Bearer");
    assert_eq!(response.headers()["content-type"], "application/json");
    assert_eq!(response.text().await.unwrap(), rejected("no-token"));

    let token = f.keys.session("user_2actix").sign();
    assert_eq!(f.get(&f.any, "/me", Some(&token)).await, (200, "user_2actix".to_string()));
    assert_eq!(f.get(&f.sessions, "/me", Some(&token)).await, (200, "user_2actix".to_string()));
    let cookie = format!("theme=dark; __session={token}");
    assert_eq!(f.get_with_cookie(&f.sessions, "/me", &cookie).await, (200, "user_2actix".to_string()));
}

#[actix_web::test]
async fn public_and_mixed_routes_stay_open() {
    let f = fixture().await;
    assert_eq!(f.get(&f.any, "/public", None).await, (200, "public".to_string()));
    assert_eq!(f.get(&f.any, "/public", Some("garbage")).await, (200, "public".to_string()));
    let token = f.keys.session("user_2actix").sign();
    for path in ["/maybe", "/option"] {
        assert_eq!(f.get(&f.any, path, None).await, (200, "anonymous".to_string()));
        assert_eq!(f.get(&f.any, path, Some(&token)).await, (200, "user_2actix".to_string()));
    }
    assert_eq!(f.get(&f.any, "/state", Some("garbage")).await, (200, "malformed-token".to_string()));
}

#[actix_web::test]
async fn bad_sessions_are_refused_with_their_reason() {
    let f = fixture().await;
    let expired = f.keys.session("user_2actix").expired().sign();
    assert_eq!(f.get(&f.any, "/me", Some(&expired)).await, (401, rejected("token-expired")));
    let pending = f.keys.session("user_2actix").pending().sign();
    assert_eq!(f.get(&f.any, "/me", Some(&pending)).await, (401, rejected("session-pending")));
    let template = f.keys.session("user_2actix").header("cat", "cl_B7d4PD222AAA").sign();
    assert_eq!(f.get(&f.any, "/me", Some(&template)).await, (401, rejected("token-category-mismatch")));
    let odd = f.keys.session("user_2actix").header("typ", "JWS").sign();
    assert_eq!(f.get(&f.any, "/me", Some(&odd)).await, (401, rejected("unexpected-header-type")));
}

#[actix_web::test]
async fn machine_tokens_are_refused_on_session_routes() {
    let f = fixture().await;
    let verify = f.mock_api_key(200).await;
    let m2m = f.keys.m2m("mch_2worker").sign();
    let oauth = f.keys.oauth("user_2actix").sign();
    for token in [m2m.as_str(), oauth.as_str(), API_KEY] {
        assert_eq!(f.get(&f.any, "/me", Some(token)).await, (401, rejected("token-type-not-accepted")), "{token}");
    }
    verify.assert_calls_async(1).await;
    for token in [m2m.as_str(), oauth.as_str(), API_KEY, "mt_2opaque", "oat_2opaque"] {
        assert_eq!(f.get(&f.sessions, "/me", Some(token)).await, (401, rejected("token-type-not-accepted")), "{token}");
    }
    verify.assert_calls_async(1).await;
    let cookie = format!("__session={API_KEY}");
    assert_eq!(f.get_with_cookie(&f.any, "/me", &cookie).await, (401, rejected("machine-token-in-cookie")));
    verify.assert_calls_async(1).await;
}

#[actix_web::test]
async fn machine_routes_accept_machine_tokens() {
    let f = fixture().await;
    let verify = f.mock_api_key(200).await;
    assert_eq!(f.get(&f.any, "/machine", Some(API_KEY)).await, (200, "api_key org_2acme".to_string()));
    verify.assert_calls_async(1).await;
    let m2m = f.keys.m2m("mch_2worker").sign();
    assert_eq!(f.get(&f.any, "/machine", Some(&m2m)).await, (200, "m2m_token mch_2worker".to_string()));
    let oauth = f.keys.oauth("user_2actix").sign();
    assert_eq!(f.get(&f.any, "/machine", Some(&oauth)).await, (200, "oauth_token user_2actix".to_string()));
    let session = f.keys.session("user_2actix").sign();
    assert_eq!(f.get(&f.any, "/machine", Some(&session)).await, (401, rejected("token-type-not-accepted")));
}

#[actix_web::test]
async fn infrastructure_failures_are_503_and_missing_middleware_is_500() {
    let f = fixture().await;
    let verify = f.mock_api_key(500).await;
    let (status, body) = f.get(&f.any, "/me", Some(API_KEY)).await;
    assert_eq!((status, body.as_str()), (503, r#"{"error":"authentication_unavailable"}"#));
    let (status, _) = f.get(&f.any, "/maybe", Some(API_KEY)).await;
    assert_eq!(status, 503);
    // actix-web's own Option<T> turns the 503 into "signed out".
    assert_eq!(f.get(&f.any, "/option", Some(API_KEY)).await, (200, "anonymous".to_string()));
    assert_eq!(f.get(&f.any, "/public", Some(API_KEY)).await, (200, "public".to_string()));
    verify.assert_calls_async(4).await;

    let (status, body) = f.get(&f.bare, "/me", None).await;
    assert_eq!((status, body.as_str()), (500, r#"{"error":"authentication_not_configured"}"#));
}
