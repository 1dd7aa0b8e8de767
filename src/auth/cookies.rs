//! What a request says about a cookie-carried session: the request's URL as
//! the browser saw it, the navigation headers, and Clerk's cookies and query
//! parameters, with Clerk's rule for choosing between the suffixed and the
//! plain cookies.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use serde::Deserialize;
use url::Url;

use super::instance::Instance;

pub(crate) const SESSION: &str = "__session";
pub(crate) const CLIENT_UAT: &str = "__client_uat";
pub(crate) const DEV_BROWSER: &str = "__clerk_db_jwt";
pub(crate) const HANDSHAKE: &str = "__clerk_handshake";
pub(crate) const HANDSHAKE_NONCE: &str = "__clerk_handshake_nonce";
pub(crate) const HANDSHAKE_HELP: &str = "__clerk_help";
pub(crate) const REDIRECT_COUNT: &str = "__clerk_redirect_count";
pub(crate) const REFRESH: &str = "__refresh";
pub(crate) const SYNCED: &str = "__clerk_synced";
pub(crate) const REDIRECT_URL: &str = "__clerk_redirect_url";

/// At most this many cookies are kept from one request (Clerk's are few;
/// a request with thousands of cookies gets no more work than this).
const MAX_COOKIES: usize = 64;

/// The parts of a request the cookie rules read, copied out of the request
/// so that no borrow outlives the call.
#[derive(Debug, Default)]
pub(crate) struct PageRequest {
    pub(crate) method: String,
    /// The request target as received (path and query, or an absolute URL).
    target: String,
    host: Option<String>,
    forwarded_host: Option<String>,
    forwarded_proto: Option<String>,
    /// The target's query string, when it has one.
    query: Option<String>,
    pub(crate) sec_fetch_dest: Option<String>,
    pub(crate) accept: Option<String>,
    pub(crate) referrer: Option<String>,
    /// `Authorization: Bearer <token>`, when present.
    pub(crate) bearer: Option<String>,
    /// Cookies whose names start with `__`, first occurrence of a name
    /// only, in the order sent.
    pub(crate) cookies: Vec<(String, String)>,
    /// Every header as sent (only kept when a refresh may be attempted).
    pub(crate) headers: Vec<(String, String)>,
}

impl PageRequest {
    /// Reads the method, the request target (`/path?query` or an absolute
    /// URL) and the headers.
    pub(crate) fn read<'h, I>(method: &str, target: &str, headers: I) -> PageRequest
    where
        I: IntoIterator<Item = (&'h str, &'h [u8])>,
    {
        let headers: Vec<(&str, &[u8])> = headers.into_iter().collect();
        let text = |value: &[u8]| std::str::from_utf8(value).ok().map(|v| v.trim().to_string());
        let mut request = PageRequest { method: method.to_ascii_uppercase(), ..PageRequest::default() };
        let (mut host, mut forwarded_host, mut forwarded_proto) = (None, None, None);
        for (name, value) in &headers {
            let name = *name;
            if name.eq_ignore_ascii_case("cookie") {
                read_cookies(value, &mut request.cookies);
            } else if name.eq_ignore_ascii_case("authorization") {
                if request.bearer.is_none() {
                    request.bearer = super::headers::bearer_token(value);
                }
            } else if name.eq_ignore_ascii_case("sec-fetch-dest") {
                request.sec_fetch_dest = text(value);
            } else if name.eq_ignore_ascii_case("accept") {
                request.accept = text(value);
            } else if name.eq_ignore_ascii_case("referer") {
                request.referrer = text(value);
            } else if name.eq_ignore_ascii_case("host") {
                host = text(value);
            } else if name.eq_ignore_ascii_case("x-forwarded-host") {
                forwarded_host = text(value).map(first_of_list);
            } else if name.eq_ignore_ascii_case("x-forwarded-proto") {
                forwarded_proto = text(value).map(first_of_list);
            }
        }
        request.target = target.to_string();
        request.query = target.split_once('?').map(|(_, q)| q.split('#').next().unwrap_or(q).to_string());
        (request.host, request.forwarded_host, request.forwarded_proto) = (host, forwarded_host, forwarded_proto);
        if request.cookies.iter().any(|(name, _)| name.starts_with(REFRESH)) {
            request.headers = headers
                .iter()
                .filter_map(|(name, value)| {
                    Some((name.to_ascii_lowercase(), std::str::from_utf8(value).ok()?.to_string()))
                })
                .collect();
        }
        request
    }

    /// A cookie by its exact name.
    pub(crate) fn cookie(&self, name: &str) -> Option<&str> {
        self.cookies.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }

    /// `<name>_<suffix>`.
    pub(crate) fn suffixed_cookie(&self, name: &str, suffix: &str) -> Option<&str> {
        self.cookies
            .iter()
            .find(|(n, _)| n.len() == name.len() + 1 + suffix.len() && n.starts_with(name) && n.ends_with(suffix))
            .filter(|(n, _)| n.as_bytes()[name.len()] == b'_')
            .map(|(_, v)| v.as_str())
    }

    /// The URL as the browser asked for it: the origin from
    /// `X-Forwarded-Proto`/`-Host` (or `Host`) and the request's path and
    /// query. Made when asked for: most requests never need it.
    pub(crate) fn url(&self) -> Option<Url> {
        page_url(&self.target, self.host.clone(), self.forwarded_host.clone(), self.forwarded_proto.clone())
    }

    /// A query parameter of the page's URL, decoded.
    pub(crate) fn query(&self, name: &str) -> Option<String> {
        let query = self.query.as_deref()?;
        url::form_urlencoded::parse(query.as_bytes()).find(|(n, _)| n == name).map(|(_, v)| v.into_owned())
    }

    pub(crate) fn has_query(&self, name: &str) -> bool {
        let Some(query) = self.query.as_deref() else { return false };
        url::form_urlencoded::parse(query.as_bytes()).any(|(n, _)| n == name)
    }

    /// `scheme://host[:port]` of the page, or empty when it is unknown.
    pub(crate) fn origin(&self) -> String {
        match self.url() {
            Some(url) => url.origin().ascii_serialization(),
            None => String::new(),
        }
    }

    pub(crate) fn is_get(&self) -> bool {
        self.method == "GET"
    }

    /// A page load a redirect can answer: a GET (or HEAD) whose
    /// `Sec-Fetch-Dest` is `document` or `iframe`, or that has no
    /// `Sec-Fetch-Dest` and accepts `text/html` first.
    pub(crate) fn is_document_load(&self) -> bool {
        if !(self.method == "GET" || self.method == "HEAD") {
            return false;
        }
        match self.sec_fetch_dest.as_deref() {
            Some(dest) => dest == "document" || dest == "iframe",
            None => self.accept.as_deref().is_some_and(|accept| accept.starts_with("text/html")),
        }
    }

    /// The referrer is of another origin than the page.
    pub(crate) fn referrer_is_cross_origin(&self) -> bool {
        let Some(referrer) = self.referrer.as_deref() else { return false };
        let Some(url) = self.url() else { return false };
        match Url::parse(referrer) {
            Ok(referrer) => referrer.origin() != url.origin(),
            Err(_) => false,
        }
    }
}

/// The first value of a comma-separated header.
fn first_of_list(value: String) -> String {
    match value.split_once(',') {
        Some((first, _)) => first.trim().to_string(),
        None => value,
    }
}

/// The page URL: an absolute target is taken as is unless forwarded
/// headers say otherwise; a path gets the forwarded or `Host` origin. With
/// no protocol known, loopback hosts are `http` and every other host `https`.
fn page_url(
    target: &str,
    host: Option<String>,
    forwarded_host: Option<String>,
    forwarded_proto: Option<String>,
) -> Option<Url> {
    let absolute = Url::parse(target).ok().filter(|u| u.has_host());
    let host = forwarded_host
        .filter(|h| !h.is_empty())
        .or(host.filter(|h| !h.is_empty()))
        .or_else(|| absolute.as_ref().and_then(|u| u.host_str().map(|h| authority(h, u.port()))))?;
    let proto = forwarded_proto
        .filter(|p| p == "http" || p == "https")
        .or_else(|| absolute.as_ref().map(|u| u.scheme().to_string()))
        .unwrap_or_else(|| if is_loopback(&host) { "http".into() } else { "https".into() });
    let path_and_query = match &absolute {
        Some(url) => match url.query() {
            Some(query) => format!("{}?{query}", url.path()),
            None => url.path().to_string(),
        },
        None if target.starts_with('/') => target.to_string(),
        None => format!("/{target}"),
    };
    Url::parse(&format!("{proto}://{host}{path_and_query}")).ok()
}

fn authority(host: &str, port: Option<u16>) -> String {
    match port {
        Some(port) => format!("{host}:{port}"),
        None => host.to_string(),
    }
}

fn is_loopback(host: &str) -> bool {
    let name = match host.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or(v6),
        None => host.rsplit_once(':').map_or(host, |(name, _)| name),
    };
    name == "localhost" || name.ends_with(".localhost") || name.starts_with("127.") || name == "::1"
}

/// Adds the `__` cookies of one `Cookie` header (first occurrence wins).
fn read_cookies(value: &[u8], into: &mut Vec<(String, String)>) {
    let Ok(value) = std::str::from_utf8(value) else { return };
    for pair in value.split(';') {
        let Some((name, raw)) = pair.split_once('=') else { continue };
        let name = name.trim();
        if !name.starts_with("__") || into.len() >= MAX_COOKIES || into.iter().any(|(n, _)| n == name) {
            continue;
        }
        let raw = raw.trim();
        let raw = raw.strip_prefix('"').and_then(|r| r.strip_suffix('"')).unwrap_or(raw);
        // Clerk's cookie values (JWTs, numbers) never hold `%`; only a value
        // that does is decoded.
        let decoded = if raw.contains('%') {
            percent_encoding::percent_decode_str(raw).decode_utf8_lossy().into_owned()
        } else {
            raw.to_string()
        };
        into.push((name.to_string(), decoded));
    }
}

/// What the cookie rules read of a session token before anything is
/// verified: no strings kept, so reading it allocates nothing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Unverified {
    /// The token has an `iss` claim.
    pub(crate) has_issuer: bool,
    /// Its `iss` names this instance's Frontend API.
    pub(crate) issued_here: bool,
    pub(crate) iat: Option<i64>,
    pub(crate) exp: Option<i64>,
    /// Its subject is a machine (`mch_...`).
    pub(crate) machine: bool,
}

impl Unverified {
    pub(crate) fn new(
        iss: Option<&str>,
        iat: Option<i64>,
        exp: Option<i64>,
        sub: Option<&str>,
        instance: &Instance,
    ) -> Self {
        Unverified {
            has_issuer: iss.is_some(),
            issued_here: iss.is_some_and(|iss| instance.issued_here(iss)),
            iat,
            exp,
            machine: sub.is_some_and(|sub| sub.starts_with("mch_")),
        }
    }
}

/// The claims as they are decoded, borrowed from the payload.
#[derive(Deserialize)]
struct Peeked<'a> {
    #[serde(default, borrow)]
    iss: Option<std::borrow::Cow<'a, str>>,
    #[serde(default)]
    iat: Option<i64>,
    #[serde(default)]
    exp: Option<i64>,
    #[serde(default, borrow)]
    sid: Option<std::borrow::Cow<'a, str>>,
    #[serde(default, borrow)]
    sub: Option<std::borrow::Cow<'a, str>>,
}

/// Decodes a JWT's payload without checking anything and hands the claims
/// to `read`; `None` when it does not decode.
fn with_payload<T>(token: &str, read: impl FnOnce(Peeked<'_>) -> T) -> Option<T> {
    if token.len() > super::MAX_TOKEN_LEN {
        return None;
    }
    let mut parts = token.split('.');
    let (_header, payload, _signature) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    // Decoded on the stack: a session token's payload is well under 4 KiB.
    let mut buf = [0u8; 4096];
    match URL_SAFE_NO_PAD.decode_slice(payload, &mut buf) {
        Ok(len) => serde_json::from_slice(buf.get(..len)?).ok().map(read),
        Err(base64::DecodeSliceError::OutputSliceTooSmall) => {
            let json = URL_SAFE_NO_PAD.decode(payload).ok()?;
            serde_json::from_slice(&json).ok().map(read)
        }
        Err(_) => None,
    }
}

/// What the cookie rules need of a JWT, read without checking anything.
pub(crate) fn peek(token: &str, instance: &Instance) -> Option<Unverified> {
    with_payload(token, |p| Unverified::new(p.iss.as_deref(), p.iat, p.exp, p.sub.as_deref(), instance))
}

/// The session id (`sid`) of a JWT, read without checking anything.
pub(crate) fn peek_session_id(token: &str) -> Option<String> {
    with_payload(token, |p| p.sid.map(std::borrow::Cow::into_owned)).flatten()
}

/// Clerk's cookies of one request, after choosing between the suffixed and
/// the plain ones.
#[derive(Debug, Default)]
pub(crate) struct CookieState<'r> {
    /// The session token, borrowed from the request.
    pub(crate) session: Option<&'r str>,
    /// `__client_uat` as a number; 0 when missing, `0` or not a number.
    pub(crate) client_uat: i64,
    pub(crate) dev_browser: Option<String>,
    pub(crate) handshake_token: Option<String>,
    pub(crate) handshake_nonce: Option<String>,
    pub(crate) refresh: Option<String>,
    pub(crate) redirect_count: u32,
    pub(crate) suffixed: bool,
    /// The session token's claims as read before verification.
    pub(crate) session_claims: Option<Unverified>,
}

impl<'r> CookieState<'r> {
    /// Reads the cookies; `peek` reads a token's claims (each token once).
    pub(crate) fn read(
        request: &'r PageRequest,
        instance: &Instance,
        now: i64,
        peek: impl Fn(&str) -> Option<Unverified>,
    ) -> CookieState<'r> {
        let suffix = instance.key.cookie_suffix();
        let (suffixed, plain_claims, suffixed_claims) = uses_suffixed_cookies(request, instance, now, &peek);
        let pick = |name: &str| {
            let value = if suffixed { request.suffixed_cookie(name, suffix) } else { request.cookie(name) };
            value.filter(|v| !v.is_empty())
        };
        let nonempty = |v: Option<String>| v.filter(|v| !v.is_empty());
        CookieState {
            session: pick(SESSION),
            client_uat: pick(CLIENT_UAT).and_then(|v| v.trim().parse::<i64>().ok()).unwrap_or(0).max(0),
            dev_browser: nonempty(request.query(DEV_BROWSER)).or_else(|| pick(DEV_BROWSER).map(str::to_string)),
            handshake_token: nonempty(request.query(HANDSHAKE))
                .or_else(|| nonempty(request.cookie(HANDSHAKE).map(str::to_string))),
            handshake_nonce: nonempty(request.query(HANDSHAKE_NONCE))
                .or_else(|| nonempty(request.cookie(HANDSHAKE_NONCE).map(str::to_string))),
            refresh: nonempty(request.suffixed_cookie(REFRESH, suffix).map(str::to_string)),
            redirect_count: request.cookie(REDIRECT_COUNT).and_then(|v| v.trim().parse().ok()).unwrap_or(0),
            suffixed,
            session_claims: None,
        }
        .with_claims(if suffixed { suffixed_claims } else { plain_claims }, &peek)
    }

    /// Keeps the chosen session token's claims, reading them if the choice
    /// did not need them.
    fn with_claims(mut self, known: Option<Option<Unverified>>, peek: &impl Fn(&str) -> Option<Unverified>) -> Self {
        self.session_claims = match (known, self.session) {
            (_, None) => None,
            (Some(claims), Some(_)) => claims,
            (None, Some(token)) => peek(token),
        };
        self
    }
}

/// Clerk's rule for which pair of cookies speaks for the session: the
/// suffixed pair (`__session_<suffix>`, `__client_uat_<suffix>`) is this
/// instance's own, the plain pair may be another instance's on the same
/// domain, or the only pair an older browser script set.
///
/// Also returns the claims it read of the plain and the suffixed session
/// token (`None` when it did not read that token).
#[allow(clippy::type_complexity)]
pub(crate) fn uses_suffixed_cookies(
    request: &PageRequest,
    instance: &Instance,
    now: i64,
    peek: &impl Fn(&str) -> Option<Unverified>,
) -> (bool, Option<Option<Unverified>>, Option<Option<Unverified>>) {
    let suffix = instance.key.cookie_suffix();
    let suffixed_uat = request.suffixed_cookie(CLIENT_UAT, suffix).unwrap_or("");
    let uat = request.cookie(CLIENT_UAT).unwrap_or("");
    let suffixed_session = request.suffixed_cookie(SESSION, suffix).unwrap_or("");
    let session = request.cookie(SESSION).unwrap_or("");

    let session_claims = (!session.is_empty()).then(|| peek(session)).flatten();
    let plain = |claims: &Option<Unverified>| (!session.is_empty()).then_some(*claims);
    if !session.is_empty() {
        // A plain session token without an issuer: the plain pair, so the
        // request ends signed out instead of in a handshake.
        if !session_claims.is_some_and(|c| c.has_issuer) {
            return (false, plain(&session_claims), None);
        }
        // Another instance's token in the plain cookie: only the suffixed
        // pair can be ours.
        if !session_claims.is_some_and(|c| c.issued_here) {
            return (true, plain(&session_claims), None);
        }
    }
    if suffixed_uat.is_empty() && suffixed_session.is_empty() {
        return (false, plain(&session_claims), None);
    }
    let suffixed_claims = (!suffixed_session.is_empty()).then(|| peek(suffixed_session)).flatten();
    let decided =
        |suffixed: bool| (suffixed, plain(&session_claims), (!suffixed_session.is_empty()).then_some(suffixed_claims));
    let session_iat = session_claims.as_ref().and_then(|c| c.iat).unwrap_or(0);
    let suffixed_iat = suffixed_claims.as_ref().and_then(|c| c.iat).unwrap_or(0);
    // Both say signed in and the plain token is newer.
    if suffixed_uat != "0" && uat != "0" && session_iat > suffixed_iat {
        return decided(false);
    }
    // The suffixed pair says signed out, the plain one signed in: the plain
    // one is set by every browser script, so it is the newer word.
    if suffixed_uat == "0" && uat != "0" {
        return decided(false);
    }
    // Development instances do not always keep the suffixed `__client_uat`
    // up to date.
    if instance.is_development() {
        let suffixed_expired = suffixed_claims.as_ref().and_then(|c| c.exp).is_some_and(|exp| exp <= now);
        if suffixed_uat != "0" && uat == "0" && suffixed_expired {
            return decided(false);
        }
    }
    // A suffixed session token without its `__client_uat`.
    if suffixed_uat.is_empty() && !suffixed_session.is_empty() {
        return decided(false);
    }
    decided(true)
}
