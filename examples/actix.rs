//! An actix-web server protected by Clerk, run offline: a test key signs the
//! session token, the server listens on 127.0.0.1, the example calls it and
//! exits.
//!
//! ```sh
//! cargo run --example actix --features actix-web,testing
//! ```

use actix_web::{web, App, HttpServer};
use clerk_backend_api::actix::{ClerkMiddleware, Machine, Session};
use clerk_backend_api::auth::{AuthenticateOptions, TokenType};
use clerk_backend_api::testing::TestKeys;
use clerk_backend_api::Clerk;

#[actix_web::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    // In production: `Clerk::from_env()?` and options without a test key
    // (keys come from the instance's JWKS).
    let clerk = Clerk::builder().secret_key("sk_test_example").build()?;
    let keys = TestKeys::generate()?;
    let opts = keys.trust(
        AuthenticateOptions::new()
            .authorized_parties(["https://app.example.com"])
            .accepts_token([TokenType::SessionToken, TokenType::M2mToken]),
    );

    let server = HttpServer::new(move || {
        App::new()
            .wrap(ClerkMiddleware::new(clerk.clone(), opts.clone()))
            .route("/", web::get().to(|| async { "public" }))
            .route("/me", web::get().to(|Session(claims): Session| async move { claims.sub }))
            .route("/jobs", web::get().to(|Machine(m): Machine| async move { format!("hello {}", m.subject()) }))
    })
    .workers(1)
    .bind(("127.0.0.1", 0))?;
    let base = format!("http://{}", server.addrs()[0]);
    let running = server.run();
    let handle = running.handle();
    actix_web::rt::spawn(running);

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
    handle.stop(true).await;
    Ok(())
}
