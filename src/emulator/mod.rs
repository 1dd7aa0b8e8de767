//! A local, stateful Clerk for integration tests and local development
//! (cargo feature `emulator`).
//!
//! [`Emulator::start`] serves an in-memory Clerk Backend API on
//! `127.0.0.1:<free port>`, under `/v1` as Clerk serves it. It keeps what you
//! create: a user you create is listed, found by email, given sessions and
//! memberships, and gone with them when deleted. It signs session tokens with
//! a key its `/v1/jwks` serves, so [`authenticate_request`](crate::Clerk::authenticate_request),
//! `ClerkLayer` and `ClerkMiddleware` pointed at it sign a user in with no
//! further setup, and it posts Svix-signed webhooks as its state changes.
//!
//! ```no_run
//! use clerk_backend_api::emulator::Emulator;
//!
//! # async fn run() -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
//! let emulator = Emulator::start().await?;
//! let clerk = emulator.client();
//! let user = clerk.users().create().body_map(|b| b.email_address(vec!["ada@example.com".to_string()])).send().await?;
//! let found = clerk.users().list().email_address(["ada@example.com"]).send().await?;
//! assert_eq!(found[0].id, user.id);
//! let token = emulator.session_token(&user.id)?.sign(); // a session JWT the emulator's JWKS verifies
//! # let _ = token;
//! # Ok(())
//! # }
//! ```
//!
//! What it emulates (every other operation answers `501` with a Clerk-style
//! error naming the operation): users (create, get, list with Clerk's filters,
//! count, update, metadata merge, ban, unban, lock, unlock, delete), email
//! addresses, phone numbers, organizations (with slug uniqueness and metadata
//! merge), memberships, organization invitations, invitations (with bulk and
//! revoke), waitlist entries, allow-list and block-list identifiers (a
//! blocked identifier cannot be added to a user; with
//! [`Emulator::restrict_to_allowlist`], only allow-listed ones can), sessions
//! (with session tokens, and refresh for the sessions of
//! [`Emulator::browser_cookies`]), the JWKS, API keys and M2M tokens with
//! their verify endpoints. Errors carry the statuses and codes of Clerk's
//! Backend API error reference (`resource_not_found` 404, `duplicate_record`
//! 400, `form_identifier_exists` 422, `authentication_invalid` 401, ...). Every
//! parameter of an emulated operation is honoured or answered `501
//! not_emulated` naming it. [`Emulator::builder`] sets what the instance
//! does differently from a new development instance (membership limit,
//! required password, allow-list, token lifetime, Frontend API host, API
//! version, roles, `azp`). The crate's README lists the differences from Clerk.
//!
//! It also plays the instance's Frontend API for apps that keep the session
//! in cookies (server-rendered pages): give an app
//! [`Emulator::publishable_key`], and [`Emulator::frontend_api_url`] as its
//! proxy URL, and a page load with stale cookies is sent through the
//! emulator's handshake (`GET /v1/client/handshake`, no key needed) and comes
//! back with the cookies of the browser's session, which the app exchanges
//! through `GET /v1/clients/handshake_payload`. [`Emulator::browser_cookies`]
//! signs a user in as a browser would and gives its cookies. For a real
//! browser it serves a sign-in page ([`Emulator::sign_in_url`]: each user a
//! button, and a form that creates one from an email address), sign-out
//! ([`Emulator::sign_out_url`]), and a dashboard at its root: users,
//! organizations with their members, sessions (with a fresh token to copy),
//! invitations, and the webhook deliveries with what the receiver answered.
//!
//! Each emulator has its own state behind one lock, so many run side by side
//! in one test binary. The signing key is generated once per process.

mod builder;
mod dashboard;
mod frontend;
mod html;
mod http;
mod settings;
mod shapes;
mod signin;
mod store;
mod webhooks;

pub use builder::EmulatorBuilder;
pub use frontend::BrowserCookies;

use crate::testing::{TestKeys, TestToken};
use crate::Clerk;
use serde_json::Value;
use std::fmt;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, OnceLock};

include!(concat!(env!("OUT_DIR"), "/routes.rs"));

/// The secret key an emulator accepts (any `sk_test_...` or `sk_live_...`
/// key is accepted; this one is what [`Emulator::client`] uses).
pub const EMULATOR_SECRET_KEY: &str = "sk_test_emulator";

/// Why the emulator could not do what was asked.
#[derive(Debug)]
#[non_exhaustive]
pub enum EmulatorError {
    /// The listening socket could not be bound.
    Bind(std::io::Error),
    /// The process-wide signing key could not be generated.
    Keys(String),
    /// No user with this id exists in the emulator.
    UnknownUser(String),
    /// A webhook endpoint was given an unusable secret or URL.
    Webhook(String),
    /// A saved state could not be read back.
    State(String),
}

impl fmt::Display for EmulatorError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EmulatorError::Bind(e) => write!(f, "emulator: could not bind its socket: {e}"),
            EmulatorError::Keys(e) => write!(f, "emulator: could not generate its signing key: {e}"),
            EmulatorError::UnknownUser(id) => write!(f, "emulator: no user has the id {id:?}"),
            EmulatorError::Webhook(e) => write!(f, "emulator: webhook endpoint refused: {e}"),
            EmulatorError::State(e) => write!(f, "emulator: saved state unusable: {e}"),
        }
    }
}

impl std::error::Error for EmulatorError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            EmulatorError::Bind(e) => Some(e),
            _ => None,
        }
    }
}

/// The process's signing key: generated on first use, shared by every emulator.
fn keys() -> Result<&'static TestKeys, EmulatorError> {
    static KEYS: OnceLock<Result<TestKeys, String>> = OnceLock::new();
    KEYS.get_or_init(|| TestKeys::generate().map_err(|e| e.to_string()))
        .as_ref()
        .map_err(|e| EmulatorError::Keys(e.clone()))
}

pub(crate) struct Shared {
    pub(crate) state: Mutex<store::State>,
    pub(crate) keys: &'static TestKeys,
    pub(crate) hooks: webhooks::Outbox,
    /// The instance's publishable key (from its Frontend API host).
    pub(crate) publishable_key: String,
    /// The suffix of its cookie names (from the publishable key).
    pub(crate) cookie_suffix: String,
}

impl Shared {
    fn lock(&self) -> std::sync::MutexGuard<'_, store::State> {
        // A panic while holding the lock cannot leave the maps half-changed in
        // a way later calls could not read, so a poisoned lock is taken over.
        self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// A running emulator. Dropping it stops the server.
pub struct Emulator {
    shared: Arc<Shared>,
    url: String,
    addr: SocketAddr,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
}

impl fmt::Debug for Emulator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Emulator").field("url", &self.url).finish_non_exhaustive()
    }
}

impl Emulator {
    /// Starts an emulator on `127.0.0.1` at a free port, playing a new
    /// Clerk development instance (its defaults). Must be called inside a
    /// tokio runtime (the server runs as a task on it).
    pub async fn start() -> Result<Emulator, EmulatorError> {
        Emulator::builder().start().await
    }

    /// An emulator with instance settings of your choosing (membership
    /// limit, required password, allow-list, token lifetime, Frontend API
    /// host, API version, roles, `azp`).
    pub fn builder() -> EmulatorBuilder {
        EmulatorBuilder::default()
    }

    /// Starts an emulator on `addr` (port 0 picks a free one).
    pub async fn start_on(addr: SocketAddr) -> Result<Emulator, EmulatorError> {
        Emulator::builder().addr(addr).start().await
    }

    /// Starts an emulator on `addr` playing an instance with `settings`.
    async fn start_with(addr: SocketAddr, settings: settings::Settings) -> Result<Emulator, EmulatorError> {
        let keys = keys()?;
        let listener = tokio::net::TcpListener::bind(addr).await.map_err(EmulatorError::Bind)?;
        let addr = listener.local_addr().map_err(EmulatorError::Bind)?;
        let url = format!("http://{addr}");
        let publishable_key = frontend::publishable_key(&settings.frontend_api_host);
        let cookie_suffix = frontend::cookie_suffix(&settings.frontend_api_host);
        let shared = Arc::new(Shared {
            state: Mutex::new(store::State::new(&url, settings)),
            keys,
            hooks: webhooks::Outbox::start(),
            publishable_key,
            cookie_suffix,
        });
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        let app = axum::Router::new()
            .merge(signin::routes())
            .merge(dashboard::routes())
            .fallback(http::serve)
            .with_state(shared.clone());
        tokio::spawn(async move {
            let app = app.into_make_service_with_connect_info::<SocketAddr>();
            let server = axum::serve(listener, app).with_graceful_shutdown(async {
                let _ = rx.await;
            });
            if let Err(e) = server.await {
                tracing::warn!(error = %e, "emulator server stopped");
            }
        });
        Ok(Emulator { shared, url, addr, shutdown: Some(tx) })
    }

    /// The base URL, host only (`http://127.0.0.1:PORT`), as `CLERK_API_URL`
    /// takes it: clients add `/v1`.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The socket address the emulator listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The secret key to give clients (the emulator accepts any test key).
    pub fn secret_key(&self) -> &'static str {
        EMULATOR_SECRET_KEY
    }

    /// A [`Clerk`] client pointed at this emulator.
    pub fn client(&self) -> Clerk {
        // Only a malformed URL fails to build, and this one is made here.
        Clerk::builder()
            .secret_key(EMULATOR_SECRET_KEY)
            .base_url(self.url.clone())
            .build()
            .unwrap_or_else(|e| panic!("emulator client for {}: {e}", self.url))
    }

    /// A session token for `user_id`: starts an active session for the user
    /// (as signing in does; `session.created` is sent) and returns a token
    /// builder for it, signed with the key `/v1/jwks` serves. Set an
    /// organization, claims or expiry on the builder, then `.sign()`.
    pub fn session_token(&self, user_id: &str) -> Result<TestToken<'static>, EmulatorError> {
        let (session, events) = {
            let mut st = self.shared.lock();
            st.start_session(user_id).ok_or_else(|| EmulatorError::UnknownUser(user_id.to_string()))?
        };
        self.shared.hooks.send(events);
        let sid = session.get("id").and_then(Value::as_str).unwrap_or_default().to_string();
        Ok(self.shared.lock().session_token(self.shared.keys, user_id, &sid))
    }

    /// The publishable key of the instance the emulator plays: a development
    /// key (`pk_test_`) whose Frontend API host is the issuer of the
    /// emulator's session tokens (`clerk.test.example.com`), so that Clerk's
    /// cookie rules take those tokens as this instance's. The cookie suffix
    /// (`__session_<suffix>`, ...) is derived from it.
    pub fn publishable_key(&self) -> String {
        self.shared.publishable_key.clone()
    }

    /// Where the emulator serves the Frontend API's handshake: its own URL
    /// (`http://127.0.0.1:PORT`). The host in the publishable key is not
    /// served anywhere, so give this URL to an app as its proxy URL
    /// (`AuthenticateOptions::proxy_url`) and page loads are sent here.
    pub fn frontend_api_url(&self) -> String {
        self.url.clone()
    }

    /// Signs `user_id` in as a browser does through Clerk's pages and
    /// returns that browser's cookies: a new dev browser, a client on it, a
    /// new active session (`session.created` is sent), `__client_uat` set to
    /// now, a refresh token, and a fresh session token. The handshake and
    /// the refresh know this browser afterwards: revoking the session through
    /// the Backend API signs it out at its next handshake.
    pub fn browser_cookies(&self, user_id: &str) -> Result<BrowserCookies, EmulatorError> {
        let (cookies, events) = {
            let mut st = self.shared.lock();
            frontend::sign_in_browser(&mut st, self.shared.keys, user_id)
                .ok_or_else(|| EmulatorError::UnknownUser(user_id.to_string()))?
        };
        self.shared.hooks.send(events);
        Ok(cookies)
    }

    /// Sends every later event to `url`, signed with `secret` (`whsec_...`)
    /// as Svix signs them (`svix-id`, `svix-timestamp`, `svix-signature`), so
    /// a handler using [`Webhook::verify`](crate::webhooks::Webhook::verify)
    /// with the same secret accepts them.
    pub fn webhook_endpoint(&self, url: &str, secret: &str) -> Result<(), EmulatorError> {
        self.shared.hooks.add(url, secret)
    }

    /// Waits until every event produced so far has been delivered (or its
    /// delivery failed) to every endpoint.
    pub async fn flush_webhooks(&self) {
        self.shared.hooks.flush().await
    }

    /// Makes the allow-list decide who may be added (as Clerk's "allowlist"
    /// restriction does): identifiers not on it are refused with
    /// `not_allowed_access`. Off by default; the block-list always applies.
    pub fn restrict_to_allowlist(&self, on: bool) {
        self.shared.lock().restrict_to_allowlist = on;
    }

    /// The whole state as JSON, to save and [`restore`](Self::restore) later.
    /// Dev browsers, clients and refresh tokens are included; handshake
    /// nonces waiting to be exchanged are not.
    pub fn snapshot(&self) -> Value {
        self.shared.lock().snapshot()
    }

    /// Replaces the state with a [`snapshot`](Self::snapshot).
    pub fn restore(&self, snapshot: Value) -> Result<(), EmulatorError> {
        let mut state = self.shared.lock();
        let settings = state.settings.clone();
        *state = store::State::restore(snapshot, &self.url, settings).map_err(EmulatorError::State)?;
        Ok(())
    }
}

impl Drop for Emulator {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}
