//! Errors: one type, and how to tell what happened.
//!
//! `cargo run --example errors` (offline, against an embedded mock).

use clerk_backend_api::{Clerk, Error, RetryPolicy};
use httpmock::prelude::*;
use serde_json::json;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method(GET).path("/v1/users/user_missing");
            then.status(404).header("clerk-trace-id", "trace_7f3a").json_body(json!({
                "errors": [{"code": "resource_not_found", "message": "not found", "long_message": "No user with that id"}]
            }));
        })
        .await;
    server
        .mock_async(|when, then| {
            when.method(GET).path("/v1/users/user_proxy");
            then.status(502).header("content-type", "text/html").body("<html><h1>502 Bad Gateway</h1></html>");
        })
        .await;
    let clerk = Clerk::builder().secret_key("sk_test_demo").base_url(server.base_url()).build()?;

    for id in ["user_missing", "user_proxy", ".."] {
        describe(clerk.users().get(id).send().await.map(|_| ()));
    }
    let offline = Clerk::builder()
        .secret_key("sk_test_demo")
        .base_url("http://127.0.0.1:9")
        .retry_policy(RetryPolicy::none())
        .build()?;
    describe(offline.users().get("user_1").send().await.map(|_| ()));
    Ok(())
}

fn describe(result: Result<(), Error>) {
    let Err(err) = result else { return };
    println!("{err}");
    match &err {
        Error::Api(api) if !api.errors.is_empty() => {
            println!("  -> Clerk said {:?}; quote trace {:?} to support", api.code(), api.trace_id)
        }
        Error::Api(api) => println!(
            "  -> status {} with a non-JSON body ({} bytes kept)",
            api.status,
            api.raw_body.as_ref().map_or(0, String::len)
        ),
        Error::InvalidRequest { .. } => println!("  -> rejected before sending"),
        Error::Transport { maybe_sent: false, .. } => println!("  -> never reached Clerk: safe to try again"),
        Error::Transport { .. } | Error::Timeout { .. } => println!("  -> may have reached Clerk"),
        _ => println!("  -> {:?}", err.status()),
    }
}
