//! The one error type every call of this crate returns.

use bytes::Bytes;
use reqwest::header::HeaderMap;
use reqwest::StatusCode;
use serde::Deserialize;
use std::fmt;
use std::time::Duration;

/// Why a call failed.
///
/// The variants tell apart a request that never left this process
/// ([`Error::InvalidRequest`], [`Error::Config`]), one that may or may not have
/// reached Clerk ([`Error::Transport`], [`Error::Timeout`]), and one Clerk
/// answered ([`Error::Api`], [`Error::Decode`]). The secret key never appears
/// in any of them.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The client could not be built from the given settings.
    Config {
        /// What is wrong with the settings.
        message: String,
    },
    /// The request was rejected before anything was sent: a missing or
    /// invalid parameter or body field.
    InvalidRequest {
        /// The operation: the spec's operation id, such as `GetUser`.
        operation: &'static str,
        /// What is wrong with the input.
        message: String,
    },
    /// The connection failed or broke.
    Transport {
        /// The operation: the spec's operation id, such as `GetUser`.
        operation: &'static str,
        /// How many times the request was tried.
        attempts: u32,
        /// `false` only when the failure happened before any byte of the
        /// request could reach Clerk (connection refused, DNS, TLS), so the
        /// call certainly had no effect.
        maybe_sent: bool,
        /// The underlying failure.
        source: reqwest::Error,
    },
    /// No complete answer arrived within the configured timeout.
    Timeout {
        /// The operation: the spec's operation id, such as `GetUser`.
        operation: &'static str,
        /// How many times the request was tried.
        attempts: u32,
        /// The HTTP client's own timeout error, when that is what ran out
        /// (a `reqwest::Client` of yours with a timeout of its own, or the
        /// shorter limit of a token check); `None` when the client's
        /// per-attempt timeout ([`ClerkBuilder::timeout`](crate::ClerkBuilder::timeout)) ended it.
        source: Option<reqwest::Error>,
    },
    /// Clerk (or a proxy in front of it) answered with an error status.
    Api(Box<ApiError>),
    /// Clerk answered with a success status but a body that does not decode
    /// into the expected type.
    Decode {
        /// The operation: the spec's operation id, such as `GetUser`.
        operation: &'static str,
        /// The HTTP status of the answer.
        status: Option<StatusCode>,
        /// How many times the request was tried (the last try answered).
        attempts: u32,
        /// The body as received.
        body: Bytes,
        /// Where in the body decoding failed, as a JSON path
        /// (`data[3].organization.public_metadata`); empty when the body as
        /// a whole is at fault (not JSON, not UTF-8, the wrong kind of value).
        path: String,
        /// Why decoding failed: what was expected and what came (its line
        /// and column point into `body`).
        source: serde_json::Error,
    },
}

/// An answer with an error status, with everything Clerk said about it.
#[derive(Debug, Clone)]
pub struct ApiError {
    /// The operation: the spec's operation id, such as `GetUser`.
    pub operation: &'static str,
    /// The HTTP status.
    pub status: StatusCode,
    /// Clerk's error entries; empty when the body was not Clerk's error JSON.
    pub errors: Vec<ErrorEntry>,
    /// The trace id to quote to Clerk support: the body's `clerk_trace_id`,
    /// else the `Clerk-Trace-Id` header.
    pub trace_id: Option<String>,
    /// How long the server asked to wait before trying again.
    pub retry_after: Option<Duration>,
    /// The body as text when it was not Clerk's error JSON (an HTML page from
    /// a proxy, for instance).
    pub raw_body: Option<String>,
    /// How many times the request was tried.
    pub attempts: u32,
}

/// One entry of Clerk's `errors` list.
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct ErrorEntry {
    /// A stable, machine-readable code such as `form_param_missing`.
    #[serde(default)]
    pub code: String,
    /// A short message for people.
    #[serde(default)]
    pub message: String,
    /// A longer explanation, when Clerk gives one.
    #[serde(default)]
    pub long_message: Option<String>,
    /// Extra details, such as the name of the offending parameter.
    #[serde(default)]
    pub meta: Option<serde_json::Value>,
}

impl ApiError {
    /// The first error entry's code, if any.
    pub fn code(&self) -> Option<&str> {
        self.errors.first().map(|e| e.code.as_str())
    }

    /// Builds the error from an answer's status, headers and body.
    pub(crate) fn from_parts(
        operation: &'static str,
        status: StatusCode,
        headers: &HeaderMap,
        body: &[u8],
        attempts: u32,
    ) -> Self {
        #[derive(Deserialize)]
        struct Body {
            errors: Vec<ErrorEntry>,
            #[serde(default)]
            clerk_trace_id: Option<String>,
        }
        let header_trace = headers.get("clerk-trace-id").and_then(|v| v.to_str().ok()).map(str::to_owned);
        let (errors, body_trace, raw_body) = match serde_json::from_slice::<Body>(body) {
            Ok(b) => (b.errors, b.clerk_trace_id, None),
            Err(_) => (Vec::new(), None, Some(String::from_utf8_lossy(body).into_owned())),
        };
        ApiError {
            operation,
            status,
            errors,
            trace_id: body_trace.filter(|t| !t.is_empty()).or(header_trace),
            retry_after: crate::retry::retry_after(headers),
            raw_body,
            attempts,
        }
    }
}

impl Error {
    /// The HTTP status when Clerk answered.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Api(e) => Some(e.status),
            Error::Decode { status, .. } => *status,
            _ => None,
        }
    }

    /// The API error, when Clerk answered with an error status.
    pub fn api(&self) -> Option<&ApiError> {
        match self {
            Error::Api(e) => Some(e),
            _ => None,
        }
    }

    /// For an answer that did not decode: the JSON path of the place it went
    /// wrong (`data[3].organization.public_metadata`; empty for the body as
    /// a whole).
    pub fn decode_path(&self) -> Option<&str> {
        match self {
            Error::Decode { path, .. } => Some(path),
            _ => None,
        }
    }

    /// `true` when the request certainly did not reach Clerk, so repeating
    /// it can't apply a change twice.
    pub fn is_never_sent(&self) -> bool {
        matches!(self, Error::Config { .. } | Error::InvalidRequest { .. } | Error::Transport { maybe_sent: false, .. })
    }

    /// How many times the request was sent: the first try and every retry,
    /// including the one that produced this error. 0 when it was never sent
    /// ([`Error::Config`], [`Error::InvalidRequest`]).
    pub fn attempts(&self) -> u32 {
        match self {
            Error::Transport { attempts, .. } | Error::Timeout { attempts, .. } => *attempts,
            Error::Api(e) => e.attempts,
            Error::Decode { attempts, .. } => *attempts,
            _ => 0,
        }
    }
}

fn attempts_note(n: u32) -> String {
    if n > 1 {
        format!(" after {n} attempts")
    } else {
        String::new()
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Config { message } => write!(f, "invalid Clerk client settings: {message}"),
            Error::InvalidRequest { operation, message } => {
                write!(f, "{operation}: request not sent: {message}")
            }
            Error::Transport { operation, attempts, maybe_sent, source } => {
                let sent = if *maybe_sent { "may have reached Clerk" } else { "never reached Clerk" };
                write!(f, "{operation}: connection failed{} (the request {sent}): {source}", attempts_note(*attempts))
            }
            Error::Timeout { operation, attempts, .. } => {
                write!(f, "{operation}: timed out{} (the request may have reached Clerk)", attempts_note(*attempts))
            }
            Error::Api(e) => fmt::Display::fmt(e, f),
            Error::Decode { operation, status, path, source, .. } => {
                let status = status.map(|s| format!(" ({s})")).unwrap_or_default();
                let at = if path.is_empty() { "the top level".to_owned() } else { format!("`{path}`") };
                write!(f, "{operation}: answer{status} does not decode at {at}: {}", crate::decode::message(source))?;
                if source.line() > 0 {
                    write!(f, " (line {}, column {})", source.line(), source.column())?;
                }
                Ok(())
            }
        }
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: Clerk answered {}", self.operation, self.status)?;
        if let Some(first) = self.errors.first() {
            write!(f, ": {}: {}", first.code, first.long_message.as_deref().unwrap_or(&first.message))?;
            if self.errors.len() > 1 {
                write!(f, " (+{} more)", self.errors.len() - 1)?;
            }
        } else if let Some(raw) = &self.raw_body {
            let snippet: String = raw.chars().filter(|c| !c.is_control()).take(120).collect();
            if !snippet.trim().is_empty() {
                write!(f, ": {}", snippet.trim())?;
            }
        }
        if let Some(t) = &self.trace_id {
            write!(f, " [trace {t}]")?;
        }
        if self.attempts > 1 {
            write!(f, " after {} attempts", self.attempts)?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Transport { source, .. } | Error::Timeout { source: Some(source), .. } => Some(source),
            Error::Decode { source, .. } => Some(source),
            Error::Api(e) => Some(e.as_ref()),
            _ => None,
        }
    }
}

impl std::error::Error for ApiError {}

impl From<ApiError> for Error {
    fn from(e: ApiError) -> Self {
        Error::Api(Box::new(e))
    }
}
