//! The emulator, driven through the public SDK (and plain HTTP where a test
//! needs the raw answer or plays a webhook receiver).

use clerk_backend_api::auth::{AuthenticateOptions, RequestState, TokenType};
use clerk_backend_api::emulator::Emulator;
use clerk_backend_api::webhooks::{Webhook, WebhookEvent};
use clerk_backend_api::{Clerk, Error};
use serde_json::{json, Value};
use std::sync::Arc;
use tokio::sync::Mutex;

#[path = "emulator/errors.rs"]
mod errors;
#[path = "emulator/filters.rs"]
mod filters;
#[path = "emulator/lists.rs"]
mod lists;
#[path = "emulator/params.rs"]
mod params;
#[path = "emulator/schema.rs"]
mod schema;
#[path = "emulator/settings.rs"]
mod settings;

fn api_error(e: Error) -> (u16, String) {
    match e {
        Error::Api(api) => {
            let code = api.errors.first().map(|e| e.code.clone()).unwrap_or_default();
            (api.status.as_u16(), code)
        }
        other => panic!("expected an API error, got {other}"),
    }
}

async fn user(clerk: &Clerk, email: &str) -> clerk_backend_api::types::User {
    clerk
        .users()
        .create()
        .body_map(|b| b.email_address(vec![email.to_string()]).first_name("Ada"))
        .send()
        .await
        .expect("user created")
}

#[tokio::test]
async fn a_created_user_is_listed_and_found_by_email() {
    let emulator = Emulator::start().await.expect("emulator starts");
    let clerk = emulator.client();
    let ada = user(&clerk, "ada@example.com").await;
    let grace = user(&clerk, "grace@example.com").await;
    assert!(ada.id.starts_with("user_"));
    assert_eq!(ada.email_addresses.len(), 1);
    assert_eq!(ada.email_addresses[0].email_address, "ada@example.com");
    assert_eq!(ada.primary_email_address_id.as_deref(), ada.email_addresses[0].id.as_deref());

    let all = clerk.users().list().send().await.expect("list");
    assert_eq!(all.len(), 2);
    let found = clerk.users().list().email_address(["ada@example.com"]).send().await.expect("filter");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].id, ada.id);
    let by_query = clerk.users().list().query("grace").send().await.expect("query");
    assert_eq!(by_query.iter().map(|u| u.id.clone()).collect::<Vec<_>>(), vec![grace.id.clone()]);
    let fetched = clerk.users().get(&grace.id).send().await.expect("get");
    assert_eq!(fetched.first_name.as_deref(), Some("Ada"));
    let count = clerk.users().count().send().await.expect("count");
    assert_eq!(count.total_count, 2);

    let (status, code) = api_error(clerk.users().get("user_missing").send().await.expect_err("unknown id"));
    assert_eq!((status, code.as_str()), (404, "resource_not_found"));
}

#[tokio::test]
async fn a_duplicate_email_is_422_form_identifier_exists() {
    let emulator = Emulator::start().await.expect("emulator starts");
    let clerk = emulator.client();
    user(&clerk, "ada@example.com").await;
    let err = clerk
        .users()
        .create()
        .body_map(|b| b.email_address(vec!["ADA@example.com".to_string()]))
        .send()
        .await
        .expect_err("taken");
    assert_eq!(api_error(err), (422, "form_identifier_exists".to_string()));
    let err = clerk
        .users()
        .create()
        .body_map(|b| b.email_address(vec!["not-an-email".to_string()]))
        .send()
        .await
        .expect_err("malformed");
    assert_eq!(api_error(err), (422, "form_param_format_invalid".to_string()));
    // Listing sessions needs a user or a client.
    let err = clerk.sessions().list().send().await.expect_err("no filter");
    assert_eq!(api_error(err), (422, "form_param_missing".to_string()));
}

#[tokio::test]
async fn a_metadata_merge_keeps_untouched_keys() {
    let emulator = Emulator::start().await.expect("emulator starts");
    let clerk = emulator.client();
    let first: serde_json::Map<String, Value> =
        serde_json::from_value(json!({"plan": "pro", "prefs": {"theme": "dark", "lang": "en"}, "old": 1})).unwrap();
    let ada = clerk
        .users()
        .create()
        .body_map(|b| b.email_address(vec!["ada@example.com".to_string()]).public_metadata(first))
        .send()
        .await
        .expect("user");
    let patch: serde_json::Map<String, Value> =
        serde_json::from_value(json!({"prefs": {"theme": "light"}, "old": null, "seats": 3})).unwrap();
    let merged =
        clerk.users().update_metadata(&ada.id).body_map(|b| b.public_metadata(patch)).send().await.expect("merge");
    assert_eq!(
        Value::Object(merged.public_metadata.clone()),
        json!({"plan": "pro", "prefs": {"theme": "light", "lang": "en"}, "seats": 3})
    );
    let fetched = clerk.users().get(&ada.id).send().await.expect("get");
    assert_eq!(fetched.public_metadata, merged.public_metadata, "the merge is stored");
    assert!(fetched.private_metadata.unwrap_or_default().is_empty(), "untouched maps stay empty");
}

#[tokio::test]
async fn a_deleted_organization_takes_its_memberships_with_it() {
    let emulator = Emulator::start().await.expect("emulator starts");
    let clerk = emulator.client();
    let ada = user(&clerk, "ada@example.com").await;
    let acme = clerk
        .organizations()
        .create()
        .body_map(|b| b.name("Acme").created_by(ada.id.clone()))
        .send()
        .await
        .expect("org");
    assert_eq!(acme.slug, "acme");
    let other = clerk.organizations().create().body_map(|b| b.name("Other")).send().await.expect("org 2");
    let err =
        clerk.organizations().create().body_map(|b| b.name("Acme again").slug("acme")).send().await.expect_err("slug");
    assert_eq!(api_error(err), (422, "form_identifier_exists".to_string()));
    clerk
        .organization_memberships()
        .create(&other.id)
        .body_map(|b| b.user_id(ada.id.clone()).role("org:member"))
        .send()
        .await
        .expect("membership");

    let members = clerk.organization_memberships().list(&acme.id).send().await.expect("members");
    assert_eq!(members.total_count, 1);
    assert_eq!(members.data[0].role, "org:admin");
    let in_acme = clerk.users().list().organization_id([acme.id.clone()]).send().await.expect("by org");
    assert_eq!(in_acme.len(), 1);

    let deleted = clerk.organizations().delete(&acme.id).send().await.expect("delete");
    assert!(deleted.deleted);
    let (status, _) = api_error(clerk.organization_memberships().list(&acme.id).send().await.expect_err("gone"));
    assert_eq!(status, 404);
    assert!(clerk.users().list().organization_id([acme.id.clone()]).send().await.expect("by org").is_empty());
    let still = clerk.organization_memberships().list(&other.id).send().await.expect("other members");
    assert_eq!(still.total_count, 1, "the other organization keeps its member");
}

#[tokio::test]
async fn a_revoked_invitation_lists_as_revoked() {
    let emulator = Emulator::start().await.expect("emulator starts");
    let clerk = emulator.client();
    let invitation =
        clerk.invitations().create().body_map(|b| b.email_address("ada@example.com")).send().await.expect("invite");
    clerk.invitations().create().body_map(|b| b.email_address("grace@example.com")).send().await.expect("invite 2");
    let err =
        clerk.invitations().create().body_map(|b| b.email_address("ada@example.com")).send().await.expect_err("dup");
    assert_eq!(api_error(err).0, 400);
    let revoked = clerk.invitations().revoke(&invitation.id).send().await.expect("revoke");
    assert_eq!(revoked.status.to_string(), "revoked");

    let listed = clerk.invitations().list().status("revoked").send().await.expect("list revoked");
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].id, invitation.id);
    let pending = clerk.invitations().list().status("pending").send().await.expect("list pending");
    assert_eq!(pending.len(), 1);
    assert_eq!(pending[0].email_address, "grace@example.com");
}

#[tokio::test]
async fn paging_returns_the_total_and_the_right_slices() {
    let emulator = Emulator::start().await.expect("emulator starts");
    let clerk = emulator.client();
    for i in 0..25 {
        clerk
            .waitlist_entries()
            .create()
            .body_map(|b| b.email_address(format!("person{i:02}@example.com")))
            .send()
            .await
            .expect("join");
    }
    let page =
        clerk.waitlist_entries().list().order_by("+email_address").limit(10).offset(20).send().await.expect("page");
    assert_eq!(page.total_count, 25);
    let emails: Vec<String> = page.data.iter().map(|e| e.email_address.clone()).collect();
    assert_eq!(emails, (20..25).map(|i| format!("person{i:02}@example.com")).collect::<Vec<_>>());

    for i in 0..7 {
        user(&clerk, &format!("u{i}@example.com")).await;
    }
    let page =
        clerk.users().list().order_by("+email_address").limit(3).offset(3).send_page().await.expect("users page");
    let emails: Vec<String> = page.items.iter().map(|u| u.email_addresses[0].email_address.clone()).collect();
    assert_eq!(emails, vec!["u3@example.com", "u4@example.com", "u5@example.com"]);
    use futures::TryStreamExt;
    let all: Vec<_> = clerk.users().list().limit(2).stream().try_collect().await.expect("stream");
    assert_eq!(all.len(), 7);
}

#[tokio::test]
async fn a_minted_session_token_signs_in_through_an_axum_route() {
    use axum::{routing::get, Router};
    use clerk_backend_api::axum::{ClerkLayer, Session};

    let emulator = Emulator::start().await.expect("emulator starts");
    let clerk = emulator.client();
    let ada = user(&clerk, "ada@example.com").await;
    let app: Router = Router::new()
        .route("/me", get(|Session(claims): Session| async move { claims.sub }))
        .layer(ClerkLayer::new(clerk.clone(), AuthenticateOptions::new()));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("addr"));
    tokio::spawn(async move { axum::serve(listener, app).await });

    let token = emulator.session_token(&ada.id).expect("token").sign();
    let http = reqwest::Client::new();
    let signed_in = http.get(format!("{base}/me")).bearer_auth(&token).send().await.expect("call");
    assert_eq!(signed_in.status().as_u16(), 200);
    assert_eq!(signed_in.text().await.expect("body"), ada.id);
    let anonymous = http.get(format!("{base}/me")).send().await.expect("call");
    assert_eq!(anonymous.status().as_u16(), 401);

    // The session it started is real: listed for the user, and revocable.
    let sessions = clerk.sessions().list().user_id(ada.id.clone()).send().await.expect("sessions");
    assert_eq!(sessions.len(), 1);
    assert_eq!(sessions[0].status.to_string(), "active");
    let jwt = clerk.sessions().create_token(&sessions[0].id).send().await.expect("session token");
    let state = clerk
        .verify_token(jwt.jwt.as_deref().unwrap_or_default(), &AuthenticateOptions::new())
        .await
        .expect("verified");
    assert_eq!(state.claims().map(|c| c.sub.as_str()), Some(ada.id.as_str()));
    let (status, _) = api_error(emulator.client().users().get("user_nobody").send().await.expect_err("404"));
    assert_eq!(status, 404);
    assert!(emulator.session_token("user_nobody").is_err());
}

#[tokio::test]
async fn api_keys_and_m2m_tokens_verify_through_the_emulator() {
    let emulator = Emulator::start().await.expect("emulator starts");
    let clerk = emulator.client();
    let ada = user(&clerk, "ada@example.com").await;
    let key = clerk
        .api_keys()
        .create()
        .body_map(|b| b.subject(ada.id.clone()).name("ci").scopes(vec!["read".to_string()]))
        .send()
        .await
        .expect("api key");
    let secret = key.secret.clone().expect("secret shown once");
    let accepts = AuthenticateOptions::new().accepts_token([TokenType::ApiKey, TokenType::M2mToken]);
    let state = clerk.verify_token(&secret, &accepts).await.expect("checked");
    assert_eq!(state.machine().map(|m| m.subject()), Some(ada.id.as_str()), "{state:?}");
    clerk.api_keys().revoke(&key.id).send().await.expect("revoke");
    let state = clerk.verify_token(&secret, &accepts).await.expect("checked");
    assert!(matches!(state, RequestState::SignedOut(_)), "a revoked key signs nobody in: {state:?}");

    let m2m = clerk.m2m().create_token().body_map(|b| b.seconds_until_expiration(600.0)).send().await.expect("m2m");
    let token = m2m.token.clone().expect("token shown once");
    let state = clerk.verify_token(&token, &accepts).await.expect("checked");
    assert_eq!(state.machine().map(|m| m.subject()), Some("mch_emulator0000000000000000000"), "{state:?}");
}

#[tokio::test]
async fn a_webhook_arrives_signed_and_decodes_to_the_typed_event() {
    use axum::{body::Bytes, http::HeaderMap, routing::post, Router};

    let secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    let received: Arc<Mutex<Vec<WebhookEvent>>> = Arc::default();
    let sink = received.clone();
    let app = Router::new().route(
        "/hooks",
        post(move |headers: HeaderMap, body: Bytes| {
            let sink = sink.clone();
            async move {
                let webhook = Webhook::new(secret).expect("secret");
                match webhook.verify(&headers, &body) {
                    Ok(event) => {
                        sink.lock().await.push(event);
                        axum::http::StatusCode::NO_CONTENT
                    }
                    Err(_) => axum::http::StatusCode::BAD_REQUEST,
                }
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let url = format!("http://{}/hooks", listener.local_addr().expect("addr"));
    tokio::spawn(async move { axum::serve(listener, app).await });

    let emulator = Emulator::start().await.expect("emulator starts");
    emulator.webhook_endpoint(&url, secret).expect("endpoint");
    let clerk = emulator.client();
    let ada = user(&clerk, "ada@example.com").await;
    let org = clerk
        .organizations()
        .create()
        .body_map(|b| b.name("Acme").created_by(ada.id.clone()))
        .send()
        .await
        .expect("org");
    clerk.users().delete(&ada.id).send().await.expect("delete");
    emulator.flush_webhooks().await;

    let events = received.lock().await;
    let kinds: Vec<&str> = events.iter().map(|e| e.event_type()).collect();
    assert_eq!(
        kinds,
        vec![
            "user.created",
            "organization.created",
            "organizationMembership.created",
            "organizationMembership.deleted",
            "user.deleted"
        ]
    );
    match &events[0] {
        WebhookEvent::UserCreated(e) => assert_eq!(e.data.id.as_deref(), Some(ada.id.as_str())),
        other => panic!("expected user.created, got {other:?}"),
    }
    match &events[1] {
        WebhookEvent::OrganizationCreated(e) => assert_eq!(e.data.id.as_deref(), Some(org.id.as_str())),
        other => panic!("expected organization.created, got {other:?}"),
    }
}

#[tokio::test]
async fn the_block_list_and_the_allow_list_decide_who_may_be_added() {
    let emulator = Emulator::start().await.expect("emulator starts");
    let clerk = emulator.client();
    clerk.blocklist_identifiers().create().body_map(|b| b.identifier("spam@example.com")).send().await.expect("block");
    let err = clerk
        .users()
        .create()
        .body_map(|b| b.email_address(vec!["spam@example.com".to_string()]))
        .send()
        .await
        .expect_err("blocked");
    assert_eq!(api_error(err), (403, "not_allowed_access".to_string()));

    emulator.restrict_to_allowlist(true);
    clerk.allowlist_identifiers().create().body_map(|b| b.identifier("ada@example.com")).send().await.expect("allow");
    user(&clerk, "ada@example.com").await;
    let err = clerk
        .users()
        .create()
        .body_map(|b| b.email_address(vec!["grace@example.com".to_string()]))
        .send()
        .await
        .expect_err("not allowed");
    assert_eq!(api_error(err).0, 403);
    let listed = clerk.allowlist_identifiers().list().send().await.expect("list");
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].identifier.as_deref(), Some("ada@example.com"));
}

#[tokio::test]
async fn operations_it_does_not_emulate_answer_501_naming_them() {
    let emulator = Emulator::start().await.expect("emulator starts");
    let err = emulator.client().jwt_templates().list().send().await.expect_err("not emulated");
    match err {
        Error::Api(api) => {
            assert_eq!(api.status.as_u16(), 501);
            assert_eq!(api.errors[0].code, "not_emulated");
            assert!(api.errors[0].message.contains("ListJWTTemplates"), "{}", api.errors[0].message);
        }
        other => panic!("expected 501, got {other}"),
    }
}

#[tokio::test]
async fn emulators_side_by_side_share_nothing() {
    let (a, b) = (Emulator::start().await.expect("a"), Emulator::start().await.expect("b"));
    user(&a.client(), "ada@example.com").await;
    user(&b.client(), "ada@example.com").await; // no conflict: separate state
    assert_eq!(a.client().users().list().send().await.expect("a").len(), 1);
    assert_eq!(b.client().users().list().send().await.expect("b").len(), 1);
    let snapshot = a.snapshot();
    let c = Emulator::start().await.expect("c");
    c.restore(snapshot).expect("restore");
    assert_eq!(c.client().users().list().email_address(["ada@example.com"]).send().await.expect("c").len(), 1);
}

#[tokio::test]
async fn every_emulated_answer_matches_clerks_response_schema() {
    schema::every_emulated_answer_matches().await;
}
