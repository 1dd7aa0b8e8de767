//! `Clerk`, the client, and `ClerkBuilder`, its settings.

use crate::error::Error;
use crate::generated;
use crate::hooks::{Hooks, RequestHeaders};
use crate::retry::RetryPolicy;
use reqwest::header::HeaderValue;
use std::sync::Arc;
use std::time::Duration;

/// Where Clerk's Backend API lives.
pub const DEFAULT_BASE_URL: &str = "https://api.clerk.com/v1";

/// A client for Clerk's Backend API.
///
/// Cheap to clone (one reference count) and safe to share between tasks.
/// Clones share one connection pool, and one buffer kept for the next large
/// answer (up to 4 MiB, once a large answer came; see the README's
/// Pagination section).
///
/// Operations are grouped by resource: `clerk.users()`,
/// `clerk.invitations()`, and so on; each method returns a request builder
/// ending in `.send().await`.
#[derive(Clone)]
pub struct Clerk {
    api: Arc<generated::Client>,
    /// Session-token verification; its JWKS cache is shared by clones.
    auth: crate::auth::Authenticator,
}

impl std::fmt::Debug for Clerk {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use progenitor_client::ClientInfo;
        f.debug_struct("Clerk")
            .field("base_url", &self.api.baseurl())
            .field("secret_key", &"<redacted>")
            .field("retry", &self.api.inner().retry)
            .field("timeout", &self.api.inner().timeout())
            .finish()
    }
}

impl Clerk {
    /// Starts a builder with the default settings.
    pub fn builder() -> ClerkBuilder {
        ClerkBuilder::default()
    }

    /// A client from the environment, read as Clerk's other SDKs read it:
    ///
    /// - `CLERK_SECRET_KEY` (required): the secret key;
    /// - `CLERK_API_URL` (optional): where the API lives, as a host such as
    ///   `https://api.clerk.com`; the version path is added to a URL without
    ///   a path (see [`ClerkBuilder::base_url`]);
    /// - `CLERK_API_VERSION` (optional): that version path, `v1` by default.
    ///
    /// Errors name the variable at fault and never repeat its value.
    pub fn from_env() -> Result<Clerk, Error> {
        fn var(name: &str) -> Result<Option<String>, Error> {
            match std::env::var(name) {
                Ok(v) if v.trim().is_empty() => Ok(None),
                Ok(v) => Ok(Some(v)),
                Err(std::env::VarError::NotPresent) => Ok(None),
                Err(std::env::VarError::NotUnicode(_)) => {
                    Err(Error::Config { message: format!("{name} is set but is not valid UTF-8") })
                }
            }
        }
        let key =
            var("CLERK_SECRET_KEY")?.ok_or_else(|| Error::Config { message: "CLERK_SECRET_KEY is not set".into() })?;
        let mut builder = Clerk::builder().secret_key(key);
        if let Some(version) = var("CLERK_API_VERSION")? {
            builder = builder.api_version_path(version);
        }
        if let Some(url) = var("CLERK_API_URL")? {
            builder = builder.base_url(url);
        }
        builder.build().map_err(|e| match e {
            // The value itself is not repeated: it may carry credentials.
            Error::Config { message } if message.starts_with("base URL") => Error::Config {
                message: "CLERK_API_URL is not an http or https URL (a host such as https://api.clerk.com, \
                          without query or fragment)"
                    .into(),
            },
            Error::Config { message } if message.starts_with("the secret key") => {
                Error::Config { message: format!("CLERK_SECRET_KEY: {message}") }
            }
            Error::Config { message } if message.starts_with("API version path") => {
                Error::Config { message: format!("CLERK_API_VERSION: {message}") }
            }
            other => other,
        })
    }

    /// A copy of this client that retries by `policy` instead; it shares the
    /// connection pool. For one call: `clerk.with_retry(RetryPolicy::none()).users()...`.
    pub fn with_retry(&self, policy: RetryPolicy) -> Clerk {
        use progenitor_client::ClientInfo;
        let hooks = Hooks { retry: policy, ..self.api.inner().clone() };
        Clerk {
            api: Arc::new(generated::Client::new_with_client(self.api.baseurl(), self.api.client().clone(), hooks)),
            auth: self.auth.clone(),
        }
    }

    /// The retry policy this client uses.
    pub fn retry_policy(&self) -> &RetryPolicy {
        use progenitor_client::ClientInfo;
        &self.api.inner().retry
    }

    /// The base URL requests go to.
    pub fn base_url(&self) -> &str {
        use progenitor_client::ClientInfo;
        self.api.baseurl()
    }

    /// The generated client underneath; the namespaces are the way in.
    pub(crate) fn generated(&self) -> &generated::Client {
        &self.api
    }

    /// The request verifier (its JWKS cache), used by `crate::auth::clerk`.
    pub(crate) fn auth_state(&self) -> &crate::auth::Authenticator {
        &self.auth
    }

    pub(crate) fn hooks(&self) -> &Hooks {
        use progenitor_client::ClientInfo;
        self.api.inner()
    }

    pub(crate) fn http(&self) -> &reqwest::Client {
        use progenitor_client::ClientInfo;
        self.api.client()
    }
}

/// Settings for a [`Clerk`] client. Only the secret key is required.
#[derive(Clone)]
pub struct ClerkBuilder {
    secret_key: Option<String>,
    base_url: String,
    version_path: String,
    timeout: Option<Duration>,
    connect_timeout: Duration,
    retry: RetryPolicy,
    user_agent_suffix: Option<String>,
    http_client: Option<reqwest::Client>,
}

impl Default for ClerkBuilder {
    fn default() -> Self {
        #[cfg(feature = "rustls")]
        install_rustls_provider();
        ClerkBuilder {
            secret_key: None,
            base_url: DEFAULT_BASE_URL.to_string(),
            version_path: "v1".to_string(),
            timeout: Some(Duration::from_secs(30)),
            connect_timeout: Duration::from_secs(10),
            retry: RetryPolicy::default(),
            user_agent_suffix: None,
            http_client: None,
        }
    }
}

impl std::fmt::Debug for ClerkBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClerkBuilder")
            .field("secret_key", &self.secret_key.as_ref().map(|_| "<redacted>"))
            .field("base_url", &self.base_url)
            .field("version_path", &self.version_path)
            .field("timeout", &self.timeout)
            .field("connect_timeout", &self.connect_timeout)
            .field("retry", &self.retry)
            .field("user_agent_suffix", &self.user_agent_suffix)
            .field("http_client", &self.http_client.is_some())
            .finish()
    }
}

impl ClerkBuilder {
    /// The instance's secret key (`sk_live_...` or `sk_test_...`).
    pub fn secret_key(mut self, key: impl Into<String>) -> Self {
        self.secret_key = Some(key.into());
        self
    }

    /// Where to send requests; defaults to `https://api.clerk.com/v1`.
    ///
    /// As in Clerk's other SDKs, a URL without a path names the API's host and
    /// gets the version path added: `https://api.clerk.com` and
    /// `http://127.0.0.1:8080/` become `https://api.clerk.com/v1` and
    /// `http://127.0.0.1:8080/v1` (see [`api_version_path`](Self::api_version_path)).
    /// A URL with a path is used as it is: `https://proxy.example.com/clerk/v1`.
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = url.into();
        self
    }

    /// The version path added to a [`base_url`](Self::base_url) that has no
    /// path of its own: `v1` by default (`CLERK_API_VERSION` in the environment).
    pub fn api_version_path(mut self, version: impl Into<String>) -> Self {
        self.version_path = version.into();
        self
    }

    /// The most one attempt may take, from connecting to the last byte of the
    /// answer (default 30 s). `None` waits forever.
    pub fn timeout(mut self, timeout: impl Into<Option<Duration>>) -> Self {
        self.timeout = timeout.into();
        self
    }

    /// The most connecting may take (default 10 s). Ignored when
    /// [`http_client`](Self::http_client) supplies the client.
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// How failed requests are retried (see [`RetryPolicy`]).
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// Text appended to the User-Agent header, such as your app's name.
    pub fn user_agent_suffix(mut self, suffix: impl Into<String>) -> Self {
        self.user_agent_suffix = Some(suffix.into());
        self
    }

    /// Use this `reqwest::Client` (its pool, proxy and TLS settings) instead
    /// of building one. The timeout above still applies per request.
    ///
    /// With the `rustls` feature, build it after [`Clerk::builder`] (or after
    /// [`install_rustls_provider`](crate::install_rustls_provider)): see there
    /// why.
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http_client = Some(client);
        self
    }

    /// Checks the settings and builds the client.
    pub fn build(self) -> Result<Clerk, Error> {
        let config = |message: &str| Error::Config { message: message.to_string() };
        let key = self.secret_key.as_deref().map(str::trim).unwrap_or_default();
        if key.is_empty() {
            return Err(config("the secret key is empty; set it with .secret_key(..) or CLERK_SECRET_KEY"));
        }
        // Don't echo the key: the reason is enough to find the mistake.
        let mut authorization = HeaderValue::from_str(&format!("Bearer {key}"))
            .map_err(|_| config("the secret key contains characters that can't be sent in an HTTP header"))?;
        authorization.set_sensitive(true);

        let base = self.base_url.trim().trim_end_matches('/');
        let url =
            reqwest::Url::parse(base).map_err(|e| Error::Config { message: format!("base URL {base:?}: {e}") })?;
        if !matches!(url.scheme(), "http" | "https") || url.cannot_be_a_base() || url.host_str().is_none() {
            return Err(Error::Config { message: format!("base URL {base:?} must be an http or https URL") });
        }
        if url.query().is_some() || url.fragment().is_some() {
            return Err(Error::Config { message: format!("base URL {base:?} must not have a query or fragment") });
        }
        let version = self.version_path.trim().trim_matches('/');
        let version_ok = !version.is_empty()
            && version.split('/').all(|seg| {
                !seg.is_empty()
                    && seg != "."
                    && seg != ".."
                    && seg.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b))
            });
        if !version_ok {
            return Err(config(
                "API version path must be one or more path segments of letters, digits, `-`, `_` or `.`",
            ));
        }
        // A URL without a path names the host: add the version, as Clerk's
        // other SDKs do.
        let base = if url.path().trim_matches('/').is_empty() { format!("{base}/{version}") } else { base.to_string() };
        let base = base.as_str();
        let parsed =
            reqwest::Url::parse(base).map_err(|e| Error::Config { message: format!("base URL {base:?}: {e}") })?;

        let mut ua = format!("clerk-backend-api-rust/{}", env!("CARGO_PKG_VERSION"));
        if let Some(s) = self.user_agent_suffix.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            ua.push(' ');
            ua.push_str(s);
        }
        let user_agent =
            HeaderValue::from_str(&ua).map_err(|_| config("the user agent suffix can't be sent in an HTTP header"))?;

        let http = match self.http_client {
            Some(c) => c,
            None => {
                let builder = reqwest::Client::builder().connect_timeout(self.connect_timeout);
                #[cfg(feature = "rustls")]
                let builder = builder.tls_backend_preconfigured(
                    rustls_config().map_err(|e| Error::Config { message: format!("setting up TLS: {e}") })?,
                );
                builder.build().map_err(|e| Error::Config { message: format!("building the HTTP client: {e}") })?
            }
        };
        let hooks = Hooks {
            base: parsed,
            headers: Arc::new(RequestHeaders {
                authorization,
                user_agent,
                api_version: HeaderValue::from_static(crate::API_VERSION),
            }),
            retry: self.retry,
            timeouts: self.timeout.map(|t| Arc::new(crate::timeout::Timeouts::new(t))),
            buffer: Arc::default(),
        };
        Ok(Clerk {
            api: Arc::new(generated::Client::new_with_client(base, http, hooks)),
            auth: crate::auth::Authenticator::new(),
        })
    }
}

/// Makes rustls's `ring` provider the process-wide default, unless the
/// application installed one already; `true` when this call installed it.
///
/// With the `rustls` feature, reqwest is built without a provider of its own
/// (that is what keeps aws-lc's C build out of a plain build), so a
/// `reqwest::Client` built before any provider is installed panics. Every
/// [`Clerk::builder`] calls this first, so clients built after a `Clerk` just
/// work; call it yourself if you build a `reqwest::Client` before that. An
/// application that installs its own provider at the start of `main` keeps
/// it: this never replaces one.
#[cfg(feature = "rustls")]
#[cfg_attr(docsrs, doc(cfg(feature = "rustls")))]
pub fn install_rustls_provider() -> bool {
    rustls::crypto::CryptoProvider::get_default().is_none()
        && rustls::crypto::ring::default_provider().install_default().is_ok()
}

/// rustls with the process default provider (`ring`, unless the application
/// installed another), checking certificates against the platform's roots,
/// offering HTTP/1.1, and HTTP/2 first with the `http2` feature.
#[cfg(feature = "rustls")]
fn rustls_config() -> Result<rustls::ClientConfig, rustls::Error> {
    let provider = rustls::crypto::CryptoProvider::get_default()
        .cloned()
        .unwrap_or_else(|| Arc::new(rustls::crypto::ring::default_provider()));
    let verifier = rustls_platform_verifier::Verifier::new(provider.clone())?;
    let mut config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()?
        // "dangerous" is rustls's name for any verifier it did not build
        // itself; this one is the platform's own chain check.
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(verifier))
        .with_no_client_auth();
    // HTTP/2 only when reqwest can speak it (the `http2` feature).
    config.alpn_protocols =
        if cfg!(feature = "http2") { vec![b"h2".to_vec(), b"http/1.1".to_vec()] } else { vec![b"http/1.1".to_vec()] };
    Ok(config)
}
