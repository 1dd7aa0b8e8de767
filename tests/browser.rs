//! A real browser signs in to the example app (`examples/ssr_app.rs`)
//! through the emulator's sign-in page: headless Chromium driven through
//! chromedriver (WebDriver) with fantoccini.
//!
//! The app (in-process, on 127.0.0.1) starts signed out; its "Sign in" link
//! leads to the emulator's sign-in page, a click on a user comes back signed
//! in; once the session token has expired (the emulator's lifetime is cut
//! to a few seconds) a reload stays signed in through the handshake with a
//! renewed token; "Sign out" signs out; and a user created from the page's
//! email form is signed in too. Screenshots of the sign-in page and of the
//! dashboard are written to `$CARGO_TARGET_TMPDIR/screenshots/`, and to
//! `tests/screenshots/` (the README's) when `UPDATE_SCREENSHOTS` is set or
//! they are missing.
//!
//! Needs `chromium` and `chromedriver` (Debian: `apt-get install chromium
//! chromium-driver`; or set `CHROME` and `CHROMEDRIVER` to their paths).
//! Without them the test says so and passes, except when `CI` is set: then
//! it fails.

#[path = "../examples/ssr_app.rs"]
#[allow(dead_code)]
mod ssr_app;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use axum::routing::post;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use clerk_backend_api::emulator::Emulator;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};

/// The token lifetime the emulator is given, and the clock skew the app allows.
const TOKEN_LIFETIME: Duration = Duration::from_secs(3);
const CLOCK_SKEW: Duration = Duration::from_secs(1);

/// A program: the variable's path when set, else the first of `names` found
/// on `PATH` or in /usr/bin and /usr/lib/chromium.
fn find(var: &str, names: &[&str]) -> Option<PathBuf> {
    if let Some(path) = std::env::var_os(var) {
        return Some(PathBuf::from(path)).filter(|p| p.is_file());
    }
    let mut dirs: Vec<PathBuf> =
        std::env::var_os("PATH").map(|p| std::env::split_paths(&p).collect()).unwrap_or_default();
    dirs.extend([PathBuf::from("/usr/bin"), PathBuf::from("/usr/lib/chromium")]);
    names.iter().flat_map(|name| dirs.iter().map(move |d| d.join(name))).find(|p| p.is_file())
}

/// chromedriver, killed when dropped.
struct Driver {
    child: Child,
    port: u16,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("a free port")
}

async fn start_driver(chromedriver: &Path) -> Driver {
    let port = free_port();
    let child = Command::new(chromedriver)
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromedriver starts");
    let driver = Driver { child, port };
    let started = Instant::now();
    while tokio::net::TcpStream::connect(("127.0.0.1", port)).await.is_err() {
        assert!(started.elapsed() < Duration::from_secs(20), "chromedriver did not listen on {port}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    driver
}

async fn browser(driver: &Driver, chromium: &Path, profile: &Path) -> Client {
    let mut capabilities = serde_json::Map::new();
    capabilities.insert(
        "goog:chromeOptions".to_string(),
        json!({
            "binary": chromium,
            "args": [
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1200,900",
                format!("--user-data-dir={}", profile.display()),
            ],
        }),
    );
    let mut builder = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new());
    builder.capabilities(capabilities);
    builder.connect(&format!("http://127.0.0.1:{}", driver.port)).await.expect("a Chromium session")
}

/// Waits until the element at `css` has text containing `expected`;
/// returns its text.
async fn wait_for_text(client: &Client, css: &str, expected: &str) -> String {
    let started = Instant::now();
    let mut last = String::new();
    while started.elapsed() < Duration::from_secs(15) {
        if let Ok(element) = client.find(Locator::Css(css)).await {
            if let Ok(text) = element.text().await {
                if text.contains(expected) {
                    return text;
                }
                last = text;
            }
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let url = client.current_url().await.map(|u| u.to_string()).unwrap_or_default();
    let source = client.source().await.unwrap_or_default();
    panic!("{css} never said {expected:?} (last {last:?}) at {url}:\n{source}");
}

/// The claims of the browser's `__session` cookie.
async fn session_claims(client: &Client) -> Value {
    let cookie = client.get_named_cookie("__session").await.expect("a __session cookie");
    let payload = cookie.value().split('.').nth(1).expect("a JWT").to_string();
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(payload).expect("base64")).expect("JSON")
}

fn now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).expect("clock").as_secs() as i64
}

/// Writes a screenshot to the target's temporary folder, and to
/// `tests/screenshots/` when asked to or when missing there.
fn save_screenshot(name: &str, png: &[u8]) {
    assert!(png.starts_with(b"\x89PNG"), "{name} is a PNG");
    let scratch = Path::new(env!("CARGO_TARGET_TMPDIR")).join("screenshots");
    std::fs::create_dir_all(&scratch).expect("screenshot folder");
    std::fs::write(scratch.join(name), png).expect("screenshot written");
    let kept = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/screenshots").join(name);
    if std::env::var_os("UPDATE_SCREENSHOTS").is_some() || !kept.exists() {
        std::fs::create_dir_all(kept.parent().expect("parent")).expect("tests/screenshots");
        std::fs::write(&kept, png).expect("screenshot kept");
    }
}

/// A webhook receiver that answers every delivery with 200 and a short text.
async fn webhook_receiver() -> String {
    let app = axum::Router::new().route("/webhooks", post(|| async { "received" }));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let url = format!("http://{}/webhooks", listener.local_addr().expect("addr"));
    tokio::spawn(async move { axum::serve(listener, app).await });
    url
}

/// The emulator's users and an organization, as a developer's seed would make them.
async fn seed(emulator: &Emulator) -> String {
    let clerk = emulator.client();
    let user = |email: &'static str, first: &'static str, last: &'static str| {
        let clerk = clerk.clone();
        async move {
            clerk
                .users()
                .create()
                .body_map(|b| b.email_address(vec![email.to_string()]).first_name(first).last_name(last))
                .send()
                .await
                .expect("user created")
        }
    };
    let ada = user("ada@example.com", "Ada", "Lovelace").await;
    let grace = user("grace@example.com", "Grace", "Hopper").await;
    let org = clerk
        .organizations()
        .create()
        .body_map(|b| b.name("Analytical Engines").created_by(ada.id.clone()))
        .send()
        .await
        .expect("organization");
    clerk
        .organization_memberships()
        .create(&org.id)
        .body_map(|b| b.user_id(grace.id.clone()).role("org:member"))
        .send()
        .await
        .expect("membership");
    clerk.invitations().create().body_map(|b| b.email_address("alan@example.com")).send().await.expect("invitation");
    ada.id
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_browser_signs_in_through_the_emulator_and_stays_signed_in_through_the_handshake() {
    let (Some(chromium), Some(chromedriver)) = (
        find("CHROME", &["chromium", "chromium-browser", "google-chrome", "chrome"]),
        find("CHROMEDRIVER", &["chromedriver"]),
    ) else {
        if std::env::var_os("CI").is_some() {
            panic!("CI is set but Chromium or chromedriver is missing (apt-get install chromium chromium-driver)");
        }
        eprintln!("SKIPPED: no Chromium or chromedriver found (apt-get install chromium chromium-driver, or set CHROME and CHROMEDRIVER)");
        return;
    };
    let started = Instant::now();

    let emulator = Emulator::builder().session_token_lifetime(TOKEN_LIFETIME).start().await.expect("emulator starts");
    emulator.webhook_endpoint(&webhook_receiver().await, "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw").expect("endpoint");
    let ada_id = seed(&emulator).await;

    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let home = format!("http://{}/", listener.local_addr().expect("addr"));
    let options = ssr_app::emulated_options(&emulator).expect("options").clock_skew(CLOCK_SKEW);
    let app = ssr_app::app(emulator.client(), options, ssr_app::Pages::emulated(&home, &emulator));
    tokio::spawn(async move { axum::serve(listener, app).await });

    let profile = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("chromium-profile-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&profile);
    let driver = start_driver(&chromedriver).await;
    let client = browser(&driver, &chromium, &profile).await;
    let setup = started.elapsed();

    let run = async {
        // Signed out at first (after the handshake that gives the browser its dev browser).
        client.goto(&home).await.expect("the app");
        wait_for_text(&client, "#status", "Signed out").await;

        // "Sign in" leads to the emulator's page, which says what it is.
        client.find(Locator::Css("#sign-in")).await.expect("a sign-in link").click().await.expect("click");
        wait_for_text(&client, "header", "not a real Clerk").await;
        let page = client.current_url().await.expect("url");
        assert!(page.as_str().starts_with(&emulator.sign_in_url()), "{page}");
        assert_eq!(
            page.query_pairs().find(|(k, _)| k == "redirect_url").map(|(_, v)| v.into_owned()),
            Some(home.clone())
        );
        assert_eq!(client.find_all(Locator::Css("input[type=email]")).await.expect("inputs").len(), 1);
        save_screenshot("sign-in.png", &client.screenshot().await.expect("screenshot"));

        // Pick Ada: back on the app, signed in.
        let ada = client.find(Locator::Css(&format!("button.user[value=\"{ada_id}\"]"))).await.expect("Ada's button");
        assert_eq!(ada.text().await.expect("text"), "ada@example.com");
        ada.click().await.expect("click");
        wait_for_text(&client, "#status", "Signed in as ada@example.com").await;
        assert_eq!(client.current_url().await.expect("url").as_str(), home);
        let first = session_claims(&client).await;
        assert_eq!(first["sub"], ada_id.as_str());

        // Once the token has expired, a reload stays signed in through the
        // handshake, which renews the token.
        let exp = first["exp"].as_i64().expect("exp");
        let wait = exp + CLOCK_SKEW.as_secs() as i64 + 1 - now();
        tokio::time::sleep(Duration::from_secs(wait.max(0) as u64)).await;
        client.refresh().await.expect("reload");
        wait_for_text(&client, "#status", "Signed in as ada@example.com").await;
        let renewed = session_claims(&client).await;
        assert_eq!(renewed["sid"], first["sid"], "the same session");
        assert!(renewed["iat"].as_i64() > first["iat"].as_i64(), "a new token: {first} then {renewed}");
        assert_eq!(
            client.current_url().await.expect("url").as_str(),
            home,
            "the handshake's nonce is gone from the URL"
        );

        // Sign out: signed out, and the session is revoked.
        client.find(Locator::Css("#sign-out")).await.expect("a sign-out link").click().await.expect("click");
        wait_for_text(&client, "#status", "Signed out").await;
        let sid = first["sid"].as_str().expect("sid").to_string();
        let session = emulator.client().sessions().get(&sid).send().await.expect("session");
        assert_eq!(session.status.to_string(), "revoked");
        client.refresh().await.expect("reload");
        wait_for_text(&client, "#status", "Signed out").await;

        // A new user from the email form.
        client.find(Locator::Css("#sign-in")).await.expect("a sign-in link").click().await.expect("click");
        let email = client.find(Locator::Css("input[type=email]")).await.expect("the email input");
        email.send_keys("lin@example.com").await.expect("typed");
        client.find(Locator::Css("#create")).await.expect("the create button").click().await.expect("click");
        wait_for_text(&client, "#status", "Signed in as lin@example.com").await;
        let lin = emulator.client().users().list().email_address(["lin@example.com"]).send().await.expect("users");
        assert_eq!(lin.len(), 1, "the user was created");

        // The dashboard shows it all.
        emulator.flush_webhooks().await;
        client.set_window_size(1280, 1700).await.expect("window size");
        client.goto(emulator.url()).await.expect("the dashboard");
        let dashboard = wait_for_text(&client, "main", "lin@example.com").await;
        assert!(!dashboard.contains("could not read"), "{dashboard}");
        for expected in
            ["ada@example.com", "Analytical Engines", "alan@example.com", "revoked", "session.created", "200"]
        {
            assert!(dashboard.contains(expected), "the dashboard shows {expected:?}:\n{dashboard}");
        }
        save_screenshot("dashboard.png", &client.screenshot().await.expect("screenshot"));
    };
    let flow = Instant::now();
    let outcome = tokio::time::timeout(Duration::from_secs(120), run).await;
    let flow = flow.elapsed();
    let _ = client.close().await;
    drop(driver);
    let _ = std::fs::remove_dir_all(&profile);
    outcome.expect("the browser flow finished within two minutes");
    eprintln!(
        "browser test: {:.1}s to start Chromium, {:.1}s for the flow ({}s of it waiting for the token to expire)",
        setup.as_secs_f64(),
        flow.as_secs_f64(),
        TOKEN_LIFETIME.as_secs() + CLOCK_SKEW.as_secs() + 1
    );
}
