//! The emulator as Clerk's Frontend API, as far as server-rendered apps meet
//! it: the handshake a page load is sent through when its cookies are stale,
//! the nonce exchange that brings the handshake's cookies back to the app
//! (a Backend API call), and the refresh of an expired session cookie (also
//! a Backend API call).
//!
//! A browser is a *dev browser* (the `__clerk_db_jwt` cookie of development
//! instances). A dev browser carries at most one *client*, and a client is
//! signed in with at most one session. [`Emulator::browser_cookies`]
//! makes all three for a user, as signing in through Clerk's pages does.
//!
//! [`Emulator::browser_cookies`]: super::Emulator::browser_cookies

use std::collections::BTreeMap;
use std::time::Duration;

use axum::http::header::{CACHE_CONTROL, LOCATION};
use axum::http::{HeaderValue, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine as _;
use serde_json::{json, Value};

use super::settings::Settings;
use super::store::{self, Reply, Req, State};
use super::{shapes, Shared};
use crate::auth::{PublishableKey, RsaKey};
use crate::testing::TestKeys;

/// Where the handshake is served (the Frontend API's path).
pub(crate) const HANDSHAKE_PATH: &str = "/v1/client/handshake";

/// Nonces not exchanged within this many seconds are forgotten.
const NONCE_LIFETIME: i64 = 600;

/// What the Frontend API side keeps beside the Backend API's objects. Dev
/// browsers, clients and refresh tokens are saved in snapshots; handshake
/// nonces are not (they live for a single redirect).
#[derive(Clone, Default, serde::Serialize, serde::Deserialize)]
pub(crate) struct Frontend {
    /// Dev browser token -> the client it carries (none until a sign-in).
    dev_browsers: BTreeMap<String, Option<String>>,
    /// Client id -> the client.
    clients: BTreeMap<String, Client>,
    /// Session id -> its refresh token (the `__refresh_<suffix>` cookie).
    refresh_tokens: BTreeMap<String, String>,
    /// Nonce -> (made at, in seconds; the directives it stands for).
    #[serde(skip)]
    nonces: BTreeMap<String, (i64, Vec<String>)>,
}

#[derive(Clone, serde::Serialize, serde::Deserialize)]
struct Client {
    /// The session the client was last signed in with.
    session_id: Option<String>,
    /// When the client last changed, in seconds: the `__client_uat` cookie.
    client_uat: i64,
}

/// Who a client is signed in as: (user id, session id, client_uat).
type SignedIn = (String, String, i64);

fn now_seconds() -> i64 {
    let d = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    i64::try_from(d.as_secs()).unwrap_or(i64::MAX)
}

fn random(prefix: &str, len: usize) -> String {
    let tail: String = std::iter::repeat_with(fastrand::alphanumeric).take(len).collect();
    format!("{prefix}{tail}")
}

/// `pk_test_` and the base64 of `<frontend host>$`, padded as browsers'
/// `btoa` (and so Clerk's own keys) pad it.
pub(crate) fn publishable_key(frontend_host: &str) -> String {
    format!("pk_test_{}", STANDARD.encode(format!("{frontend_host}$")))
}

/// The suffix of this instance's cookie names.
pub(crate) fn cookie_suffix(frontend_host: &str) -> String {
    PublishableKey::parse(publishable_key(frontend_host)).map(|k| k.cookie_suffix().to_string()).unwrap_or_default()
}

/// A session token for a client's session: fresh, with the instance's
/// issuer, session token lifetime and `azp` (when set), and issued no
/// earlier than the client last changed, as Clerk's cookie rules require.
fn fresh_token(keys: &TestKeys, settings: &Settings, user_id: &str, session_id: &str, client_uat: i64) -> String {
    let iat = now_seconds().max(client_uat);
    let mut token = keys
        .session(user_id)
        .session_id(session_id)
        .issuer(settings.issuer())
        .claim("iat", iat)
        .expires_in(settings.session_token_lifetime);
    if let Some(azp) = &settings.authorized_party {
        token = token.azp(azp.clone());
    }
    token.sign()
}

/// The `Set-Cookie` values the handshake and the refresh answer with:
/// signed in, the session token and `__client_uat`; signed out, an emptied
/// session cookie and `__client_uat=0`; and the dev browser when known.
/// `suffixed` adds the `_<suffix>` forms, which Clerk's rules then read.
fn directives(
    keys: &TestKeys,
    settings: &Settings,
    signed_in: Option<&SignedIn>,
    dev_browser: Option<&str>,
    suffixed: bool,
) -> Vec<String> {
    let mut tails = vec![String::new()];
    if suffixed {
        tails.push(format!("_{}", cookie_suffix(&settings.frontend_api_host)));
    }
    // One token for the plain and the suffixed cookie alike.
    let token = signed_in.map(|(user, sid, client_uat)| fresh_token(keys, settings, user, sid, *client_uat));
    let mut out = Vec::new();
    for tail in &tails {
        match (signed_in, &token) {
            (Some((_, _, client_uat)), Some(token)) => {
                out.push(format!("__session{tail}={token}; Path=/; SameSite=Lax"));
                out.push(format!("__client_uat{tail}={client_uat}; Path=/; SameSite=Lax; Max-Age=315360000"));
            }
            _ => {
                out.push(format!("__session{tail}=; Path=/; SameSite=Lax; Max-Age=0"));
                out.push(format!("__client_uat{tail}=0; Path=/; SameSite=Lax; Max-Age=315360000"));
            }
        }
        if let Some(dev_browser) = dev_browser {
            out.push(format!("__clerk_db_jwt{tail}={dev_browser}; Path=/; SameSite=Lax; Max-Age=315360000"));
        }
    }
    out
}

/// An active session: status `active` and not past its `expire_at`.
fn is_active(session: &Value) -> bool {
    let now_ms = now_seconds().saturating_mul(1000);
    store::text(session, "status").as_deref() == Some("active")
        && session.get("expire_at").and_then(Value::as_i64).is_none_or(|e| e > now_ms)
}

impl Frontend {
    /// The dev browser named, or a new one (with no client) when it is
    /// missing or unknown.
    fn dev_browser(&mut self, named: Option<&str>) -> String {
        if let Some(token) = named.filter(|t| self.dev_browsers.contains_key(*t)) {
            return token.to_string();
        }
        let token = random("dvb_", 27);
        self.dev_browsers.insert(token.clone(), None);
        token
    }

    /// Forgets nonces older than [`NONCE_LIFETIME`].
    fn forget_old_nonces(&mut self, now: i64) {
        self.nonces.retain(|_, (made, _)| now.saturating_sub(*made) < NONCE_LIFETIME);
    }
}

/// Who a client is signed in as, when its session is active and its user exists.
fn client_signed_in(st: &State, client_id: &str) -> Option<SignedIn> {
    let client = st.frontend.clients.get(client_id)?;
    let sid = client.session_id.as_deref()?;
    let session = st.session(sid).filter(|s| is_active(s))?;
    let user = store::text(session, "user_id").filter(|u| st.has_user(u))?;
    Some((user, sid.to_string(), client.client_uat))
}

/// Who a dev browser is signed in as.
fn browser_signed_in(st: &State, dev_browser: &str) -> Option<SignedIn> {
    let client = st.frontend.dev_browsers.get(dev_browser)?.as_deref()?;
    client_signed_in(st, client)
}

/// `GET /v1/client/handshake`: the Frontend API's side of the handshake.
/// No key is needed (a browser calls it). The browser is sent back to
/// `redirect_url` with `__clerk_handshake_nonce` (with `format=nonce`) or a
/// signed `__clerk_handshake` token holding the cookies to set.
pub(crate) fn handshake(shared: &Shared, uri: &Uri) -> Response {
    let query = store::parse_query(uri.query());
    let q = |name: &str| query.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str()).filter(|v| !v.is_empty());
    let refused = |code: &str, message: &str, long: &str| {
        let body = shapes::errors(code, message, long, Some("redirect_url"));
        let mut response = (StatusCode::BAD_REQUEST, axum::Json(body)).into_response();
        response.headers_mut().insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
        response
    };
    let Some(redirect) = q("redirect_url") else {
        return refused(
            "form_param_missing",
            "redirect_url must be included.",
            "The handshake needs `redirect_url`, the page to send the browser back to.",
        );
    };
    let Some(mut back) = url::Url::parse(redirect).ok().filter(|u| matches!(u.scheme(), "http" | "https")) else {
        return refused(
            "form_param_format_invalid",
            "redirect_url is invalid.",
            "`redirect_url` must be an absolute http(s) URL.",
        );
    };
    let suffixed = q("suffixed_cookies") == Some("true");
    let nonce_format = q("format") == Some("nonce");
    let now = now_seconds();
    let (name, value) = {
        let mut st = shared.lock();
        let dev_browser = st.frontend.dev_browser(q("__clerk_db_jwt"));
        let signed_in = browser_signed_in(&st, &dev_browser);
        let directives = directives(shared.keys, &st.settings, signed_in.as_ref(), Some(&dev_browser), suffixed);
        if nonce_format {
            let nonce = random("", 32);
            st.frontend.forget_old_nonces(now);
            st.frontend.nonces.insert(nonce.clone(), (now, directives));
            ("__clerk_handshake_nonce", nonce)
        } else {
            let token = shared.keys.sign(&json!({"typ": "JWT"}), &json!({"handshake": directives}));
            ("__clerk_handshake", token)
        }
    };
    back.query_pairs_mut().append_pair(name, &value);
    let mut response = StatusCode::TEMPORARY_REDIRECT.into_response();
    if let Ok(location) = HeaderValue::from_str(back.as_str()) {
        response.headers_mut().insert(LOCATION, location);
    }
    response.headers_mut().insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// `GET /v1/clients/handshake_payload?nonce=`: the directives a nonce stands
/// for, once; an unknown or already used nonce is not found.
pub(crate) fn handshake_payload(st: &mut State, req: &Req) -> Reply {
    let Some(nonce) = req.q("nonce").filter(|n| !n.is_empty()) else { return Err(store::missing("nonce")) };
    st.frontend.forget_old_nonces(now_seconds());
    match st.frontend.nonces.remove(nonce) {
        Some((_, directives)) => store::ok(json!({ "directives": directives })),
        None => Err(store::not_found("handshake nonce")),
    }
}

/// The error codes the refresh answers with (Clerk does not publish its
/// own): each is a 400 whose code the SDK reports as the refresh's reason
/// (`session-token-expired-refresh-<code>`) before falling back to the
/// handshake.
mod refresh_codes {
    /// The refresh token is not the one issued with this session.
    pub(super) const REFRESH_TOKEN_INVALID: &str = "refresh_token_invalid";
    /// The expired token is not a session token of this session signed by
    /// the emulator.
    pub(super) const EXPIRED_TOKEN_INVALID: &str = "expired_token_invalid";
    /// The session was revoked, ended or has expired.
    pub(super) const SESSION_NOT_ACTIVE: &str = "session_not_active";
}

/// `POST /v1/sessions/{session_id}/refresh`: a new session token for a
/// session whose cookie expired, given the refresh token issued with it.
/// `format: "cookie"` answers the cookies to set (`{"object":"cookies"}`),
/// anything else the token (`{"object":"token"}`).
pub(crate) fn refresh(st: &State, keys: &TestKeys, session_id: &str, req: &Req) -> Reply {
    let Some(session) = st.session(session_id) else { return Err(store::not_found("session")) };
    let expired = req.required("expired_token")?;
    let refresh_token = req.required("refresh_token")?;
    req.required("request_origin")?;
    let refused =
        |code: &str, message: &str, long: &str| store::fail(StatusCode::BAD_REQUEST, code, message, long, None);
    if st.frontend.refresh_tokens.get(session_id) != Some(&refresh_token) {
        return Err(refused(
            refresh_codes::REFRESH_TOKEN_INVALID,
            "Invalid refresh token.",
            "The refresh token was not issued with this session.",
        ));
    }
    if !token_of_session(keys, &expired, session_id) {
        return Err(refused(
            refresh_codes::EXPIRED_TOKEN_INVALID,
            "Invalid session token.",
            "`expired_token` is not a session token of this session.",
        ));
    }
    if !is_active(session) {
        return Err(refused(
            refresh_codes::SESSION_NOT_ACTIVE,
            "The session is not active.",
            "The session was revoked, ended or has expired; sign in again.",
        ));
    }
    let user = store::text(session, "user_id").unwrap_or_default();
    let client_id = store::text(session, "client_id").unwrap_or_default();
    let client_uat = st.frontend.clients.get(&client_id).map_or(0, |c| c.client_uat);
    let settings = &st.settings;
    if req.str("format") == Some("cookie") {
        let signed_in = (user, session_id.to_string(), client_uat);
        let dev_browser = st
            .frontend
            .dev_browsers
            .iter()
            .find(|(_, client)| client.as_deref() == Some(client_id.as_str()))
            .map(|(token, _)| token.as_str());
        let suffixed = req.q("suffixed_cookies") == Some("true");
        let cookies = directives(keys, settings, Some(&signed_in), dev_browser, suffixed);
        store::ok(json!({"object": "cookies", "cookies": cookies}))
    } else {
        store::ok(json!({"object": "token", "jwt": fresh_token(keys, settings, &user, session_id, client_uat)}))
    }
}

/// True when `token` is a JWT signed by the emulator's key whose `sid` is
/// `session_id` (expired or not).
fn token_of_session(keys: &TestKeys, token: &str, session_id: &str) -> bool {
    let mut parts = token.split('.');
    let (Some(header), Some(payload), Some(signature), None) = (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    let jwk = keys.jwk();
    let key = match (jwk.get("n").and_then(Value::as_str), jwk.get("e").and_then(Value::as_str)) {
        (Some(n), Some(e)) => RsaKey::from_jwk_components(n, e),
        _ => return false,
    };
    let (Ok(key), Ok(signature)) = (key, URL_SAFE_NO_PAD.decode(signature)) else { return false };
    if !key.verify(format!("{header}.{payload}").as_bytes(), &signature) {
        return false;
    }
    let claims: Option<Value> = URL_SAFE_NO_PAD.decode(payload).ok().and_then(|p| serde_json::from_slice(&p).ok());
    claims.as_ref().and_then(|c| c.get("sid")).and_then(Value::as_str) == Some(session_id)
}

impl super::Emulator {
    /// Sets how long the session tokens it mints are valid (Clerk's
    /// default, and the emulator's, is 60 seconds; see
    /// [`EmulatorBuilder::session_token_lifetime`](super::EmulatorBuilder::session_token_lifetime)):
    /// those the handshake, the refresh, the sign-in page,
    /// [`session_token`](super::Emulator::session_token) and
    /// `POST /sessions/{id}/tokens` issue from now on. A few seconds
    /// let a test see a page load renew an expired token.
    pub fn set_session_token_lifetime(&self, lifetime: Duration) {
        self.shared.lock().settings.session_token_lifetime = lifetime;
    }
}

/// Signs a user in as a browser does through Clerk's pages: a new dev
/// browser, a client, an active session on it (its `session.created` event
/// returned), `client_uat` now and a refresh token.
pub(crate) fn sign_in_browser(
    st: &mut State,
    keys: &'static TestKeys,
    user_id: &str,
) -> Option<(BrowserCookies, Vec<Value>)> {
    let ((_, session_id, client_uat), dev_browser, refresh_token, events) = start_browser_session(st, user_id, None)?;
    let cookies = BrowserCookies {
        session_token: fresh_token(keys, &st.settings, user_id, &session_id, client_uat),
        client_uat,
        dev_browser,
        refresh_token,
        session_id,
        user_id: user_id.to_string(),
        suffix: cookie_suffix(&st.settings.frontend_api_host),
        issuer: st.settings.issuer(),
        with_refresh: false,
        keys,
    };
    Some((cookies, events))
}

/// A new client on the dev browser named (a new dev browser when it is
/// missing or unknown), signed in with a new active session of `user_id`
/// (its `session.created` event returned), `client_uat` now and a refresh
/// token: what signing in through Clerk's pages leaves behind.
fn start_browser_session(
    st: &mut State,
    user_id: &str,
    dev_browser: Option<&str>,
) -> Option<(SignedIn, String, String, Vec<Value>)> {
    let client_id = store::new_id("client");
    let (session, events) = st.start_session_on(user_id, &client_id)?;
    let session_id = store::text(&session, "id").unwrap_or_default();
    let client_uat = now_seconds();
    let dev_browser = st.frontend.dev_browser(dev_browser);
    let refresh_token = random("", 40);
    st.frontend.clients.insert(client_id.clone(), Client { session_id: Some(session_id.clone()), client_uat });
    st.frontend.dev_browsers.insert(dev_browser.clone(), Some(client_id));
    st.frontend.refresh_tokens.insert(session_id.clone(), refresh_token.clone());
    Some(((user_id.to_string(), session_id, client_uat), dev_browser, refresh_token, events))
}

/// Signs `user_id` in on a browser through the emulator's sign-in page: on
/// its dev browser when the emulator knows it (else a new one), as
/// [`start_browser_session`] does. Returns the `Set-Cookie` values the page
/// answers with (the session token, `__client_uat` and the dev browser,
/// with the `_<suffix>` forms too when `suffixed`), and the events.
pub(crate) fn sign_in_page(
    st: &mut State,
    keys: &TestKeys,
    user_id: &str,
    dev_browser: Option<&str>,
    suffixed: bool,
) -> Option<(Vec<String>, Vec<Value>)> {
    let (signed_in, dev_browser, _, events) = start_browser_session(st, user_id, dev_browser)?;
    let settings = st.settings.clone();
    Some((directives(keys, &settings, Some(&signed_in), Some(&dev_browser), suffixed), events))
}

/// Who a dev browser is signed in as: (user id, session id), when its
/// client's session is active and its user exists.
pub(crate) fn browser_user(st: &State, dev_browser: &str) -> Option<(String, String)> {
    browser_signed_in(st, dev_browser).map(|(user, sid, _)| (user, sid))
}

/// Signs a dev browser's client out: it keeps no session from now on (its
/// handshakes answer signed out) and the session's refresh token is
/// forgotten. Returns the session it was signed in with, for the caller to
/// end through the Backend API (so its event is sent).
pub(crate) fn sign_out_browser(st: &mut State, dev_browser: &str) -> Option<String> {
    let client_id = st.frontend.dev_browsers.get(dev_browser)?.clone()?;
    let client = st.frontend.clients.get_mut(&client_id)?;
    let session_id = client.session_id.take()?;
    client.client_uat = now_seconds();
    st.frontend.refresh_tokens.remove(&session_id);
    Some(session_id)
}

/// The `Set-Cookie` values of a signed-out browser, plain and suffixed: the
/// session cookies emptied (`Max-Age=0`) and `__client_uat=0`.
pub(crate) fn signed_out_cookies(keys: &TestKeys, settings: &Settings) -> Vec<String> {
    directives(keys, settings, None, None, true)
}

/// The cookies of a browser signed in to the emulator (see
/// [`Emulator::browser_cookies`](super::Emulator::browser_cookies)): what a
/// page load of an app on the same host would carry, to test an app's
/// cookie-carried sessions without a browser.
///
/// The plain (unsuffixed) cookies are given, as Clerk's older browser
/// scripts set them; the app's rules read those when no suffixed ones are
/// present. Debug output shows the tokens: this is for tests only.
#[derive(Clone, Debug)]
pub struct BrowserCookies {
    session_token: String,
    client_uat: i64,
    dev_browser: String,
    refresh_token: String,
    session_id: String,
    user_id: String,
    suffix: String,
    /// The issuer of the instance's session tokens.
    issuer: String,
    with_refresh: bool,
    keys: &'static TestKeys,
}

impl BrowserCookies {
    /// The `__session` cookie: a session token issued no earlier than the
    /// `__client_uat` cookie says.
    pub fn session_token(&self) -> &str {
        &self.session_token
    }

    /// The `__client_uat` cookie, in seconds (0 when signed out).
    pub fn client_uat(&self) -> i64 {
        self.client_uat
    }

    /// The `__clerk_db_jwt` cookie: the dev browser.
    pub fn dev_browser(&self) -> &str {
        &self.dev_browser
    }

    /// The refresh token issued with the session (the `__refresh_<suffix>`
    /// cookie, once [`with_refresh_cookie`](Self::with_refresh_cookie) adds it).
    pub fn refresh_token(&self) -> &str {
        &self.refresh_token
    }

    /// The id of the session the browser is signed in with.
    pub fn session_id(&self) -> &str {
        &self.session_id
    }

    /// The user signed in.
    pub fn user_id(&self) -> &str {
        &self.user_id
    }

    /// The suffix of the instance's cookie names (from
    /// [`Emulator::publishable_key`](super::Emulator::publishable_key)).
    pub fn cookie_suffix(&self) -> &str {
        &self.suffix
    }

    /// The cookies as `(name, value)` pairs: `__session`, `__client_uat`,
    /// `__clerk_db_jwt`, and `__refresh_<suffix>` when added.
    pub fn pairs(&self) -> Vec<(String, String)> {
        let mut pairs = vec![
            ("__session".to_string(), self.session_token.clone()),
            ("__client_uat".to_string(), self.client_uat.to_string()),
            ("__clerk_db_jwt".to_string(), self.dev_browser.clone()),
        ];
        if self.with_refresh {
            pairs.push((format!("__refresh_{}", self.suffix), self.refresh_token.clone()));
        }
        pairs
    }

    /// The cookies as a `Cookie` header value (`__session=..; __client_uat=..; ...`).
    pub fn cookie_header(&self) -> String {
        self.pairs().iter().map(|(name, value)| format!("{name}={value}")).collect::<Vec<_>>().join("; ")
    }

    /// Adds the `__refresh_<suffix>` cookie, with which an app may renew an
    /// expired session cookie through the Backend API without a redirect.
    pub fn with_refresh_cookie(mut self) -> Self {
        self.with_refresh = true;
        self
    }

    /// Replaces the session token with one of the same user and session
    /// that expired a minute ago (issued two minutes ago), signed by the
    /// emulator's key. `__client_uat` moves back to that issue time when it
    /// was later, as if the browser had signed in then: Clerk's rules only
    /// treat a token issued after the client last changed as merely expired
    /// (refreshable); an older one goes through the handshake.
    pub fn expire_session(&mut self) {
        let now = now_seconds();
        let issued = now - 120;
        self.session_token = self
            .keys
            .session(self.user_id.as_str())
            .session_id(self.session_id.as_str())
            .issuer(self.issuer.as_str())
            .claim("iat", issued)
            .claim("nbf", issued)
            .claim("exp", now - 60)
            .sign();
        if self.client_uat > issued {
            self.client_uat = issued;
        }
    }

    /// Sets `__client_uat` to 0, as Clerk's browser script does after the
    /// user signs out in another tab; the session token stays as it was.
    pub fn sign_out_elsewhere(&mut self) {
        self.client_uat = 0;
    }
}
