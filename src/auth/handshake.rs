//! The handshake: a page load whose cookies cannot be trusted is sent once
//! through the instance's Frontend API, which sends the browser back with
//! fresh cookies; and the way back, where the nonce (or, on older flows,
//! the signed handshake token) is turned into those cookies. Also the
//! refresh of an expired session cookie without a redirect.

use std::future::Future;
use std::pin::Pin;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use http::header::{CACHE_CONTROL, LOCATION, SET_COOKIE};
use http::{HeaderMap, HeaderValue};
use serde::Deserialize;
use serde_json::{json, Map, Value};
use url::Url;

use super::cookies::{self, CookieState, PageRequest};
use super::instance::Instance;
use super::{
    AuthError, AuthStatus, AuthenticateOptions, Authentication, Authenticator, Identity, JoseHeader, JwksSource,
    MachineTokenVerifier, RequestState, SignedOutReason,
};

/// The `cat` header of session tokens.
const CAT_SESSION: &str = "cl_B7d4PD111AAA";
/// The `cat` header Clerk uses for tokens no category rule applies to.
const CAT_IGNORE: &str = "cl_I7d4PD111III";

/// The most handshakes in a row (counted by a short-lived cookie) before the
/// request is signed out instead of redirected again.
pub(crate) const MAX_REDIRECTS: u32 = 3;

/// The future of a [`HandshakeBackend`] call.
pub type HandshakeBackendFuture<'a> = Pin<Box<dyn Future<Output = Result<Vec<String>, BackendFailure>> + Send + 'a>>;

/// The two Backend API calls the cookie rules make: exchanging a handshake
/// nonce for its `Set-Cookie` values, and refreshing an expired session.
/// [`Clerk`](crate::Clerk) implements them with its secret key; implement
/// it yourself to authenticate with a bare [`Authenticator`].
pub trait HandshakeBackend: Send + Sync {
    /// `GET /clients/handshake_payload?nonce=<nonce>`: the `directives`
    /// (`Set-Cookie` values) the Frontend API left under this nonce.
    fn handshake_payload<'a>(&'a self, nonce: &'a str) -> HandshakeBackendFuture<'a>;

    /// `POST /sessions/{session_id}/refresh` with `format: cookie` and the
    /// given body (and `?suffixed_cookies=true` when asked): the answer's
    /// `cookies` (`Set-Cookie` values).
    fn refresh_session<'a>(
        &'a self,
        session_id: &'a str,
        suffixed_cookies: bool,
        body: Value,
    ) -> HandshakeBackendFuture<'a>;
}

/// Why a [`HandshakeBackend`] call failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BackendFailure {
    /// The first error code of Clerk's answer, when it gave one.
    pub code: Option<String>,
    /// The HTTP status, when Clerk answered.
    pub status: Option<u16>,
    /// What went wrong (never the tokens sent).
    pub message: String,
}

/// Everything one cookie-carried request is decided with.
pub(crate) struct Page<'a> {
    pub(crate) request: &'a PageRequest,
    pub(crate) instance: &'a Instance,
    pub(crate) cookies: CookieState<'a>,
    pub(crate) opts: &'a AuthenticateOptions,
}

/// Why a handshake on its way back could not be resolved.
pub(crate) enum ResolveFailure {
    /// The handshake token itself is bad (an error on development
    /// instances; ignored on production ones, where another app on the same
    /// site may have set the cookie).
    Token(String),
    /// The cookies it carried did not sign anyone in.
    Other(String),
    /// The keys could not be fetched.
    Auth(AuthError),
}

impl Page<'_> {
    /// Sends a page load through the handshake (or to `location`, for the
    /// satellite steps), or signs out with the same reason when the request
    /// cannot follow a redirect or has looped too often.
    pub(crate) fn handshake_or_signed_out(
        &self,
        reason: SignedOutReason,
        reason_text: String,
        message: String,
        location: Option<Url>,
    ) -> Authentication {
        if !self.request.is_document_load() {
            return Authentication::signed_out(reason, reason_text, message, HeaderMap::new());
        }
        if self.cookies.redirect_count >= MAX_REDIRECTS {
            tracing::warn!(
                reason = %reason_text,
                "clerk: the handshake looped {MAX_REDIRECTS} times; the request is signed out. The publishable and \
                 secret keys likely belong to different instances"
            );
            return Authentication::signed_out(reason, reason_text, message, HeaderMap::new());
        }
        let Some(location) = location.or_else(|| self.handshake_url(&reason_text)) else {
            tracing::warn!(frontend_api = %self.instance.frontend_api, "clerk: no handshake URL can be made");
            return Authentication::signed_out(reason, reason_text, message, HeaderMap::new());
        };
        let mut headers = HeaderMap::new();
        if let Ok(value) = HeaderValue::from_str(location.as_str()) {
            headers.insert(LOCATION, value);
        }
        // Browsers keep redirects of background tabs; a cached one would loop.
        headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
        let counter = format!(
            "{}={}; SameSite=Lax; HttpOnly; Max-Age=2",
            cookies::REDIRECT_COUNT,
            self.cookies.redirect_count + 1
        );
        if let Ok(value) = HeaderValue::from_str(&counter) {
            headers.append(SET_COOKIE, value);
        }
        Authentication {
            state: RequestState::SignedOut(reason),
            status: AuthStatus::Handshake,
            reason: Some(reason_text),
            message: (!message.is_empty()).then_some(message),
            headers,
        }
        .with_status_headers()
    }

    /// `<Frontend API or proxy>/v1/client/handshake?...` with Clerk's query.
    pub(crate) fn handshake_url(&self, reason: &str) -> Option<Url> {
        let origin = self.request.origin();
        let base = self.instance.frontend_api_base(&origin);
        let mut url = Url::parse(&base).and_then(|b| b.join("v1/client/handshake")).ok()?;
        let redirect = self.request.url().map(|u| without_params(&u, &[cookies::DEV_BROWSER, "__dev_session"]));
        {
            let mut query = url.query_pairs_mut();
            query.append_pair("redirect_url", redirect.as_ref().map(Url::as_str).unwrap_or(""));
            query.append_pair("__clerk_api_version", crate::API_VERSION);
            query.append_pair("suffixed_cookies", if self.cookies.suffixed { "true" } else { "false" });
            query.append_pair("__clerk_hs_reason", reason);
            query.append_pair("format", "nonce");
            if let Some(session) = &self.cookies.session {
                query.append_pair(cookies::SESSION, session);
            }
            if self.instance.is_development() {
                if let Some(dev_browser) = &self.cookies.dev_browser {
                    query.append_pair(cookies::DEV_BROWSER, dev_browser);
                }
            }
        }
        Some(url)
    }
}

/// The URL without the named query parameters (the rest kept in order).
pub(crate) fn without_params(url: &Url, names: &[&str]) -> Url {
    let kept: Vec<(String, String)> = url
        .query_pairs()
        .filter(|(n, _)| !names.contains(&n.as_ref()))
        .map(|(n, v)| (n.into_owned(), v.into_owned()))
        .collect();
    let mut clean = url.clone();
    clean.set_fragment(None);
    if kept.is_empty() {
        clean.set_query(None);
    } else {
        clean.query_pairs_mut().clear().extend_pairs(kept);
    }
    clean
}

/// The name and value of a `Set-Cookie` value.
fn cookie_pair(set_cookie: &str) -> Option<(&str, &str)> {
    let first = set_cookie.split(';').next()?;
    let (name, value) = first.split_once('=')?;
    Some((name.trim(), value.trim()))
}

/// Adds each `Set-Cookie` value and returns the session token among them
/// (the last `__session*` cookie), or an empty string.
fn set_cookies(headers: &mut HeaderMap, values: &[String]) -> String {
    let mut session = String::new();
    for value in values {
        match HeaderValue::from_str(value) {
            Ok(header) => {
                headers.append(SET_COOKIE, header);
            }
            Err(_) => {
                tracing::warn!("clerk: a cookie from Clerk cannot travel in a header and was dropped");
                continue;
            }
        }
        if let Some((name, token)) = cookie_pair(value) {
            if name.starts_with(cookies::SESSION) {
                session = token.to_string();
            }
        }
    }
    session
}

#[derive(Deserialize)]
struct HandshakePayload {
    #[serde(default)]
    handshake: Option<Value>,
}

impl Authenticator {
    /// The way back from the Frontend API: the nonce (or handshake token)
    /// becomes `Set-Cookie` values, and the session token among them decides.
    pub(crate) async fn resolve_handshake(
        &self,
        page: &Page<'_>,
        jwks: &dyn JwksSource,
        machine: Option<&dyn MachineTokenVerifier>,
        backend: Option<&dyn HandshakeBackend>,
    ) -> Result<Authentication, ResolveFailure> {
        let directives = if let Some(nonce) = &page.cookies.handshake_nonce {
            match backend {
                Some(backend) => backend.handshake_payload(nonce).await.unwrap_or_else(|failure| {
                    tracing::warn!(error = %failure.message, "clerk: the handshake nonce could not be exchanged");
                    Vec::new()
                }),
                None => {
                    tracing::warn!("clerk: a handshake nonce came back but no Backend API client was given");
                    Vec::new()
                }
            }
        } else if let Some(token) = &page.cookies.handshake_token {
            self.handshake_directives(token, page.opts, jwks).await?
        } else {
            Vec::new()
        };
        let mut headers = HeaderMap::new();
        let session = set_cookies(&mut headers, &directives);
        let development = page.instance.is_development();
        if development {
            if let Some(url) = &page.request.url() {
                let clean = without_params(
                    url,
                    &[cookies::HANDSHAKE, cookies::HANDSHAKE_HELP, cookies::DEV_BROWSER, cookies::HANDSHAKE_NONCE],
                );
                if let Ok(value) = HeaderValue::from_str(clean.as_str()) {
                    headers.insert(LOCATION, value);
                }
            }
            headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
        }
        if session.is_empty() {
            return Ok(Authentication::signed_out(
                SignedOutReason::SessionTokenMissing,
                SignedOutReason::SessionTokenMissing.as_str().to_string(),
                String::new(),
                headers,
            ));
        }
        let verdict = self.verify(&session, true, page.opts, jwks, machine).await.map_err(ResolveFailure::Auth)?;
        let verdict = match verdict {
            Err(SignedOutReason::Expired | SignedOutReason::NotYetValid | SignedOutReason::IssuedInFuture)
                if development =>
            {
                // A development machine's clock is often off; Clerk allows a
                // day there, and says so.
                tracing::warn!(
                    "clerk: the handshake's session token is outside its time window by this machine's clock; \
                     accepted with a day of skew on this development instance. Check the system clock"
                );
                let generous = page.opts.clone().clock_skew(std::time::Duration::from_secs(86_400));
                self.verify(&session, true, &generous, jwks, machine).await.map_err(ResolveFailure::Auth)?
            }
            other => other,
        };
        match verdict {
            Ok(Identity::Session(claims)) => Ok(Authentication::signed_in(Identity::Session(claims), headers)),
            Ok(Identity::Machine(_)) => Err(ResolveFailure::Other("the handshake carried a machine token".into())),
            Err(reason) => Err(ResolveFailure::Other(format!("the handshake's session token was refused: {reason}"))),
        }
    }

    /// A handshake token: checked with the instance's keys (RS256, `typ`
    /// JWT when present, a session `cat` or none), its `handshake` claim read.
    async fn handshake_directives(
        &self,
        token: &str,
        opts: &AuthenticateOptions,
        jwks: &dyn JwksSource,
    ) -> Result<Vec<String>, ResolveFailure> {
        let refused = |why: &str| ResolveFailure::Token(format!("the handshake token {why}"));
        if token.len() > super::MAX_TOKEN_LEN {
            return Err(refused("is too long"));
        }
        let mut parts = token.split('.');
        let (Some(header_part), Some(payload_part), Some(signature), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(refused("is not a JWT"));
        };
        let header: JoseHeader = super::decode_json(header_part).map_err(|_| refused("has an unreadable header"))?;
        if header.typ.as_deref().is_some_and(|typ| !typ.eq_ignore_ascii_case("JWT")) {
            return Err(refused("has a header `typ` other than JWT"));
        }
        if header.cat.as_deref().is_some_and(|cat| cat != CAT_SESSION && cat != CAT_IGNORE) {
            return Err(refused("has a category (`cat`) other than a session's"));
        }
        let signed = &token[..header_part.len() + 1 + payload_part.len()];
        match self.verified_key(&header, signed, signature, opts, jwks).await.map_err(ResolveFailure::Auth)? {
            Ok(_) => {}
            Err(SignedOutReason::BadSignature) => {
                return Err(refused(
                    "has an invalid signature (if this instance's keys changed, clear this site's cookies)",
                ))
            }
            Err(reason) => return Err(refused(&format!("was refused: {reason}"))),
        }
        let json = URL_SAFE_NO_PAD.decode(payload_part).map_err(|_| refused("has an unreadable payload"))?;
        let payload: HandshakePayload =
            serde_json::from_slice(&json).map_err(|_| refused("has an unreadable payload"))?;
        Ok(match payload.handshake {
            Some(Value::Array(items)) => items.into_iter().filter_map(|v| v.as_str().map(str::to_string)).collect(),
            _ => Vec::new(),
        })
    }

    /// Refreshes an expired session cookie through the Backend API. The
    /// error is Clerk's refresh reason (`fetch-error`, a Clerk error code, ...).
    pub(crate) async fn refresh_session(
        &self,
        page: &Page<'_>,
        jwks: &dyn JwksSource,
        machine: Option<&dyn MachineTokenVerifier>,
        backend: Option<&dyn HandshakeBackend>,
    ) -> Result<Authentication, String> {
        let Some(backend) = backend else { return Err("missing-api-client".into()) };
        let Some(expired) = &page.cookies.session else { return Err("missing-session-token".into()) };
        let Some(refresh) = &page.cookies.refresh else { return Err("missing-refresh-token".into()) };
        if page.cookies.session_claims.is_none() {
            return Err("expired-session-token-decode-failed".into());
        }
        let Some(sid) = cookies::peek_session_id(expired).filter(|s| !s.is_empty()) else {
            return Err("expired-session-token-missing-sid-claim".into());
        };
        let mut request_headers = Map::new();
        for (name, value) in &page.request.headers {
            match request_headers.get_mut(name) {
                Some(Value::Array(values)) => values.push(Value::String(value.clone())),
                _ => {
                    request_headers.insert(name.clone(), json!([value]));
                }
            }
        }
        let body = json!({
            "format": "cookie",
            "expired_token": expired,
            "refresh_token": refresh,
            "request_origin": page.request.origin(),
            "request_headers": request_headers,
        });
        let cookies = match backend.refresh_session(&sid, page.cookies.suffixed, body).await {
            Ok(cookies) => cookies,
            Err(BackendFailure { code: Some(code), .. }) if code == "unexpected_error" => {
                return Err("fetch-error".into())
            }
            Err(BackendFailure { code: Some(code), .. }) if !code.is_empty() => return Err(code),
            Err(BackendFailure { status: Some(_), .. }) => return Err("unexpected-bapi-error".into()),
            Err(_) => return Err("fetch-error".into()),
        };
        if cookies.is_empty() {
            return Err("unexpected-sdk-error".into());
        }
        let mut headers = HeaderMap::new();
        let session = set_cookies(&mut headers, &cookies);
        match self.verify(&session, true, page.opts, jwks, machine).await {
            Ok(Ok(identity @ Identity::Session(_))) => Ok(Authentication::signed_in(identity, headers)),
            Ok(_) => Err("invalid-session-token".into()),
            Err(error) => {
                tracing::warn!(error = %error, "clerk: the refreshed session token could not be checked");
                Err("invalid-session-token".into())
            }
        }
    }
}
