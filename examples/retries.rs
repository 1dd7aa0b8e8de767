//! Retries: what is repeated, what is not, and how to change it.
//!
//! `cargo run --example retries` (offline, against an embedded mock).

use clerk_backend_api::{Clerk, RetryPolicy};
use httpmock::prelude::*;
use std::time::Duration;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    let server = MockServer::start_async().await;
    let get = server
        .mock_async(|when, then| {
            when.method(GET).path("/v1/users/user_1");
            then.status(503).body("upstream busy");
        })
        .await;
    let post = server
        .mock_async(|when, then| {
            when.method(POST).path("/v1/invitations");
            then.status(503).body("upstream busy");
        })
        .await;

    // Short waits so the example finishes quickly; the defaults start at 500 ms.
    let policy = RetryPolicy::default().initial_delay(Duration::from_millis(100)).max_attempts(3);
    let clerk = Clerk::builder().secret_key("sk_test_demo").base_url(server.base_url()).retry_policy(policy).build()?;

    let err = clerk.users().get("user_1").send().await.expect_err("always 503");
    println!("GET  with 503s: {} requests -> {err}", get.calls_async().await);

    let err =
        clerk.invitations().create().body_map(|b| b.email_address("ada@example.com")).send().await.expect_err("503");
    println!("POST with 503s: {} request (POST is not repeated by default) -> {err}", post.calls_async().await);

    let opted_in = clerk.with_retry(clerk.retry_policy().clone().retry_non_idempotent(true));
    let _ = opted_in.invitations().create().body_map(|b| b.email_address("ada@example.com")).send().await;
    println!("POST, opted in: {} requests in all", post.calls_async().await);

    let before = get.calls_async().await;
    let _ = clerk.with_retry(RetryPolicy::none()).users().get("user_1").send().await;
    println!("RetryPolicy::none(): {} request", get.calls_async().await - before);
    Ok(())
}
