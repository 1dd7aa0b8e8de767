//! Clerk's cookie rules and the handshake, through real axum and actix-web
//! servers on 127.0.0.1, called over HTTP with redirects not followed:
//! tokens signed by a key the test holds, the Backend API (handshake nonce,
//! session refresh) a local mock.
//!
//! The reasons and query parameters asserted here are Clerk's, as its
//! server SDKs send them; the tokens and cookies are built in each test.

mod common;

use std::collections::HashMap;
use std::time::{SystemTime, UNIX_EPOCH};

use axum::routing::get;
use axum::Router;
use clerk_backend_api::auth::{AuthenticateOptions, PublishableKey, RequestState};
use clerk_backend_api::axum::{AuthState, ClerkLayer};
use clerk_backend_api::testing::{TestKeys, TEST_ISSUER};
use httpmock::prelude::*;
use serde_json::json;

/// `clerk.test.example.com$` in base64: the host of the testing issuer.
const PK_LIVE: &str = "pk_live_Y2xlcmsudGVzdC5leGFtcGxlLmNvbSQ";
const PK_TEST: &str = "pk_test_Y2xlcmsudGVzdC5leGFtcGxlLmNvbSQ";
/// The cookie suffix of both keys, computed apart (Python: hashlib.sha1,
/// base64.urlsafe_b64encode, first eight characters).
const SUFFIX_TEST: &str = "S0IgH_36";

fn now() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs() as i64
}

fn describe(state: &RequestState) -> String {
    match state {
        RequestState::SignedIn(identity) => format!("in:{}", identity.subject()),
        RequestState::SignedOut(reason) => format!("out:{}", reason.as_str()),
    }
}

fn routes() -> Router {
    Router::new()
        .route(
            "/page",
            get(|AuthState(state): AuthState| async move { describe(&state) })
                .post(|AuthState(state): AuthState| async move { describe(&state) }),
        )
        .route("/", get(|AuthState(state): AuthState| async move { describe(&state) }))
}

async fn serve(app: Router) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    format!("http://{addr}")
}

struct App {
    keys: TestKeys,
    bapi: MockServer,
    base: String,
    http: reqwest::Client,
}

/// An app behind `ClerkLayer` with `opts` (trusting the test key).
async fn app_with(keys: TestKeys, opts: impl FnOnce(AuthenticateOptions) -> AuthenticateOptions) -> App {
    let bapi = MockServer::start_async().await;
    let clerk = common::clerk(&bapi);
    let options = opts(keys.options());
    let base = serve(routes().layer(ClerkLayer::new(clerk, options))).await;
    let http = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    App { keys, bapi, base, http }
}

async fn live_app() -> App {
    app_with(TestKeys::generate().unwrap(), |o| o.publishable_key(PK_LIVE).unwrap()).await
}

async fn dev_app() -> App {
    app_with(TestKeys::generate().unwrap(), |o| o.publishable_key(PK_TEST).unwrap()).await
}

/// What came back, with the headers the tests read.
#[derive(Debug)]
struct Answer {
    status: u16,
    body: String,
    location: Option<String>,
    set_cookies: Vec<String>,
    headers: reqwest::header::HeaderMap,
}

impl Answer {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// The handshake redirect's URL, split into base and query.
    fn handshake(&self) -> (String, HashMap<String, String>) {
        let location = self.location.as_deref().unwrap_or_else(|| panic!("no Location in {self:?}"));
        let url = url::Url::parse(location).unwrap();
        let base = format!("{}{}", url.origin().ascii_serialization(), url.path());
        (base, url.query_pairs().into_owned().collect())
    }
}

/// A page load (as a browser navigates), a fetch, or any request.
#[derive(Clone, Copy)]
enum Kind {
    Page,
    Fetch,
    Post,
}

impl App {
    async fn call(&self, kind: Kind, path: &str, cookies: &str, extra: &[(&str, &str)]) -> Answer {
        let url = format!("{}{path}", self.base);
        let mut request = match kind {
            Kind::Page => self
                .http
                .get(url)
                .header("accept", "text/html,application/xhtml+xml")
                .header("sec-fetch-dest", "document"),
            Kind::Fetch => self.http.get(url).header("accept", "application/json").header("sec-fetch-dest", "empty"),
            Kind::Post => self.http.post(url).header("accept", "text/html").header("sec-fetch-dest", "document"),
        };
        if !cookies.is_empty() {
            request = request.header("cookie", cookies);
        }
        for (name, value) in extra {
            request = request.header(*name, *value);
        }
        let response = request.send().await.unwrap();
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let location = headers.get("location").map(|v| v.to_str().unwrap().to_string());
        let set_cookies = headers.get_all("set-cookie").iter().map(|v| v.to_str().unwrap().to_string()).collect();
        Answer { status, body: response.text().await.unwrap(), location, set_cookies, headers }
    }

    /// A session token for `user_1`, issued at `iat`, valid a minute from now.
    fn token(&self, iat: i64) -> String {
        self.keys.session("user_1").session_id("sess_1").claim("iat", iat).sign()
    }
}

fn assert_signed_out(answer: &Answer, reason: &str) {
    assert_eq!(answer.status, 200, "{answer:?}");
    assert_eq!(answer.location, None, "{answer:?}");
    assert_eq!(answer.header("x-clerk-auth-status"), Some("signed-out"), "{answer:?}");
    assert_eq!(answer.header("x-clerk-auth-reason"), Some(reason), "{answer:?}");
}

fn assert_handshake(answer: &Answer, reason: &str) -> HashMap<String, String> {
    assert_eq!(answer.status, 307, "{answer:?}");
    assert_eq!(answer.body, "", "the handler must not run: {answer:?}");
    assert_eq!(answer.header("x-clerk-auth-status"), Some("handshake"), "{answer:?}");
    assert_eq!(answer.header("x-clerk-auth-reason"), Some(reason), "{answer:?}");
    assert_eq!(answer.header("cache-control"), Some("no-store"), "{answer:?}");
    let (_, query) = answer.handshake();
    assert_eq!(query.get("__clerk_hs_reason").map(String::as_str), Some(reason));
    query
}

#[tokio::test]
async fn no_cookies_at_all_is_signed_out_without_a_handshake() {
    let app = live_app().await;
    let answer = app.call(Kind::Page, "/page", "", &[]).await;
    assert_signed_out(&answer, "session-token-and-uat-missing");
    assert_eq!(answer.body, "out:session-token-and-uat-missing");
    assert!(answer.set_cookies.is_empty());
}

#[tokio::test]
async fn a_stale_page_load_is_sent_through_the_handshake_with_clerks_query() {
    let app = live_app().await;
    let answer = app.call(Kind::Page, "/page?tab=2", &format!("__client_uat={}", now() - 10), &[]).await;
    let query = assert_handshake(&answer, "client-uat-but-no-session-token");
    let (base, _) = answer.handshake();
    assert_eq!(base, "https://clerk.test.example.com/v1/client/handshake");
    let expected: HashMap<String, String> = [
        ("redirect_url", format!("{}/page?tab=2", app.base)),
        ("__clerk_api_version", "2026-05-12".to_string()),
        ("suffixed_cookies", "false".to_string()),
        ("__clerk_hs_reason", "client-uat-but-no-session-token".to_string()),
        ("format", "nonce".to_string()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect();
    assert_eq!(query, expected);
    // The parameters come in Clerk's order.
    let location = answer.location.as_deref().unwrap();
    let names: Vec<String> = url::Url::parse(location).unwrap().query_pairs().map(|(n, _)| n.into_owned()).collect();
    assert_eq!(names, ["redirect_url", "__clerk_api_version", "suffixed_cookies", "__clerk_hs_reason", "format"]);
    assert_eq!(answer.set_cookies, ["__clerk_redirect_count=1; SameSite=Lax; HttpOnly; Max-Age=2"]);
}

#[tokio::test]
async fn requests_that_cannot_follow_a_redirect_are_signed_out_with_the_same_reason() {
    let app = live_app().await;
    let cookie = format!("__client_uat={}", now() - 10);
    assert_signed_out(&app.call(Kind::Fetch, "/page", &cookie, &[]).await, "client-uat-but-no-session-token");
    assert_signed_out(&app.call(Kind::Post, "/page", &cookie, &[]).await, "client-uat-but-no-session-token");
    // An image, and a navigation without Sec-Fetch-Dest that does not ask for HTML.
    let image = app.call(Kind::Fetch, "/page", &cookie, &[("sec-fetch-dest", "image")]).await;
    assert_eq!(image.status, 200);
    let plain = app.http.get(format!("{}/page", app.base)).header("cookie", cookie.as_str()).header("accept", "*/*");
    let plain = plain.send().await.unwrap();
    assert_eq!(plain.status().as_u16(), 200);
    // No Sec-Fetch-Dest but `Accept: text/html`: an older browser's page load.
    let old =
        app.http.get(format!("{}/page", app.base)).header("cookie", cookie.as_str()).header("accept", "text/html");
    assert_eq!(old.send().await.unwrap().status().as_u16(), 307);
    // An iframe's document is a page load too.
    let iframe = app.call(Kind::Fetch, "/page", &cookie, &[("sec-fetch-dest", "iframe")]).await;
    assert_eq!(iframe.status, 307);
}

#[tokio::test]
async fn a_sign_out_in_another_tab_is_seen_at_once() {
    // `__client_uat=0` beside a session token that is still valid: Clerk's
    // browser script signed out; the token must not sign anyone in.
    let app = live_app().await;
    let token = app.token(now() - 5);
    let cookies = format!("__session={token}; __client_uat=0");
    let fetch = app.call(Kind::Fetch, "/page", &cookies, &[]).await;
    assert_signed_out(&fetch, "session-token-but-no-client-uat");
    assert_eq!(fetch.body, "out:session-token-but-no-client-uat");
    let page = app.call(Kind::Page, "/page", &cookies, &[]).await;
    let query = assert_handshake(&page, "session-token-but-no-client-uat");
    // The session token rides along to the Frontend API, as Clerk sends it.
    assert_eq!(query.get("__session"), Some(&token));
    // A session cookie with no `__client_uat` at all is the same.
    let missing = app.call(Kind::Fetch, "/page", &format!("__session={token}"), &[]).await;
    assert_signed_out(&missing, "session-token-but-no-client-uat");
}

#[tokio::test]
async fn a_valid_pair_signs_in_with_no_status_headers() {
    let app = live_app().await;
    let iat = now() - 5;
    let answer = app.call(Kind::Page, "/page", &format!("__session={}; __client_uat={iat}", app.token(iat)), &[]).await;
    assert_eq!((answer.status, answer.body.as_str()), (200, "in:user_1"));
    assert_eq!(answer.header("x-clerk-auth-status"), None);
    assert_eq!(answer.header("x-clerk-auth-reason"), None);
    assert!(answer.set_cookies.is_empty());
}

#[tokio::test]
async fn a_token_older_than_the_client_goes_through_the_handshake() {
    let app = live_app().await;
    let cookies = format!("__session={}; __client_uat={}", app.token(now() - 30), now() - 10);
    assert_handshake(&app.call(Kind::Page, "/page", &cookies, &[]).await, "session-token-iat-before-client-uat");
    let fetch = app.call(Kind::Fetch, "/page", &cookies, &[]).await;
    assert_signed_out(&fetch, "session-token-iat-before-client-uat");
}

#[tokio::test]
async fn time_window_failures_name_the_refresh_outcome() {
    let app = live_app().await;
    let uat = now() - 300;
    let expired = app.keys.session("user_1").session_id("sess_1").expired().sign();
    let cookies = format!("__session={expired}; __client_uat={uat}");
    assert_handshake(
        &app.call(Kind::Page, "/page", &cookies, &[]).await,
        "session-token-expired-refresh-non-eligible-no-refresh-cookie",
    );
    assert_signed_out(
        &app.call(Kind::Post, "/page", &cookies, &[]).await,
        "session-token-expired-refresh-non-eligible-non-get",
    );
    let not_yet = app.keys.session("user_1").claim("iat", uat).claim("nbf", now() + 600).sign();
    assert_handshake(
        &app.call(Kind::Page, "/page", &format!("__session={not_yet}; __client_uat={uat}"), &[]).await,
        "session-token-nbf",
    );
    let future = app.keys.session("user_1").claim("iat", now() + 600).sign();
    assert_handshake(
        &app.call(Kind::Page, "/page", &format!("__session={future}; __client_uat={uat}"), &[]).await,
        "session-token-iat-in-the-future",
    );
}

#[tokio::test]
async fn the_redirect_counter_stops_a_loop_at_three() {
    let app = live_app().await;
    let base = format!("__client_uat={}", now() - 10);
    let second = app.call(Kind::Page, "/page", &format!("{base}; __clerk_redirect_count=2"), &[]).await;
    assert_handshake(&second, "client-uat-but-no-session-token");
    assert_eq!(second.set_cookies, ["__clerk_redirect_count=3; SameSite=Lax; HttpOnly; Max-Age=2"]);
    let third = app.call(Kind::Page, "/page", &format!("{base}; __clerk_redirect_count=3"), &[]).await;
    assert_signed_out(&third, "client-uat-but-no-session-token");
    assert!(third.set_cookies.is_empty());
}

#[tokio::test]
async fn the_redirect_url_follows_forwarded_headers_and_the_proxy_carries_the_handshake() {
    let keys = TestKeys::generate().unwrap();
    let app =
        app_with(keys, |o| o.publishable_key(PK_LIVE).unwrap().proxy_url("https://app.example.com/__clerk/").unwrap())
            .await;
    let answer = app
        .call(
            Kind::Page,
            "/page?a=1",
            &format!("__client_uat={}", now() - 10),
            &[("x-forwarded-host", "app.example.com, internal.lan"), ("x-forwarded-proto", "https")],
        )
        .await;
    let (base, query) = answer.handshake();
    assert_eq!(base, "https://app.example.com/__clerk/v1/client/handshake");
    assert_eq!(query.get("redirect_url").map(String::as_str), Some("https://app.example.com/page?a=1"));
}

#[tokio::test]
async fn development_instances_need_the_dev_browser() {
    let app = dev_app().await;
    let iat = now() - 5;
    let token = app.token(iat);
    // No dev browser: a handshake, even with a good pair.
    let cookies = format!("__session={token}; __client_uat={iat}");
    let missing = app.call(Kind::Page, "/page", &cookies, &[]).await;
    assert_handshake(&missing, "dev-browser-missing");
    // With it: signed in; a handshake made now would carry it.
    let with = format!("{cookies}; __clerk_db_jwt=dvb_abc");
    assert_eq!(app.call(Kind::Page, "/page", &with, &[]).await.body, "in:user_1");
    let stale = app.call(Kind::Page, "/page", &format!("__client_uat={iat}; __clerk_db_jwt=dvb_abc"), &[]).await;
    let query = assert_handshake(&stale, "client-uat-but-no-session-token");
    assert_eq!(query.get("__clerk_db_jwt").map(String::as_str), Some("dvb_abc"));
    // A dev browser token in the URL is synced through the handshake, and
    // the page URL handed back leaves it out.
    let sync = app.call(Kind::Page, "/page?__clerk_db_jwt=dvb_new&x=1", &with, &[]).await;
    let query = assert_handshake(&sync, "dev-browser-sync");
    assert_eq!(query.get("redirect_url"), Some(&format!("{}/page?x=1", app.base)));
    assert_eq!(query.get("__clerk_db_jwt").map(String::as_str), Some("dvb_new"));
}

#[tokio::test]
async fn the_suffixed_pair_wins_when_the_plain_one_is_another_instances() {
    let app = dev_app().await;
    let iat = now() - 5;
    let ours = app.token(iat);
    let theirs = app.keys.session("user_other").issuer("https://clerk.other.example.org").claim("iat", iat + 2).sign();
    let cookies = format!(
        "__session={theirs}; __client_uat={iat}; __session_{SUFFIX_TEST}={ours}; __client_uat_{SUFFIX_TEST}={iat}; __clerk_db_jwt_{SUFFIX_TEST}=dvb_1"
    );
    assert_eq!(app.call(Kind::Page, "/page", &cookies, &[]).await.body, "in:user_1");
    // With the suffixed pair chosen, the dev browser is read suffixed too.
    let plain_dev_browser = cookies.replace(&format!("__clerk_db_jwt_{SUFFIX_TEST}"), "__clerk_db_jwt");
    assert_handshake(&app.call(Kind::Page, "/page", &plain_dev_browser, &[]).await, "dev-browser-missing");
    // The suffixed pair says signed out (`0`): a handshake reports suffixed cookies.
    let out = format!("__session={theirs}; __client_uat={iat}; __client_uat_{SUFFIX_TEST}=0; __session_{SUFFIX_TEST}={ours}; __clerk_db_jwt_{SUFFIX_TEST}=dvb_1");
    let answer = app.call(Kind::Page, "/page", &out, &[]).await;
    let query = assert_handshake(&answer, "session-token-but-no-client-uat");
    assert_eq!(query.get("suffixed_cookies").map(String::as_str), Some("true"));
    assert_eq!(PublishableKey::parse(PK_TEST).unwrap().cookie_suffix(), SUFFIX_TEST);
}

#[tokio::test]
async fn machine_and_template_tokens_in_the_cookie_are_refused() {
    let app = live_app().await;
    let iat = now() - 5;
    let m2m = app.keys.m2m("mch_1").claim("iat", iat).sign();
    let answer = app.call(Kind::Page, "/page", &format!("__session={m2m}; __client_uat={iat}"), &[]).await;
    assert_signed_out(&answer, "token-type-mismatch");
    let template = app.keys.session("user_1").claim("iat", iat).header("cat", "cl_B7d4PD222AAA").sign();
    let answer = app.call(Kind::Page, "/page", &format!("__session={template}; __client_uat={iat}"), &[]).await;
    assert_signed_out(&answer, "token-type-mismatch");
    let api_key = app.call(Kind::Page, "/page", &format!("__session=ak_abc; __client_uat={iat}"), &[]).await;
    assert_signed_out(&api_key, "token-type-mismatch");
}

#[tokio::test]
async fn a_signed_in_page_load_from_another_site_syncs_once() {
    let app = live_app().await;
    let iat = now() - 5;
    let cookies = format!("__session={}; __client_uat={iat}", app.token(iat));
    let from_elsewhere = app.call(Kind::Page, "/page", &cookies, &[("referer", "https://news.example.net/a")]).await;
    assert_handshake(&from_elsewhere, "primary-domain-cross-origin-sync");
    // Clerk's own pages, the same site, a fetch, or a loop already under way: no sync.
    for referer in ["https://accounts.test.example.com/sign-in", "https://clerk.test.example.com/v1/x"] {
        let answer = app.call(Kind::Page, "/page", &cookies, &[("referer", referer)]).await;
        assert_eq!(answer.body, "in:user_1", "{referer}");
    }
    let same = app.call(Kind::Page, "/page", &cookies, &[("referer", &format!("{}/other", app.base))]).await;
    assert_eq!(same.body, "in:user_1");
    let fetch = app.call(Kind::Fetch, "/page", &cookies, &[("referer", "https://news.example.net/a")]).await;
    assert_eq!(fetch.body, "in:user_1");
    let looping = format!("{cookies}; __clerk_redirect_count=1");
    let answer = app.call(Kind::Page, "/page", &looping, &[("referer", "https://news.example.net/a")]).await;
    assert_eq!(answer.body, "in:user_1");
}

#[tokio::test]
async fn a_bearer_token_skips_the_cookie_rules() {
    let app = live_app().await;
    let token = app.keys.session("user_9").sign();
    let answer =
        app.call(Kind::Page, "/page", "__client_uat=0", &[("authorization", &format!("Bearer {token}"))]).await;
    assert_eq!((answer.status, answer.body.as_str()), (200, "in:user_9"));
}

#[tokio::test]
async fn a_nonce_coming_back_is_exchanged_and_its_cookies_ride_on_the_answer() {
    let app = live_app().await;
    let iat = now() - 1;
    let fresh = app.token(iat);
    let session_cookie = format!("__session={fresh}; Path=/; SameSite=Lax");
    let uat_cookie = format!("__client_uat={iat}; Path=/; SameSite=Strict");
    let payload = app
        .bapi
        .mock_async(|when, then| {
            when.method(GET).path("/v1/clients/handshake_payload").query_param("nonce", "nonce_123");
            then.status(200).json_body(json!({ "directives": [session_cookie, uat_cookie] }));
        })
        .await;
    let answer = app.call(Kind::Page, "/page?__clerk_handshake_nonce=nonce_123", "", &[]).await;
    assert_eq!((answer.status, answer.body.as_str()), (200, "in:user_1"), "{answer:?}");
    assert_eq!(answer.set_cookies, [session_cookie.as_str(), uat_cookie.as_str()]);
    assert_eq!(answer.header("x-clerk-auth-status"), None);
    payload.assert_calls_async(1).await;
}

#[tokio::test]
async fn on_development_the_resolved_handshake_cleans_the_url_with_a_redirect() {
    let app = dev_app().await;
    let iat = now() - 1;
    let directives = [format!("__session={}; Path=/", app.token(iat)), format!("__client_uat={iat}; Path=/")];
    let payload = app
        .bapi
        .mock_async(|when, then| {
            when.method(GET).path("/v1/clients/handshake_payload").query_param("nonce", "n_dev");
            then.status(200).json_body(json!({ "directives": directives }));
        })
        .await;
    let answer = app
        .call(Kind::Page, "/page?x=1&__clerk_handshake_nonce=n_dev&__clerk_help=1", "__clerk_db_jwt=dvb_1", &[])
        .await;
    assert_eq!(answer.status, 307, "{answer:?}");
    assert_eq!(answer.location, Some(format!("{}/page?x=1", app.base)));
    assert_eq!(answer.header("cache-control"), Some("no-store"));
    assert_eq!(answer.set_cookies, directives);
    payload.assert_calls_async(1).await;
}

#[tokio::test]
async fn a_nonce_that_cannot_be_exchanged_ends_signed_out_as_clerk_does() {
    let app = live_app().await;
    let payload = app
        .bapi
        .mock_async(|when, then| {
            when.method(GET).path("/v1/clients/handshake_payload");
            then.status(404).json_body(common::clerk_error("resource_not_found", "not found"));
        })
        .await;
    let answer = app.call(Kind::Page, "/page?__clerk_handshake_nonce=gone", "", &[]).await;
    assert_signed_out(&answer, "session-token-missing");
    payload.assert_calls_async(1).await;
}

/// A handshake token as the Frontend API signs it: its `handshake` claim
/// lists `Set-Cookie` values.
fn handshake_token(keys: &TestKeys, directives: &[String]) -> String {
    keys.sign(&json!({"alg": "RS256", "kid": keys.kid(), "typ": "JWT"}), &json!({ "handshake": directives }))
}

#[tokio::test]
async fn a_signed_handshake_token_is_verified_and_its_cookies_set() {
    let app = live_app().await;
    let iat = now() - 1;
    let directives = [format!("__session={}; Path=/", app.token(iat)), format!("__client_uat={iat}; Path=/")];
    let token = handshake_token(&app.keys, &directives);
    let answer = app.call(Kind::Page, "/page", &format!("__clerk_handshake={token}"), &[]).await;
    assert_eq!((answer.status, answer.body.as_str()), (200, "in:user_1"), "{answer:?}");
    assert_eq!(answer.set_cookies, directives);
}

#[tokio::test]
async fn a_forged_handshake_token_is_ignored_in_production_and_an_error_in_development() {
    let other = TestKeys::generate().unwrap();
    let live = live_app().await;
    let iat = now() - 1;
    // Signed by another key, under the trusted key's id.
    let directives = [format!("__session={}; Path=/", live.token(iat)), format!("__client_uat={iat}; Path=/")];
    let forged =
        other.sign(&json!({"alg": "RS256", "kid": live.keys.kid(), "typ": "JWT"}), &json!({ "handshake": directives }));
    let answer = live.call(Kind::Fetch, "/page", &format!("__clerk_handshake={forged}"), &[]).await;
    assert_signed_out(&answer, "session-token-and-uat-missing");
    assert!(answer.set_cookies.is_empty(), "no cookie of a forged handshake is set: {answer:?}");

    let dev = dev_app().await;
    let forged =
        other.sign(&json!({"alg": "RS256", "kid": dev.keys.kid(), "typ": "JWT"}), &json!({ "handshake": directives }));
    let answer = dev.call(Kind::Page, "/page", &format!("__clerk_handshake={forged}; __clerk_db_jwt=dvb"), &[]).await;
    assert_eq!(answer.status, 503, "{answer:?}");
    assert!(answer.set_cookies.is_empty());
}

#[tokio::test]
async fn an_expired_cookie_with_a_refresh_cookie_is_renewed_without_a_redirect() {
    let app = dev_app().await;
    let uat = now() - 300;
    let expired = app.keys.session("user_1").session_id("sess_77").expired().sign();
    let fresh = app.keys.session("user_1").session_id("sess_77").claim("iat", now() - 1).sign();
    let new_cookie = format!("__session={fresh}; Path=/; SameSite=Lax");
    let refresh = app
        .bapi
        .mock_async(|when, then| {
            when.method(POST)
                .path("/v1/sessions/sess_77/refresh")
                .json_body_includes(r#"{"format":"cookie"}"#)
                .json_body_includes(format!(r#"{{"expired_token":"{expired}"}}"#))
                .json_body_includes(r#"{"refresh_token":"rt_secret"}"#)
                .json_body_includes(format!(r#"{{"request_origin":"{}"}}"#, app.base_origin()));
            then.status(200).json_body(json!({ "object": "cookies", "cookies": [new_cookie] }));
        })
        .await;
    let cookies =
        format!("__session={expired}; __client_uat={uat}; __clerk_db_jwt=dvb_1; __refresh_{SUFFIX_TEST}=rt_secret");
    let answer = app.call(Kind::Fetch, "/page", &cookies, &[]).await;
    assert_eq!((answer.status, answer.body.as_str()), (200, "in:user_1"), "{answer:?}");
    assert_eq!(answer.set_cookies, [new_cookie.as_str()]);
    assert_eq!(answer.header("x-clerk-auth-status"), None);
    refresh.assert_calls_async(1).await;

    // A refused refresh falls back to the handshake, naming Clerk's code.
    let failing = dev_app().await;
    let expired = failing.keys.session("user_1").session_id("sess_88").expired().sign();
    let refused = failing
        .bapi
        .mock_async(|when, then| {
            when.method(POST).path("/v1/sessions/sess_88/refresh");
            then.status(400).json_body(common::clerk_error("session_refresh_invalid", "no"));
        })
        .await;
    let cookies =
        format!("__session={expired}; __client_uat={uat}; __clerk_db_jwt=dvb_1; __refresh_{SUFFIX_TEST}=rt_x");
    let answer = failing.call(Kind::Page, "/page", &cookies, &[]).await;
    assert_handshake(&answer, "session-token-expired-refresh-session_refresh_invalid");
    refused.assert_calls_async(1).await;
    // Only the suffixed refresh cookie counts.
    let plain = format!("__session={expired}; __client_uat={uat}; __clerk_db_jwt=dvb_1; __refresh=rt_x");
    let answer = failing.call(Kind::Page, "/page", &plain, &[]).await;
    assert_handshake(&answer, "session-token-expired-refresh-non-eligible-no-refresh-cookie");
    refused.assert_calls_async(1).await;
}

impl App {
    fn base_origin(&self) -> String {
        self.base.clone()
    }
}

#[tokio::test]
async fn satellites_sync_with_the_primary_domain() {
    // Production satellite: the Frontend API is `clerk.<domain>`.
    let keys = TestKeys::generate().unwrap();
    let sat = app_with(keys, |o| o.publishable_key(PK_LIVE).unwrap().satellite("sat.example.com")).await;
    let quiet = sat.call(Kind::Page, "/page", "", &[]).await;
    assert_signed_out(&quiet, "session-token-and-uat-missing");
    let asked = sat.call(Kind::Page, "/page?__clerk_synced=false", "", &[]).await;
    assert_handshake(&asked, "satellite-needs-syncing");
    assert_eq!(asked.handshake().0, "https://clerk.sat.example.com/v1/client/handshake");
    let done = sat.call(Kind::Page, "/page?__clerk_synced=true", "", &[]).await;
    assert_signed_out(&done, "session-token-and-uat-missing");

    // Development satellite with auto sync: to the primary's sign-in page.
    let keys = TestKeys::generate().unwrap();
    let dev_sat = app_with(keys, |o| {
        o.publishable_key(PK_TEST)
            .unwrap()
            .satellite("sat.localhost")
            .sign_in_url("https://primary.example.com/sign-in")
            .satellite_auto_sync(true)
    })
    .await;
    let answer = dev_sat.call(Kind::Page, "/page", "", &[]).await;
    assert_eq!(answer.status, 307);
    assert_eq!(answer.header("x-clerk-auth-reason"), Some("satellite-needs-syncing"));
    let location = url::Url::parse(answer.location.as_deref().unwrap()).unwrap();
    assert_eq!(location.as_str().split('?').next(), Some("https://primary.example.com/sign-in"));
    let back: HashMap<String, String> = location.query_pairs().into_owned().collect();
    assert_eq!(back.get("__clerk_redirect_url"), Some(&format!("{}/page", dev_sat.base)));

    // The development primary sends the satellite back with its dev browser.
    let primary = dev_app().await;
    let answer = primary
        .call(
            Kind::Page,
            "/page?__clerk_redirect_url=https%3A%2F%2Fsat.localhost%2Fhome%3F__clerk_synced%3Dfalse",
            "__clerk_db_jwt=dvb_9",
            &[],
        )
        .await;
    assert_eq!(answer.status, 307);
    assert_eq!(answer.header("x-clerk-auth-reason"), Some("primary-responds-to-syncing"));
    assert_eq!(answer.location.as_deref(), Some("https://sat.localhost/home?__clerk_db_jwt=dvb_9&__clerk_synced=true"));
}

#[test]
fn options_from_the_environment_read_clerks_variables() {
    let env: HashMap<&str, &str> = [
        ("CLERK_PUBLISHABLE_KEY", PK_LIVE),
        ("CLERK_PROXY_URL", "https://app.example.com/__clerk"),
        ("CLERK_IS_SATELLITE", "TRUE"),
        ("CLERK_DOMAIN", "sat.example.com"),
        ("CLERK_SIGN_IN_URL", "https://primary.example.com/sign-in"),
    ]
    .into_iter()
    .collect();
    let opts = AuthenticateOptions::from_lookup(|name| env.get(name).map(|v| v.to_string())).unwrap();
    let key = opts.publishable_key_value().unwrap();
    assert_eq!(key.frontend_api(), "clerk.test.example.com");
    let bad =
        AuthenticateOptions::from_lookup(|name| (name == "CLERK_PUBLISHABLE_KEY").then(|| "pk_live_nope".to_string()));
    let message = bad.unwrap_err().to_string();
    assert!(message.contains("CLERK_PUBLISHABLE_KEY"), "{message}");
    let lone = AuthenticateOptions::from_lookup(|name| (name == "CLERK_IS_SATELLITE").then(|| "1".to_string()));
    assert!(lone.unwrap_err().to_string().contains("CLERK_DOMAIN"));
    assert!(AuthenticateOptions::new().proxy_url("ftp://x").is_err());
    assert!(AuthenticateOptions::new().publishable_key(TEST_ISSUER).is_err());
}

/// The same rules through actix-web's middleware: a handshake answered by
/// the middleware, and a refresh's cookies on the handler's answer.
mod actix {
    use super::*;
    use actix_web::{web, App as ActixApp, HttpServer};
    use clerk_backend_api::actix::{AuthState as ActixState, ClerkMiddleware};

    async fn serve_actix(clerk: clerk_backend_api::Clerk, opts: AuthenticateOptions) -> String {
        let server = HttpServer::new(move || {
            ActixApp::new()
                .wrap(ClerkMiddleware::new(clerk.clone(), opts.clone()))
                .route("/page", web::get().to(|ActixState(state): ActixState| async move { describe(&state) }))
        })
        .workers(1)
        .bind(("127.0.0.1", 0))
        .unwrap();
        let addr = server.addrs()[0];
        actix_web::rt::spawn(server.run());
        format!("http://{addr}")
    }

    #[actix_web::test]
    async fn actix_answers_the_handshake_and_carries_refreshed_cookies() {
        let keys = TestKeys::generate().unwrap();
        let bapi = MockServer::start_async().await;
        let opts = keys.options().publishable_key(PK_TEST).unwrap();
        let base = serve_actix(common::clerk(&bapi), opts).await;
        let http = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();

        let page = http
            .get(format!("{base}/page?q=1"))
            .header("accept", "text/html")
            .header("sec-fetch-dest", "document")
            .send()
            .await
            .unwrap();
        assert_eq!(page.status().as_u16(), 307);
        assert_eq!(page.headers()["x-clerk-auth-reason"], "dev-browser-missing");
        assert_eq!(page.headers()["cache-control"], "no-store");
        let location = url::Url::parse(page.headers()["location"].to_str().unwrap()).unwrap();
        assert_eq!(location.host_str(), Some("clerk.test.example.com"));
        let query: HashMap<String, String> = location.query_pairs().into_owned().collect();
        assert_eq!(query.get("redirect_url"), Some(&format!("{base}/page?q=1")));

        let uat = now() - 300;
        let expired = keys.session("user_1").session_id("sess_5").expired().sign();
        let fresh = keys.session("user_1").session_id("sess_5").claim("iat", now() - 1).sign();
        let new_cookie = format!("__session={fresh}; Path=/");
        let refresh = bapi
            .mock_async(|when, then| {
                when.method(POST).path("/v1/sessions/sess_5/refresh").json_body_includes(r#"{"refresh_token":"rt_5"}"#);
                then.status(200).json_body(json!({ "object": "cookies", "cookies": [new_cookie] }));
            })
            .await;
        let answer = http
            .get(format!("{base}/page"))
            .header("accept", "application/json")
            .header(
                "cookie",
                format!("__session={expired}; __client_uat={uat}; __clerk_db_jwt=d; __refresh_{SUFFIX_TEST}=rt_5"),
            )
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status().as_u16(), 200);
        let set: Vec<String> =
            answer.headers().get_all("set-cookie").iter().map(|v| v.to_str().unwrap().to_string()).collect();
        assert_eq!(set, [new_cookie.as_str()]);
        assert_eq!(answer.text().await.unwrap(), "in:user_1");
        refresh.assert_calls_async(1).await;

        let signed_out = http.get(format!("{base}/page")).header("cookie", "__clerk_db_jwt=d").send().await.unwrap();
        assert_eq!(signed_out.headers()["x-clerk-auth-status"], "signed-out");
        assert_eq!(signed_out.headers()["x-clerk-auth-reason"], "session-token-and-uat-missing");
        assert_eq!(signed_out.text().await.unwrap(), "out:session-token-and-uat-missing");
    }
}

#[tokio::test]
async fn header_only_authentication_applies_the_cookie_rules_without_redirecting() {
    let keys = TestKeys::generate().unwrap();
    let bapi = MockServer::start_async().await;
    let clerk = common::clerk(&bapi);
    let opts = keys.options().publishable_key(PK_LIVE).unwrap();
    let iat = now() - 5;
    let token = keys.session("user_1").claim("iat", iat).sign();
    let mut headers = http::HeaderMap::new();
    headers.insert("cookie", format!("__session={token}; __client_uat=0").parse().unwrap());
    let state = clerk.authenticate_request(&headers, &opts).await.unwrap();
    assert_eq!(describe(&state), "out:session-token-but-no-client-uat");
    headers.insert("cookie", format!("__session={token}; __client_uat={iat}").parse().unwrap());
    let state = clerk.authenticate_request(&headers, &opts).await.unwrap();
    assert_eq!(describe(&state), "in:user_1");
    // Without the publishable key the old rule stands: the cookie alone decides.
    headers.insert("cookie", format!("__session={token}; __client_uat=0").parse().unwrap());
    let state = clerk.authenticate_request(&headers, &keys.options()).await.unwrap();
    assert_eq!(describe(&state), "in:user_1");
}
