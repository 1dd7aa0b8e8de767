//! What the framework integrations store per request and how their
//! extractors refuse, shared by the axum and actix-web modules.

use std::fmt;

use super::{AuthError, Claims, Identity, MachineAuth, RequestState, SignedOutReason};

/// The outcome of authenticating one request, as the layer or middleware
/// stores it in the request's extensions.
#[derive(Clone, Debug)]
pub(crate) struct AuthOutcome(pub(crate) Result<RequestState, AuthError>);

/// Why an extractor refused a request.
///
/// - signed out, or signed in with a kind of token the extractor does not
///   take: **401**, body `{"error":"unauthenticated","reason":"<code>"}`
///   where the code is [`SignedOutReason::as_str`], plus
///   `WWW-Authenticate: Bearer`;
/// - the token could not be checked (the JWKS or Clerk's verify call was
///   unreachable, see [`AuthError`]): **503**, body
///   `{"error":"authentication_unavailable"}`; the cause is logged with
///   `tracing::error!`, never sent to the client;
/// - the extractor was used on a route without the Clerk layer or
///   middleware: **500**, body `{"error":"authentication_not_configured"}`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuthRejection {
    kind: Kind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Kind {
    SignedOut(SignedOutReason),
    Unavailable,
    NotConfigured,
}

impl AuthRejection {
    fn signed_out(reason: SignedOutReason) -> Self {
        AuthRejection { kind: Kind::SignedOut(reason) }
    }

    /// The HTTP status: 401, 503 or 500 (see the type's documentation).
    pub fn status(&self) -> u16 {
        match self.kind {
            Kind::SignedOut(_) => 401,
            Kind::Unavailable => 503,
            Kind::NotConfigured => 500,
        }
    }

    /// Why the request is signed out, for a 401.
    pub fn reason(&self) -> Option<SignedOutReason> {
        match self.kind {
            Kind::SignedOut(reason) => Some(reason),
            _ => None,
        }
    }

    /// The JSON body sent with the status.
    pub fn body(&self) -> String {
        match self.kind {
            Kind::SignedOut(reason) => {
                serde_json::json!({"error": "unauthenticated", "reason": reason.as_str()}).to_string()
            }
            Kind::Unavailable => r#"{"error":"authentication_unavailable"}"#.to_string(),
            Kind::NotConfigured => r#"{"error":"authentication_not_configured"}"#.to_string(),
        }
    }
}

impl fmt::Display for AuthRejection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            Kind::SignedOut(reason) => write!(f, "request is not authenticated: {reason}"),
            Kind::Unavailable => f.write_str("authentication is unavailable"),
            Kind::NotConfigured => f.write_str("the Clerk layer is not installed on this route"),
        }
    }
}

impl std::error::Error for AuthRejection {}

/// The state, or the 503/500 rejection.
pub(crate) fn state(outcome: Option<&AuthOutcome>) -> Result<&RequestState, AuthRejection> {
    match outcome {
        Some(AuthOutcome(Ok(state))) => Ok(state),
        Some(AuthOutcome(Err(_))) => Err(AuthRejection { kind: Kind::Unavailable }),
        None => {
            tracing::error!("a Clerk extractor was used on a route without the Clerk layer or middleware");
            Err(AuthRejection { kind: Kind::NotConfigured })
        }
    }
}

/// The session claims, or a rejection (a machine token is refused as a
/// token kind the route does not take).
pub(crate) fn session(outcome: Option<&AuthOutcome>) -> Result<Claims, AuthRejection> {
    match state(outcome)? {
        RequestState::SignedIn(Identity::Session(claims)) => Ok(claims.clone()),
        RequestState::SignedIn(Identity::Machine(_)) => {
            Err(AuthRejection::signed_out(SignedOutReason::TokenTypeNotAccepted))
        }
        RequestState::SignedOut(reason) => Err(AuthRejection::signed_out(*reason)),
    }
}

/// The machine token, or a rejection (a session is refused as a token kind
/// the route does not take).
pub(crate) fn machine(outcome: Option<&AuthOutcome>) -> Result<MachineAuth, AuthRejection> {
    match state(outcome)? {
        RequestState::SignedIn(Identity::Machine(machine)) => Ok(machine.clone()),
        RequestState::SignedIn(Identity::Session(_)) => {
            Err(AuthRejection::signed_out(SignedOutReason::TokenTypeNotAccepted))
        }
        RequestState::SignedOut(reason) => Err(AuthRejection::signed_out(*reason)),
    }
}

/// Like [`session`], but signed out (or signed in otherwise) is `None`; only
/// the 503/500 rejections remain.
pub(crate) fn optional_session(outcome: Option<&AuthOutcome>) -> Result<Option<Claims>, AuthRejection> {
    Ok(state(outcome)?.claims().cloned())
}

/// Like [`machine`], but anything but a machine token is `None`.
pub(crate) fn optional_machine(outcome: Option<&AuthOutcome>) -> Result<Option<MachineAuth>, AuthRejection> {
    Ok(state(outcome)?.machine().cloned())
}

/// Logs an infrastructure failure once per request, without the token.
pub(crate) fn log_failure(error: &AuthError) {
    tracing::error!(error = %error, "could not authenticate the request");
}
