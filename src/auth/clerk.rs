//! Request authentication wired to the Backend API: the JWKS comes from
//! `GET /jwks` and opaque machine tokens are verified by the matching verify
//! operation, each through this crate's own generated client.

use std::future::Future;

use serde_json::Value;

use super::{
    AuthError, AuthenticateOptions, Authenticator, JwksFuture, JwksSource, MachineTokenVerifier, MachineVerifyFailure,
    MachineVerifyFuture, RequestState, TokenType,
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
    pub async fn authenticate_request(
        &self,
        headers: &http::HeaderMap,
        options: &AuthenticateOptions,
    ) -> Result<RequestState, AuthError> {
        let backend = ClerkBackend(self);
        self.auth_state().authenticate_with(headers, options, &backend, Some(&backend)).await
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
        let credentials = super::headers::Credentials::from_pairs(headers, options.cookie_suffix.as_deref());
        async move {
            let backend = ClerkBackend(self);
            self.auth_state().authenticate_credentials(credentials, options, &backend, Some(&backend)).await
        }
    }

    /// Verifies one token given directly (for example from a WebSocket
    /// message or a custom header), with the same rules as a bearer token in
    /// [`authenticate_request`](Self::authenticate_request).
    pub async fn verify_token(&self, token: &str, options: &AuthenticateOptions) -> Result<RequestState, AuthError> {
        let backend = ClerkBackend(self);
        self.auth_state().verify_token_with(token, options, &backend, Some(&backend)).await
    }

    /// The verifier this client uses (its JWKS cache and settings; clones of
    /// the client share it).
    pub fn authenticator(&self) -> &Authenticator {
        self.auth_state()
    }
}

/// Fetches the JWKS and verifies machine tokens through the client's own
/// operations, with retries off: inside a request, one short try is better
/// than a long loop (the cache keeps stale keys through a failure).
struct ClerkBackend<'a>(&'a Clerk);

impl JwksSource for ClerkBackend<'_> {
    fn fetch_jwks(&self) -> JwksFuture<'_> {
        Box::pin(async move {
            let clerk = self.0.with_retry(RetryPolicy::none());
            let jwks = clerk.generated().get_jwks().send().await.map_err(|e| e.to_string())?;
            serde_json::to_value(jwks).map_err(|e| e.to_string())
        })
    }
}

impl MachineTokenVerifier for ClerkBackend<'_> {
    fn verify_machine_token<'a>(&'a self, token_type: TokenType, token: &'a str) -> MachineVerifyFuture<'a> {
        Box::pin(async move {
            let clerk = self.0.with_retry(RetryPolicy::none());
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
