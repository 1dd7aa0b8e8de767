//! `Clerk::authenticate_request` end to end: keys come from the instance's
//! `GET /jwks` through the client, and the mock counts those requests.

mod common;

use clerk_backend_api::auth::{AuthenticateOptions, SignedOutReason};
use common::*;
use http::{HeaderMap, HeaderValue};
use httpmock::prelude::*;
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use serde_json::{json, Value};
use std::time::{SystemTime, UNIX_EPOCH};

const PRIVATE_A: &str = include_str!("fixtures/rsa_a_private.pem");
const JWK_A: &str = include_str!("fixtures/rsa_a_jwk.json");
const PRIVATE_B: &str = include_str!("fixtures/rsa_b_private.pem");

fn token(private_pem: &str, kid: &str) -> String {
    let now = SystemTime::now().duration_since(UNIX_EPOCH).expect("clock").as_secs() as i64;
    let claims = json!({
        "sub": "user_2abc", "sid": "sess_2abc", "iss": "https://clerk.example.com",
        "azp": "https://app.example.com", "iat": now - 5, "nbf": now - 5, "exp": now + 60
    });
    let mut header = Header::new(Algorithm::RS256);
    header.kid = Some(kid.to_string());
    let key = EncodingKey::from_rsa_pem(private_pem.as_bytes()).expect("fixture key");
    jsonwebtoken::encode(&header, &claims, &key).expect("signs")
}

fn bearer(token: &str) -> HeaderMap {
    let mut h = HeaderMap::new();
    h.insert("authorization", HeaderValue::from_str(&format!("Bearer {token}")).expect("header"));
    h
}

#[tokio::test]
async fn keys_are_fetched_once_then_cached_and_unknown_kids_refetch_once() {
    let server = MockServer::start_async().await;
    let jwk: Value = serde_json::from_str(JWK_A).expect("fixture JWK");
    let kid = jwk["kid"].as_str().expect("kid").to_string();
    let jwks = server
        .mock_async(|when, then| {
            with_clerk_headers(when.method(GET).path("/v1/jwks"));
            then.status(200).json_body(json!({"keys": [jwk]}));
        })
        .await;
    let clerk = clerk(&server);
    let headers = bearer(&token(PRIVATE_A, &kid));

    // The snippet from the issue, as written.
    let opts = AuthenticateOptions::new().authorized_parties(["https://app.example.com"]);
    let state = clerk.authenticate_request(&headers, &opts).await.expect("keys fetched");
    if let Some(claims) = state.claims() {
        println!("{}", claims.sub);
    }
    assert_eq!(state.claims().map(|c| c.sub.as_str()), Some("user_2abc"));
    jwks.assert_calls_async(1).await;

    // Cached: a second request makes no call.
    let again = clerk.authenticate_request(&headers, &opts).await.expect("cached");
    assert!(again.is_signed_in());
    jwks.assert_calls_async(1).await;

    // An unknown kid refetches exactly once, then a flood of them makes none.
    let stranger = bearer(&token(PRIVATE_B, "kid_nobody_knows"));
    let state = clerk.authenticate_request(&stranger, &opts).await.expect("refetched");
    assert_eq!(state.reason(), Some(SignedOutReason::UnknownKid));
    jwks.assert_calls_async(2).await;
    for _ in 0..20 {
        let state = clerk.authenticate_request(&stranger, &opts).await.expect("no refetch");
        assert_eq!(state.reason(), Some(SignedOutReason::UnknownKid));
    }
    jwks.assert_calls_async(2).await;

    // A clone shares the cache.
    assert!(clerk.clone().authenticate_request(&headers, &opts).await.expect("shared").is_signed_in());
    jwks.assert_calls_async(2).await;
}
