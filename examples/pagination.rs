//! Pagination: one page with its total, or every item as a stream; the
//! user list streams by its `starting_after` cursor, and a stream's
//! `cursor()` tells where to resume.
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
    // Pages of 100 by cursor: the first without one, each next one after
    // the last user of the page before.
    for start in (0..total).step_by(100) {
        let users: Vec<Value> =
            (start..(start + 100).min(total)).map(|i| support::user(&format!("user_{i}"), "a@example.com")).collect();
        server
            .mock_async(|when, then| {
                let when = when.method(GET).path("/v1/users");
                match start {
                    0 => when.query_param_missing("starting_after"),
                    _ => when.query_param("starting_after", format!("user_{}", start - 1)),
                };
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
        if count == 100 {
            break; // a job stopping half-way...
        }
    }
    let saved = users.cursor().map(str::to_string).unwrap_or_default();
    println!("stopped after {count} users ({:?} paging); resume after {saved}", users.paging());

    // ...picks up after the last user it handled.
    let rest: Vec<_> = clerk.users().list().limit(100).starting_after(saved).stream().try_collect().await?;
    println!("resumed: {} more users, {} in all", rest.len(), count + rest.len());

    // One page with the total, whatever shape the endpoint answers in.
    let page = clerk.invitations().list().limit(10).send_page().await?;
    println!("invitations: {} on this page, {:?} in all", page.items.len(), page.total_count);
    Ok(())
}
