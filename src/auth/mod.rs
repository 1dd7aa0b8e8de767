//! Verifying Clerk session tokens on incoming requests.
//!
//! A request carries its session token either as `Authorization: Bearer
//! <jwt>` (cross-origin calls) or in the `__session` cookie (same-origin
//! calls; `__session_<suffix>` when several apps share a domain). The token is
//! an RS256 JWT signed by the Clerk instance; its public keys come from the
//! instance's JWKS, cached in a [`JwksCache`], or from a PEM key given in
//! [`AuthenticateOptions::jwt_key`], in which case nothing is fetched.
//!
//! The outcome is a [`RequestState`]: [`SignedIn`](RequestState::SignedIn)
//! with the typed [`Claims`], or [`SignedOut`](RequestState::SignedOut) with
//! the [`SignedOutReason`]. A bad token is never an error; only failing to
//! obtain the keys is ([`AuthError`]).
//!
//! ```no_run
//! use clerk_backend_api::auth::{AuthenticateOptions, Authenticator, JwksSource};
//!
//! # async fn run(headers: http::HeaderMap, source: &dyn JwksSource) -> Result<(), clerk_backend_api::auth::AuthError> {
//! let authenticator = Authenticator::new(); // keep one for the whole app
//! let opts = AuthenticateOptions::new().authorized_parties(["https://app.example.com"]);
//! let state = authenticator.authenticate(&headers, &opts, source).await?;
//! match state.claims() {
//!     Some(claims) => println!("signed in as {}", claims.sub),
//!     None => println!("signed out: {}", state.reason().map(|r| r.as_str()).unwrap_or("")),
//! }
//! # Ok(())
//! # }
//! ```

mod claims;
mod jwks;

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::Engine as _;
use http::header::{AUTHORIZATION, COOKIE};
use http::HeaderMap;
use jsonwebtoken::errors::ErrorKind;
use jsonwebtoken::{Algorithm, DecodingKey, Validation};
use serde::Deserialize;
use serde_json::{Map, Value};

pub use claims::{Actor, Claims, CompactOrgClaims, OrgClaims};
pub use jwks::{JwksCache, JwksFuture, JwksSource};

/// Name of the cookie that holds the session token.
pub const SESSION_COOKIE: &str = "__session";

/// At most this many candidate tokens (cookies) are tried per request.
const MAX_CANDIDATES: usize = 8;

/// Settings for one verification: authorized parties, a networkless key,
/// clock skew and cookie choice.
#[derive(Clone)]
pub struct AuthenticateOptions {
    authorized_parties: Vec<String>,
    jwt_key: Option<Result<DecodingKey, String>>,
    clock_skew: Duration,
    cookie_suffix: Option<String>,
    now: Option<SystemTime>,
}

impl AuthenticateOptions {
    /// The default clock skew allowed on `exp`, `nbf` and `iat`: five seconds.
    pub const DEFAULT_CLOCK_SKEW: Duration = Duration::from_secs(5);

    /// Defaults: any authorized party, keys from the JWKS, five seconds of skew.
    pub fn new() -> Self {
        AuthenticateOptions {
            authorized_parties: Vec::new(),
            jwt_key: None,
            clock_skew: Self::DEFAULT_CLOCK_SKEW,
            cookie_suffix: None,
            now: None,
        }
    }

    /// Only accept tokens whose `azp` claim is one of these origins (for
    /// example `https://app.example.com`). A token without `azp` is still
    /// accepted. An empty list (the default) accepts any `azp`.
    pub fn authorized_parties<I, S>(mut self, parties: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.authorized_parties = parties.into_iter().map(Into::into).collect();
        self
    }

    /// Verify with this PEM public key (the instance's "JWT public key", as in
    /// `CLERK_JWT_KEY`) instead of the JWKS: no network call is ever made.
    ///
    /// Both a regular multi-line PEM and the same text squeezed onto one line
    /// are accepted. A key that cannot be read makes every verification fail
    /// with [`AuthError::InvalidJwtKey`].
    pub fn jwt_key(mut self, pem: impl AsRef<str>) -> Self {
        self.jwt_key = Some(parse_pem_key(pem.as_ref()));
        self
    }

    /// How far the clocks of Clerk and this server may disagree.
    pub fn clock_skew(mut self, skew: Duration) -> Self {
        self.clock_skew = skew;
        self
    }

    /// Prefer the `__session_<suffix>` cookie (apps that share a domain);
    /// the plain `__session` cookie is tried next.
    pub fn cookie_suffix(mut self, suffix: impl Into<String>) -> Self {
        self.cookie_suffix = Some(suffix.into());
        self
    }

    /// Check the time claims against this instant instead of the system
    /// clock (for tests and replays).
    pub fn now(mut self, now: SystemTime) -> Self {
        self.now = Some(now);
        self
    }

    /// True when a PEM key was given, so no JWKS will be fetched.
    pub fn has_jwt_key(&self) -> bool {
        self.jwt_key.is_some()
    }

    /// The configured authorized parties.
    pub fn authorized_parties_list(&self) -> &[String] {
        &self.authorized_parties
    }

    /// The configured clock skew.
    pub fn clock_skew_value(&self) -> Duration {
        self.clock_skew
    }
}

impl Default for AuthenticateOptions {
    fn default() -> Self {
        Self::new()
    }
}

impl fmt::Debug for AuthenticateOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AuthenticateOptions")
            .field("authorized_parties", &self.authorized_parties)
            .field("jwt_key", &self.jwt_key.as_ref().map(|k| k.is_ok()))
            .field("clock_skew", &self.clock_skew)
            .field("cookie_suffix", &self.cookie_suffix)
            .field("now", &self.now)
            .finish()
    }
}

/// The outcome of authenticating a request.
#[derive(Clone, Debug, PartialEq)]
// Claims are kept inline for easy matching; a state lives only for one request.
#[allow(clippy::large_enum_variant)]
pub enum RequestState {
    /// A valid session token was found.
    SignedIn(Claims),
    /// No usable session token; the reason says why.
    SignedOut(SignedOutReason),
}

impl RequestState {
    /// The claims, when signed in.
    pub fn claims(&self) -> Option<&Claims> {
        match self {
            RequestState::SignedIn(claims) => Some(claims),
            RequestState::SignedOut(_) => None,
        }
    }

    /// The claims by value, when signed in.
    pub fn into_claims(self) -> Option<Claims> {
        match self {
            RequestState::SignedIn(claims) => Some(claims),
            RequestState::SignedOut(_) => None,
        }
    }

    /// Why the request is signed out, when it is.
    pub fn reason(&self) -> Option<SignedOutReason> {
        match self {
            RequestState::SignedIn(_) => None,
            RequestState::SignedOut(reason) => Some(*reason),
        }
    }

    /// True when signed in.
    pub fn is_signed_in(&self) -> bool {
        matches!(self, RequestState::SignedIn(_))
    }
}

/// Why a request is signed out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SignedOutReason {
    /// Neither a bearer token nor a session cookie was present.
    NoToken,
    /// The token is not a well-formed JWT.
    Malformed,
    /// The token's `alg` is not RS256 (`none` and HMAC algorithms included).
    UnsupportedAlgorithm,
    /// The token header has no `kid`, so no JWKS key can be chosen.
    MissingKid,
    /// No key in the JWKS has the token's `kid`, even after a refetch.
    UnknownKid,
    /// The signature does not match the key.
    BadSignature,
    /// The token has expired (`exp`), beyond the allowed skew.
    Expired,
    /// The token is not valid yet (`nbf`), beyond the allowed skew.
    NotYetValid,
    /// The token claims to be issued in the future (`iat`), beyond the allowed skew.
    IssuedInFuture,
    /// The token's `azp` is not one of the authorized parties.
    UnauthorizedParty,
    /// The token's `iss` is not an `https://` URL of a host.
    InvalidIssuer,
    /// A claim the verification needs is missing or has the wrong type; names the claim.
    InvalidClaim(&'static str),
}

impl SignedOutReason {
    /// A stable, kebab-case code for logs and metrics.
    pub fn as_str(&self) -> &'static str {
        match self {
            SignedOutReason::NoToken => "no-token",
            SignedOutReason::Malformed => "malformed-token",
            SignedOutReason::UnsupportedAlgorithm => "unsupported-algorithm",
            SignedOutReason::MissingKid => "missing-kid",
            SignedOutReason::UnknownKid => "unknown-kid",
            SignedOutReason::BadSignature => "bad-signature",
            SignedOutReason::Expired => "token-expired",
            SignedOutReason::NotYetValid => "token-not-yet-valid",
            SignedOutReason::IssuedInFuture => "token-issued-in-future",
            SignedOutReason::UnauthorizedParty => "unauthorized-party",
            SignedOutReason::InvalidIssuer => "invalid-issuer",
            SignedOutReason::InvalidClaim(_) => "invalid-claim",
        }
    }
}

impl fmt::Display for SignedOutReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SignedOutReason::InvalidClaim(claim) => write!(f, "invalid-claim ({claim})"),
            other => f.write_str(other.as_str()),
        }
    }
}

/// A failure to authenticate that is not the token's fault.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum AuthError {
    /// Fetching the JWKS failed; carries the source's description.
    JwksFetch(String),
    /// The fetched JWKS document has an unexpected shape.
    InvalidJwks(String),
    /// The PEM key given in [`AuthenticateOptions::jwt_key`] cannot be used.
    InvalidJwtKey(String),
}

impl fmt::Display for AuthError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AuthError::JwksFetch(msg) => write!(f, "could not fetch the JWKS: {msg}"),
            AuthError::InvalidJwks(msg) => write!(f, "the JWKS is not usable: {msg}"),
            AuthError::InvalidJwtKey(msg) => write!(f, "the configured JWT key is not usable: {msg}"),
        }
    }
}

impl std::error::Error for AuthError {}

/// Verifies session tokens; holds the shared [`JwksCache`].
///
/// Cheap to clone: clones share the cache. It knows nothing about how the key
/// set is fetched; each call is given a [`JwksSource`].
#[derive(Clone, Debug, Default)]
pub struct Authenticator {
    cache: Arc<JwksCache>,
}

impl Authenticator {
    /// An authenticator with a new cache with default settings.
    pub fn new() -> Self {
        Self::with_cache(Arc::new(JwksCache::new()))
    }

    /// An authenticator using (and sharing) the given cache.
    pub fn with_cache(cache: Arc<JwksCache>) -> Self {
        Authenticator { cache }
    }

    /// The key cache.
    pub fn cache(&self) -> &Arc<JwksCache> {
        &self.cache
    }

    /// Finds the session token of a request and verifies it.
    ///
    /// A bearer token in `Authorization` wins; without one, the session
    /// cookies are tried (the suffixed one first when
    /// [`AuthenticateOptions::cookie_suffix`] is set, then `__session`, then
    /// any other `__session_<suffix>`), and the first that verifies signs the
    /// request in. When none does, the reason given is the first cookie's.
    pub async fn authenticate(
        &self,
        headers: &HeaderMap,
        opts: &AuthenticateOptions,
        jwks: &dyn JwksSource,
    ) -> Result<RequestState, AuthError> {
        let candidates = session_tokens(headers, opts.cookie_suffix.as_deref());
        let mut first_reason = None;
        for token in candidates {
            match self.verify(&token, opts, jwks).await? {
                Ok(claims) => return Ok(RequestState::SignedIn(claims)),
                Err(reason) => {
                    first_reason.get_or_insert(reason);
                }
            }
        }
        Ok(RequestState::SignedOut(first_reason.unwrap_or(SignedOutReason::NoToken)))
    }

    /// Verifies one session token given directly.
    pub async fn verify_token(
        &self,
        token: &str,
        opts: &AuthenticateOptions,
        jwks: &dyn JwksSource,
    ) -> Result<RequestState, AuthError> {
        Ok(match self.verify(token, opts, jwks).await? {
            Ok(claims) => RequestState::SignedIn(claims),
            Err(reason) => RequestState::SignedOut(reason),
        })
    }

    async fn verify(
        &self,
        token: &str,
        opts: &AuthenticateOptions,
        jwks: &dyn JwksSource,
    ) -> Result<Result<Claims, SignedOutReason>, AuthError> {
        let header = match read_header(token) {
            Ok(header) => header,
            Err(reason) => return Ok(Err(reason)),
        };
        // Checked before any key is looked at: `none` and HMAC tokens are
        // refused outright, whatever key material is around.
        if header.alg != "RS256" {
            return Ok(Err(SignedOutReason::UnsupportedAlgorithm));
        }
        let key = match &opts.jwt_key {
            Some(Ok(key)) => key.clone(),
            Some(Err(msg)) => return Err(AuthError::InvalidJwtKey(msg.clone())),
            None => {
                let Some(kid) = header.kid.as_deref() else {
                    return Ok(Err(SignedOutReason::MissingKid));
                };
                match self.cache.key(kid, jwks).await? {
                    Some(key) => key,
                    None => return Ok(Err(SignedOutReason::UnknownKid)),
                }
            }
        };
        Ok(check_token(token, &key, opts))
    }
}

/// Signature, then claims.
fn check_token(token: &str, key: &DecodingKey, opts: &AuthenticateOptions) -> Result<Claims, SignedOutReason> {
    let mut validation = Validation::new(Algorithm::RS256);
    // Time, audience and required-claim checks are done below, with our own
    // skew handling and reasons.
    validation.validate_exp = false;
    validation.validate_nbf = false;
    validation.validate_aud = false;
    validation.required_spec_claims.clear();
    validation.leeway = 0;
    let data = jsonwebtoken::decode::<Map<String, Value>>(token, key, &validation).map_err(|e| match e.kind() {
        ErrorKind::InvalidSignature => SignedOutReason::BadSignature,
        ErrorKind::InvalidAlgorithm | ErrorKind::MissingAlgorithm => SignedOutReason::UnsupportedAlgorithm,
        ErrorKind::InvalidToken
        | ErrorKind::Base64(_)
        | ErrorKind::Json(_)
        | ErrorKind::Utf8(_)
        | ErrorKind::InvalidClaimFormat(_) => SignedOutReason::Malformed,
        _ => SignedOutReason::BadSignature,
    })?;
    let claims = Claims::from_map(data.claims).map_err(SignedOutReason::InvalidClaim)?;

    let now = unix_seconds(opts.now.unwrap_or_else(SystemTime::now));
    let skew = i64::try_from(opts.clock_skew.as_secs()).unwrap_or(i64::MAX);
    if now >= claims.exp.saturating_add(skew) {
        return Err(SignedOutReason::Expired);
    }
    if claims.nbf.is_some_and(|nbf| nbf > now.saturating_add(skew)) {
        return Err(SignedOutReason::NotYetValid);
    }
    if claims.iat.is_some_and(|iat| iat > now.saturating_add(skew)) {
        return Err(SignedOutReason::IssuedInFuture);
    }
    if !is_valid_issuer(&claims.iss) {
        return Err(SignedOutReason::InvalidIssuer);
    }
    if let Some(azp) = &claims.azp {
        if !opts.authorized_parties.is_empty() && !opts.authorized_parties.iter().any(|p| p == azp) {
            return Err(SignedOutReason::UnauthorizedParty);
        }
    }
    Ok(claims)
}

fn unix_seconds(t: SystemTime) -> i64 {
    match t.duration_since(UNIX_EPOCH) {
        Ok(d) => i64::try_from(d.as_secs()).unwrap_or(i64::MAX),
        Err(before) => -i64::try_from(before.duration().as_secs()).unwrap_or(i64::MAX),
    }
}

#[derive(Deserialize)]
struct JoseHeader {
    alg: String,
    #[serde(default)]
    kid: Option<String>,
}

/// Reads the JOSE header without trusting anything in it yet.
fn read_header(token: &str) -> Result<JoseHeader, SignedOutReason> {
    let mut parts = token.split('.');
    let (Some(header), Some(_payload), Some(_signature), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(SignedOutReason::Malformed);
    };
    let bytes =
        base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(header).map_err(|_| SignedOutReason::Malformed)?;
    serde_json::from_slice(&bytes).map_err(|_| SignedOutReason::Malformed)
}

/// `https://` followed by a DNS host name (at least two labels), an optional
/// port and an optional trailing slash; nothing else.
fn is_valid_issuer(iss: &str) -> bool {
    let Some(rest) = iss.strip_prefix("https://") else {
        return false;
    };
    let authority = rest.strip_suffix('/').unwrap_or(rest);
    let host = match authority.rsplit_once(':') {
        Some((host, port)) => {
            if port.is_empty() || port.len() > 5 || !port.bytes().all(|b| b.is_ascii_digit()) {
                return false;
            }
            host
        }
        None => authority,
    };
    if host.is_empty() || host.len() > 253 {
        return false;
    }
    let mut labels = 0;
    for label in host.split('.') {
        labels += 1;
        let ok = !label.is_empty()
            && label.len() <= 63
            && !label.starts_with('-')
            && !label.ends_with('-')
            && label.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
        if !ok {
            return false;
        }
    }
    labels >= 2
}

/// The candidate tokens of a request, in the order they are tried.
fn session_tokens(headers: &HeaderMap, cookie_suffix: Option<&str>) -> Vec<String> {
    for value in headers.get_all(AUTHORIZATION) {
        let Ok(value) = value.to_str() else { continue };
        let value = value.trim();
        if let (Some(scheme), Some(rest)) = (value.get(..7), value.get(7..)) {
            if !scheme.eq_ignore_ascii_case("bearer ") {
                continue;
            }
            let token = rest.trim();
            if !token.is_empty() {
                return vec![token.to_string()];
            }
        }
    }

    let mut plain = None;
    let mut suffixed: Vec<(String, String)> = Vec::new();
    for value in headers.get_all(COOKIE) {
        let Ok(value) = value.to_str() else { continue };
        for pair in value.split(';') {
            let Some((name, raw)) = pair.split_once('=') else { continue };
            let name = name.trim();
            let raw = raw.trim();
            let token = raw.strip_prefix('"').and_then(|r| r.strip_suffix('"')).unwrap_or(raw);
            if token.is_empty() {
                continue;
            }
            if name == SESSION_COOKIE {
                plain.get_or_insert_with(|| token.to_string());
            } else if let Some(suffix) = name.strip_prefix("__session_") {
                if !suffix.is_empty() {
                    suffixed.push((suffix.to_string(), token.to_string()));
                }
            }
        }
    }

    let mut ordered = Vec::new();
    if let Some(wanted) = cookie_suffix {
        if let Some((_, token)) = suffixed.iter().find(|(s, _)| s == wanted) {
            ordered.push(token.clone());
        }
    }
    ordered.extend(plain);
    ordered.extend(suffixed.into_iter().map(|(_, token)| token));
    let mut unique: Vec<String> = Vec::new();
    for token in ordered {
        if !unique.contains(&token) {
            unique.push(token);
        }
        if unique.len() == MAX_CANDIDATES {
            break;
        }
    }
    unique
}

/// Reads a PEM public key, also when its line breaks were lost (a single-line
/// environment variable) or written as literal `\n`.
fn parse_pem_key(pem: &str) -> Result<DecodingKey, String> {
    let text = pem.trim().replace("\\n", "\n");
    if let Ok(key) = DecodingKey::from_rsa_pem(text.as_bytes()) {
        return Ok(key);
    }
    // Rebuild the PEM from its base64 body.
    let (label, body) = ["PUBLIC KEY", "RSA PUBLIC KEY"]
        .iter()
        .find_map(|label| {
            let begin = format!("-----BEGIN {label}-----");
            let end = format!("-----END {label}-----");
            let inner = text.strip_prefix(&begin)?.strip_suffix(&end)?;
            Some((*label, inner.to_string()))
        })
        .unwrap_or(("PUBLIC KEY", text.clone()));
    let compact: String = body.chars().filter(|c| !c.is_whitespace()).collect();
    if compact.is_empty() {
        return Err("the PEM text is empty".into());
    }
    let mut rebuilt = format!("-----BEGIN {label}-----\n");
    for chunk in compact.as_bytes().chunks(64) {
        rebuilt.push_str(&String::from_utf8_lossy(chunk));
        rebuilt.push('\n');
    }
    rebuilt.push_str(&format!("-----END {label}-----\n"));
    DecodingKey::from_rsa_pem(rebuilt.as_bytes()).map_err(|e| format!("not an RSA public key in PEM format ({e})"))
}
