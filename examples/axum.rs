//! An axum server protected by Clerk, run offline: a test key signs the
//! session token, the server listens on 127.0.0.1, the example calls it and
//! exits.
//!
//! ```sh
//! cargo run --example axum --features axum,testing
//! ```

use axum::{routing::get, Router};
use clerk_backend_api::auth::{AuthenticateOptions, TokenType};
use clerk_backend_api::axum::{ClerkLayer, Machine, Session};
use clerk_backend_api::testing::TestKeys;
use clerk_backend_api::Clerk;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    // In production: `Clerk::from_env()?` and options without a test key
    // (keys come from the instance's JWKS).
    let clerk = Clerk::builder().secret_key("sk_test_example").build()?;
    let keys = TestKeys::generate()?;
    let opts = keys.trust(
        AuthenticateOptions::new()
            .authorized_parties(["https://app.example.com"])
            .accepts_token([TokenType::SessionToken, TokenType::M2mToken]),
    );

    let app: Router = Router::new()
        .route("/", get(|| async { "public" }))
        .route("/me", get(|Session(claims): Session| async move { claims.sub }))
        .route("/jobs", get(|Machine(m): Machine| async move { format!("hello {}", m.subject()) }))
        .layer(ClerkLayer::new(clerk.clone(), opts));

    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let base = format!("http://{}", listener.local_addr()?);
    tokio::spawn(async move { axum::serve(listener, app).await });

    let http = reqwest::Client::new();
    let session = keys.session("user_2example").azp("https://app.example.com").sign();
    let machine = keys.m2m("mch_2worker").sign();
    for (path, token) in
        [("/", None), ("/me", None), ("/me", Some(&session)), ("/me", Some(&machine)), ("/jobs", Some(&machine))]
    {
        let mut request = http.get(format!("{base}{path}"));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        let response = request.send().await?;
        println!("GET {path:5} -> {} {}", response.status().as_u16(), response.text().await?);
    }
    Ok(())
}
