//! A server-rendered app whose users sign in with a real browser, offline,
//! with no Clerk account: without `CLERK_SECRET_KEY` it starts its own
//! Clerk emulator and sends "Sign in" to the emulator's sign-in page.
//!
//! ```sh
//! cargo run --example ssr_app --features "axum emulator" -- --port 3000
//! # open the app's URL it prints, click "Sign in", pick or create a user
//! ```
//!
//! `/` says "Signed in as <email>" (the user looked up through the Backend
//! API) with a "Sign out" link, or "Signed out" with a "Sign in" link. The
//! session lives in Clerk's cookies: `ClerkLayer`, given the emulator's
//! publishable key and its URL as the proxy URL, checks them on each page
//! load and renews an expired session token through the handshake.
//!
//! With `CLERK_SECRET_KEY` set it runs against that Clerk instance instead:
//! `CLERK_PUBLISHABLE_KEY` (and the other settings `AuthenticateOptions::from_env`
//! reads), `CLERK_SIGN_IN_URL` (the Account Portal's sign-in page, e.g.
//! `https://<your-app>.accounts.dev/sign-in`) and optionally
//! `CLERK_SIGN_OUT_URL`.
//!
//! `tests/browser.rs` drives this app with headless Chromium.

use axum::extract::State;
use axum::response::Html;
use axum::routing::get;
use axum::Router;
use clerk_backend_api::auth::AuthenticateOptions;
use clerk_backend_api::axum::{ClerkLayer, Session};
use clerk_backend_api::emulator::Emulator;
use clerk_backend_api::Clerk;

/// Where the app's pages send the browser: the app itself (the
/// `redirect_url` to come back to), the sign-in page and the sign-out URL.
#[derive(Clone, Debug)]
pub struct Pages {
    /// The app's home page, as the browser reaches it (`http://127.0.0.1:PORT/`).
    pub home: String,
    /// The sign-in page (`redirect_url` is added).
    pub sign_in: String,
    /// Where to sign out (`redirect_url` is added), when there is one.
    pub sign_out: Option<String>,
}

impl Pages {
    /// The pages of an app at `home` signing in through `emulator`.
    pub fn emulated(home: &str, emulator: &Emulator) -> Pages {
        Pages { home: home.to_string(), sign_in: emulator.sign_in_url(), sign_out: Some(emulator.sign_out_url()) }
    }
}

/// The app: `/` behind `ClerkLayer`.
pub fn app(clerk: Clerk, options: AuthenticateOptions, pages: Pages) -> Router {
    Router::new().route("/", get(home)).with_state((clerk.clone(), pages)).layer(ClerkLayer::new(clerk, options))
}

/// The emulator's cookie settings: its publishable key (a development
/// instance) and its URL as the Frontend API proxy, where handshakes go.
pub fn emulated_options(emulator: &Emulator) -> Result<AuthenticateOptions, clerk_backend_api::auth::AuthError> {
    AuthenticateOptions::new().publishable_key(emulator.publishable_key())?.proxy_url(emulator.frontend_api_url())
}

/// `s` safe in HTML text and quoted attributes.
fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&#39;")
}

/// `url` with `?redirect_url=<back>` added.
fn with_redirect(url: &str, back: &str) -> String {
    let mut url = match url::Url::parse(url) {
        Ok(u) => u,
        Err(_) => return url.to_string(),
    };
    url.query_pairs_mut().append_pair("redirect_url", back);
    url.to_string()
}

async fn home(State((clerk, pages)): State<(Clerk, Pages)>, session: Option<Session>) -> Html<String> {
    let body = match session {
        Some(Session(claims)) => {
            let who = match clerk.users().get(&claims.sub).send().await {
                Ok(user) => user
                    .email_addresses
                    .iter()
                    .find(|e| e.id.is_some() && e.id == user.primary_email_address_id)
                    .or(user.email_addresses.first())
                    .map(|e| e.email_address.clone())
                    .unwrap_or_else(|| user.id.clone()),
                Err(e) => format!("{} (the user could not be read: {e})", claims.sub),
            };
            let sign_out = match &pages.sign_out {
                Some(url) => {
                    format!(" <a id=\"sign-out\" href=\"{}\">Sign out</a>", esc(&with_redirect(url, &pages.home)))
                }
                None => String::new(),
            };
            format!("<p id=\"status\">Signed in as <strong>{}</strong>.{sign_out}</p>", esc(&who))
        }
        None => format!(
            "<p id=\"status\">Signed out. <a id=\"sign-in\" href=\"{}\">Sign in</a></p>",
            esc(&with_redirect(&pages.sign_in, &pages.home))
        ),
    };
    Html(format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>SSR app</title></head>\
         <body><h1>An app with Clerk sessions in cookies</h1>{body}</body></html>"
    ))
}

fn usage() -> String {
    "usage: ssr_app [--port PORT]".to_string()
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    let mut port: u16 = 3000;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--port" => port = args.next().ok_or_else(usage)?.parse().map_err(|e| format!("--port: {e}"))?,
            "-h" | "--help" => {
                println!("{}", usage());
                return Ok(());
            }
            other => return Err(format!("unknown argument {other:?}\n{}", usage()).into()),
        }
    }
    // The app listens on 127.0.0.1, where the emulator is: cookies ignore
    // ports, so both see the session cookies.
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
    let home = format!("http://{}/", listener.local_addr()?);

    let (_emulator, router) = if std::env::var_os("CLERK_SECRET_KEY").is_some() {
        let sign_in = std::env::var("CLERK_SIGN_IN_URL")
            .map_err(|_| "with CLERK_SECRET_KEY set, CLERK_SIGN_IN_URL must name the sign-in page")?;
        let pages = Pages { home: home.clone(), sign_in, sign_out: std::env::var("CLERK_SIGN_OUT_URL").ok() };
        println!("Clerk: the instance of CLERK_SECRET_KEY");
        (None, app(Clerk::from_env()?, AuthenticateOptions::from_env()?, pages))
    } else {
        let emulator = Emulator::start().await?;
        println!("Clerk emulator: {} (dashboard)", emulator.url());
        println!("  sign-in page: {}", emulator.sign_in_url());
        let router = app(emulator.client(), emulated_options(&emulator)?, Pages::emulated(&home, &emulator));
        (Some(emulator), router)
    };
    println!("App: {home}  (Ctrl-C stops it)");
    axum::serve(listener, router)
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await?;
    Ok(())
}
