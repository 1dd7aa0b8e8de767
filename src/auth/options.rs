//! The settings a request is authenticated with.

use std::fmt;
use std::time::{Duration, SystemTime};

use super::instance::{self, PublishableKey};
use super::jwt::unix_seconds;
use super::{AuthError, RsaKey, TokenType};
#[cfg(doc)]
use super::{SignedOutReason, TokenCache};

/// Settings for one verification: accepted token kinds, authorized parties,
/// a networkless key, clock skew, cookie choice and timeouts.
///
/// Build it once at start-up and share it; every setter is cheap.
#[derive(Clone)]
pub struct AuthenticateOptions {
    pub(crate) authorized_parties: Vec<String>,
    pub(crate) jwt_key: Option<RsaKey>,
    pub(crate) clock_skew: Duration,
    pub(crate) cookie_suffix: Option<String>,
    pub(crate) now: Option<SystemTime>,
    pub(crate) accepted: Vec<TokenType>,
    pub(crate) accept_pending_sessions: bool,
    pub(crate) verify_timeout: Duration,
    pub(crate) use_token_cache: bool,
    publishable_key: Option<PublishableKey>,
    pub(crate) proxy_url: Option<String>,
    pub(crate) satellite_domain: Option<String>,
    pub(crate) sign_in_url: Option<String>,
    pub(crate) satellite_auto_sync: bool,
    /// Made from the five fields above whenever one changes.
    pub(crate) instance: Option<instance::Instance>,
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

    pub(crate) fn now_seconds(&self) -> i64 {
        unix_seconds(self.now.unwrap_or_else(SystemTime::now))
    }

    pub(crate) fn skew_seconds(&self) -> i64 {
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
