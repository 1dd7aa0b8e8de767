//! The first users' daily calls (waitlist entries, invitations, allow-list
//! identifiers, email addresses), written exactly as the issue and the seed
//! docs show them. Each test pins the literal method, path, query and JSON
//! body Clerk documents, the three headers, and decodes a realistic answer.

mod common;

use common::*;
use httpmock::prelude::*;
use serde_json::json;

#[tokio::test]
async fn waitlist_entries_list_sends_paging_filter_and_order() {
    let server = MockServer::start_async().await;
    let m = server
        .mock_async(|when, then| {
            with_clerk_headers(when.method(GET).path("/v1/waitlist_entries"))
                .query_param("limit", "20")
                .query_param("offset", "10")
                .query_param("query", "ada@example.com")
                .query_param("order_by", "-created_at")
                .query_param("status", "completed")
                .query_param_count(".*", ".*", 5);
            then.status(200).json_body(json!({
                "data": [waitlist_entry("wle_1", "ada@example.com", "completed")],
                "total_count": 31
            }));
        })
        .await;
    let clerk = clerk(&server);
    let page = clerk
        .waitlist_entries()
        .list()
        .limit(20)
        .offset(10)
        .query("ada@example.com")
        .order_by("-created_at")
        .status(clerk_backend_api::types::ListWaitlistEntriesStatus::Completed)
        .send()
        .await
        .expect("list succeeds");
    m.assert_async().await;
    assert_eq!(page.total_count, 31);
    assert_eq!(page.data.len(), 1);
    assert_eq!(page.data[0].id, "wle_1");
    assert_eq!(page.data[0].email_address, "ada@example.com");
    assert_eq!(page.data[0].status.to_string(), "completed");
}

#[tokio::test]
async fn waitlist_entries_create_posts_email_and_notify() {
    let server = MockServer::start_async().await;
    let m = server
        .mock_async(|when, then| {
            with_clerk_headers(when.method(POST).path("/v1/waitlist_entries"))
                .header("content-type", "application/json")
                .json_body(json!({"email_address": "ada@example.com", "notify": true}));
            then.status(200).json_body(waitlist_entry("wle_2", "ada@example.com", "pending"));
        })
        .await;
    let clerk = clerk(&server);
    let entry = clerk
        .waitlist_entries()
        .create()
        .body_map(|b| b.email_address("ada@example.com").notify(true))
        .send()
        .await
        .expect("create succeeds");
    m.assert_async().await;
    assert_eq!(entry.id, "wle_2");
    assert_eq!(entry.is_locked, Some(false));
}

#[tokio::test]
async fn invitations_create_list_and_revoke() {
    let server = MockServer::start_async().await;
    let create = server
        .mock_async(|when, then| {
            with_clerk_headers(when.method(POST).path("/v1/invitations")).json_body(json!({
                "email_address": "ada@example.com",
                "redirect_url": "https://example.com/welcome",
                "expires_in_days": 7,
                "notify": true
            }));
            then.status(200).json_body(invitation("inv_123", "ada@example.com", "pending"));
        })
        .await;
    let list = server
        .mock_async(|when, then| {
            with_clerk_headers(when.method(GET).path("/v1/invitations"))
                .query_param("limit", "20")
                .query_param("offset", "0")
                .query_param_count(".*", ".*", 2);
            then.status(200).json_body(json!([
                invitation("inv_123", "ada@example.com", "pending"),
                invitation("inv_124", "grace@example.com", "accepted")
            ]));
        })
        .await;
    let revoke = server
        .mock_async(|when, then| {
            with_clerk_headers(when.method(POST).path("/v1/invitations/inv_123/revoke"));
            then.status(200).json_body(invitation("inv_123", "ada@example.com", "revoked"));
        })
        .await;

    let clerk = clerk(&server);
    let inv = clerk
        .invitations()
        .create()
        .body_map(|b| {
            b.email_address("ada@example.com")
                .redirect_url("https://example.com/welcome")
                .expires_in_days(7)
                .notify(true)
        })
        .send()
        .await
        .expect("create succeeds");
    assert_eq!(inv.id, "inv_123");
    assert_eq!(inv.public_metadata.get("plan"), Some(&json!("pro")));

    let all = clerk.invitations().list().limit(20).offset(0).send().await.expect("list succeeds");
    assert_eq!(all.len(), 2);
    assert_eq!(all[1].email_address, "grace@example.com");

    let revoked = clerk.invitations().revoke(&inv.id).send().await.expect("revoke succeeds");
    assert_eq!(revoked.status.to_string(), "revoked");
    assert_eq!(revoked.revoked, Some(true));
    create.assert_async().await;
    list.assert_async().await;
    revoke.assert_async().await;
}

#[tokio::test]
async fn allowlist_identifiers_list_create_delete() {
    let server = MockServer::start_async().await;
    let list = server
        .mock_async(|when, then| {
            with_clerk_headers(when.method(GET).path("/v1/allowlist_identifiers")).query_param_count(".*", ".*", 0);
            then.status(200).json_body(json!([allowlist_identifier("alid_1", "ada@example.com")]));
        })
        .await;
    let create = server
        .mock_async(|when, then| {
            with_clerk_headers(when.method(POST).path("/v1/allowlist_identifiers"))
                .json_body(json!({"identifier": "ada@example.com"}));
            then.status(200).json_body(allowlist_identifier("alid_123", "ada@example.com"));
        })
        .await;
    let delete = server
        .mock_async(|when, then| {
            with_clerk_headers(when.method(DELETE).path("/v1/allowlist_identifiers/alid_123"));
            then.status(200).json_body(deleted("alid_123", "allowlist_identifier"));
        })
        .await;
    let clerk = clerk(&server);
    let ids = clerk.allowlist_identifiers().list().send().await.expect("list");
    assert_eq!(ids[0].identifier.as_deref(), Some("ada@example.com"));
    let created = clerk
        .allowlist_identifiers()
        .create()
        .body_map(|b| b.identifier("ada@example.com"))
        .send()
        .await
        .expect("create");
    assert_eq!(created.id.as_deref(), Some("alid_123"));
    let gone = clerk.allowlist_identifiers().delete("alid_123").send().await.expect("delete");
    assert!(gone.deleted);
    list.assert_async().await;
    create.assert_async().await;
    delete.assert_async().await;
}

#[tokio::test]
async fn email_addresses_create_get_update_delete() {
    let server = MockServer::start_async().await;
    let create = server
        .mock_async(|when, then| {
            with_clerk_headers(when.method(POST).path("/v1/email_addresses")).json_body(json!({
                "user_id": "user_123",
                "email_address": "ada@example.com",
                "verified": false,
                "primary": true
            }));
            then.status(200).json_body(email_address("idn_123", "ada@example.com"));
        })
        .await;
    let get = server
        .mock_async(|when, then| {
            with_clerk_headers(when.method(GET).path("/v1/email_addresses/idn_123"));
            then.status(200).json_body(email_address("idn_123", "ada@example.com"));
        })
        .await;
    let update = server
        .mock_async(|when, then| {
            with_clerk_headers(when.method(PATCH).path("/v1/email_addresses/idn_123"))
                .json_body(json!({"verified": false, "primary": true}));
            then.status(200).json_body(email_address("idn_123", "ada@example.com"));
        })
        .await;
    let delete = server
        .mock_async(|when, then| {
            with_clerk_headers(when.method(DELETE).path("/v1/email_addresses/idn_123"));
            then.status(200).json_body(deleted("idn_123", "email_address"));
        })
        .await;
    let clerk = clerk(&server);
    let created = clerk
        .email_addresses()
        .create()
        .body_map(|b| b.user_id("user_123").email_address("ada@example.com").verified(false).primary(true))
        .send()
        .await
        .expect("create");
    assert_eq!(created.id.as_deref(), Some("idn_123"));
    assert_eq!(created.linked_to.len(), 1);
    let fetched = clerk.email_addresses().get("idn_123").send().await.expect("get");
    assert_eq!(fetched.email_address, "ada@example.com");
    clerk
        .email_addresses()
        .update("idn_123")
        .body_map(|b| b.verified(false).primary(true))
        .send()
        .await
        .expect("update");
    let gone = clerk.email_addresses().delete("idn_123").send().await.expect("delete");
    assert_eq!(gone.id.as_deref(), Some("idn_123"));
    create.assert_async().await;
    get.assert_async().await;
    update.assert_async().await;
    delete.assert_async().await;
}

/// The snippet from the issue, compiled and run as written.
#[rustfmt::skip]
#[tokio::test]
async fn the_issue_snippet_runs_as_written() -> Result<(), clerk_backend_api::Error> {
    use clerk_backend_api::Clerk;
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method(GET).path("/v1/waitlist_entries");
            then.status(200).json_body(json!({"data": [], "total_count": 0}));
        })
        .await;
    server
        .mock_async(|when, then| {
            when.method(POST).path("/v1/waitlist_entries");
            then.status(200).json_body(waitlist_entry("wle_1", "ada@example.com", "pending"));
        })
        .await;
    server
        .mock_async(|when, then| {
            when.method(POST).path("/v1/invitations");
            then.status(200).json_body(invitation("inv_123", "ada@example.com", "pending"));
        })
        .await;
    server
        .mock_async(|when, then| {
            when.method(GET).path("/v1/invitations");
            then.status(200).json_body(json!([]));
        })
        .await;
    server
        .mock_async(|when, then| {
            when.method(POST).path("/v1/invitations/inv_123/revoke");
            then.status(200).json_body(invitation("inv_123", "ada@example.com", "revoked"));
        })
        .await;
    server
        .mock_async(|when, then| {
            when.method(GET).path("/v1/allowlist_identifiers");
            then.status(200).json_body(json!([]));
        })
        .await;
    server
        .mock_async(|when, then| {
            when.method(POST).path("/v1/allowlist_identifiers");
            then.status(200).json_body(allowlist_identifier("alid_123", "ada@example.com"));
        })
        .await;
    server
        .mock_async(|when, then| {
            when.method(DELETE).path("/v1/allowlist_identifiers/alid_123");
            then.status(200).json_body(deleted("alid_123", "allowlist_identifier"));
        })
        .await;
    server
        .mock_async(|when, then| {
            when.path("/v1/email_addresses/idn_123").method(GET);
            then.status(200).json_body(email_address("idn_123", "ada@example.com"));
        })
        .await;
    server
        .mock_async(|when, then| {
            when.path("/v1/email_addresses/idn_123").method(PATCH);
            then.status(200).json_body(email_address("idn_123", "ada@example.com"));
        })
        .await;
    server
        .mock_async(|when, then| {
            when.path("/v1/email_addresses/idn_123").method(DELETE);
            then.status(200).json_body(deleted("idn_123", "email_address"));
        })
        .await;
    server
        .mock_async(|when, then| {
            when.path("/v1/email_addresses").method(POST);
            then.status(200).json_body(email_address("idn_123", "ada@example.com"));
        })
        .await;
    let base = server.base_url();

    let clerk = Clerk::builder().secret_key("sk_test_123").base_url(base.as_str()).build()?;
    clerk.waitlist_entries().list().limit(20).offset(10).query("ada@example.com").order_by("-created_at").send().await?;
    clerk.waitlist_entries().create().body_map(|b| b.email_address("ada@example.com").notify(true)).send().await?;
    clerk.invitations().create().body_map(|b| b.email_address("ada@example.com").redirect_url("https://example.com/welcome").expires_in_days(7).notify(true)).send().await?;
    clerk.invitations().list().limit(20).offset(0).send().await?;
    clerk.invitations().revoke("inv_123").send().await?;
    clerk.allowlist_identifiers().list().send().await?;
    clerk.allowlist_identifiers().create().body_map(|b| b.identifier("ada@example.com")).send().await?;
    clerk.allowlist_identifiers().delete("alid_123").send().await?;
    clerk.email_addresses().create().body_map(|b| b.user_id("user_123").email_address("ada@example.com").verified(false).primary(true)).send().await?;
    clerk.email_addresses().get("idn_123").send().await?;
    clerk.email_addresses().update("idn_123").body_map(|b| b.verified(false).primary(true)).send().await?;
    clerk.email_addresses().delete("idn_123").send().await?;
    Ok(())
}
