//! Authenticating incoming requests: session tokens and machine tokens.
//!
//! A request carries one credential. Browsers send the session token either
//! as `Authorization: Bearer <jwt>` (cross-origin calls) or in the
//! `__session` cookie (same-origin calls; `__session_<suffix>` when several
//! apps share a domain). Programs send a machine token, always as
//! `Authorization: Bearer <token>`; machine tokens found in cookies are
//! refused.
//!
//! The kind of a token is decided before anything is verified:
//!
//! | token | [`TokenType`] | verified |
//! | --- | --- | --- |
//! | `ak_...` | [`ApiKey`](TokenType::ApiKey) | by Clerk: `POST /api_keys/verify` |
//! | `mt_...` | [`M2mToken`](TokenType::M2mToken) | by Clerk: `POST /m2m_tokens/verify` |
//! | `oat_...` | [`OAuthToken`](TokenType::OAuthToken) | by Clerk: `POST /oauth_applications/access_tokens/verify` |
//! | JWT whose `sub` starts with `mch_` | [`M2mToken`](TokenType::M2mToken) | locally, against the JWKS |
//! | JWT with header `typ` `at+jwt` | [`OAuthToken`](TokenType::OAuthToken) | locally, against the JWKS |
//! | any other JWT | [`SessionToken`](TokenType::SessionToken) | locally, against the JWKS |
//!
//! [`AuthenticateOptions::accepts_token`] says which kinds a route takes (by
//! default only session tokens); a token of another kind is refused with
//! [`SignedOutReason::TokenTypeNotAccepted`] before any network call.
//!
//! JWTs are RS256 tokens signed by the Clerk instance; the public keys come
//! from the instance's JWKS, cached in a [`JwksCache`], or from a PEM key
//! given to [`AuthenticateOptions::jwt_key`], in which case nothing is
//! fetched.
//!
//! The outcome is a [`RequestState`]: [`SignedIn`](RequestState::SignedIn)
//! with an [`Identity`] (session [`Claims`] or a [`MachineAuth`]), or
//! [`SignedOut`](RequestState::SignedOut) with a [`SignedOutReason`]. A bad
//! token is never an error; only infrastructure failures are ([`AuthError`]:
//! the key set or Clerk's verify endpoint could not be reached).
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
mod clerk;
mod cookies;
mod handshake;
mod headers;
mod instance;
mod jwks;
mod machine;
mod outcome;
#[cfg(any(feature = "axum", feature = "actix-web"))]
pub(crate) mod reject;
mod rs256;
mod rules;
mod verified;

use std::fmt;
use std::future::Future;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use http::HeaderMap;
use serde::Deserialize;
use serde_json::{Map, Value};

pub use claims::{Actor, Claims, CompactOrgClaims, OrgClaims};
pub use handshake::{BackendFailure, HandshakeBackend, HandshakeBackendFuture};
pub use instance::{InstanceType, PublishableKey};
pub use jwks::{JwksCache, JwksFuture, JwksSource};
pub use machine::{MachineAuth, MachineTokenVerifier, MachineVerifyFailure, MachineVerifyFuture};
pub use outcome::{AuthStatus, Authentication};
pub use verified::{TokenCache, DEFAULT_TOKEN_CACHE_CAPACITY};

use headers::Credentials;
pub(crate) use rs256::RsaKey;

/// Name of the cookie that holds the session token.
pub const SESSION_COOKIE: &str = "__session";

/// Header `cat` value Clerk puts on tokens made from JWT templates.
const CAT_JWT_TEMPLATE: &str = "cl_B7d4PD222AAA";
/// Header `cat` value Clerk puts on machine-to-machine JWTs.
const CAT_M2M: &str = "cl_B7d4PD333AAA";

/// Tokens longer than this are refused as malformed without being parsed.
const MAX_TOKEN_LEN: usize = 16 * 1024;

/// The kinds of token a request can carry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenType {
    /// A session token: a JWT Clerk issues to a signed-in browser session.
    SessionToken,
    /// An API key (`ak_...`), verified by Clerk.
    ApiKey,
    /// A machine-to-machine token: opaque (`mt_...`, verified by Clerk) or a
    /// JWT whose subject is a machine (`mch_...`, verified locally).
    M2mToken,
    /// An OAuth access token: opaque (`oat_...`, verified by Clerk) or a JWT
    /// with header `typ: at+jwt` (verified locally).
    OAuthToken,
}

impl TokenType {
    /// Every kind, in a fixed order.
    pub const ALL: [TokenType; 4] =
        [TokenType::SessionToken, TokenType::ApiKey, TokenType::M2mToken, TokenType::OAuthToken];

    /// The snake_case name Clerk uses for this kind (`session_token`,
    /// `api_key`, `m2m_token`, `oauth_token`).
    pub fn as_str(&self) -> &'static str {
        match self {
            TokenType::SessionToken => "session_token",
            TokenType::ApiKey => "api_key",
            TokenType::M2mToken => "m2m_token",
            TokenType::OAuthToken => "oauth_token",
        }
    }

    /// True for the kinds programs use (API keys, M2M and OAuth tokens).
    pub fn is_machine(&self) -> bool {
        !matches!(self, TokenType::SessionToken)
    }
}

impl fmt::Display for TokenType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Settings for one verification: accepted token kinds, authorized parties,
/// a networkless key, clock skew, cookie choice and timeouts.
///
/// Build it once at start-up and share it; every setter is cheap.
#[derive(Clone)]
pub struct AuthenticateOptions {
    authorized_parties: Vec<String>,
    jwt_key: Option<RsaKey>,
    clock_skew: Duration,
    cookie_suffix: Option<String>,
    now: Option<SystemTime>,
    accepted: Vec<TokenType>,
    accept_pending_sessions: bool,
    verify_timeout: Duration,
    use_token_cache: bool,
    publishable_key: Option<PublishableKey>,
    proxy_url: Option<String>,
    satellite_domain: Option<String>,
    sign_in_url: Option<String>,
    satellite_auto_sync: bool,
    /// Made from the five fields above whenever one changes.
    instance: Option<instance::Instance>,
}

impl AuthenticateOptions {
    /// The default clock skew allowed on `exp`, `nbf` and `iat`: five seconds.
    pub const DEFAULT_CLOCK_SKEW: Duration = Duration::from_secs(5);
    /// The default limit on one call to Clerk that verifies an opaque
    /// machine token: five seconds.
    pub const DEFAULT_VERIFY_TIMEOUT: Duration = Duration::from_secs(5);

    /// Defaults: session tokens only, any authorized party, keys from the
    /// JWKS, five seconds of skew, pending sessions signed out.
    pub fn new() -> Self {
        AuthenticateOptions {
            authorized_parties: Vec::new(),
            jwt_key: None,
            clock_skew: Self::DEFAULT_CLOCK_SKEW,
            cookie_suffix: None,
            now: None,
            accepted: vec![TokenType::SessionToken],
            accept_pending_sessions: false,
            verify_timeout: Self::DEFAULT_VERIFY_TIMEOUT,
            use_token_cache: true,
            publishable_key: None,
            proxy_url: None,
            satellite_domain: None,
            sign_in_url: None,
            satellite_auto_sync: false,
            instance: None,
        }
    }

    /// Options from the environment, read as Clerk's server SDKs read it:
    /// `CLERK_PUBLISHABLE_KEY`, `CLERK_PROXY_URL`, `CLERK_DOMAIN`,
    /// `CLERK_IS_SATELLITE` (`true`/`false` in any case, or a number: more
    /// than 0 is true), `CLERK_SIGN_IN_URL` and `CLERK_JWT_KEY`. Unset or
    /// empty variables leave the defaults; a value that cannot be used is an
    /// error naming the variable.
    pub fn from_env() -> Result<Self, AuthError> {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// [`from_env`](Self::from_env) reading from `lookup` instead of the
    /// process environment.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Self, AuthError> {
        let var = |name: &str| lookup(name).map(|v| v.trim().to_string()).filter(|v| !v.is_empty());
        let named = |name: &'static str| move |e: AuthError| AuthError::InvalidInstanceSettings(format!("{name}: {e}"));
        let mut opts = AuthenticateOptions::new();
        if let Some(key) = var("CLERK_PUBLISHABLE_KEY") {
            opts = opts.publishable_key(key).map_err(named("CLERK_PUBLISHABLE_KEY"))?;
        }
        if let Some(url) = var("CLERK_PROXY_URL") {
            opts = opts.proxy_url(url).map_err(named("CLERK_PROXY_URL"))?;
        }
        let is_satellite = match var("CLERK_IS_SATELLITE") {
            None => false,
            Some(v) if v.eq_ignore_ascii_case("true") => true,
            Some(v) if v.eq_ignore_ascii_case("false") => false,
            Some(v) => v.parse::<i64>().is_ok_and(|n| n > 0),
        };
        if let Some(url) = var("CLERK_SIGN_IN_URL") {
            opts = opts.sign_in_url(url);
        }
        match (is_satellite, var("CLERK_DOMAIN")) {
            (true, Some(domain)) => opts = opts.satellite(domain),
            (true, None) => {
                return Err(AuthError::InvalidInstanceSettings(
                    "CLERK_IS_SATELLITE is set but CLERK_DOMAIN, the satellite's domain, is not".into(),
                ))
            }
            (false, _) => {}
        }
        if let Some(pem) = var("CLERK_JWT_KEY") {
            opts = opts.jwt_key(pem).map_err(named("CLERK_JWT_KEY"))?;
        }
        Ok(opts)
    }

    /// The instance's publishable key (`pk_test_...` or `pk_live_...`, the
    /// one the pages use). With it, session cookies follow Clerk's cookie
    /// rules: the `__client_uat` / `__session` pair and their suffixed forms,
    /// the dev browser on development instances, and the handshake that
    /// renews a stale cookie with one redirect. Without it, a session cookie
    /// is checked as a bearer token would be: nothing is refreshed, and a
    /// sign-out in another tab is not seen until the cookie expires.
    ///
    /// A key that does not read as a publishable key is refused here.
    pub fn publishable_key(mut self, key: impl AsRef<str>) -> Result<Self, AuthError> {
        self.publishable_key = Some(PublishableKey::parse(key)?);
        self.update_instance();
        Ok(self)
    }

    /// The URL of the proxy in front of the Frontend API, when the instance
    /// uses one (`https://app.example.com/__clerk`, or a path such as
    /// `/__clerk` taken on the request's own origin): handshakes go through it.
    pub fn proxy_url(mut self, url: impl AsRef<str>) -> Result<Self, AuthError> {
        self.proxy_url = Some(instance::check_proxy_url(url.as_ref())?);
        self.update_instance();
        Ok(self)
    }

    /// Marks this app as a satellite served on `domain` (such as
    /// `satellite.example.com`): its sessions are synced from the primary
    /// domain. A production satellite's Frontend API is `clerk.<domain>`
    /// unless a proxy is set; a development satellite needs
    /// [`sign_in_url`](Self::sign_in_url) on the primary domain.
    pub fn satellite(mut self, domain: impl Into<String>) -> Self {
        self.satellite_domain = Some(domain.into());
        self.update_instance();
        self
    }

    /// The primary domain's sign-in page (an absolute URL), where a
    /// development satellite goes to sync.
    pub fn sign_in_url(mut self, url: impl Into<String>) -> Self {
        self.sign_in_url = Some(url.into());
        self.update_instance();
        self
    }

    /// Whether a satellite's page load with no session cookies at all syncs
    /// with the primary domain (off by default: such a visitor is signed out
    /// until the page asks for a sync with `__clerk_synced=false`).
    pub fn satellite_auto_sync(mut self, on: bool) -> Self {
        self.satellite_auto_sync = on;
        self
    }

    /// The parsed publishable key, when one was given.
    pub fn publishable_key_value(&self) -> Option<&PublishableKey> {
        self.publishable_key.as_ref()
    }

    fn update_instance(&mut self) {
        self.instance = self.publishable_key.as_ref().map(|key| {
            instance::Instance::new(
                key,
                self.proxy_url.as_deref(),
                self.satellite_domain.as_deref(),
                self.sign_in_url.as_deref(),
            )
        });
    }

    /// Which kinds of token sign a request in; any other kind is signed out
    /// with [`SignedOutReason::TokenTypeNotAccepted`] without being verified
    /// (so no network call is made for it). The default is
    /// `[TokenType::SessionToken]`. An empty list accepts nothing.
    pub fn accepts_token<I>(mut self, kinds: I) -> Self
    where
        I: IntoIterator<Item = TokenType>,
    {
        let mut accepted = Vec::new();
        for kind in kinds {
            if !accepted.contains(&kind) {
                accepted.push(kind);
            }
        }
        self.accepted = accepted;
        self
    }

    /// Accept every kind of token: sessions, API keys, M2M and OAuth tokens.
    pub fn accepts_any_token(self) -> Self {
        self.accepts_token(TokenType::ALL)
    }

    /// True when tokens of this kind are accepted.
    pub fn accepts(&self, kind: TokenType) -> bool {
        self.accepted.contains(&kind)
    }

    /// The accepted kinds, in the order given.
    pub fn accepted_tokens(&self) -> &[TokenType] {
        &self.accepted
    }

    /// Sign in sessions whose status (`sts`) is `pending`: the user has
    /// signed in but not finished a required step (such as choosing an
    /// organization). Off by default, so such sessions are signed out with
    /// [`SignedOutReason::SessionPending`].
    pub fn accept_pending_sessions(mut self, accept: bool) -> Self {
        self.accept_pending_sessions = accept;
        self
    }

    /// Only accept session tokens whose `azp` claim is one of these origins
    /// (for example `https://app.example.com`). A token without `azp` is
    /// still accepted. An empty list (the default) accepts any `azp`.
    pub fn authorized_parties<I, S>(mut self, parties: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.authorized_parties = parties.into_iter().map(Into::into).collect();
        self
    }

    /// Verify JWTs with this PEM public key (the instance's "JWT public key",
    /// as in `CLERK_JWT_KEY`) instead of the JWKS: no key set is ever fetched.
    ///
    /// Both a regular multi-line PEM and the same text squeezed onto one line
    /// (or with literal `\n`) are accepted. A key that cannot be read is
    /// refused here, with [`AuthError::InvalidJwtKey`], so a misconfigured
    /// server fails at start-up rather than on every request.
    pub fn jwt_key(mut self, pem: impl AsRef<str>) -> Result<Self, AuthError> {
        self.jwt_key = Some(RsaKey::from_pem(pem.as_ref()).map_err(AuthError::InvalidJwtKey)?);
        Ok(self)
    }

    /// Uses an already decoded key (the testing helpers' keys).
    #[cfg(feature = "testing")]
    pub(crate) fn with_decoding_key(mut self, key: RsaKey) -> Self {
        self.jwt_key = Some(key);
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

    /// The most one call to Clerk verifying an opaque machine token may take
    /// (default five seconds). It is tried once: a slow or failing Clerk is an
    /// [`AuthError`], never a long wait inside a request.
    pub fn verify_timeout(mut self, timeout: Duration) -> Self {
        self.verify_timeout = timeout;
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

    /// True when pending sessions are signed in.
    pub fn accepts_pending_sessions(&self) -> bool {
        self.accept_pending_sessions
    }

    /// The configured limit on one machine-token verification call.
    pub fn verify_timeout_value(&self) -> Duration {
        self.verify_timeout
    }

    /// Whether a JWT whose signature was checked before may skip the RSA
    /// work when it comes again (on by default; see [`TokenCache`]). Every
    /// other check runs on every request either way.
    pub fn use_token_cache(mut self, use_it: bool) -> Self {
        self.use_token_cache = use_it;
        self
    }

    /// Whether verified JWTs are looked up in and added to the [`TokenCache`].
    pub fn uses_token_cache(&self) -> bool {
        self.use_token_cache
    }

    fn now_seconds(&self) -> i64 {
        unix_seconds(self.now.unwrap_or_else(SystemTime::now))
    }

    fn skew_seconds(&self) -> i64 {
        i64::try_from(self.clock_skew.as_secs()).unwrap_or(i64::MAX)
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
            .field("accepted", &self.accepted)
            .field("authorized_parties", &self.authorized_parties)
            .field("jwt_key", &self.jwt_key.is_some())
            .field("clock_skew", &self.clock_skew)
            .field("cookie_suffix", &self.cookie_suffix)
            .field("accept_pending_sessions", &self.accept_pending_sessions)
            .field("verify_timeout", &self.verify_timeout)
            .field("use_token_cache", &self.use_token_cache)
            .field("publishable_key", &self.publishable_key)
            .field("proxy_url", &self.proxy_url)
            .field("satellite_domain", &self.satellite_domain)
            .field("sign_in_url", &self.sign_in_url)
            .field("now", &self.now)
            .finish()
    }
}

/// Who a signed-in request is.
#[derive(Clone, Debug, PartialEq)]
// Claims are kept inline for easy matching; a state lives only for one request.
#[allow(clippy::large_enum_variant)]
pub enum Identity {
    /// A user's session, with the session token's claims.
    Session(Claims),
    /// A program: an API key, an M2M token or an OAuth access token.
    Machine(MachineAuth),
}

impl Identity {
    /// The kind of token that signed the request in.
    pub fn token_type(&self) -> TokenType {
        match self {
            Identity::Session(_) => TokenType::SessionToken,
            Identity::Machine(machine) => machine.token_type(),
        }
    }

    /// The subject: the user id for sessions and OAuth tokens; the key's or
    /// token's subject (`user_`, `org_` or `mch_`) for API keys and M2M tokens.
    pub fn subject(&self) -> &str {
        match self {
            Identity::Session(claims) => &claims.sub,
            Identity::Machine(machine) => machine.subject(),
        }
    }
}

/// The outcome of authenticating a request.
#[derive(Clone, Debug, PartialEq)]
// The identity is kept inline for easy matching; a state lives only for one request.
#[allow(clippy::large_enum_variant)]
pub enum RequestState {
    /// A valid token of an accepted kind was found.
    SignedIn(Identity),
    /// No usable token; the reason says why.
    SignedOut(SignedOutReason),
}

impl RequestState {
    /// The session claims, when signed in with a session token (`None` for
    /// machine tokens; see [`machine`](Self::machine)).
    pub fn claims(&self) -> Option<&Claims> {
        match self {
            RequestState::SignedIn(Identity::Session(claims)) => Some(claims),
            _ => None,
        }
    }

    /// The session claims by value, when signed in with a session token.
    pub fn into_claims(self) -> Option<Claims> {
        match self {
            RequestState::SignedIn(Identity::Session(claims)) => Some(claims),
            _ => None,
        }
    }

    /// The machine token's details, when signed in with one.
    pub fn machine(&self) -> Option<&MachineAuth> {
        match self {
            RequestState::SignedIn(Identity::Machine(machine)) => Some(machine),
            _ => None,
        }
    }

    /// The identity, when signed in.
    pub fn identity(&self) -> Option<&Identity> {
        match self {
            RequestState::SignedIn(identity) => Some(identity),
            RequestState::SignedOut(_) => None,
        }
    }

    /// The kind of token that signed the request in.
    pub fn token_type(&self) -> Option<TokenType> {
        self.identity().map(Identity::token_type)
    }

    /// The subject of the token that signed the request in (see
    /// [`Identity::subject`]).
    pub fn subject(&self) -> Option<&str> {
        self.identity().map(Identity::subject)
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
    /// The token is not a well-formed JWT (or is absurdly long).
    Malformed,
    /// The token's `alg` is not RS256 (`none` and HMAC algorithms included).
    UnsupportedAlgorithm,
    /// The token header has no `kid`, so no JWKS key can be chosen.
    MissingKid,
    /// No key in the JWKS has the token's `kid`, even after a refetch.
    UnknownKid,
    /// The signature does not match the key.
    BadSignature,
    /// The token has expired (`exp`, beyond the allowed skew), or Clerk says
    /// the machine token has expired.
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
    /// The token is of a kind the options do not accept (see
    /// [`AuthenticateOptions::accepts_token`]); it was not verified.
    TokenTypeNotAccepted,
    /// A JWT that claims to be a session token has a header `typ` other than
    /// `JWT`, so it is some other kind of token.
    UnexpectedHeaderType,
    /// The header `cat` marks the token as another category than the one it
    /// is verified as (a JWT-template or M2M token used as a session token).
    TokenCategoryMismatch,
    /// The session is `pending` (`sts`): the user has not finished a required
    /// step. See [`AuthenticateOptions::accept_pending_sessions`].
    SessionPending,
    /// A machine token was sent in a cookie; machine tokens are only read
    /// from the `Authorization` header.
    MachineTokenInCookie,
    /// Clerk does not know this machine token (404 from the verify call).
    TokenNotFound,
    /// Clerk says this machine token has been revoked.
    TokenRevoked,
    /// Clerk refused this machine token as invalid (a 400, 410 or 422 answer,
    /// or an OAuth token reported as not active).
    TokenInvalid,
    /// Cookie rules (with a publishable key): neither `__session` nor a
    /// signed-in `__client_uat` was sent; a visitor who is not signed in.
    SessionTokenAndUatMissing,
    /// Cookie rules: `__client_uat` says signed in but no session cookie came.
    ClientUatWithoutSessionToken,
    /// Cookie rules: a session cookie came without `__client_uat` (or with
    /// `__client_uat=0`, which is how a sign-out in another tab shows).
    SessionTokenWithoutClientUat,
    /// Cookie rules: the session token was issued before the client last
    /// changed (`iat` < `__client_uat`), so it may speak for an old session.
    SessionTokenIatBeforeClientUat,
    /// Cookie rules: a development instance's request has no dev browser
    /// token (`__clerk_db_jwt`).
    DevBrowserMissing,
    /// Cookie rules: a development instance's URL carries a dev browser
    /// token to be turned into a cookie.
    DevBrowserSync,
    /// Cookie rules: a satellite app's page needs the session of the
    /// primary domain.
    SatelliteNeedsSyncing,
    /// Cookie rules: a development primary sends a syncing satellite back.
    PrimaryRespondsToSyncing,
    /// Cookie rules: a signed-in page load came from another site and is
    /// synced once with the Frontend API.
    PrimaryDomainCrossOriginSync,
    /// Cookie rules: a handshake came back without a session cookie (the
    /// browser is signed out at Clerk).
    SessionTokenMissing,
}

impl SignedOutReason {
    /// A stable, kebab-case code for logs, metrics and response bodies.
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
            SignedOutReason::TokenTypeNotAccepted => "token-type-not-accepted",
            SignedOutReason::UnexpectedHeaderType => "unexpected-header-type",
            SignedOutReason::TokenCategoryMismatch => "token-category-mismatch",
            SignedOutReason::SessionPending => "session-pending",
            SignedOutReason::MachineTokenInCookie => "machine-token-in-cookie",
            SignedOutReason::TokenNotFound => "token-not-found",
            SignedOutReason::TokenRevoked => "token-revoked",
            SignedOutReason::TokenInvalid => "token-invalid",
            SignedOutReason::SessionTokenAndUatMissing => "session-token-and-uat-missing",
            SignedOutReason::ClientUatWithoutSessionToken => "client-uat-but-no-session-token",
            SignedOutReason::SessionTokenWithoutClientUat => "session-token-but-no-client-uat",
            SignedOutReason::SessionTokenIatBeforeClientUat => "session-token-iat-before-client-uat",
            SignedOutReason::DevBrowserMissing => "dev-browser-missing",
            SignedOutReason::DevBrowserSync => "dev-browser-sync",
            SignedOutReason::SatelliteNeedsSyncing => "satellite-needs-syncing",
            SignedOutReason::PrimaryRespondsToSyncing => "primary-responds-to-syncing",
            SignedOutReason::PrimaryDomainCrossOriginSync => "primary-domain-cross-origin-sync",
            SignedOutReason::SessionTokenMissing => "session-token-missing",
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

/// A failure to authenticate that is not the token's fault: the server
/// cannot tell whether the token is good. Frameworks answer it with 503.
///
/// The messages never contain the token or the secret key.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum AuthError {
    /// Fetching the JWKS failed (or timed out) and no usable keys are held;
    /// carries the source's description.
    JwksFetch(String),
    /// The fetched JWKS document has an unexpected shape.
    InvalidJwks(String),
    /// The PEM key given to [`AuthenticateOptions::jwt_key`] cannot be used.
    InvalidJwtKey(String),
    /// Clerk's verify call for an opaque machine token failed in a way that
    /// says nothing about the token: a 5xx or 429 answer, a 401/403 (this
    /// server's secret key is wrong), a timeout, a broken connection or an
    /// answer that does not decode.
    MachineVerify {
        /// The kind of token being verified.
        token_type: TokenType,
        /// The HTTP status, when Clerk answered.
        status: Option<u16>,
        /// What went wrong.
        message: String,
    },
    /// The key given to [`AuthenticateOptions::publishable_key`] is not a
    /// publishable key; says why.
    InvalidPublishableKey(String),
    /// An instance setting (proxy URL, satellite, an environment variable)
    /// cannot be used; says which and why.
    InvalidInstanceSettings(String),
    /// On a development instance, the handshake token that came back cannot
    /// be trusted (most often: the instance's keys changed; clearing the
    /// site's cookies fixes it). Production instances ignore such a token.
    Handshake(String),
}

impl fmt::Display for AuthError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AuthError::JwksFetch(msg) => write!(f, "could not fetch the JWKS: {msg}"),
            AuthError::InvalidJwks(msg) => write!(f, "the JWKS is not usable: {msg}"),
            AuthError::InvalidJwtKey(msg) => write!(f, "the configured JWT key is not usable: {msg}"),
            AuthError::MachineVerify { token_type, status: Some(status), message } => {
                write!(f, "could not verify the {token_type} with Clerk (status {status}): {message}")
            }
            AuthError::MachineVerify { token_type, status: None, message } => {
                write!(f, "could not verify the {token_type} with Clerk: {message}")
            }
            AuthError::InvalidPublishableKey(msg) => write!(f, "the publishable key is not usable: {msg}"),
            AuthError::InvalidInstanceSettings(msg) => write!(f, "the instance settings are not usable: {msg}"),
            AuthError::Handshake(msg) => write!(f, "the handshake could not be resolved: {msg}"),
        }
    }
}

impl std::error::Error for AuthError {}

/// The kind of a token Clerk verifies, by its prefix; `None` for a JWT.
pub(crate) fn opaque_kind(token: &str) -> Option<TokenType> {
    if token.starts_with("ak_") {
        Some(TokenType::ApiKey)
    } else if token.starts_with("mt_") {
        Some(TokenType::M2mToken)
    } else if token.starts_with("oat_") {
        Some(TokenType::OAuthToken)
    } else {
        None
    }
}

/// A JWT read once, before anything in it is trusted: the header and the
/// payload decoded, the parts as sent, and the kind they suggest.
struct Jwt<'t> {
    /// `Err(Malformed)` also when the token is too long or not three parts.
    header: Result<JoseHeader, SignedOutReason>,
    payload: Result<Payload, SignedOutReason>,
    /// The header and payload as sent, dot included: the signed bytes.
    signed: &'t str,
    signature: &'t str,
    /// An OAuth access token by its header `typ`, an M2M token by its `mch_`
    /// subject, a session token otherwise (also when nothing decodes).
    kind: TokenType,
}

/// A JWT's payload, read in the form its kind is checked in.
// Not boxed: one lives per verification, and a box would add an allocation
// to the path every request takes.
#[allow(clippy::large_enum_variant)]
enum Payload {
    /// A session token's claims, read in one pass straight into their
    /// fields; or the claim that is missing or unusable.
    Session(Result<Claims, &'static str>),
    /// An M2M or OAuth token's claims, as sent.
    Machine(Map<String, Value>),
}

fn read_jwt(token: &str) -> Jwt<'_> {
    let malformed = || Jwt {
        header: Err(SignedOutReason::Malformed),
        payload: Err(SignedOutReason::Malformed),
        signed: "",
        signature: "",
        kind: TokenType::SessionToken,
    };
    if token.len() > MAX_TOKEN_LEN {
        return malformed();
    }
    let mut parts = token.split('.');
    let (Some(header_part), Some(payload_part)) = (parts.next(), parts.next()) else {
        return malformed();
    };
    let (signature, extra) = (parts.next(), parts.next());
    let header = decode_json::<JoseHeader>(header_part);
    let access = header.as_ref().is_ok_and(|h| h.typ.as_deref().is_some_and(is_access_token_typ));
    let payload = URL_SAFE_NO_PAD.decode(payload_part).map_err(|_| SignedOutReason::Malformed).and_then(|json| {
        // Read once into the session claims' fields; this also refuses a
        // payload that is not one JSON object or names a claim twice.
        let slots = claims::ClaimSlots::read(&json).map_err(|_| SignedOutReason::Malformed)?;
        if access || slots.is_machine() {
            // An access token, or an `mch_` subject (an M2M token): its
            // rules read the claims as sent.
            serde_json::from_slice(&json).map(Payload::Machine).map_err(|_| SignedOutReason::Malformed)
        } else {
            Ok(Payload::Session(slots.into_claims()))
        }
    });
    let kind = match &payload {
        _ if access => TokenType::OAuthToken,
        Ok(Payload::Machine(_)) => TokenType::M2mToken,
        _ => TokenType::SessionToken,
    };
    let (header, signature) = match (signature, extra) {
        (Some(signature), None) => (header, signature),
        _ => (Err(SignedOutReason::Malformed), ""),
    };
    let signed = &token[..header_part.len() + 1 + payload_part.len()];
    Jwt { header, payload, signed, signature, kind }
}

fn is_access_token_typ(typ: &str) -> bool {
    typ.eq_ignore_ascii_case("at+jwt") || typ.eq_ignore_ascii_case("application/at+jwt")
}

/// Verifies tokens; holds the shared [`JwksCache`].
///
/// Cheap to clone: clones share the cache. It knows nothing about how the key
/// set is fetched or how opaque machine tokens are checked; each call is
/// given a [`JwksSource`] (and, for opaque tokens, a
/// [`MachineTokenVerifier`]). [`Clerk`](crate::Clerk) wires both to the
/// Backend API.
#[derive(Clone, Debug, Default)]
pub struct Authenticator {
    cache: Arc<JwksCache>,
    verified: Arc<TokenCache>,
}

impl Authenticator {
    /// An authenticator with a new cache with default settings.
    pub fn new() -> Self {
        Self::with_cache(Arc::new(JwksCache::new()))
    }

    /// An authenticator using (and sharing) the given cache.
    pub fn with_cache(cache: Arc<JwksCache>) -> Self {
        Authenticator { cache, verified: Arc::default() }
    }

    /// The key cache.
    pub fn cache(&self) -> &Arc<JwksCache> {
        &self.cache
    }

    /// The cache of JWTs whose signature has been checked, shared by every
    /// clone (its bound, its size, `clear`).
    pub fn token_cache(&self) -> &Arc<TokenCache> {
        &self.verified
    }

    /// Finds the token of a request and verifies it, with no verifier for
    /// opaque machine tokens (accepting them then fails with
    /// [`AuthError::MachineVerify`]; use
    /// [`authenticate_with`](Self::authenticate_with)).
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
        self.authenticate_with(headers, opts, jwks, None).await
    }

    /// Like [`authenticate`](Self::authenticate), with a verifier for opaque
    /// machine tokens (`ak_`, `mt_`, `oat_`).
    pub async fn authenticate_with(
        &self,
        headers: &HeaderMap,
        opts: &AuthenticateOptions,
        jwks: &dyn JwksSource,
        machine: Option<&dyn MachineTokenVerifier>,
    ) -> Result<RequestState, AuthError> {
        let credentials = Credentials::from_header_map(headers, opts.cookie_suffix.as_deref());
        self.authenticate_credentials(credentials, opts, jwks, machine).await
    }

    /// Like [`authenticate_with`](Self::authenticate_with), for frameworks
    /// whose headers are not an `http` 1 `HeaderMap`: the request's headers
    /// are given as `(name, value)` pairs (names in any case). The pairs are
    /// read before this returns, so the returned future does not borrow them.
    pub fn authenticate_header_pairs<'a, 'h, I>(
        &'a self,
        headers: I,
        opts: &'a AuthenticateOptions,
        jwks: &'a dyn JwksSource,
        machine: Option<&'a dyn MachineTokenVerifier>,
    ) -> impl Future<Output = Result<RequestState, AuthError>> + Send + 'a
    where
        I: IntoIterator<Item = (&'h str, &'h [u8])>,
    {
        let credentials = Credentials::from_pairs(headers, opts.cookie_suffix.as_deref());
        self.authenticate_credentials(credentials, opts, jwks, machine)
    }

    /// Verifies one token given directly, as if it came in an
    /// `Authorization: Bearer` header, without an opaque-token verifier.
    pub async fn verify_token(
        &self,
        token: &str,
        opts: &AuthenticateOptions,
        jwks: &dyn JwksSource,
    ) -> Result<RequestState, AuthError> {
        self.verify_token_with(token, opts, jwks, None).await
    }

    /// Verifies one token given directly, as if it came in an
    /// `Authorization: Bearer` header.
    pub async fn verify_token_with(
        &self,
        token: &str,
        opts: &AuthenticateOptions,
        jwks: &dyn JwksSource,
        machine: Option<&dyn MachineTokenVerifier>,
    ) -> Result<RequestState, AuthError> {
        let token = token.trim();
        if token.is_empty() {
            return Ok(RequestState::SignedOut(SignedOutReason::NoToken));
        }
        Ok(match self.verify(token, false, opts, jwks, machine).await? {
            Ok(identity) => RequestState::SignedIn(identity),
            Err(reason) => RequestState::SignedOut(reason),
        })
    }

    async fn authenticate_credentials(
        &self,
        credentials: Credentials,
        opts: &AuthenticateOptions,
        jwks: &dyn JwksSource,
        machine: Option<&dyn MachineTokenVerifier>,
    ) -> Result<RequestState, AuthError> {
        let mut first_reason = None;
        for (token, from_cookie) in credentials.candidates() {
            match self.verify(&token, from_cookie, opts, jwks, machine).await? {
                Ok(identity) => return Ok(RequestState::SignedIn(identity)),
                Err(reason) => {
                    first_reason.get_or_insert(reason);
                }
            }
        }
        Ok(RequestState::SignedOut(first_reason.unwrap_or(SignedOutReason::NoToken)))
    }

    async fn verify(
        &self,
        token: &str,
        from_cookie: bool,
        opts: &AuthenticateOptions,
        jwks: &dyn JwksSource,
        machine: Option<&dyn MachineTokenVerifier>,
    ) -> Result<Result<Identity, SignedOutReason>, AuthError> {
        // A JWT verified before skips detection, the header and the RSA
        // check; the checks that depend on the key set, the options or the
        // clock run again in `cached_outcome`.
        let opaque = opaque_kind(token);
        let digest = (opts.use_token_cache && opaque.is_none()).then(|| TokenCache::digest(token));
        if let Some(entry) = digest.as_ref().and_then(|d| self.verified.get(d)) {
            if let Some(outcome) = self.cached_outcome(&entry, from_cookie, opts, jwks).await? {
                return Ok(outcome);
            }
        }
        // The kind is decided before the token is verified; a JWT is read
        // once, and handed over without a name here, so that this future
        // does not keep a second copy of it while the check waits.
        let Some(kind) = opaque else {
            return self.verify_jwt(read_jwt(token), from_cookie, digest, opts, jwks).await;
        };
        if let Err(reason) = kind_rules(kind, from_cookie, opts) {
            return Ok(Err(reason));
        }
        let Some(verifier) = machine else {
            return Err(AuthError::MachineVerify {
                token_type: kind,
                status: None,
                message: "no verifier for opaque machine tokens was given".into(),
            });
        };
        // Boxed: a network call's future, kept out of the JWT path's.
        Box::pin(machine::verify_opaque(verifier, kind, token, opts)).await.map(|r| r.map(Identity::Machine))
    }

    /// A JWT: the header rules of its kind, the key and the signature (the
    /// one step that may wait), then its kind's claim rules. Only the token
    /// as read is held across the wait, which keeps every verification's
    /// future small.
    async fn verify_jwt(
        &self,
        jwt: Jwt<'_>,
        from_cookie: bool,
        digest: Option<verified::TokenDigest>,
        opts: &AuthenticateOptions,
        jwks: &dyn JwksSource,
    ) -> Result<Result<Identity, SignedOutReason>, AuthError> {
        if let Err(reason) = kind_rules(jwt.kind, from_cookie, opts) {
            return Ok(Err(reason));
        }
        let header = match &jwt.header {
            Ok(header) => header,
            Err(reason) => return Ok(Err(*reason)),
        };
        if let Err(reason) = header_rules(jwt.kind, header) {
            return Ok(Err(reason));
        }
        let key = match self.verified_key(header, jwt.signed, jwt.signature, opts, jwks).await? {
            Ok(key) => key,
            Err(reason) => return Ok(Err(reason)),
        };
        let Jwt { header, payload, kind, .. } = jwt;
        let (payload, kid) = match (payload, header) {
            (Ok(payload), Ok(header)) => (payload, header.kid),
            (Err(reason), _) | (_, Err(reason)) => return Ok(Err(reason)),
        };
        // What a token that passes is remembered as (when the cache is on).
        let remember = |digest, exp, verdict| {
            self.verified.insert(digest, verified::Entry { kind, kid, key, exp, verdict }, opts.now_seconds());
        };
        Ok(match (kind, payload) {
            (TokenType::SessionToken, Payload::Session(claims)) => {
                let checked = check_session(claims, opts);
                if let (Ok(claims), Some(digest)) = (&checked, digest) {
                    remember(digest, claims.exp, verified::Verdict::Session(claims.clone()));
                }
                checked.map(Identity::Session)
            }
            (TokenType::SessionToken, Payload::Machine(_)) | (_, Payload::Session(_)) => {
                // Not reached: the payload's form is what decided the kind.
                Err(SignedOutReason::Malformed)
            }
            (kind, Payload::Machine(payload)) => {
                let kept = digest.map(|d| (d, payload.clone()));
                let checked = machine::from_jwt(kind, payload, opts);
                if let (Ok(auth), Some((digest, payload))) = (&checked, kept) {
                    if let Some(exp) = auth.expires_at() {
                        remember(digest, exp, verified::Verdict::Machine(payload));
                    }
                }
                checked.map(Identity::Machine)
            }
        })
    }

    /// A token found in the [`TokenCache`]: the accepted kinds, the key
    /// lookup and the claim checks, without the RSA work. `None` when the
    /// key found now is not the one that checked the token: verify afresh.
    async fn cached_outcome(
        &self,
        entry: &verified::Entry,
        from_cookie: bool,
        opts: &AuthenticateOptions,
        jwks: &dyn JwksSource,
    ) -> Result<Option<Result<Identity, SignedOutReason>>, AuthError> {
        let kind = entry.kind;
        if let Err(reason) = kind_rules(kind, from_cookie, opts) {
            return Ok(Some(Err(reason)));
        }
        let key = match (&opts.jwt_key, &entry.kid) {
            (Some(key), _) => key.clone(),
            (None, Some(kid)) => match self.cache.key(kid, jwks).await? {
                Some(key) => key,
                None => return Ok(Some(Err(SignedOutReason::UnknownKid))),
            },
            (None, None) => return Ok(None),
        };
        if key != entry.key {
            return Ok(None);
        }
        Ok(Some(match &entry.verdict {
            verified::Verdict::Session(claims) => {
                check_session_claims(claims, opts).map(|()| Identity::Session(claims.clone()))
            }
            verified::Verdict::Machine(payload) => {
                machine::from_jwt(kind, payload.clone(), opts).map(Identity::Machine)
            }
        }))
    }

    /// Finds the key and checks the signature with it: what every JWT
    /// verification has in common.
    async fn verified_key(
        &self,
        header: &JoseHeader,
        signed: &str,
        signature: &str,
        opts: &AuthenticateOptions,
        jwks: &dyn JwksSource,
    ) -> Result<Result<RsaKey, SignedOutReason>, AuthError> {
        // Checked before any key is looked at: `none` and HMAC tokens are
        // refused outright, whatever key material is around.
        if header.alg != "RS256" {
            return Ok(Err(SignedOutReason::UnsupportedAlgorithm));
        }
        let key = match &opts.jwt_key {
            Some(key) => key.clone(),
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
        let Ok(signature) = URL_SAFE_NO_PAD.decode(signature) else {
            return Ok(Err(SignedOutReason::Malformed));
        };
        if !key.verify(signed.as_bytes(), &signature) {
            return Ok(Err(SignedOutReason::BadSignature));
        }
        Ok(Ok(key))
    }
}

/// Where a token of this kind may come from, and whether it is accepted.
fn kind_rules(kind: TokenType, from_cookie: bool, opts: &AuthenticateOptions) -> Result<(), SignedOutReason> {
    if from_cookie && kind.is_machine() {
        return Err(SignedOutReason::MachineTokenInCookie);
    }
    if !opts.accepts(kind) {
        return Err(SignedOutReason::TokenTypeNotAccepted);
    }
    Ok(())
}

/// The header rules of each kind of JWT, checked before any key is looked up.
fn header_rules(kind: TokenType, header: &JoseHeader) -> Result<(), SignedOutReason> {
    let typ_is_jwt = header.typ.as_deref().is_none_or(|typ| typ.eq_ignore_ascii_case("JWT"));
    let cat = header.cat.as_deref();
    if kind == TokenType::SessionToken {
        if !typ_is_jwt {
            return Err(SignedOutReason::UnexpectedHeaderType);
        }
        // An unknown `cat` is let through: the marker is optional, and a new
        // session marker must not sign every user out. The signature and the
        // claim checks still apply.
        if cat.is_some_and(|cat| cat == CAT_JWT_TEMPLATE || cat == CAT_M2M) {
            return Err(SignedOutReason::TokenCategoryMismatch);
        }
        return Ok(());
    }
    let category_ok = match (kind, cat) {
        (_, None) => true,
        (TokenType::M2mToken, Some(cat)) => cat == CAT_M2M,
        (_, Some(cat)) => cat != CAT_M2M && cat != CAT_JWT_TEMPLATE,
    };
    if !category_ok {
        return Err(SignedOutReason::TokenCategoryMismatch);
    }
    if kind == TokenType::M2mToken && !typ_is_jwt {
        return Err(SignedOutReason::UnexpectedHeaderType);
    }
    Ok(())
}

/// The session rules, on a payload whose signature has been checked.
fn check_session(claims: Result<Claims, &'static str>, opts: &AuthenticateOptions) -> Result<Claims, SignedOutReason> {
    let claims = claims.map_err(SignedOutReason::InvalidClaim)?;
    check_session_claims(&claims, opts)?;
    Ok(claims)
}

/// The session rules on decoded claims (also run on every cache hit).
fn check_session_claims(claims: &Claims, opts: &AuthenticateOptions) -> Result<(), SignedOutReason> {
    check_times(claims.exp, claims.nbf, claims.iat, opts)?;
    if !is_valid_issuer(&claims.iss) {
        return Err(SignedOutReason::InvalidIssuer);
    }
    if let Some(azp) = &claims.azp {
        if !opts.authorized_parties.is_empty() && !opts.authorized_parties.iter().any(|p| p == azp) {
            return Err(SignedOutReason::UnauthorizedParty);
        }
    }
    // Kind detection sends `mch_` subjects down the M2M path; this is the
    // second line of defence.
    if claims.sub.starts_with("mch_") {
        return Err(SignedOutReason::TokenTypeNotAccepted);
    }
    if claims.sts.as_deref() == Some("pending") && !opts.accept_pending_sessions {
        return Err(SignedOutReason::SessionPending);
    }
    Ok(())
}

/// `exp`, `nbf` and `iat` against the clock, with the allowed skew.
fn check_times(
    exp: i64,
    nbf: Option<i64>,
    iat: Option<i64>,
    opts: &AuthenticateOptions,
) -> Result<(), SignedOutReason> {
    let now = opts.now_seconds();
    let skew = opts.skew_seconds();
    if now >= exp.saturating_add(skew) {
        return Err(SignedOutReason::Expired);
    }
    if nbf.is_some_and(|nbf| nbf > now.saturating_add(skew)) {
        return Err(SignedOutReason::NotYetValid);
    }
    if iat.is_some_and(|iat| iat > now.saturating_add(skew)) {
        return Err(SignedOutReason::IssuedInFuture);
    }
    Ok(())
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
    #[serde(default)]
    typ: Option<String>,
    #[serde(default)]
    cat: Option<String>,
}

fn decode_json<T: serde::de::DeserializeOwned>(part: &str) -> Result<T, SignedOutReason> {
    let bytes = URL_SAFE_NO_PAD.decode(part).map_err(|_| SignedOutReason::Malformed)?;
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
