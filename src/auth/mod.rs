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
//! ## Sessions in cookies
//!
//! A browser's session token lives a minute. Pages rendered by the server
//! keep their user past that only with Clerk's cookie rules, which need the
//! instance's [publishable key](AuthenticateOptions::publishable_key) and
//! [`Clerk::authenticate`](crate::Clerk::authenticate) (or `ClerkLayer` /
//! `ClerkMiddleware`, which call it):
//!
//! - `__session` is trusted only beside a `__client_uat` (the time the
//!   browser's client last changed) that is not `0` and not newer than the
//!   token: a sign-out in another tab sets `__client_uat=0` and is seen at once;
//! - a page load whose cookies are stale or missing is answered with a 307
//!   through the instance's Frontend API (the *handshake*), which sends the
//!   browser back with fresh cookies; the way back is resolved here, and the
//!   new cookies ride on the page's answer;
//! - an expired cookie beside Clerk's refresh cookie is renewed through the
//!   Backend API without a redirect;
//! - requests that cannot follow a redirect (fetches, form posts, images)
//!   are signed out with the same reason, sent in `x-clerk-auth-reason`.
//!
//! The rules live in `rules.rs`, the cookie state in `cookies.rs`, the
//! handshake in `handshake.rs` and the publishable key in `instance.rs`;
//! the outcome is an [`Authentication`].
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
mod jwt;
mod machine;
mod options;
mod outcome;
#[cfg(any(feature = "axum", feature = "actix-web"))]
pub(crate) mod reject;
mod rs256;
mod rules;
mod verified;

use std::fmt;
use std::future::Future;
use std::sync::Arc;

use http::HeaderMap;

pub use claims::{Actor, Claims, CompactOrgClaims, OrgClaims};
pub use handshake::{BackendFailure, HandshakeBackend, HandshakeBackendFuture};
pub use instance::{InstanceType, PublishableKey};
pub use jwks::{JwksCache, JwksFuture, JwksSource};
pub use machine::{MachineAuth, MachineTokenVerifier, MachineVerifyFailure, MachineVerifyFuture};
pub use options::AuthenticateOptions;
pub use outcome::{AuthStatus, Authentication};
pub use verified::{TokenCache, DEFAULT_TOKEN_CACHE_CAPACITY};

use headers::Credentials;
pub(crate) use jwt::{decode_json, opaque_kind, JoseHeader};
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
        let pairs = headers.iter().map(|(name, value)| (name.as_str(), value.as_bytes()));
        self.authenticate_header_pairs(pairs, opts, jwks, machine).await
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
        // No method or URL: with a publishable key the cookie rules apply,
        // but nothing is redirected or refreshed (see `authenticate_parts`).
        let read = outcome::ReadRequest::new("", "/", headers, opts);
        async move { self.authenticate_read(read, opts, jwks, machine, None).await.map(Authentication::into_state) }
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
}
