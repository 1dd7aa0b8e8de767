//! One call from `send()` to its result: what the retry loop saw (attempts,
//! the last status and headers) is kept for the error the caller gets.

use crate::error::{ApiError, Error};
use progenitor_client::ResponseValue;
use reqwest::header::HeaderMap;
use reqwest::StatusCode;
use serde::Serialize;
use std::cell::{Cell, RefCell};
use std::future::Future;

/// What the retry loop reports about the call in progress.
#[derive(Default)]
pub(crate) struct CallState {
    attempts: Cell<u32>,
    last: RefCell<Option<(StatusCode, HeaderMap)>>,
}

tokio::task_local! {
    static CALL: CallState;
}

/// Called by the retry loop before each attempt.
pub(crate) fn note_attempt(n: u32) {
    let _ = CALL.try_with(|s| s.attempts.set(n));
}

/// Called by the retry loop with each answer's status and headers. The
/// headers are only kept for error statuses (where the error reports them).
pub(crate) fn note_response(status: StatusCode, headers: &HeaderMap) {
    let _ = CALL.try_with(|s| {
        let kept = if status.is_success() { HeaderMap::new() } else { headers.clone() };
        *s.last.borrow_mut() = Some((status, kept));
    });
}

/// Runs a generated `send_raw()` future and turns its outcome into this
/// crate's result type.
pub(crate) async fn finish<T, E: Serialize>(
    operation: &'static str,
    fut: impl Future<Output = Result<ResponseValue<T>, progenitor_client::Error<E>>>,
) -> Result<T, Error> {
    CALL.scope(CallState::default(), async move {
        match fut.await {
            Ok(v) => Ok(v.into_inner()),
            Err(e) => {
                let (attempts, last) = CALL.with(|s| (s.attempts.get(), s.last.borrow_mut().take()));
                Err(convert(operation, e, attempts, last).await)
            }
        }
    })
    .await
}

/// Runs a hand-written request future (uploads) inside the same bookkeeping.
pub(crate) async fn scoped<T>(fut: impl Future<Output = T>) -> T {
    CALL.scope(CallState::default(), fut).await
}

/// Attempts made so far by the call in progress (uploads read it).
pub(crate) fn attempts() -> u32 {
    CALL.try_with(|s| s.attempts.get()).unwrap_or(1).max(1)
}

/// Maps a reqwest failure to the matching variant.
pub(crate) fn transport(operation: &'static str, e: reqwest::Error, attempts: u32) -> Error {
    let attempts = attempts.max(1);
    if e.is_builder() {
        Error::InvalidRequest { operation, message: e.to_string() }
    } else if e.is_connect() {
        Error::Transport { operation, attempts, maybe_sent: false, source: e }
    } else if e.is_timeout() {
        Error::Timeout { operation, attempts, source: e }
    } else {
        Error::Transport { operation, attempts, maybe_sent: true, source: e }
    }
}

async fn convert<E: Serialize>(
    operation: &'static str,
    e: progenitor_client::Error<E>,
    attempts: u32,
    last: Option<(StatusCode, HeaderMap)>,
) -> Error {
    use progenitor_client::Error as P;
    let attempts = attempts.max(1);
    match e {
        P::InvalidRequest(message) | P::Custom(message) => Error::InvalidRequest { operation, message },
        P::CommunicationError(e) | P::ResponseBodyError(e) => transport(operation, e, attempts),
        P::InvalidUpgrade(e) => transport(operation, e, attempts),
        P::ErrorResponse(rv) => {
            let status = rv.status();
            let headers = rv.headers().clone();
            // The typed error body goes back to JSON so every operation's
            // error type reads the same way.
            let body = serde_json::to_vec(&rv.into_inner()).unwrap_or_default();
            ApiError::from_parts(operation, status, &headers, &body, attempts).into()
        }
        P::InvalidResponsePayload(body, source) => match last {
            Some((status, headers)) if !status.is_success() => {
                ApiError::from_parts(operation, status, &headers, &body, attempts).into()
            }
            last => Error::Decode { operation, status: last.map(|(s, _)| s), body, source },
        },
        P::UnexpectedResponse(resp) => {
            let status = resp.status();
            let headers = resp.headers().clone();
            match resp.bytes().await {
                Ok(body) if status.is_success() => Error::Decode {
                    operation,
                    status: Some(status),
                    source: <serde_json::Error as serde::de::Error>::custom(format!(
                        "status {status} is not one the spec lists for this operation"
                    )),
                    body,
                },
                Ok(body) => ApiError::from_parts(operation, status, &headers, &body, attempts).into(),
                Err(e) => transport(operation, e, attempts),
            }
        }
    }
}
