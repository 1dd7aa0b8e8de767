//! `Emulator::builder()`: the instance settings a test varies, the metadata
//! endpoints and API versions, tokens' `iss` and `azp`, and webhooks'
//! `event_attributes` and waitlist events.

use super::{api_error, user};
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine as _;
use clerk_backend_api::auth::{AuthenticateOptions, RequestState};
use clerk_backend_api::emulator::Emulator;
use serde_json::{json, Map, Value};
use std::sync::{Arc, Mutex};
use std::time::Duration;

fn claims(jwt: &str) -> Value {
    let payload = jwt.split('.').nth(1).expect("a JWT");
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(payload).expect("base64")).expect("JSON")
}

fn map(v: Value) -> Map<String, Value> {
    serde_json::from_value(v).expect("an object")
}

#[tokio::test]
async fn the_builder_sets_the_membership_limit_roles_and_password_rule() {
    let emulator = Emulator::builder()
        .membership_limit(2)
        .password_required(true)
        .organization_role("org:billing")
        .start()
        .await
        .expect("emulator starts");
    let clerk = emulator.client();
    let err = clerk
        .users()
        .create()
        .body_map(|b| b.email_address(vec!["ada@example.com".to_string()]))
        .send()
        .await
        .expect_err("a password is required");
    assert_eq!(api_error(err), (422, "form_data_missing".to_string()));
    let ada = clerk
        .users()
        .create()
        .body_map(|b| b.email_address(vec!["ada@example.com".to_string()]).password("correct-horse-battery"))
        .send()
        .await
        .expect("with a password");
    let grace = clerk
        .users()
        .create()
        .body_map(|b| b.email_address(vec!["grace@example.com".to_string()]).skip_password_requirement(true))
        .send()
        .await
        .expect("skip_password_requirement");
    let alan = clerk
        .users()
        .create()
        .body_map(|b| {
            b.email_address(vec!["alan@example.com".to_string()])
                .password_digest("$2a$10$abc")
                .password_hasher(clerk_backend_api::types::PasswordHasher("bcrypt".to_string()))
        })
        .send()
        .await
        .expect("a digest is a password");

    let org = clerk
        .organizations()
        .create()
        .body_map(|b| b.name("Acme").created_by(ada.id.clone()))
        .send()
        .await
        .expect("org");
    assert_eq!(org.max_allowed_memberships, 2);
    clerk
        .organization_memberships()
        .create(&org.id)
        .body_map(|b| b.user_id(grace.id.clone()).role("org:billing"))
        .send()
        .await
        .expect("a role the instance defines");
    let err = clerk
        .organization_memberships()
        .create(&org.id)
        .body_map(|b| b.user_id(alan.id.clone()).role("org:member"))
        .send()
        .await
        .expect_err("full at 2");
    assert_eq!(api_error(err), (403, "organization_membership_quota_exceeded".to_string()));
}

#[tokio::test]
async fn allowlist_only_refuses_identifiers_not_on_the_list() {
    let emulator = Emulator::builder().allowlist_only(true).start().await.expect("emulator starts");
    let clerk = emulator.client();
    let err = clerk
        .users()
        .create()
        .body_map(|b| b.email_address(vec!["ada@example.com".to_string()]))
        .send()
        .await
        .expect_err("not listed");
    assert_eq!(api_error(err), (403, "not_allowed_access".to_string()));
    clerk.allowlist_identifiers().create().body_map(|b| b.identifier("*@example.com")).send().await.expect("allow");
    user(&clerk, "ada@example.com").await;
}

#[tokio::test]
async fn tokens_carry_the_instance_issuer_lifetime_and_authorized_party() {
    let emulator = Emulator::builder()
        .frontend_api_host("clerk.myapp.test")
        .session_token_lifetime(Duration::from_secs(5))
        .authorized_party("http://localhost:3000")
        .start()
        .await
        .expect("emulator starts");
    let key = emulator.publishable_key();
    let encoded = key.strip_prefix("pk_test_").expect("a development key");
    assert_eq!(STANDARD.decode(encoded).expect("base64"), b"clerk.myapp.test$");

    let clerk = emulator.client();
    let ada = user(&clerk, "ada@example.com").await;
    let token = emulator.session_token(&ada.id).expect("token").sign();
    let c = claims(&token);
    assert_eq!(c["iss"], "https://clerk.myapp.test");
    assert_eq!(c["azp"], "http://localhost:3000");
    let lifetime = c["exp"].as_i64().unwrap_or(0) - c["iat"].as_i64().unwrap_or(0);
    assert!((6..=7).contains(&lifetime), "5 s, issued a second back: {c}");

    let ok = clerk.verify_token(&token, &AuthenticateOptions::new()).await.expect("verified");
    assert_eq!(ok.claims().map(|c| c.sub.as_str()), Some(ada.id.as_str()));
    let elsewhere = AuthenticateOptions::new().authorized_parties(["https://other.example.com"]);
    let refused = clerk.verify_token(&token, &elsewhere).await.expect("checked");
    assert!(matches!(refused, RequestState::SignedOut(_)), "a wrong authorized party shows: {refused:?}");

    // The Backend API's tokens and the browser's follow the same settings.
    let sessions = clerk.sessions().list().user_id(ada.id.clone()).send().await.expect("sessions");
    let jwt = clerk.sessions().create_token(&sessions[0].id).send().await.expect("token");
    assert_eq!(claims(jwt.jwt.as_deref().unwrap_or_default())["iss"], "https://clerk.myapp.test");
    let browser = emulator.browser_cookies(&ada.id).expect("browser");
    assert_eq!(claims(browser.session_token())["iss"], "https://clerk.myapp.test");

    // Without settings: the default host and no azp.
    let plain = Emulator::start().await.expect("emulator starts");
    let grace = user(&plain.client(), "grace@example.com").await;
    let c = claims(&plain.session_token(&grace.id).expect("token").sign());
    assert_eq!(c["iss"], clerk_backend_api::testing::TEST_ISSUER);
    assert!(c.get("azp").is_none());
}

#[tokio::test]
async fn metadata_is_merged_or_replaced_on_its_own_endpoints_and_refused_by_update_in_2026_05_12() {
    let emulator = Emulator::start().await.expect("emulator starts");
    let clerk = emulator.client();
    let ada = clerk
        .users()
        .create()
        .body_map(|b| {
            b.email_address(vec!["ada@example.com".to_string()]).public_metadata(map(json!({"a": 1, "b": 2})))
        })
        .send()
        .await
        .expect("user");
    let replaced = clerk
        .users()
        .replace_metadata(&ada.id)
        .body_map(|b| b.public_metadata(map(json!({"c": 3}))))
        .send()
        .await
        .expect("put");
    assert_eq!(Value::Object(replaced.public_metadata), json!({"c": 3}), "PUT replaces the map given");

    let org = clerk
        .organizations()
        .create()
        .body_map(|b| b.name("Acme").created_by(ada.id.clone()))
        .send()
        .await
        .expect("org");
    clerk
        .organizations()
        .merge_metadata(&org.id)
        .body_map(|b| b.public_metadata(map(json!({"x": 1}))))
        .send()
        .await
        .expect("merge");
    let org2 = clerk
        .organizations()
        .replace_metadata(&org.id)
        .body_map(|b| b.private_metadata(map(json!({"y": 2}))))
        .send()
        .await
        .expect("put");
    assert_eq!(Value::Object(org2.public_metadata), json!({"x": 1}), "maps not given stay");
    assert_eq!(Value::Object(org2.private_metadata), json!({"y": 2}));
    let m = clerk
        .organization_memberships()
        .update_metadata(&org.id, &ada.id)
        .body_map(|b| b.public_metadata(map(json!({"team": "core"}))))
        .send()
        .await
        .expect("membership metadata");
    assert_eq!(Value::Object(m.public_metadata), json!({"team": "core"}));

    // UpdateUser takes no metadata in 2026-05-12 (the SDK's version); an
    // older Clerk-API-Version still replaces it.
    let http = reqwest::Client::new();
    let patch = |version: Option<&'static str>| {
        let mut req = http
            .patch(format!("{}/v1/users/{}", emulator.url(), ada.id))
            .bearer_auth(emulator.secret_key())
            .json(&json!({"public_metadata": {"old": true}}));
        if let Some(v) = version {
            req = req.header("Clerk-API-Version", v);
        }
        req.send()
    };
    let refused = patch(Some("2026-05-12")).await.expect("answer");
    assert_eq!(refused.status(), 422);
    let body: Value = refused.json().await.expect("json");
    assert_eq!(body["errors"][0]["code"], "form_param_unknown");
    assert_eq!(body["errors"][0]["meta"]["param_name"], "public_metadata");
    let older = patch(Some("2025-11-10")).await.expect("answer");
    assert_eq!(older.status(), 200);
    let body: Value = older.json().await.expect("json");
    assert_eq!(body["public_metadata"], json!({"old": true}));

    let old_instance = Emulator::builder().api_version("2025-11-10").start().await.expect("emulator starts");
    let grace = user(&old_instance.client(), "grace@example.com").await;
    let answer = http
        .patch(format!("{}/v1/users/{}", old_instance.url(), grace.id))
        .bearer_auth(old_instance.secret_key())
        .json(&json!({"public_metadata": {"v": 1}}))
        .send()
        .await
        .expect("answer");
    assert_eq!(answer.status(), 200, "without a header, the instance's version");
}

#[tokio::test]
async fn webhooks_carry_event_attributes_and_waitlist_events() {
    use axum::{body::Bytes, routing::post, Router};
    let got: Arc<Mutex<Vec<Value>>> = Arc::default();
    let sink = got.clone();
    let app = Router::new().route(
        "/hooks",
        post(move |body: Bytes| {
            let sink = sink.clone();
            async move {
                if let Ok(v) = serde_json::from_slice::<Value>(&body) {
                    sink.lock().expect("lock").push(v);
                }
                axum::http::StatusCode::NO_CONTENT
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let url = format!("http://{}/hooks", listener.local_addr().expect("addr"));
    tokio::spawn(async move { axum::serve(listener, app).await });

    let emulator = Emulator::start().await.expect("emulator starts");
    emulator.webhook_endpoint(&url, "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw").expect("endpoint");
    let clerk = emulator.client();
    let entry = clerk
        .waitlist_entries()
        .create()
        .body_map(|b| b.email_address("wait@example.com").notify(false))
        .send()
        .await
        .expect("join");
    clerk.waitlist_entries().invite(&entry.id).send().await.expect("invite");
    emulator.flush_webhooks().await;

    let events = got.lock().expect("lock").clone();
    let kinds: Vec<&str> = events.iter().filter_map(|e| e["type"].as_str()).collect();
    assert_eq!(kinds, vec!["waitlistEntry.created", "email.created", "waitlistEntry.updated"]);
    assert_eq!(events[0]["data"]["status"], "pending");
    assert_eq!(events[2]["data"]["status"], "invited");
    assert_eq!(events[1]["data"]["slug"], "waitlist_invitation");
    for e in &events {
        let request = &e["event_attributes"]["http_request"];
        assert_eq!(request["client_ip"], "127.0.0.1", "{e}");
        assert!(request["user_agent"].as_str().is_some_and(|ua| !ua.is_empty()), "{e}");
    }
}
