//! The everyday flows: waitlist, invitations, allow-list, email addresses,
//! and what an error looks like.
//!
//! ```sh
//! cargo run --example quickstart                 # against an embedded mock of Clerk
//! CLERK_SECRET_KEY=sk_test_... cargo run --example quickstart           # real API, lists only
//! CLERK_SECRET_KEY=sk_test_... cargo run --example quickstart -- --write  # real API, creates and cleans up
//! ```

#[path = "support/mod.rs"]
mod support;

use clerk_backend_api::mock::MockServerExt;
use clerk_backend_api::{Clerk, Error};
use httpmock::MockServer;
use serde_json::json;
use support::*;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    let write = std::env::args().any(|a| a == "--write");
    match std::env::var("CLERK_SECRET_KEY") {
        Ok(key) if !key.trim().is_empty() => {
            let clerk = Clerk::builder().secret_key(key).user_agent_suffix("quickstart").build()?;
            if write {
                println!("mode: real Clerk API at {} (--write: creates, then cleans up)\n", clerk.base_url());
                writes(&clerk, &format!("quickstart+{}@example.com", std::process::id())).await?;
            } else {
                println!("mode: real Clerk API at {} (read-only; pass --write to create)\n", clerk.base_url());
                reads(&clerk).await?;
            }
        }
        _ => {
            let server = MockServer::start_async().await;
            stub_clerk(&server);
            println!("mode: embedded mock at {} (set CLERK_SECRET_KEY for the real API)\n", server.base_url());
            let clerk = Clerk::builder().secret_key("sk_test_quickstart").base_url(server.base_url()).build()?;
            writes(&clerk, "ada@example.com").await?;
            reads(&clerk).await?;
            an_error(&clerk).await;
        }
    }
    Ok(())
}

/// Lists: safe against a real instance.
async fn reads(clerk: &Clerk) -> Result<(), Error> {
    let page = clerk.waitlist_entries().list().limit(20).offset(0).order_by("-created_at").send().await?;
    println!(
        "waitlist      {} entries in all; first: {}",
        page.total_count,
        first(page.data.iter().map(|e| &e.email_address))
    );
    let invitations = clerk.invitations().list().limit(20).offset(0).send().await?;
    println!(
        "invitations   {} listed; first: {}",
        invitations.len(),
        first(invitations.iter().map(|i| &i.email_address))
    );
    let allowed = clerk.allowlist_identifiers().list().send().await?;
    println!(
        "allow-list    {} identifiers; first: {}",
        allowed.len(),
        first(allowed.iter().filter_map(|a| a.identifier.as_ref()))
    );
    Ok(())
}

/// The seed flows, creating things and then removing them.
async fn writes(clerk: &Clerk, email: &str) -> Result<(), Error> {
    let entry = clerk.waitlist_entries().create().body_map(|b| b.email_address(email).notify(false)).send().await?;
    println!("waitlist      added {} as {} ({})", entry.email_address, entry.id, entry.status);

    let invitation = clerk
        .invitations()
        .create()
        .body_map(|b| {
            b.email_address(email).redirect_url("https://example.com/welcome").expires_in_days(7).notify(false)
        })
        .send()
        .await?;
    println!("invitations   invited {} as {} ({})", invitation.email_address, invitation.id, invitation.status);
    let revoked = clerk.invitations().revoke(&invitation.id).send().await?;
    println!("invitations   revoked {} -> {}", revoked.id, revoked.status);

    let allowed = clerk.allowlist_identifiers().create().body_map(|b| b.identifier(email).notify(false)).send().await?;
    let allowed_id = allowed.id.clone().unwrap_or_default();
    println!("allow-list    added {} as {allowed_id}", allowed.identifier.as_deref().unwrap_or("?"));
    let removed = clerk.allowlist_identifiers().delete(&allowed_id).send().await?;
    println!("allow-list    removed {} (deleted: {})", removed.id.as_deref().unwrap_or("?"), removed.deleted);

    if let Some(user_id) = std::env::var("QUICKSTART_USER_ID")
        .ok()
        .or_else(|| clerk.base_url().starts_with("http://127.").then(|| "user_demo".to_string()))
    {
        let address = format!("second+{email}");
        let created = clerk
            .email_addresses()
            .create()
            .body_map(|b| b.user_id(&user_id).email_address(address.as_str()).verified(true).primary(false))
            .send()
            .await?;
        let id = created.id.clone().unwrap_or_default();
        println!("email         created {} as {id} for {user_id}", created.email_address);
        let fetched = clerk.email_addresses().get(&id).send().await?;
        println!(
            "email         fetched {} (verification on record: {})",
            fetched.email_address,
            fetched.verification.is_some()
        );
        clerk.email_addresses().update(&id).body_map(|b| b.primary(true)).send().await?;
        println!("email         made {id} primary");
        let gone = clerk.email_addresses().delete(&id).send().await?;
        println!("email         deleted {}", gone.id.as_deref().unwrap_or("?"));
    } else {
        println!("email         skipped: set QUICKSTART_USER_ID to a user of your instance to try it");
    }
    let removed = clerk.waitlist_entries().delete(&entry.id).send().await?;
    println!("waitlist      removed {}\n", removed.id.as_deref().unwrap_or("?"));
    Ok(())
}

/// A 422 from Clerk, and what the error tells you.
async fn an_error(clerk: &Clerk) {
    let result = clerk.invitations().create().body_map(|b| b.email_address("taken@example.com")).send().await;
    let Err(err) = result else { return };
    println!("error         {err}");
    if let Some(api) = err.api() {
        println!(
            "              status {}, code {:?}, trace {:?}, never sent: {}",
            api.status.as_u16(),
            api.code().unwrap_or("-"),
            api.trace_id.as_deref().unwrap_or("-"),
            err.is_never_sent()
        );
    }
}

fn first<'a>(mut items: impl Iterator<Item = &'a String>) -> &'a str {
    items.next().map(String::as_str).unwrap_or("-")
}

/// The embedded mock: typed stubs from the `mock` feature.
fn stub_clerk(server: &MockServer) {
    server.create_waitlist_entry(|_, then| {
        then.ok(&waitlist_entry("wle_2p9Xc", "ada@example.com", "pending"));
    });
    server.list_waitlist_entries(|_, then| {
        then.ok(&serde_json::from_value(json!({
            "data": [waitlist_entry("wle_2p9Xc", "ada@example.com", "pending"), waitlist_entry("wle_2p9Xd", "grace@example.com", "invited")],
            "total_count": 2
        }))
        .expect("a valid page"));
    });
    server.delete_waitlist_entry(|when, then| {
        when.waitlist_entry_id("wle_2p9Xc");
        then.ok(&serde_json::from_value(json!({"object": "waitlist_entry", "id": "wle_2p9Xc", "deleted": true}))
            .expect("deleted"));
    });
    server.create_invitation(|when, then| {
        when.into_inner().json_body_includes(r#"{"email_address": "taken@example.com"}"#);
        then.unprocessable_entity(&clerk_error(
            "duplicate_record",
            "duplicate invitation",
            "There are already pending invitations for the following email addresses: taken@example.com",
        ));
    });
    server.create_invitation(|_, then| {
        then.ok(&invitation("inv_2p9Xe", "ada@example.com", "pending"));
    });
    server.list_invitations(|_, then| {
        then.ok(
            &serde_json::from_value(json!([invitation("inv_2p9Xe", "ada@example.com", "revoked")])).expect("a list")
        );
    });
    server.revoke_invitation(|when, then| {
        when.invitation_id("inv_2p9Xe");
        then.ok(&serde_json::from_value(json!(invitation("inv_2p9Xe", "ada@example.com", "revoked"))).expect("revoked"));
    });
    server.create_allowlist_identifier(|_, then| {
        then.ok(&allowlist_identifier("alid_2p9Xf", "ada@example.com"));
    });
    server.list_allowlist_identifiers(|_, then| {
        then.ok(&vec![allowlist_identifier("alid_2p9Xf", "ada@example.com")]);
    });
    server.delete_allowlist_identifier(|when, then| {
        when.identifier_id("alid_2p9Xf");
        then.ok(&serde_json::from_value(
            json!({"object": "allowlist_identifier", "id": "alid_2p9Xf", "deleted": true}),
        )
        .expect("deleted"));
    });
    server.create_email_address(|_, then| {
        then.ok(&email_address("idn_2p9Xg", "second+ada@example.com", true));
    });
    server.get_email_address(|when, then| {
        when.email_address_id("idn_2p9Xg");
        then.ok(&email_address("idn_2p9Xg", "second+ada@example.com", true));
    });
    server.update_email_address(|when, then| {
        when.email_address_id("idn_2p9Xg");
        then.ok(&email_address("idn_2p9Xg", "second+ada@example.com", true));
    });
    server.delete_email_address(|when, then| {
        when.email_address_id("idn_2p9Xg");
        then.ok(&serde_json::from_value(json!({"object": "email_address", "id": "idn_2p9Xg", "deleted": true}))
            .expect("deleted"));
    });
}
