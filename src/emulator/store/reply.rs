//! What a handler answers: a status, a JSON body and the webhook events
//! the change caused, and the Clerk errors every handler shares.

use super::super::shapes;
use axum::http::StatusCode;
use serde_json::Value;

/// An answer: status, JSON body, and the webhook events the change caused.
pub(crate) struct Answer {
    pub(crate) status: StatusCode,
    pub(crate) body: Value,
    pub(crate) events: Vec<Value>,
}

pub(crate) type Reply = Result<Answer, Answer>;

pub(crate) fn ok(body: Value) -> Reply {
    Ok(Answer { status: StatusCode::OK, body, events: Vec::new() })
}

pub(super) fn ok_with(body: Value, events: Vec<Value>) -> Reply {
    Ok(Answer { status: StatusCode::OK, body, events })
}

pub(crate) fn fail(status: StatusCode, code: &str, message: &str, long: &str, param: Option<&str>) -> Answer {
    Answer { status, body: shapes::errors(code, message, long, param), events: Vec::new() }
}

pub(crate) fn not_found(what: &str) -> Answer {
    fail(
        StatusCode::NOT_FOUND,
        "resource_not_found",
        "not found",
        &format!("No {what} was found with the given id."),
        None,
    )
}

pub(crate) fn missing(param: &str) -> Answer {
    fail(
        StatusCode::UNPROCESSABLE_ENTITY,
        "form_param_missing",
        &format!("{param} must be included."),
        &format!("The request must include `{param}`."),
        Some(param),
    )
}

pub(super) fn invalid(param: &str, why: &str) -> Answer {
    fail(
        StatusCode::UNPROCESSABLE_ENTITY,
        "form_param_format_invalid",
        &format!("{param} is invalid."),
        &format!("`{param}` {why}."),
        Some(param),
    )
}

pub(super) fn taken(param: &str, what: &str) -> Answer {
    fail(
        StatusCode::UNPROCESSABLE_ENTITY,
        "form_identifier_exists",
        &format!("That {what} is taken. Please try another."),
        &format!("Another record already uses this {what}."),
        Some(param),
    )
}

pub(super) fn not_allowed(param: &str) -> Answer {
    fail(
        StatusCode::FORBIDDEN,
        "not_allowed_access",
        "Access not allowed.",
        "This identifier is blocked, or not on the allow-list while the allow-list is enforced.",
        Some(param),
    )
}
