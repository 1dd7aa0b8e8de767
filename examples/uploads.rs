//! Uploads: a profile image from bytes or a file.
//!
//! `cargo run --example uploads` (offline, against an embedded mock).

#[path = "support/mod.rs"]
mod support;

use clerk_backend_api::{Clerk, Upload};
use httpmock::prelude::*;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    let server = MockServer::start_async().await;
    let upload = server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/v1/users/user_1/profile_image")
                .header_prefix("content-type", "multipart/form-data");
            then.status(200).json_body(support::user("user_1", "ada@example.com"));
        })
        .await;
    let clerk = Clerk::builder().secret_key("sk_test_demo").base_url(server.base_url()).build()?;

    let png = Upload::from_bytes(b"\x89PNG\r\n\x1a\n...".to_vec(), "avatar.png", "image/png");
    let user = clerk.users().set_profile_image("user_1", png).send().await?;
    println!("uploaded a profile image for {}", user.id);

    let path = std::env::temp_dir().join("clerk-example-avatar.png");
    std::fs::write(&path, b"\x89PNG\r\n\x1a\n...")?;
    let from_file = Upload::from_path(&path, "image/png").await?;
    clerk.users().set_profile_image("user_1", from_file).send().await?;
    println!("uploaded {} as well; {} uploads reached the mock", path.display(), upload.calls_async().await);
    Ok(())
}
