//! Request authentication wired to the Backend API: the JWKS comes from
//! `GET /jwks` and opaque machine tokens are verified by the matching verify
//! operation, each through this crate's own generated client.

use std::future::Future;

use serde_json::Value;

use super::{
    AuthError, AuthenticateOptions, Authentication, Authenticator, BackendFailure, HandshakeBackend,
    HandshakeBackendFuture, JwksFuture, JwksSource, MachineTokenVerifier, MachineVerifyFailure, MachineVerifyFuture,
    RequestState, TokenType,
};
use crate::{Clerk, Error, RetryPolicy};

impl Clerk {
    /// Authenticates an incoming request: finds its token (the
    /// `Authorization: Bearer` header, or for session tokens the
    /// `__session` cookie), decides its kind, and says who is signed in or
    /// why nobody is.
    ///
    /// Kinds the options do not accept are signed out without any network
    /// call ([`AuthenticateOptions::accepts_token`]; by default only session
    /// tokens). JWTs are verified against this instance's JWKS, fetched
    /// through this client (`GET /jwks`) and cached; with
    /// [`AuthenticateOptions::jwt_key`] no key set is fetched at all. Opaque
    /// machine tokens (`ak_`, `mt_`, `oat_`) are verified by Clerk, one call
    /// each, never retried, within [`AuthenticateOptions::verify_timeout`].
    ///
    /// Only a failure that says nothing about the token is an `Err` (the keys
    /// or the verify call could not be obtained); a bad token is
    /// [`RequestState::SignedOut`] with its reason.
    ///
    /// With a [publishable key](AuthenticateOptions::publishable_key) in the
    /// options, session cookies follow Clerk's cookie rules (a sign-out in
    /// another tab is seen at once), but headers alone carry no method or
    /// URL, so nothing is redirected through the handshake or refreshed:
    /// servers that render pages use [`authenticate`](Self::authenticate).
    pub async fn authenticate_request(
        &self,
        headers: &http::HeaderMap,
        options: &AuthenticateOptions,
    ) -> Result<RequestState, AuthError> {
        self.auth_state().authenticate_with(headers, options, self, Some(self)).await
    }

    /// Like [`authenticate_request`](Self::authenticate_request), for
    /// frameworks whose headers are not an `http` 1 `HeaderMap` (such as
    /// actix-web): the headers are given as `(name, value)` pairs. They are
    /// read before this returns; the future does not borrow them.
    pub fn authenticate_header_pairs<'a, 'h, I>(
        &'a self,
        headers: I,
        options: &'a AuthenticateOptions,
    ) -> impl Future<Output = Result<RequestState, AuthError>> + Send + 'a
    where
        I: IntoIterator<Item = (&'h str, &'h [u8])>,
    {
        self.auth_state().authenticate_header_pairs(headers, options, self, Some(self))
    }

    /// Authenticates a whole request, as a server that renders pages needs:
    /// a bearer token as [`authenticate_request`](Self::authenticate_request)
    /// does, and, when the options have the instance's
    /// [publishable key](AuthenticateOptions::publishable_key), session
    /// cookies with Clerk's cookie rules: a stale or unknown cookie state on
    /// a page load is sent through the handshake, an expired session cookie
    /// with Clerk's refresh cookie is renewed without a redirect, and a
    /// handshake on its way back is resolved (its nonce exchanged through
    /// this client).
    ///
    /// The request's URL is taken from `X-Forwarded-Proto` / `X-Forwarded-Host`
    /// when a proxy sets them, otherwise from `Host` and the request target
    /// (`http` for loopback hosts, `https` for any other when the scheme is
    /// not known). See [`Authentication`] for what to do with the outcome;
    /// `ClerkLayer` and `ClerkMiddleware` do it for you.
    ///
    /// The request is read before this returns; the future does not borrow it.
    pub fn authenticate<'a, B>(
        &'a self,
        request: &http::Request<B>,
        options: &'a AuthenticateOptions,
    ) -> impl Future<Output = Result<Authentication, AuthError>> + Send + 'a {
        let target = request.uri().to_string();
        let headers = request.headers().iter().map(|(name, value)| (name.as_str(), value.as_bytes()));
        let read = super::outcome::ReadRequest::new(request.method().as_str(), &target, headers, options);
        self.auth_state().authenticate_read(read, options, self, Some(self), Some(self))
    }

    /// [`authenticate`](Self::authenticate) for servers whose request types
    /// are not `http` 1's: the method, the target (path and query, or an
    /// absolute URL) and the headers as `(name, value)` pairs. They are read
    /// before this returns; the future does not borrow them.
    pub fn authenticate_parts<'a, 'h, I>(
        &'a self,
        method: &str,
        target: &str,
        headers: I,
        options: &'a AuthenticateOptions,
    ) -> impl Future<Output = Result<Authentication, AuthError>> + Send + 'a
    where
        I: IntoIterator<Item = (&'h str, &'h [u8])>,
    {
        let read = super::outcome::ReadRequest::new(method, target, headers, options);
        self.auth_state().authenticate_read(read, options, self, Some(self), Some(self))
    }

    /// Verifies one token given directly (for example from a WebSocket
    /// message or a custom header), with the same rules as a bearer token in
    /// [`authenticate_request`](Self::authenticate_request).
    pub async fn verify_token(&self, token: &str, options: &AuthenticateOptions) -> Result<RequestState, AuthError> {
        self.auth_state().verify_token_with(token, options, self, Some(self)).await
    }

    /// The verifier this client uses (its JWKS cache and settings; clones of
    /// the client share it).
    pub fn authenticator(&self) -> &Authenticator {
        self.auth_state()
    }
}

/// The client fetches the JWKS and verifies machine tokens through its own
/// operations, with retries off: inside a request, one short try is better
/// than a long loop (the cache keeps stale keys through a failure).
impl JwksSource for Clerk {
    fn fetch_jwks(&self) -> JwksFuture<'_> {
        Box::pin(async move {
            let clerk = self.with_retry(RetryPolicy::none());
            let jwks = clerk.generated().get_jwks().send().await.map_err(|e| e.to_string())?;
            serde_json::to_value(jwks).map_err(|e| e.to_string())
        })
    }
}

/// Opaque machine tokens are verified by Clerk's verify operations.
impl MachineTokenVerifier for Clerk {
    fn verify_machine_token<'a>(&'a self, token_type: TokenType, token: &'a str) -> MachineVerifyFuture<'a> {
        Box::pin(async move {
            let clerk = self.with_retry(RetryPolicy::none());
            let answer = match token_type {
                TokenType::ApiKey => {
                    to_json(clerk.generated().verify_api_key().body_map(|b| b.secret(token.to_string())).send().await)
                }
                TokenType::M2mToken => {
                    to_json(clerk.generated().verify_m2m_token().body_map(|b| b.token(token.to_string())).send().await)
                }
                TokenType::OAuthToken => to_json(
                    clerk
                        .generated()
                        .verify_o_auth_access_token()
                        .body_map(|b| b.access_token(token.to_string()))
                        .send()
                        .await,
                ),
                TokenType::SessionToken => {
                    Err(MachineVerifyFailure { status: None, message: "session tokens are verified locally".into() })
                }
            };
            answer
        })
    }
}

/// The answer as JSON, or the failure with its status. The message is the
/// crate error's text, which never holds the request body (the token) or the
/// secret key.
fn to_json<T: serde::Serialize>(result: Result<T, Error>) -> Result<Value, MachineVerifyFailure> {
    match result {
        Ok(value) => serde_json::to_value(value)
            .map_err(|e| MachineVerifyFailure { status: None, message: format!("re-encoding the answer: {e}") }),
        Err(error) => {
            Err(MachineVerifyFailure { status: error.status().map(|s| s.as_u16()), message: error.to_string() })
        }
    }
}

/// Handshake nonces and session refreshes go through the Backend API with
/// this client's key, tried once: neither operation is in Clerk's published
/// spec, so both are written here by hand, as the uploads are.
impl HandshakeBackend for Clerk {
    fn handshake_payload<'a>(&'a self, nonce: &'a str) -> HandshakeBackendFuture<'a> {
        Box::pin(async move {
            let url = crate::path::url(&self.hooks().base, format_args!("/clients/handshake_payload"));
            let request = self.http().get(url).query(&[("nonce", nonce)]);
            let answer = raw_call(self, "GetHandshakePayload", request).await?;
            Ok(strings(&answer, "directives"))
        })
    }

    fn refresh_session<'a>(
        &'a self,
        session_id: &'a str,
        suffixed_cookies: bool,
        body: Value,
    ) -> HandshakeBackendFuture<'a> {
        Box::pin(async move {
            let id = crate::path::checked("session_id", session_id.to_string()).map_err(|message| BackendFailure {
                code: None,
                status: None,
                message,
            })?;
            let url = crate::path::url(
                &self.hooks().base,
                format_args!("/sessions/{}/refresh", crate::path::encode_path(&id)),
            );
            let mut request = self.http().post(url).json(&body);
            if suffixed_cookies {
                request = request.query(&[("suffixed_cookies", "true")]);
            }
            let answer = raw_call(self, "RefreshSession", request).await?;
            Ok(strings(&answer, "cookies"))
        })
    }
}

/// Sends a hand-made request with the client's headers, once, and reads
/// the answer as JSON.
async fn raw_call(
    clerk: &Clerk,
    operation: &'static str,
    request: reqwest::RequestBuilder,
) -> Result<Value, BackendFailure> {
    let failure = |e: Error| BackendFailure {
        code: e.api().and_then(|api| api.code()).map(str::to_string),
        status: e.status().map(|s| s.as_u16()),
        message: e.to_string(),
    };
    let mut request = request
        .header(reqwest::header::ACCEPT, "application/json")
        .build()
        .map_err(|e| failure(Error::InvalidRequest { operation, message: e.to_string() }))?;
    let hooks = clerk.hooks();
    hooks.prepare(&mut request);
    // Inside a page request: a short limit, as for machine-token checks.
    let limit = AuthenticateOptions::DEFAULT_VERIFY_TIMEOUT;
    *request.timeout_mut() = Some(hooks.timeout().map_or(limit, |t| t.min(limit)));
    let answer = crate::retry::execute(clerk.http(), &RetryPolicy::none(), None, None, request, operation)
        .await
        .map_err(|f| failure(crate::call::transport(operation, f)))?;
    crate::call::finish(operation, answer, crate::call::json::<Value>, None)
        .map(crate::Response::into_inner)
        .map_err(failure)
}

/// The strings of an array field of an answer.
fn strings(answer: &Value, field: &str) -> Vec<String> {
    match answer.get(field) {
        Some(Value::Array(items)) => items.iter().filter_map(|v| v.as_str().map(str::to_string)).collect(),
        _ => Vec::new(),
    }
}
