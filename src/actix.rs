//! Request authentication for [actix-web](https://docs.rs/actix-web) 4 (the
//! `actix-web` feature).
//!
//! [`ClerkMiddleware`] authenticates every request once, with the
//! [`AuthenticateOptions`] it was given, and stores the outcome in the
//! request's extensions. It never refuses a request on its own, so public
//! routes stay public. The extractors decide, per handler:
//!
//! | extractor | takes | refuses |
//! | --- | --- | --- |
//! | [`Session`] | a signed-in session | 401 when signed out or signed in with a machine token |
//! | [`OptionalSession`] | anything | only 503/500 (see below) |
//! | [`Machine`] | an API key, M2M or OAuth token | 401 when signed out or signed in with a session |
//! | [`OptionalMachine`] | anything | only 503/500 |
//! | [`AuthState`] | anything, as a [`RequestState`] | only 503/500 |
//!
//! A 401 carries `{"error":"unauthenticated","reason":"<code>"}` with the
//! [`SignedOutReason`](crate::auth::SignedOutReason) code. When the token
//! could not be checked at all (JWKS or Clerk unreachable) the answer is 503
//! `{"error":"authentication_unavailable"}`, and 500 when the middleware is
//! missing; see [`AuthRejection`].
//!
//! actix-web's own `Option<Session>` also works, but it turns every
//! rejection into `None`, the 503 included (the request is then treated as
//! signed out); [`OptionalSession`] keeps the 503.
//!
//! actix-web 4 is built on `http` 0.2, so the middleware hands the headers to
//! [`Clerk::authenticate_header_pairs`] by name and value.
//!
//! ```no_run
//! use actix_web::{web, App, HttpServer};
//! use clerk_backend_api::actix::{ClerkMiddleware, Session};
//! use clerk_backend_api::auth::AuthenticateOptions;
//! use clerk_backend_api::Clerk;
//!
//! # async fn run(clerk: Clerk) -> std::io::Result<()> {
//! let opts = AuthenticateOptions::new().authorized_parties(["https://app.example.com"]);
//! HttpServer::new(move || {
//!     App::new()
//!         .wrap(ClerkMiddleware::new(clerk.clone(), opts.clone()))
//!         .route("/me", web::get().to(|Session(claims): Session| async move { claims.sub }))
//! })
//! .bind(("127.0.0.1", 8080))?
//! .run()
//! .await
//! # }
//! ```

use std::rc::Rc;
use std::sync::Arc;

use actix_web::body::EitherBody;
use actix_web::dev::{forward_ready, Payload, Service, ServiceRequest, ServiceResponse, Transform};
use actix_web::http::StatusCode;
use actix_web::{FromRequest, HttpMessage, HttpRequest, HttpResponse, ResponseError};
use futures::future::{ready, LocalBoxFuture, Ready};

use crate::auth::reject::{self, AuthOutcome};
use crate::auth::{AuthenticateOptions, Claims, MachineAuth, RequestState};
use crate::Clerk;

pub use crate::auth::reject::AuthRejection;

/// Middleware (`App::wrap`, `Scope::wrap`) that authenticates each request
/// once and stores the outcome for the extractors of this module.
#[derive(Clone, Debug)]
pub struct ClerkMiddleware {
    clerk: Clerk,
    options: Arc<AuthenticateOptions>,
}

impl ClerkMiddleware {
    /// Middleware verifying requests through `clerk` (its JWKS cache and, for
    /// opaque machine tokens, its Backend API access) with `options`.
    pub fn new(clerk: Clerk, options: AuthenticateOptions) -> Self {
        ClerkMiddleware { clerk, options: Arc::new(options) }
    }

    /// The options requests are checked with.
    pub fn options(&self) -> &AuthenticateOptions {
        &self.options
    }
}

impl<S, B> Transform<S, ServiceRequest> for ClerkMiddleware
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = actix_web::Error> + 'static,
    B: 'static,
{
    type Response = ServiceResponse<EitherBody<B>>;
    type Error = actix_web::Error;
    type Transform = ClerkMiddlewareService<S>;
    type InitError = ();
    type Future = Ready<Result<Self::Transform, Self::InitError>>;

    fn new_transform(&self, service: S) -> Self::Future {
        ready(Ok(ClerkMiddlewareService {
            service: Rc::new(service),
            clerk: self.clerk.clone(),
            options: self.options.clone(),
        }))
    }
}

/// The service [`ClerkMiddleware`] wraps around the inner service.
pub struct ClerkMiddlewareService<S> {
    service: Rc<S>,
    clerk: Clerk,
    options: Arc<AuthenticateOptions>,
}

impl<S, B> Service<ServiceRequest> for ClerkMiddlewareService<S>
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = actix_web::Error> + 'static,
    B: 'static,
{
    type Response = ServiceResponse<EitherBody<B>>;
    type Error = actix_web::Error;
    type Future = LocalBoxFuture<'static, Result<Self::Response, Self::Error>>;

    forward_ready!(service);

    fn call(&self, request: ServiceRequest) -> Self::Future {
        let service = self.service.clone();
        let clerk = self.clerk.clone();
        let options = self.options.clone();
        Box::pin(async move {
            let pairs = request.headers().iter().map(|(name, value)| (name.as_str(), value.as_bytes()));
            let target = request.uri().to_string();
            let method = request.method().as_str().to_string();
            let (outcome, extra) = match clerk.authenticate_parts(&method, &target, pairs, &options).await {
                Ok(authentication) => {
                    // A handshake (or a development instance cleaning its
                    // URL after one) is answered here; the handler never runs.
                    if authentication.redirect_location().is_some() {
                        let mut redirect = HttpResponse::TemporaryRedirect();
                        for (name, value) in authentication.headers() {
                            redirect.append_header((name.as_str(), value.as_bytes()));
                        }
                        let response = redirect.finish().map_into_right_body();
                        return Ok(request.into_response(response));
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
            let mut response = service.call(request).await?.map_into_left_body();
            // Renewed cookies and Clerk's status headers ride on the answer.
            for (name, value) in &extra {
                if let (Ok(name), Ok(value)) = (
                    actix_web::http::header::HeaderName::from_bytes(name.as_str().as_bytes()),
                    actix_web::http::header::HeaderValue::from_bytes(value.as_bytes()),
                ) {
                    response.headers_mut().append(name, value);
                }
            }
            Ok(response)
        })
    }
}

/// The claims of a signed-in session; refuses everything else with 401.
#[derive(Clone, Debug, PartialEq)]
pub struct Session(pub Claims);

/// The session claims when signed in with a session, `None` otherwise;
/// refuses only with 503/500.
#[derive(Clone, Debug, PartialEq)]
pub struct OptionalSession(pub Option<Claims>);

/// A signed-in machine token (API key, M2M or OAuth token); refuses
/// everything else with 401.
#[derive(Clone, Debug, PartialEq)]
pub struct Machine(pub MachineAuth);

/// The machine token when signed in with one, `None` otherwise; refuses
/// only with 503/500.
#[derive(Clone, Debug, PartialEq)]
pub struct OptionalMachine(pub Option<MachineAuth>);

/// The whole [`RequestState`], signed in or not; refuses only when the
/// request could not be authenticated (503) or the middleware is missing (500).
#[derive(Clone, Debug, PartialEq)]
pub struct AuthState(pub RequestState);

fn extract<T>(
    request: &HttpRequest,
    pick: impl FnOnce(Option<&AuthOutcome>) -> Result<T, AuthRejection>,
) -> Ready<Result<T, AuthRejection>> {
    let extensions = request.extensions();
    ready(pick(extensions.get::<AuthOutcome>()))
}

impl FromRequest for Session {
    type Error = AuthRejection;
    type Future = Ready<Result<Self, Self::Error>>;

    fn from_request(request: &HttpRequest, _payload: &mut Payload) -> Self::Future {
        extract(request, |outcome| reject::session(outcome).map(Session))
    }
}

impl FromRequest for OptionalSession {
    type Error = AuthRejection;
    type Future = Ready<Result<Self, Self::Error>>;

    fn from_request(request: &HttpRequest, _payload: &mut Payload) -> Self::Future {
        extract(request, |outcome| reject::optional_session(outcome).map(OptionalSession))
    }
}

impl FromRequest for Machine {
    type Error = AuthRejection;
    type Future = Ready<Result<Self, Self::Error>>;

    fn from_request(request: &HttpRequest, _payload: &mut Payload) -> Self::Future {
        extract(request, |outcome| reject::machine(outcome).map(Machine))
    }
}

impl FromRequest for OptionalMachine {
    type Error = AuthRejection;
    type Future = Ready<Result<Self, Self::Error>>;

    fn from_request(request: &HttpRequest, _payload: &mut Payload) -> Self::Future {
        extract(request, |outcome| reject::optional_machine(outcome).map(OptionalMachine))
    }
}

impl FromRequest for AuthState {
    type Error = AuthRejection;
    type Future = Ready<Result<Self, Self::Error>>;

    fn from_request(request: &HttpRequest, _payload: &mut Payload) -> Self::Future {
        extract(request, |outcome| reject::state(outcome).map(|state| AuthState(state.clone())))
    }
}

impl ResponseError for AuthRejection {
    fn status_code(&self) -> StatusCode {
        StatusCode::from_u16(self.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
    }

    fn error_response(&self) -> HttpResponse {
        let mut response = HttpResponse::build(self.status_code());
        response.content_type("application/json");
        if self.status() == 401 {
            response.insert_header(("WWW-Authenticate", "Bearer"));
        }
        response.body(self.body())
    }
}
