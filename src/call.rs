//! One call from `send()` to its result: the generated code builds the
//! request, this module puts the client's headers on it, sends it through
//! the retry loop (which reads the whole answer), and decodes the body.

use crate::body::BodyBuffer;
use crate::error::{ApiError, Error};
use crate::retry::{Answer, AttemptError, Failure};
use crate::Response;
use progenitor_client::ClientInfo;
use serde::de::DeserializeOwned;

/// How an operation's success body becomes its output.
pub(crate) type Decoder<T> = fn(&[u8]) -> Result<T, serde_json::Error>;

/// Decodes a JSON body. The bytes are checked as UTF-8 once, up front, so
/// serde_json does not check each string again as it reads it (about a tenth
/// of the time of a big page). Only the text path is used: decoding from
/// both text and bytes would compile every model's decoder twice.
///
/// Unions are first read while streaming (the fast way); an answer that
/// fails that way is decoded once more with unions that keep a member they
/// cannot read as `Unknown` (see `crate::union`).
pub(crate) fn json<T: DeserializeOwned>(body: &[u8]) -> Result<T, serde_json::Error> {
    text(body, |text| serde_json::from_str(text))
}

/// Decodes a JSON array answer (a bare list) like [`json`], with room for
/// the items set aside from the body's length (see
/// [`room_for`](crate::decode::room_for)).
pub(crate) fn json_items<T: DeserializeOwned>(body: &[u8]) -> Result<Vec<T>, serde_json::Error> {
    text(body, |text| seeded(text, crate::decode::Items::with_room(crate::decode::room_for::<T>(text.len()))))
}

/// Decodes the whole of `text` with `seed`.
pub(crate) fn seeded<'de, S: serde::de::DeserializeSeed<'de>>(
    text: &'de str,
    seed: S,
) -> Result<S::Value, serde_json::Error> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let value = seed.deserialize(&mut deserializer)?;
    deserializer.end()?;
    Ok(value)
}

/// Checks `body` as UTF-8 and decodes it with `decode`: first with unions
/// read while streaming, then, if that fails, once more with lenient unions.
pub(crate) fn text<T>(
    body: &[u8],
    decode: impl Fn(&str) -> Result<T, serde_json::Error>,
) -> Result<T, serde_json::Error> {
    match std::str::from_utf8(body) {
        Ok(text) => crate::union::streaming(|| decode(text)).or_else(|_| decode(text)),
        Err(e) => Err(serde::de::Error::custom(format_args!(
            "the body is not UTF-8 (first bad byte at offset {})",
            e.valid_up_to()
        ))),
    }
}

/// For operations whose success answer has no body: whatever came is ignored.
#[allow(dead_code)] // unused in namespace slices without such an operation
pub(crate) fn empty(_body: &[u8]) -> Result<(), serde_json::Error> {
    Ok(())
}

/// Sends a generated operation's request and decodes the answer.
pub(crate) async fn send<T, E: std::fmt::Debug>(
    client: &crate::generated::Client,
    operation: &'static str,
    request: Result<reqwest::Request, progenitor_client::Error<E>>,
    decode: Decoder<T>,
) -> Result<Response<T>, Error> {
    let mut request = request.map_err(|e| invalid(operation, e))?;
    let hooks = client.inner();
    hooks.prepare(&mut request);
    let timeouts = hooks.timeouts.as_deref();
    let answer =
        crate::retry::execute(client.client(), &hooks.retry, timeouts, Some(&hooks.buffer), request, operation)
            .await
            .map_err(|f| transport(operation, f))?;
    finish(operation, answer, decode, Some(&hooks.buffer))
}

/// Turns a complete answer into the output or the error it stands for.
/// A body decoded without error goes back to `buffer`, for the next call.
pub(crate) fn finish<T>(
    operation: &'static str,
    answer: Answer,
    decode: Decoder<T>,
    buffer: Option<&BodyBuffer>,
) -> Result<Response<T>, Error> {
    let Answer { status, headers, body, attempts } = answer;
    if !status.is_success() {
        return Err(ApiError::from_parts(operation, status, &headers, &body, attempts).into());
    }
    match decode(&body) {
        Ok(inner) => {
            if let Some(buffer) = buffer {
                buffer.give_back(body);
            }
            Ok(Response::new(status, headers, inner))
        }
        Err(source) => {
            // Only now, on failure: find the JSON path the error points at.
            let path = std::str::from_utf8(&body)
                .map(|text| crate::decode::json_path(text, source.line(), source.column()))
                .unwrap_or_default();
            Err(Error::Decode { operation, status: Some(status), attempts, body, path, source })
        }
    }
}

/// A request the generated code could not build (a missing or invalid
/// parameter): it was never sent.
fn invalid<E: std::fmt::Debug>(operation: &'static str, e: progenitor_client::Error<E>) -> Error {
    use progenitor_client::Error as P;
    let message = match e {
        P::InvalidRequest(message) | P::Custom(message) => message,
        P::CommunicationError(e) => e.to_string(),
        other => format!("{other:?}"),
    };
    Error::InvalidRequest { operation, message }
}

/// Maps a failure of the last attempt to the matching variant.
pub(crate) fn transport(operation: &'static str, failure: Failure) -> Error {
    let Failure { error, attempts } = failure;
    let attempts = attempts.max(1);
    let e = match error {
        AttemptError::TimedOut => return Error::Timeout { operation, attempts, source: None },
        AttemptError::Http(e) => e,
    };
    if e.is_builder() {
        Error::InvalidRequest { operation, message: e.to_string() }
    } else if e.is_connect() {
        Error::Transport { operation, attempts, maybe_sent: false, source: e }
    } else if e.is_timeout() {
        Error::Timeout { operation, attempts, source: Some(e) }
    } else {
        Error::Transport { operation, attempts, maybe_sent: true, source: e }
    }
}
