//! The everyday flows: waitlist, invitations, allow-list, email addresses,
//! and what an error looks like.
//!
//! ```sh
//! cargo run --example quickstart                 # against the Clerk emulator, started in-process
//! CLERK_SECRET_KEY=sk_test_... cargo run --example quickstart           # real API, lists only
//! CLERK_SECRET_KEY=sk_test_... cargo run --example quickstart -- --write  # real API, creates and cleans up
//! ```

use clerk_backend_api::emulator::Emulator;
use clerk_backend_api::{Clerk, Error};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    let write = std::env::args().any(|a| a == "--write");
    match std::env::var("CLERK_SECRET_KEY") {
        Ok(key) if !key.trim().is_empty() => {
            let clerk = Clerk::builder().secret_key(key).user_agent_suffix("quickstart").build()?;
            let user_id = std::env::var("QUICKSTART_USER_ID").ok();
            if write {
                println!("mode: real Clerk API at {} (--write: creates, then cleans up)\n", clerk.base_url());
                writes(&clerk, &format!("quickstart+{}@example.com", std::process::id()), user_id).await?;
            } else {
                println!("mode: real Clerk API at {} (read-only; pass --write to create)\n", clerk.base_url());
                reads(&clerk).await?;
            }
        }
        _ => {
            // No key: a local Clerk, in memory, that keeps what is created.
            let emulator = Emulator::start().await?;
            println!("mode: Clerk emulator at {} (set CLERK_SECRET_KEY for the real API)\n", emulator.url());
            let clerk = emulator.client();
            let user = clerk
                .users()
                .create()
                .body_map(|b| b.email_address(vec!["ada@example.com".to_string()]).first_name("Ada"))
                .send()
                .await?;
            println!("users         created {} ({})", user.id, user.email_addresses[0].email_address);
            writes(&clerk, "grace@example.com", Some(user.id.clone())).await?;
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
async fn writes(clerk: &Clerk, email: &str, user_id: Option<String>) -> Result<(), Error> {
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

    if let Some(user_id) = user_id {
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

/// A 400 from Clerk (`duplicate_record`), and what the error tells you: the same address
/// invited twice.
async fn an_error(clerk: &Clerk) {
    let invite = || clerk.invitations().create().body_map(|b| b.email_address("taken@example.com").notify(false));
    if invite().send().await.is_err() {
        return;
    }
    let result = invite().send().await;
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
