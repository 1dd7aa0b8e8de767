//! Request authentication for [axum](https://docs.rs/axum) 0.8 (the `axum`
//! feature).
//!
//! [`ClerkLayer`] authenticates every request once, with the
//! [`AuthenticateOptions`] it was given, and stores the outcome in the
//! request's extensions. It never refuses a request on its own, so public
//! routes stay public. The extractors decide, per route:
//!
//! | extractor | takes | refuses |
//! | --- | --- | --- |
//! | [`Session`] | a signed-in session | 401 when signed out or signed in with a machine token |
//! | `Option<Session>` | anything | only 503/500 (see below) |
//! | [`Machine`] | an API key, M2M or OAuth token | 401 when signed out or signed in with a session |
//! | `Option<Machine>` | anything | only 503/500 |
//! | [`AuthState`] | anything, as a [`RequestState`] | only 503/500 |
//!
//! A 401 carries `{"error":"unauthenticated","reason":"<code>"}` with the
//! [`SignedOutReason`](crate::auth::SignedOutReason) code. When the token
//! could not be checked at all (JWKS or Clerk unreachable) the answer is 503
//! `{"error":"authentication_unavailable"}`, and 500 when the layer is
//! missing from the route; see [`AuthRejection`].
//!
//! The layer's options say which token kinds sign a request in at all; give a
//! route other options with its own `route_layer(ClerkLayer::new(..))`.
//!
//! ```no_run
//! use axum::{routing::get, Router};
//! use clerk_backend_api::auth::{AuthenticateOptions, TokenType};
//! use clerk_backend_api::axum::{ClerkLayer, Machine, Session};
//! use clerk_backend_api::Clerk;
//!
//! # fn app(clerk: Clerk) -> Router {
//! let opts = AuthenticateOptions::new().accepts_token([TokenType::SessionToken, TokenType::ApiKey]);
//! Router::new()
//!     .route("/me", get(|Session(claims): Session| async move { claims.sub }))
//!     .route("/sync", get(|Machine(key): Machine| async move { key.subject().to_string() }))
//!     .route("/", get(|session: Option<Session>| async move { session.is_some().to_string() }))
//!     .layer(ClerkLayer::new(clerk, opts))
//! # }
//! ```

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use axum::extract::{FromRequestParts, OptionalFromRequestParts};
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};

use crate::auth::reject::{self, AuthOutcome};
use crate::auth::{AuthenticateOptions, Claims, MachineAuth, RequestState};
use crate::Clerk;

pub use crate::auth::reject::AuthRejection;

/// A tower [`Layer`](tower_layer::Layer) that authenticates each request
/// once and stores the outcome for the extractors of this module.
///
/// It works with any tower stack whose requests are `http::Request<B>`, not
/// only axum routers. Cloning is cheap.
#[derive(Clone, Debug)]
pub struct ClerkLayer {
    clerk: Clerk,
    options: Arc<AuthenticateOptions>,
}

impl ClerkLayer {
    /// A layer verifying requests through `clerk` (its JWKS cache and, for
    /// opaque machine tokens, its Backend API access) with `options`.
    pub fn new(clerk: Clerk, options: AuthenticateOptions) -> Self {
        ClerkLayer { clerk, options: Arc::new(options) }
    }

    /// The options requests are checked with.
    pub fn options(&self) -> &AuthenticateOptions {
        &self.options
    }
}

impl<S> tower_layer::Layer<S> for ClerkLayer {
    type Service = ClerkService<S>;

    fn layer(&self, inner: S) -> Self::Service {
        ClerkService { inner, clerk: self.clerk.clone(), options: self.options.clone() }
    }
}

/// The service [`ClerkLayer`] wraps around the inner service.
#[derive(Clone, Debug)]
pub struct ClerkService<S> {
    inner: S,
    clerk: Clerk,
    options: Arc<AuthenticateOptions>,
}

impl<S, B, R> tower_service::Service<http::Request<B>> for ClerkService<S>
where
    S: tower_service::Service<http::Request<B>, Response = http::Response<R>> + Clone + Send + 'static,
    S::Future: Send + 'static,
    B: Send + 'static,
    R: Default + Send + 'static,
{
    type Response = http::Response<R>;
    type Error = S::Error;
    type Future = Pin<Box<dyn Future<Output = Result<http::Response<R>, S::Error>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, mut request: http::Request<B>) -> Self::Future {
        // The clone that was polled ready is the one that serves this request.
        let ready = self.inner.clone();
        let mut inner = std::mem::replace(&mut self.inner, ready);
        let clerk = self.clerk.clone();
        let options = self.options.clone();
        Box::pin(async move {
            let (outcome, extra) = match clerk.authenticate(&request, &options).await {
                Ok(authentication) => {
                    // A handshake (or a development instance cleaning its
                    // URL after one) is answered here; the handler never runs.
                    if let Some(redirect) = authentication.handshake_response() {
                        let (parts, ()) = redirect.into_parts();
                        return Ok(http::Response::from_parts(parts, R::default()));
                    }
                    let headers = authentication.headers().clone();
                    (Ok(authentication.into_state()), headers)
                }
                Err(error) => {
                    reject::log_failure(&error);
                    (Err(error), http::HeaderMap::new())
                }
            };
            request.extensions_mut().insert(AuthOutcome(outcome));
            let mut response = inner.call(request).await?;
            // Renewed cookies and Clerk's status headers ride on the answer.
            for (name, value) in &extra {
                response.headers_mut().append(name.clone(), value.clone());
            }
            Ok(response)
        })
    }
}

/// The claims of a signed-in session; refuses everything else with 401.
///
/// Use `Option<Session>` on routes that also serve signed-out visitors.
#[derive(Clone, Debug, PartialEq)]
pub struct Session(pub Claims);

/// A signed-in machine token (API key, M2M or OAuth token); refuses
/// everything else with 401. Check [`MachineAuth::token_type`] or
/// [`MachineAuth::has_scope`] for finer rules.
#[derive(Clone, Debug, PartialEq)]
pub struct Machine(pub MachineAuth);

/// The whole [`RequestState`], signed in or not; refuses only when the
/// request could not be authenticated (503) or the layer is missing (500).
#[derive(Clone, Debug, PartialEq)]
pub struct AuthState(pub RequestState);

impl<S: Send + Sync> FromRequestParts<S> for Session {
    type Rejection = AuthRejection;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        reject::session(parts.extensions.get::<AuthOutcome>()).map(Session)
    }
}

impl<S: Send + Sync> OptionalFromRequestParts<S> for Session {
    type Rejection = AuthRejection;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Option<Self>, Self::Rejection> {
        reject::optional_session(parts.extensions.get::<AuthOutcome>()).map(|c| c.map(Session))
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Machine {
    type Rejection = AuthRejection;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        reject::machine(parts.extensions.get::<AuthOutcome>()).map(Machine)
    }
}

impl<S: Send + Sync> OptionalFromRequestParts<S> for Machine {
    type Rejection = AuthRejection;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Option<Self>, Self::Rejection> {
        reject::optional_machine(parts.extensions.get::<AuthOutcome>()).map(|m| m.map(Machine))
    }
}

impl<S: Send + Sync> FromRequestParts<S> for AuthState {
    type Rejection = AuthRejection;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        reject::state(parts.extensions.get::<AuthOutcome>()).map(|state| AuthState(state.clone()))
    }
}

impl IntoResponse for AuthRejection {
    fn into_response(self) -> Response {
        let status = http::StatusCode::from_u16(self.status()).unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR);
        let mut response = (status, self.body()).into_response();
        let headers = response.headers_mut();
        headers.insert(http::header::CONTENT_TYPE, http::HeaderValue::from_static("application/json"));
        if self.status() == 401 {
            headers.insert(http::header::WWW_AUTHENTICATE, http::HeaderValue::from_static("Bearer"));
        }
        response
    }
}
