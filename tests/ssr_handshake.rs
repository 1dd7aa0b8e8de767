//! A server-rendered app whose session travels in cookies, end to end: an
//! axum app behind `ClerkLayer` with the emulator's publishable key and the
//! emulator as its Frontend API (proxy URL), and a reqwest client with a
//! cookie jar playing the browser. Cookies are per host, not per port, so
//! the app and the emulator (both on 127.0.0.1) share the jar, as an app and
//! a local Frontend API proxy do in local development.

use std::sync::{Arc, Mutex};

use axum::{routing::get, Router};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use clerk_backend_api::auth::{AuthenticateOptions, PublishableKey};
use clerk_backend_api::axum::{ClerkLayer, Session};
use clerk_backend_api::emulator::{BrowserCookies, Emulator};
use reqwest::cookie::{CookieStore, Jar};
use reqwest::header::{ACCEPT, SET_COOKIE};
use reqwest::Url;
use serde_json::Value;

/// The app under test: `/` says who is signed in.
async fn start_app(emulator: &Emulator) -> String {
    let options = AuthenticateOptions::new()
        .publishable_key(emulator.publishable_key())
        .expect("the emulator's publishable key is accepted")
        .proxy_url(emulator.frontend_api_url())
        .expect("the emulator's URL is a proxy URL");
    let app: Router = Router::new()
        .route(
            "/",
            get(|session: Option<Session>| async move {
                match session {
                    Some(Session(claims)) => format!("signed in as {}", claims.sub),
                    None => "signed out".to_string(),
                }
            }),
        )
        .layer(ClerkLayer::new(emulator.client(), options));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("addr"));
    tokio::spawn(async move { axum::serve(listener, app).await });
    base
}

/// A browser: a cookie jar for 127.0.0.1 (every port), holding `cookies`,
/// following redirects and logging each one it follows.
struct Browser {
    http: reqwest::Client,
    jar: Arc<Jar>,
    hops: Arc<Mutex<Vec<String>>>,
}

fn host() -> Url {
    Url::parse("http://127.0.0.1/").expect("url")
}

impl Browser {
    fn new(cookies: Option<&BrowserCookies>) -> Browser {
        let jar = Arc::new(Jar::default());
        for (name, value) in cookies.map(BrowserCookies::pairs).unwrap_or_default() {
            jar.add_cookie_str(&format!("{name}={value}; Path=/"), &host());
        }
        let hops = Arc::new(Mutex::new(Vec::new()));
        let log = hops.clone();
        let policy = reqwest::redirect::Policy::custom(move |attempt| {
            log.lock().expect("hop log").push(attempt.url().to_string());
            if attempt.previous().len() > 10 {
                attempt.error("more than 10 redirects")
            } else {
                attempt.follow()
            }
        });
        let http = reqwest::Client::builder().cookie_provider(jar.clone()).redirect(policy).build().expect("client");
        Browser { http, jar, hops }
    }

    /// A page load (`Accept: text/html`), redirects followed; the final
    /// answer's status, URL and body, and the redirects followed.
    async fn load(&self, url: &str, accept: &str) -> (u16, Url, String, Vec<String>, Vec<String>) {
        self.hops.lock().expect("hop log").clear();
        let response = self.http.get(url).header(ACCEPT, accept).send().await.expect("the app answers");
        let status = response.status().as_u16();
        let final_url = response.url().clone();
        let set_cookies: Vec<String> =
            response.headers().get_all(SET_COOKIE).iter().filter_map(|v| v.to_str().ok()).map(String::from).collect();
        let body = response.text().await.expect("body");
        let hops = self.hops.lock().expect("hop log").clone();
        (status, final_url, body, hops, set_cookies)
    }

    /// A cookie the browser would send to 127.0.0.1.
    fn cookie(&self, name: &str) -> Option<String> {
        let header = self.jar.cookies(&host())?;
        let header = header.to_str().ok()?.to_string();
        header.split("; ").find_map(|pair| pair.strip_prefix(&format!("{name}=")).map(str::to_string))
    }
}

fn claims(token: &str) -> Value {
    let payload = token.split('.').nth(1).expect("a JWT");
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(payload).expect("base64")).expect("JSON")
}

fn now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).expect("clock").as_secs() as i64
}

struct Setup {
    emulator: Emulator,
    app: String,
    user_id: String,
}

async fn setup() -> Setup {
    let emulator = Emulator::start().await.expect("emulator starts");
    let user = emulator
        .client()
        .users()
        .create()
        .body_map(|b| b.email_address(vec!["ada@example.com".to_string()]))
        .send()
        .await
        .expect("user created");
    let app = start_app(&emulator).await;
    Setup { emulator, app, user_id: user.id }
}

/// The three redirects of one handshake on a development instance: the app
/// to the emulator's handshake (with Clerk's reason), the emulator back to
/// the page with a nonce, the app to the page without it.
fn assert_one_handshake(hops: &[String], s: &Setup, reason: &str) {
    assert_eq!(hops.len(), 3, "redirects followed: {hops:#?}");
    let handshake = Url::parse(&hops[0]).expect("url");
    assert_eq!(
        format!("{}{}", handshake.origin().ascii_serialization(), handshake.path()),
        format!("{}/v1/client/handshake", s.emulator.url()),
        "{hops:#?}"
    );
    let query: Vec<(String, String)> = handshake.query_pairs().map(|(k, v)| (k.into_owned(), v.into_owned())).collect();
    let param = |name: &str| query.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str());
    assert_eq!(param("redirect_url"), Some(format!("{}/", s.app).as_str()));
    assert_eq!(param("__clerk_hs_reason"), Some(reason));
    assert_eq!(param("format"), Some("nonce"));
    assert_eq!(param("suffixed_cookies"), Some("false"));
    assert!(hops[1].starts_with(&format!("{}/?__clerk_handshake_nonce=", s.app)), "{hops:#?}");
    assert_eq!(hops[2], format!("{}/", s.app));
}

#[tokio::test]
async fn the_publishable_key_names_the_issuer_of_the_emulators_tokens() {
    let emulator = Emulator::start().await.expect("emulator starts");
    assert_eq!(emulator.publishable_key(), "pk_test_Y2xlcmsudGVzdC5leGFtcGxlLmNvbSQ=");
    let key = PublishableKey::parse(emulator.publishable_key()).expect("parses");
    assert_eq!(key.frontend_api(), "clerk.test.example.com");
    assert_eq!(emulator.frontend_api_url(), emulator.url());
}

#[tokio::test]
async fn fresh_cookies_sign_in_without_a_redirect() {
    let s = setup().await;
    let cookies = s.emulator.browser_cookies(&s.user_id).expect("signed in");
    let token = claims(cookies.session_token());
    assert!(token["iat"].as_i64().expect("iat") >= cookies.client_uat(), "{token}");
    let browser = Browser::new(Some(&cookies));
    let (status, url, body, hops, _) = browser.load(&format!("{}/", s.app), "text/html").await;
    assert_eq!((status, body.as_str()), (200, format!("signed in as {}", s.user_id).as_str()));
    assert!(hops.is_empty(), "no redirect expected: {hops:#?}");
    assert_eq!(url.as_str(), format!("{}/", s.app));
}

#[tokio::test]
async fn an_expired_session_cookie_goes_through_one_handshake_and_comes_back_signed_in() {
    let s = setup().await;
    let mut cookies = s.emulator.browser_cookies(&s.user_id).expect("signed in");
    cookies.expire_session();
    let expired = cookies.session_token().to_string();
    let browser = Browser::new(Some(&cookies));
    let (status, url, body, hops, _) = browser.load(&format!("{}/", s.app), "text/html").await;
    assert_eq!((status, body.as_str()), (200, format!("signed in as {}", s.user_id).as_str()));
    assert_one_handshake(&hops, &s, "session-token-expired-refresh-non-eligible-no-refresh-cookie");
    assert_eq!(url.as_str(), format!("{}/", s.app));
    assert!(url.query().is_none(), "{url}");

    let fresh = browser.cookie("__session").expect("the jar holds a session cookie");
    assert_ne!(fresh, expired);
    let fresh = claims(&fresh);
    assert_eq!(fresh["sid"], cookies.session_id());
    assert_eq!(fresh["sub"], s.user_id.as_str());
    assert!(fresh["exp"].as_i64().expect("exp") > now(), "{fresh}");
    let client_uat: i64 = browser.cookie("__client_uat").expect("client_uat").parse().expect("a number");
    assert!(client_uat > 0 && fresh["iat"].as_i64().expect("iat") >= client_uat, "{fresh} {client_uat}");
    assert_eq!(browser.cookie("__clerk_db_jwt").as_deref(), Some(cookies.dev_browser()));
}

#[tokio::test]
async fn signed_out_elsewhere_and_revoked_ends_signed_out() {
    let s = setup().await;
    let mut cookies = s.emulator.browser_cookies(&s.user_id).expect("signed in");
    s.emulator.client().sessions().revoke(cookies.session_id()).send().await.expect("revoked");
    cookies.sign_out_elsewhere();
    let browser = Browser::new(Some(&cookies));
    let (status, url, body, hops, _) = browser.load(&format!("{}/", s.app), "text/html").await;
    assert_eq!((status, body.as_str()), (200, "signed out"));
    assert_one_handshake(&hops, &s, "session-token-but-no-client-uat");
    assert_eq!(url.as_str(), format!("{}/", s.app));
    assert_eq!(browser.cookie("__session"), None, "the handshake emptied the session cookie");
    assert_eq!(browser.cookie("__client_uat").as_deref(), Some("0"));
}

#[tokio::test]
async fn signed_out_elsewhere_while_the_session_is_active_comes_back_signed_in() {
    let s = setup().await;
    let mut cookies = s.emulator.browser_cookies(&s.user_id).expect("signed in");
    cookies.sign_out_elsewhere();
    let browser = Browser::new(Some(&cookies));
    let (status, url, body, hops, _) = browser.load(&format!("{}/", s.app), "text/html").await;
    assert_eq!((status, body.as_str()), (200, format!("signed in as {}", s.user_id).as_str()));
    assert_one_handshake(&hops, &s, "session-token-but-no-client-uat");
    assert_eq!(url.as_str(), format!("{}/", s.app));
    let client_uat: i64 = browser.cookie("__client_uat").expect("client_uat").parse().expect("a number");
    assert!(client_uat > 0, "the handshake set the client's __client_uat again");
}

#[tokio::test]
async fn an_expired_cookie_with_a_refresh_cookie_is_renewed_without_a_redirect() {
    let s = setup().await;
    let mut cookies = s.emulator.browser_cookies(&s.user_id).expect("signed in").with_refresh_cookie();
    cookies.expire_session();
    assert!(cookies.cookie_header().contains(&format!("__refresh_{}=", cookies.cookie_suffix())));
    let browser = Browser::new(Some(&cookies));
    // Not a page load: no handshake can answer it, the refresh does.
    let (status, url, body, hops, set_cookies) = browser.load(&format!("{}/", s.app), "application/json").await;
    assert_eq!((status, body.as_str()), (200, format!("signed in as {}", s.user_id).as_str()));
    assert!(hops.is_empty(), "no redirect expected: {hops:#?}");
    assert_eq!(url.as_str(), format!("{}/", s.app));
    let session = set_cookies
        .iter()
        .find_map(|c| c.strip_prefix("__session="))
        .map(|c| c.split(';').next().unwrap_or_default().to_string())
        .unwrap_or_else(|| panic!("a __session Set-Cookie in {set_cookies:#?}"));
    let renewed = claims(&session);
    assert_eq!(renewed["sid"], cookies.session_id());
    assert!(renewed["exp"].as_i64().expect("exp") > now(), "{renewed}");
    assert_eq!(browser.cookie("__session"), Some(session));
}

#[tokio::test]
async fn a_browser_without_cookies_goes_through_the_handshake_and_stays_signed_out() {
    let s = setup().await;
    let browser = Browser::new(None);
    let (status, url, body, hops, _) = browser.load(&format!("{}/", s.app), "text/html").await;
    assert_eq!((status, body.as_str()), (200, "signed out"));
    assert_one_handshake(&hops, &s, "dev-browser-missing");
    assert_eq!(url.as_str(), format!("{}/", s.app));
    assert!(browser.cookie("__clerk_db_jwt").is_some_and(|d| d.starts_with("dvb_")), "a new dev browser");
    assert_eq!(browser.cookie("__client_uat").as_deref(), Some("0"));
    assert_eq!(browser.cookie("__session"), None);

    // The next page load is decided at once: signed out, no redirect.
    let (status, _, body, hops, _) = browser.load(&format!("{}/", s.app), "text/html").await;
    assert_eq!((status, body.as_str(), hops.len()), (200, "signed out", 0));
}

/// The emulator's own answers, over plain HTTP without following redirects.
#[tokio::test]
async fn the_handshake_endpoints_answer_as_clerk_does() {
    let s = setup().await;
    let emu = s.emulator.url().to_string();
    let cookies = s.emulator.browser_cookies(&s.user_id).expect("signed in");
    let suffix = cookies.cookie_suffix().to_string();
    assert_eq!(suffix, PublishableKey::parse(s.emulator.publishable_key()).expect("key").cookie_suffix());
    let http = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().expect("client");
    let handshake = |query: String| {
        let http = http.clone();
        let url = format!("{emu}/v1/client/handshake?{query}");
        async move { http.get(url).send().await.expect("the emulator answers") }
    };
    let back = format!("{}/?x=1", s.app);
    let error_code = |body: &Value| body["errors"][0]["code"].as_str().unwrap_or_default().to_string();

    // redirect_url is required, and must be http(s).
    for (query, code) in [
        ("format=nonce".to_string(), "form_param_missing"),
        ("redirect_url=javascript%3Aalert(1)&format=nonce".to_string(), "form_param_format_invalid"),
    ] {
        let answer = handshake(query).await;
        assert_eq!(answer.status().as_u16(), 400);
        assert_eq!(answer.headers()["cache-control"], "no-store");
        let body: Value = answer.json().await.expect("JSON");
        assert_eq!(error_code(&body), code, "{body}");
    }

    // A signed-in dev browser, suffixed cookies, the token format.
    let query =
        format!("redirect_url={}&suffixed_cookies=true&__clerk_db_jwt={}", urlencode(&back), cookies.dev_browser());
    let answer = handshake(query).await;
    assert_eq!(answer.status().as_u16(), 307);
    assert_eq!(answer.headers()["cache-control"], "no-store");
    let location = Url::parse(answer.headers()["location"].to_str().expect("text")).expect("url");
    assert!(location.as_str().starts_with(&format!("{back}&__clerk_handshake=")), "{location}");
    let token = location.query_pairs().find(|(k, _)| k == "__clerk_handshake").expect("token").1.into_owned();
    let header: Value =
        serde_json::from_slice(&URL_SAFE_NO_PAD.decode(token.split('.').next().expect("header")).expect("b64"))
            .expect("JSON");
    let jwks: Value = http.get(format!("{emu}/v1/jwks")).send().await.expect("jwks").json().await.expect("JSON");
    assert_eq!(header["typ"], "JWT");
    assert_eq!(header["kid"], jwks["keys"][0]["kid"]);
    let directives: Vec<String> = claims(&token)["handshake"]
        .as_array()
        .expect("a list")
        .iter()
        .map(|d| d.as_str().expect("text").to_string())
        .collect();
    let names: Vec<&str> = directives.iter().map(|d| d.split('=').next().unwrap_or_default()).collect();
    let suffixed = |name: &str| format!("{name}_{suffix}");
    assert_eq!(
        names,
        [
            "__session",
            "__client_uat",
            "__clerk_db_jwt",
            &suffixed("__session"),
            &suffixed("__client_uat"),
            &suffixed("__clerk_db_jwt")
        ],
        "{directives:#?}"
    );
    assert!(directives.iter().all(|d| d.contains("; Path=/") && !d.contains("Domain")), "{directives:#?}");
    let session = directives[0].strip_prefix("__session=").and_then(|d| d.split(';').next()).expect("session");
    let uat: i64 =
        directives[1].strip_prefix("__client_uat=").and_then(|d| d.split(';').next()).expect("uat").parse().expect("n");
    assert_eq!(uat, cookies.client_uat());
    assert!(claims(session)["iat"].as_i64().expect("iat") >= uat);
    assert_eq!(claims(session)["sid"], cookies.session_id());

    // The app accepts the signed handshake token too (the older flow).
    let browser = Browser::new(Some(&cookies));
    let (status, url, body, hops, _) = browser.load(location.as_str(), "text/html").await;
    assert_eq!((status, body.as_str()), (200, format!("signed in as {}", s.user_id).as_str()));
    assert_eq!((url.as_str(), hops), (format!("{}/?x=1", s.app).as_str(), vec![format!("{}/?x=1", s.app)]));

    // The nonce format; the payload needs the secret key, and serves once.
    let query = format!("redirect_url={}&format=nonce&__clerk_db_jwt=dvb_unknown", urlencode(&back));
    let answer = handshake(query).await;
    let location = Url::parse(answer.headers()["location"].to_str().expect("text")).expect("url");
    let nonce = location.query_pairs().find(|(k, _)| k == "__clerk_handshake_nonce").expect("nonce").1.into_owned();
    let payload = format!("{emu}/v1/clients/handshake_payload?nonce={nonce}");
    assert_eq!(http.get(&payload).send().await.expect("answer").status().as_u16(), 401);
    let first = http.get(&payload).bearer_auth(s.emulator.secret_key()).send().await.expect("answer");
    assert_eq!(first.status().as_u16(), 200);
    let first: Value = first.json().await.expect("JSON");
    let directives = first["directives"].as_array().expect("directives");
    // An unknown dev browser is a new one, signed out.
    assert_eq!(directives.len(), 3, "{first}");
    assert!(directives[0].as_str().expect("text").starts_with("__session=; "), "{first}");
    assert!(directives[1].as_str().expect("text").starts_with("__client_uat=0; "), "{first}");
    let new_dev_browser = directives[2].as_str().expect("text");
    assert!(new_dev_browser.starts_with("__clerk_db_jwt=dvb_") && !new_dev_browser.contains("dvb_unknown"));
    let again = http.get(&payload).bearer_auth(s.emulator.secret_key()).send().await.expect("answer");
    assert_eq!(again.status().as_u16(), 404);
    assert_eq!(error_code(&again.json().await.expect("JSON")), "resource_not_found");

    // Refresh: the token format, a wrong refresh token, an unknown session, a revoked one.
    let mut expired = cookies.clone();
    expired.expire_session();
    let refresh = |sid: &str, refresh_token: &str, format: &str| {
        let request = http.post(format!("{emu}/v1/sessions/{sid}/refresh")).bearer_auth(s.emulator.secret_key()).json(
            &serde_json::json!({
                "format": format,
                "expired_token": expired.session_token(),
                "refresh_token": refresh_token,
                "request_origin": s.app,
            }),
        );
        async move { request.send().await.expect("the emulator answers") }
    };
    let token = refresh(cookies.session_id(), cookies.refresh_token(), "token").await;
    assert_eq!(token.status().as_u16(), 200);
    let token: Value = token.json().await.expect("JSON");
    assert_eq!(token["object"], "token");
    assert_eq!(claims(token["jwt"].as_str().expect("jwt"))["sid"], cookies.session_id());
    let wrong = refresh(cookies.session_id(), "not-the-refresh-token", "cookie").await;
    assert_eq!(wrong.status().as_u16(), 400);
    assert_eq!(error_code(&wrong.json().await.expect("JSON")), "refresh_token_invalid");
    let unknown = refresh("sess_unknown", cookies.refresh_token(), "cookie").await;
    assert_eq!(unknown.status().as_u16(), 404);
    s.emulator.client().sessions().revoke(cookies.session_id()).send().await.expect("revoked");
    let revoked = refresh(cookies.session_id(), cookies.refresh_token(), "cookie").await;
    assert_eq!(revoked.status().as_u16(), 400);
    assert_eq!(error_code(&revoked.json().await.expect("JSON")), "session_not_active");
}

#[tokio::test]
async fn a_restored_snapshot_keeps_the_browsers_signed_in() {
    let s = setup().await;
    let cookies = s.emulator.browser_cookies(&s.user_id).expect("signed in");
    let other = Emulator::start().await.expect("emulator starts");
    other.restore(s.emulator.snapshot()).expect("restored");
    let app = start_app(&other).await;
    let mut cookies = cookies;
    cookies.sign_out_elsewhere();
    let browser = Browser::new(Some(&cookies));
    let (status, _, body, hops, _) = browser.load(&format!("{app}/"), "text/html").await;
    assert_eq!((status, body.as_str(), hops.len()), (200, format!("signed in as {}", s.user_id).as_str(), 3));
}

fn urlencode(text: &str) -> String {
    url::form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

// The emulator's sign-in page, sign-out and dashboard, with the jar as the
// browser (tests/browser.rs drives them with Chromium).

impl Browser {
    /// A form posted as a browser posts it (same site), redirects followed.
    async fn post_form(&self, url: &str, fields: &[(&str, &str)]) -> (u16, Url, String) {
        let body: String = url::form_urlencoded::Serializer::new(String::new()).extend_pairs(fields).finish();
        let response = self
            .http
            .post(url)
            .header("content-type", "application/x-www-form-urlencoded")
            .header("sec-fetch-site", "same-origin")
            .body(body)
            .send()
            .await
            .expect("the emulator answers");
        let status = response.status().as_u16();
        let url = response.url().clone();
        (status, url, response.text().await.expect("body"))
    }
}

#[tokio::test]
async fn the_sign_in_page_signs_the_browser_in_on_its_dev_browser_and_sign_out_signs_it_out() {
    let s = setup().await;
    let home = format!("{}/", s.app);
    let browser = Browser::new(None);
    let (_, _, body, _, _) = browser.load(&home, "text/html").await;
    assert_eq!(body, "signed out");
    let dev_browser = browser.cookie("__clerk_db_jwt").expect("the handshake gave a dev browser");

    let page = format!("{}?redirect_url={}", s.emulator.sign_in_url(), urlencode(&home));
    assert_eq!(s.emulator.sign_in_url(), format!("{}/sign-in", s.emulator.url()));
    let (status, _, html, _, _) = browser.load(&page, "text/html").await;
    assert_eq!(status, 200);
    assert!(html.contains("not a real Clerk"), "{html}");
    assert!(html.contains(&format!("value=\"{}\">ada@example.com</button>", s.user_id)), "{html}");
    assert_eq!(html.matches("type=\"email\"").count(), 1, "{html}");

    // Choosing Ada: back on the app, signed in, on the same dev browser.
    let fields = [("user_id", s.user_id.as_str()), ("redirect_url", home.as_str())];
    let (status, url, body) = browser.post_form(&s.emulator.sign_in_url(), &fields).await;
    assert_eq!(
        (status, url.as_str(), body.as_str()),
        (200, home.as_str(), format!("signed in as {}", s.user_id).as_str())
    );
    assert_eq!(browser.cookie("__clerk_db_jwt"), Some(dev_browser));
    let token = claims(&browser.cookie("__session").expect("a session cookie"));
    let client_uat: i64 = browser.cookie("__client_uat").expect("client_uat").parse().expect("a number");
    assert!(token["iat"].as_i64().expect("iat") >= client_uat && client_uat > 0, "{token} {client_uat}");
    let sid = token["sid"].as_str().expect("sid").to_string();

    // The page now says who is signed in.
    let (_, _, html, _, _) = browser.load(&page, "text/html").await;
    assert!(html.contains("This browser is signed in as <strong>ada@example.com</strong>"), "{html}");

    // A stale session cookie (an expired token, of another browser): the
    // handshake knows this dev browser and renews its own session.
    let mut expired = s.emulator.browser_cookies(&s.user_id).expect("another browser");
    expired.expire_session();
    browser.jar.add_cookie_str(&format!("__session={}; Path=/", expired.session_token()), &host());
    let (_, _, body, hops, _) = browser.load(&home, "text/html").await;
    assert_eq!(body, format!("signed in as {}", s.user_id));
    assert_eq!(hops.len(), 3, "one handshake: {hops:#?}");
    assert_eq!(claims(&browser.cookie("__session").expect("renewed"))["sid"], sid.as_str());

    // Sign out: the session revoked, the cookies cleared, back signed out.
    let out = format!("{}?redirect_url={}", s.emulator.sign_out_url(), urlencode(&home));
    let (status, url, body, _, _) = browser.load(&out, "text/html").await;
    assert_eq!((status, url.as_str(), body.as_str()), (200, home.as_str(), "signed out"));
    assert_eq!(browser.cookie("__session"), None);
    assert_eq!(browser.cookie("__client_uat").as_deref(), Some("0"));
    let session = s.emulator.client().sessions().get(&sid).send().await.expect("session");
    assert_eq!(session.status.to_string(), "revoked");
    let (_, _, body, hops, _) = browser.load(&home, "text/html").await;
    assert_eq!((body.as_str(), hops.len()), ("signed out", 0));
}

#[tokio::test]
async fn the_sign_in_page_creates_users_escapes_and_refuses_what_it_should() {
    let s = setup().await;
    let home = format!("{}/", s.app);
    let clerk = s.emulator.client();
    clerk
        .users()
        .create()
        .body_map(|b| b.email_address(vec!["eve@example.com".to_string()]).first_name("<script>alert(1)</script>"))
        .send()
        .await
        .expect("user created");
    let browser = Browser::new(None);
    let (_, _, html, _, _) = browser.load(&s.emulator.sign_in_url(), "text/html").await;
    assert!(!html.contains("<script>alert"), "{html}");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "{html}");

    // Not an http(s) redirect_url.
    let page = format!("{}?redirect_url={}", s.emulator.sign_in_url(), urlencode("javascript:alert(1)"));
    let (status, _, html, _, _) = browser.load(&page, "text/html").await;
    assert_eq!(status, 400);
    assert!(html.contains("javascript:alert(1)") && !html.contains("<script"), "{html}");

    // An email the Backend API refuses: the page again, with the reason.
    let fields = [("email_address", "not an email"), ("redirect_url", home.as_str())];
    let (status, _, html) = browser.post_form(&s.emulator.sign_in_url(), &fields).await;
    assert_eq!(status, 422, "{html}");
    assert!(html.contains("class=\"error\""), "{html}");

    // A new email: a user created and signed in.
    let fields = [("email_address", "lin@example.com"), ("redirect_url", home.as_str())];
    let (status, url, body) = browser.post_form(&s.emulator.sign_in_url(), &fields).await;
    let lin = clerk.users().list().email_address(["lin@example.com"]).send().await.expect("list");
    assert_eq!(lin.len(), 1);
    assert_eq!((status, url.as_str(), body), (200, home.as_str(), format!("signed in as {}", lin[0].id)));

    // An existing user's email signs that user in; no user is added.
    let fields = [("email_address", "ada@example.com"), ("redirect_url", home.as_str())];
    let (_, _, body) = browser.post_form(&s.emulator.sign_in_url(), &fields).await;
    assert_eq!(body, format!("signed in as {}", s.user_id));
    assert_eq!(clerk.users().count().send().await.expect("count").total_count, 3);
    // The earlier session of this browser was ended by the new sign-in.
    let sessions = clerk.sessions().list().user_id(lin[0].id.clone()).send().await.expect("sessions");
    assert_eq!(sessions.iter().map(|s| s.status.to_string()).collect::<Vec<_>>(), ["revoked"]);

    // A form posted from another site is refused.
    let response = browser
        .http
        .post(s.emulator.sign_in_url())
        .header("content-type", "application/x-www-form-urlencoded")
        .header("sec-fetch-site", "cross-site")
        .body(format!("user_id={}", s.user_id))
        .send()
        .await
        .expect("answer");
    assert_eq!(response.status().as_u16(), 403);
}

#[tokio::test]
async fn the_dashboard_shows_the_state_and_hands_out_fresh_session_tokens() {
    let s = setup().await;
    let cookies = s.emulator.browser_cookies(&s.user_id).expect("signed in");
    let clerk = s.emulator.client();
    let org = clerk
        .organizations()
        .create()
        .body_map(|b| b.name("Analytical Engines").created_by(s.user_id.clone()))
        .send()
        .await
        .expect("organization");
    clerk
        .organization_invitations()
        .create(&org.id)
        .body_map(|b| b.email_address("grace@example.com").role("org:member"))
        .send()
        .await
        .expect("organization invitation");
    clerk.invitations().create().body_map(|b| b.email_address("alan@example.com")).send().await.expect("invitation");
    let browser = Browser::new(None);
    let (status, _, html, _, _) = browser.load(&format!("{}/", s.emulator.url()), "text/html").await;
    assert_eq!(status, 200);
    assert!(!html.contains("class=\"error\""), "every read succeeded: {html}");
    for expected in [
        "ada@example.com",
        cookies.session_id(),
        "Copy a fresh token",
        "not a real Clerk",
        "Analytical Engines",
        "org:admin",
        "grace@example.com",
        "alan@example.com",
    ] {
        assert!(html.contains(expected), "{expected:?} in {html}");
    }
    let token_url = format!("{}/dashboard/token?session_id={}", s.emulator.url(), cookies.session_id());
    let (status, _, token, _, _) = browser.load(&token_url, "text/plain").await;
    assert_eq!(status, 200);
    assert_eq!(claims(&token)["sid"], cookies.session_id());
    let (status, _, _, _, _) =
        browser.load(&format!("{}/dashboard/token?session_id=sess_unknown", s.emulator.url()), "text/plain").await;
    assert_eq!(status, 404);
}
