//! The parameters the emulator honours change the answer as Clerk's spec
//! says they do: user filters, `+`/`-` include and exclude, membership
//! queries, invitation expiry and notification, session token lifetime and
//! a session's active organization. Through the SDK.

use super::user;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use clerk_backend_api::emulator::Emulator;
use clerk_backend_api::Clerk;
use serde_json::Value;
use std::sync::{Arc, Mutex};

async fn ids(list: clerk_backend_api::builder::GetUserList<'_>) -> Vec<String> {
    let mut ids: Vec<String> = list.send().await.expect("list").into_iter().map(|u| u.id).collect();
    ids.sort();
    ids
}

fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v
}

/// A JWT's claims.
fn claims(jwt: &str) -> Value {
    let payload = jwt.split('.').nth(1).expect("a JWT");
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(payload).expect("base64")).expect("JSON")
}

async fn named(clerk: &Clerk, email: &str, first: &str, last: &str) -> clerk_backend_api::types::User {
    clerk
        .users()
        .create()
        .body_map(|b| b.email_address(vec![email.to_string()]).first_name(first).last_name(last))
        .send()
        .await
        .expect("user")
}

#[tokio::test]
async fn user_filters_narrow_the_list_and_the_count() {
    let emulator = Emulator::start().await.expect("emulator starts");
    let clerk = emulator.client();
    let ada = named(&clerk, "ada@example.com", "Ada", "Lovelace").await;
    let grace = named(&clerk, "grace@navy.mil", "Grace", "Hopper").await;
    let alan = clerk
        .users()
        .create()
        .body_map(|b| b.email_address(vec!["alan@example.com".to_string()]).username("turing").external_id("ext-1"))
        .send()
        .await
        .expect("alan");
    let all = sorted(vec![ada.id.clone(), grace.id.clone(), alan.id.clone()]);

    clerk.users().ban(&grace.id).send().await.expect("ban");
    assert_eq!(ids(clerk.users().list().banned(true)).await, vec![grace.id.clone()]);
    assert_eq!(ids(clerk.users().list().banned(false)).await, sorted(vec![ada.id.clone(), alan.id.clone()]));
    assert_eq!(clerk.users().count().banned(true).send().await.expect("count").total_count, 1);

    assert_eq!(ids(clerk.users().list().email_address_query("NAVY")).await, vec![grace.id.clone()]);
    assert_eq!(ids(clerk.users().list().name_query("love")).await, vec![ada.id.clone()]);
    assert_eq!(ids(clerk.users().list().name_query("ada lovelace")).await, vec![ada.id.clone()]);
    assert_eq!(ids(clerk.users().list().username_query("tur")).await, vec![alan.id.clone()]);
    assert!(ids(clerk.users().list().phone_number_query("555")).await.is_empty());
    assert!(ids(clerk.users().list().web3_wallet(["0xabc"])).await.is_empty(), "no user has a wallet");

    // `+` and `-` include and exclude.
    assert_eq!(
        ids(clerk.users().list().user_id([format!("-{}", ada.id)])).await,
        sorted(vec![grace.id.clone(), alan.id.clone()])
    );
    assert_eq!(ids(clerk.users().list().user_id([format!("+{}", ada.id)])).await, vec![ada.id.clone()]);
    assert_eq!(ids(clerk.users().list().external_id(["-ext-1"])).await, sorted(vec![ada.id.clone(), grace.id.clone()]));
    let org = clerk
        .organizations()
        .create()
        .body_map(|b| b.name("Acme").created_by(ada.id.clone()))
        .send()
        .await
        .expect("org");
    assert_eq!(ids(clerk.users().list().organization_id([org.id.clone()])).await, vec![ada.id.clone()]);
    assert_eq!(
        ids(clerk.users().list().organization_id([format!("-{}", org.id)])).await,
        sorted(vec![grace.id.clone(), alan.id.clone()])
    );

    // Time windows (Unix milliseconds).
    let created = |id: &str, users: &[&clerk_backend_api::types::User]| {
        users.iter().find(|u| u.id == id).map(|u| u.created_at).expect("created_at")
    };
    let grace_at = created(&grace.id, &[&ada, &grace, &alan]);
    let before: Vec<String> = ids(clerk.users().list().created_at_before(grace_at)).await;
    assert!(!before.contains(&grace.id) && !before.contains(&alan.id));
    assert!(ids(clerk.users().list().created_at_after(grace_at - 1)).await.contains(&grace.id));
    assert_eq!(ids(clerk.users().list().created_at_after(0)).await, all);
    assert!(ids(clerk.users().list().last_active_at_after(0)).await.is_empty(), "no one has been active");
    emulator.session_token(&alan.id).expect("alan signs in");
    assert_eq!(ids(clerk.users().list().last_active_at_after(0)).await, vec![alan.id.clone()]);
    assert_eq!(ids(clerk.users().list().last_sign_in_at_after(0)).await, vec![alan.id.clone()]);
    let far = 4_000_000_000_000i64;
    assert_eq!(ids(clerk.users().list().last_active_at_before(far)).await, vec![alan.id.clone()]);
}

async fn members(list: clerk_backend_api::builder::ListOrganizationMemberships<'_>) -> Vec<String> {
    let page = list.send().await.expect("members");
    page.data.into_iter().map(|m| m.public_user_data.map(|p| p.user_id).unwrap_or_default()).collect()
}

#[tokio::test]
async fn membership_lists_filter_by_their_users() {
    let emulator = Emulator::start().await.expect("emulator starts");
    let clerk = emulator.client();
    let ada = named(&clerk, "ada@example.com", "Ada", "Lovelace").await;
    let grace = named(&clerk, "grace@navy.mil", "Grace", "Hopper").await;
    let org = clerk
        .organizations()
        .create()
        .body_map(|b| b.name("Acme").created_by(ada.id.clone()))
        .send()
        .await
        .expect("org");
    clerk
        .organization_memberships()
        .create(&org.id)
        .body_map(|b| b.user_id(grace.id.clone()).role("org:member"))
        .send()
        .await
        .expect("member");
    assert_eq!(members(clerk.organization_memberships().list(&org.id).query("hopper")).await, vec![grace.id.clone()]);
    assert_eq!(
        members(clerk.organization_memberships().list(&org.id).email_address_query("example")).await,
        vec![ada.id.clone()]
    );
    assert_eq!(members(clerk.organization_memberships().list(&org.id).role(["org:admin"])).await, vec![ada.id.clone()]);
    assert_eq!(
        members(clerk.organization_memberships().list(&org.id).user_id([format!("-{}", ada.id)])).await,
        vec![grace.id.clone()]
    );
    assert_eq!(
        members(clerk.organization_memberships().list(&org.id).order_by("+first_name")).await,
        vec![ada.id.clone(), grace.id.clone()]
    );
    assert_eq!(
        members(clerk.organization_memberships().list(&org.id).order_by("-first_name")).await,
        vec![grace.id.clone(), ada.id.clone()]
    );
    let orgs = clerk.organizations().list().user_id([grace.id.clone()]).send().await.expect("orgs");
    assert_eq!(orgs.data.len(), 1);
    let none = clerk.organizations().list().user_id([format!("-{}", grace.id)]).send().await.expect("orgs");
    assert!(none.data.is_empty());
}

/// A webhook receiver that keeps every event's JSON.
async fn receiver() -> (String, Arc<Mutex<Vec<Value>>>) {
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
    (url, got)
}

#[tokio::test]
async fn organization_invitations_expire_and_notify_as_asked() {
    let emulator = Emulator::start().await.expect("emulator starts");
    let (url, events) = receiver().await;
    emulator.webhook_endpoint(&url, "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw").expect("endpoint");
    let clerk = emulator.client();
    let org = clerk.organizations().create().body_map(|b| b.name("Acme")).send().await.expect("org");
    let week = clerk
        .organization_invitations()
        .create(&org.id)
        .body_map(|b| b.email_address("a@example.com").role("org:member").expires_in_days(7))
        .send()
        .await
        .expect("invite");
    assert_eq!(week.expires_at.unwrap_or(0) - week.created_at, 7 * 86_400_000);
    clerk
        .organization_invitations()
        .create(&org.id)
        .body_map(|b| b.email_address("quiet@example.com").role("org:member").notify(false))
        .send()
        .await
        .expect("quiet invite");
    emulator.flush_webhooks().await;
    let emails: Vec<String> = events
        .lock()
        .expect("lock")
        .iter()
        .filter(|e| e["type"] == "email.created")
        .filter_map(|e| e["data"]["to_email_address"].as_str().map(str::to_string))
        .collect();
    assert_eq!(emails, vec!["a@example.com".to_string()], "notify: false sends no email");
    let pending =
        clerk.organization_invitations().list(&org.id).email_address("quiet@example.com").send().await.expect("list");
    assert_eq!(pending.data.len(), 1);
}

#[tokio::test]
async fn session_tokens_last_as_asked_and_carry_the_active_organization() {
    let emulator = Emulator::start().await.expect("emulator starts");
    let clerk = emulator.client();
    let ada = user(&clerk, "ada@example.com").await;
    let org = clerk
        .organizations()
        .create()
        .body_map(|b| b.name("Acme").created_by(ada.id.clone()))
        .send()
        .await
        .expect("org");
    let session = clerk
        .sessions()
        .create()
        .body_map(|b| b.user_id(ada.id.clone()).active_organization_id(org.id.clone()))
        .send()
        .await
        .expect("session");
    assert_eq!(session.last_active_organization_id.as_deref(), Some(org.id.as_str()));

    let token = clerk.sessions().create_token(&session.id).send().await.expect("token");
    let c = claims(token.jwt.as_deref().unwrap_or_default());
    let lifetime = |c: &Value| c["exp"].as_i64().unwrap_or(0) - c["iat"].as_i64().unwrap_or(0);
    assert!((61..=62).contains(&lifetime(&c)), "60 s, issued a second back: {c}");
    assert_eq!(c["o"]["id"], Value::from(org.id.clone()));
    assert_eq!(c["o"]["rol"], "admin");
    let long = clerk
        .sessions()
        .create_token(&session.id)
        .body_map(|b| b.expires_in_seconds(3600))
        .send()
        .await
        .expect("token");
    let c = claims(long.jwt.as_deref().unwrap_or_default());
    assert!((3601..=3602).contains(&lifetime(&c)), "{c}");
    let err = clerk.sessions().create_token(&session.id).body_map(|b| b.expires_in_seconds(5)).send().await;
    assert_eq!(super::api_error(err.expect_err("under 30 s")).0, 422);
}
