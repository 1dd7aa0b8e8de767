//! Pagination: one page with its total, or every item as a stream.
//!
//! `cargo run --example pagination` (offline, against an embedded mock
//! holding 250 users).

#[path = "support/mod.rs"]
mod support;

use clerk_backend_api::Clerk;
use futures::TryStreamExt;
use httpmock::prelude::*;
use serde_json::{json, Value};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    let server = MockServer::start_async().await;
    let total = 250;
    for offset in (0..total).step_by(100) {
        let users: Vec<Value> =
            (offset..(offset + 100).min(total)).map(|i| support::user(&format!("user_{i}"), "a@example.com")).collect();
        server
            .mock_async(|when, then| {
                when.method(GET).path("/v1/users").query_param("offset", offset.to_string());
                then.status(200).json_body(Value::Array(users));
            })
            .await;
    }
    server
        .mock_async(|when, then| {
            when.method(GET).path("/v1/invitations").query_param("paginated", "true");
            then.status(200).json_body(json!({"data": [], "total_count": 0}));
        })
        .await;
    let clerk = Clerk::builder().secret_key("sk_test_demo").base_url(server.base_url()).build()?;

    // Every user, 100 per request, one request in flight, one page in memory.
    let mut users = clerk.users().list().limit(100).stream();
    let mut count = 0;
    while let Some(user) = users.try_next().await? {
        count += 1;
        if count % 100 == 1 {
            println!("streaming... {} ({})", user.id, user.first_name.as_deref().unwrap_or("-"));
        }
    }
    println!("streamed {count} users");

    // One page with the total, whatever shape the endpoint answers in.
    let page = clerk.invitations().list().limit(10).send_page().await?;
    println!("invitations: {} on this page, {:?} in all", page.items.len(), page.total_count);
    Ok(())
}
