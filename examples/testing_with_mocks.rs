//! Testing your own code against typed mocks of Clerk (the `mock` feature).
//!
//! `cargo run --example testing_with_mocks`

use clerk_backend_api::mock::MockServerExt;
use clerk_backend_api::{types, Clerk};
use httpmock::MockServer;
use serde_json::json;

/// Code under test: invites everyone on a list.
async fn invite_all(clerk: &Clerk, emails: &[&str]) -> Result<Vec<String>, clerk_backend_api::Error> {
    let mut ids = Vec::new();
    for email in emails {
        let inv = clerk.invitations().create().body_map(|b| b.email_address(*email).notify(true)).send().await?;
        ids.push(inv.id);
    }
    Ok(ids)
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    let server = MockServer::start_async().await;
    let invitation: types::Invitation = serde_json::from_value(json!({
        "object": "invitation", "id": "inv_1", "email_address": "ada@example.com",
        "public_metadata": {}, "status": "pending", "created_at": 1, "updated_at": 1
    }))?;
    // The typed mock knows the method and path; `ok` takes the typed answer.
    let mock = server.create_invitation(|when, then| {
        let body = types::CreateInvitationBody::builder().email_address("ada@example.com").notify(true);
        when.body(&body.try_into().expect("a valid body"));
        then.ok(&invitation);
    });

    let clerk = Clerk::builder().secret_key("sk_test_demo").base_url(server.base_url()).build()?;
    let ids = invite_all(&clerk, &["ada@example.com"]).await?;
    mock.assert_async().await;
    println!("invite_all returned {ids:?}; the mock saw exactly the body it expected");
    Ok(())
}
