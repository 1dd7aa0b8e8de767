//! Per-client settings every request gets: the headers, the per-attempt
//! timeout and the retry policy (`crate::call` and `crate::retry` apply them).

use crate::retry::RetryPolicy;
use crate::timeout::Timeouts;
use reqwest::header::{HeaderName, HeaderValue, AUTHORIZATION, USER_AGENT};
use std::sync::Arc;
use std::time::Duration;

/// Per-client settings the hooks apply to each request.
#[derive(Clone)]
pub struct Hooks {
    /// The base URL, parsed once: each request's URL is this one with the
    /// operation's path added (`crate::path::url`).
    pub(crate) base: reqwest::Url,
    pub(crate) headers: Arc<RequestHeaders>,
    pub(crate) retry: RetryPolicy,
    /// The per-attempt timeout and its shared timer (`crate::timeout`).
    pub(crate) timeouts: Option<Arc<Timeouts>>,
    /// The buffer kept for the next body that comes in pieces (`crate::body`).
    pub(crate) buffer: Arc<crate::body::BodyBuffer>,
}

/// The headers built once per client.
pub(crate) struct RequestHeaders {
    /// `Bearer <secret>`, marked sensitive so it is never printed.
    pub(crate) authorization: HeaderValue,
    pub(crate) user_agent: HeaderValue,
    pub(crate) api_version: HeaderValue,
}

impl std::fmt::Debug for Hooks {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Hooks")
            .field("authorization", &"<redacted>")
            .field("user_agent", &self.headers.user_agent)
            .field("api_version", &self.headers.api_version)
            .field("retry", &self.retry)
            .field("timeout", &self.timeout())
            .finish()
    }
}

/// Clerk's version header.
pub(crate) const CLERK_API_VERSION: HeaderName = HeaderName::from_static("clerk-api-version");

impl Hooks {
    /// Puts this client's headers on a request. The timeout is not put on
    /// it: `crate::retry` applies it to each attempt.
    pub(crate) fn prepare(&self, request: &mut reqwest::Request) {
        let headers = request.headers_mut();
        headers.insert(AUTHORIZATION, self.headers.authorization.clone());
        headers.insert(CLERK_API_VERSION, self.headers.api_version.clone());
        headers.insert(USER_AGENT, self.headers.user_agent.clone());
    }

    /// The per-attempt timeout, if any.
    pub(crate) fn timeout(&self) -> Option<Duration> {
        self.timeouts.as_ref().map(|t| t.limit())
    }
}

/// The generated code asks for this impl; it is never used, since requests
/// are sent by `crate::call`, not by the generated code.
impl progenitor_client::ClientHooks<Hooks> for crate::generated::Client {}
