//! The outcome of authenticating a whole request: who it is, and what the
//! answer must carry (a handshake redirect, cookies, Clerk's status headers).

use http::header::{HeaderName, LOCATION};
use http::{HeaderMap, HeaderValue};

use super::cookies::PageRequest;
use super::handshake::HandshakeBackend;
use super::headers::Credentials;
use super::{AuthError, AuthenticateOptions, Authenticator, Identity, JwksSource, MachineTokenVerifier, RequestState};
use super::{SignedOutReason, TokenType};

/// `x-clerk-auth-status`: `signed-out` or `handshake`.
pub const AUTH_STATUS_HEADER: &str = "x-clerk-auth-status";
/// `x-clerk-auth-reason`: why the request is signed out or sent to the handshake.
pub const AUTH_REASON_HEADER: &str = "x-clerk-auth-reason";
/// `x-clerk-auth-message`: a sentence on the reason, when there is one.
pub const AUTH_MESSAGE_HEADER: &str = "x-clerk-auth-message";

/// Where a request stands after authentication.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AuthStatus {
    /// Signed in: the handler runs.
    SignedIn,
    /// Signed out: the handler runs and decides.
    SignedOut,
    /// The browser must go through the handshake first: answer with
    /// [`Authentication::handshake_response`] (a 307) instead of the handler.
    Handshake,
}

impl AuthStatus {
    /// `signed-in`, `signed-out` or `handshake`, as Clerk's status header says.
    pub fn as_str(&self) -> &'static str {
        match self {
            AuthStatus::SignedIn => "signed-in",
            AuthStatus::SignedOut => "signed-out",
            AuthStatus::Handshake => "handshake",
        }
    }
}

/// The outcome of authenticating a request with
/// [`Clerk::authenticate`](crate::Clerk::authenticate): the
/// [`RequestState`] a handler sees, and the headers the answer must carry.
///
/// Servers without a ready-made integration use it like this: when
/// [`redirect_location`](Self::redirect_location) is `Some` (a handshake,
/// or a development instance cleaning its URL after one), answer with
/// [`handshake_response`](Self::handshake_response) and do not run the
/// handler; otherwise run the handler with [`state`](Self::state) and add
/// [`headers`](Self::headers) to its answer (cookies of a resolved handshake
/// or a refresh, and Clerk's `x-clerk-auth-*` headers when signed out).
#[derive(Clone, Debug)]
pub struct Authentication {
    pub(crate) state: RequestState,
    pub(crate) status: AuthStatus,
    pub(crate) reason: Option<String>,
    pub(crate) message: Option<String>,
    pub(crate) headers: HeaderMap,
}

impl Authentication {
    pub(crate) fn signed_in(identity: Identity, headers: HeaderMap) -> Authentication {
        Authentication {
            state: RequestState::SignedIn(identity),
            status: AuthStatus::SignedIn,
            reason: None,
            message: None,
            headers,
        }
    }

    pub(crate) fn signed_out(
        reason: SignedOutReason,
        reason_text: String,
        message: String,
        headers: HeaderMap,
    ) -> Authentication {
        Authentication {
            state: RequestState::SignedOut(reason),
            status: AuthStatus::SignedOut,
            reason: Some(reason_text),
            message: (!message.is_empty()).then_some(message),
            headers,
        }
        .with_status_headers()
    }

    /// A state reached without the cookie rules (a bearer token, or no
    /// publishable key).
    pub(crate) fn from_state(state: RequestState) -> Authentication {
        match state {
            RequestState::SignedIn(identity) => Authentication::signed_in(identity, HeaderMap::new()),
            RequestState::SignedOut(reason) => {
                Authentication::signed_out(reason, reason.as_str().to_string(), String::new(), HeaderMap::new())
            }
        }
    }

    /// Adds `x-clerk-auth-status`, `-reason` and `-message` (never on a
    /// signed-in answer).
    pub(crate) fn with_status_headers(mut self) -> Authentication {
        if self.status == AuthStatus::SignedIn {
            return self;
        }
        let set = |headers: &mut HeaderMap, name: &'static str, value: &str| {
            // Header values are visible ASCII; anything else is dropped.
            let clean: String = value.chars().filter(|c| c.is_ascii() && !c.is_ascii_control()).collect();
            if let Ok(value) = HeaderValue::from_str(&clean) {
                headers.insert(HeaderName::from_static(name), value);
            }
        };
        set(&mut self.headers, AUTH_STATUS_HEADER, self.status.as_str());
        if let Some(reason) = self.reason.as_deref().filter(|r| !r.is_empty()) {
            set(&mut self.headers, AUTH_REASON_HEADER, reason);
        }
        if let Some(message) = self.message.as_deref() {
            set(&mut self.headers, AUTH_MESSAGE_HEADER, message);
        }
        self
    }

    /// Who the request is, as handlers see it (a handshake is signed out).
    pub fn state(&self) -> &RequestState {
        &self.state
    }

    /// The state by value.
    pub fn into_state(self) -> RequestState {
        self.state
    }

    /// Signed in, signed out, or sent to the handshake.
    pub fn status(&self) -> AuthStatus {
        self.status
    }

    /// True when the request must be answered with the handshake redirect.
    pub fn is_handshake(&self) -> bool {
        self.status == AuthStatus::Handshake
    }

    /// Clerk's reason text, as sent in `x-clerk-auth-reason`: for the cookie
    /// rules Clerk's own strings (`session-token-and-uat-missing`,
    /// `session-token-expired-refresh-non-eligible-no-refresh-cookie`, ...),
    /// otherwise the [`SignedOutReason`] code. `None` when signed in.
    pub fn reason(&self) -> Option<&str> {
        self.reason.as_deref()
    }

    /// A sentence on the reason, when there is one (`x-clerk-auth-message`).
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    /// The headers the answer must carry: `Location` and `Cache-Control`
    /// for a redirect, `Set-Cookie` for cookies Clerk renewed, and the
    /// status headers when signed out or sent to the handshake.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// Where the browser must go before the handler runs: the handshake, a
    /// satellite sync, or (development instances) the same page without the
    /// handshake's query parameters.
    pub fn redirect_location(&self) -> Option<&str> {
        self.headers.get(LOCATION).and_then(|v| v.to_str().ok())
    }

    /// The answer to send instead of the handler's when
    /// [`redirect_location`](Self::redirect_location) is `Some`: `307
    /// Temporary Redirect` with [`headers`](Self::headers) and no body.
    pub fn handshake_response(&self) -> Option<http::Response<()>> {
        self.redirect_location()?;
        let mut response = http::Response::new(());
        *response.status_mut() = http::StatusCode::TEMPORARY_REDIRECT;
        *response.headers_mut() = self.headers.clone();
        Some(response)
    }

    /// Appends [`headers`](Self::headers) to an answer's headers.
    pub fn apply_headers(&self, to: &mut HeaderMap) {
        for (name, value) in &self.headers {
            to.append(name.clone(), value.clone());
        }
    }
}

impl Authenticator {
    /// Authenticates a whole request, given its method, its target (the
    /// path and query, or an absolute URL) and its headers as `(name, value)`
    /// pairs: a bearer token as [`authenticate_with`](Self::authenticate_with)
    /// does, and session cookies with Clerk's cookie rules when the options
    /// have a [publishable key](AuthenticateOptions::publishable_key).
    /// `backend` exchanges handshake nonces and refreshes sessions; without
    /// one a nonce is ignored and no refresh is tried.
    ///
    /// The headers are read before this returns; the future does not borrow them.
    #[allow(clippy::too_many_arguments)]
    pub fn authenticate_parts<'a, 'h, I>(
        &'a self,
        method: &str,
        target: &str,
        headers: I,
        opts: &'a AuthenticateOptions,
        jwks: &'a dyn JwksSource,
        machine: Option<&'a dyn MachineTokenVerifier>,
        backend: Option<&'a dyn HandshakeBackend>,
    ) -> impl std::future::Future<Output = Result<Authentication, AuthError>> + Send + 'a
    where
        I: IntoIterator<Item = (&'h str, &'h [u8])>,
    {
        let read = ReadRequest::new(method, target, headers, opts);
        self.authenticate_read(read, opts, jwks, machine, backend)
    }
}

/// A request as read for authentication, before any wait.
// Not boxed: one lives per request, and a box would add an allocation to it.
#[allow(clippy::large_enum_variant)]
pub(crate) enum ReadRequest {
    /// Without the instance (or on a route that takes no session tokens),
    /// the cookies are candidates like a bearer token.
    Candidates(Credentials),
    /// With the instance: everything the cookie rules read.
    Page(PageRequest),
}

impl ReadRequest {
    pub(crate) fn new<'h, I>(method: &str, target: &str, headers: I, opts: &AuthenticateOptions) -> ReadRequest
    where
        I: IntoIterator<Item = (&'h str, &'h [u8])>,
    {
        match &opts.instance {
            Some(_) if opts.accepts(TokenType::SessionToken) => {
                ReadRequest::Page(PageRequest::read(method, target, headers))
            }
            _ => ReadRequest::Candidates(Credentials::from_pairs(headers, opts.cookie_suffix.as_deref())),
        }
    }
}

impl Authenticator {
    pub(crate) async fn authenticate_read(
        &self,
        read: ReadRequest,
        opts: &AuthenticateOptions,
        jwks: &dyn JwksSource,
        machine: Option<&dyn MachineTokenVerifier>,
        backend: Option<&dyn HandshakeBackend>,
    ) -> Result<Authentication, AuthError> {
        let request = match read {
            ReadRequest::Candidates(credentials) => {
                let state = self.authenticate_credentials(credentials, opts, jwks, machine).await?;
                return Ok(Authentication::from_state(state));
            }
            ReadRequest::Page(request) => request,
        };
        if let Some(token) = request.bearer.as_deref() {
            let state = self.verify_token_with(token, opts, jwks, machine).await?;
            return Ok(Authentication::from_state(state));
        }
        match &opts.instance {
            Some(instance) => self.authenticate_cookies(&request, instance, opts, jwks, machine, backend).await,
            None => Ok(Authentication::from_state(RequestState::SignedOut(SignedOutReason::NoToken))),
        }
    }
}
