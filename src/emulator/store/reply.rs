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

/// What a handler returns: its answer, or the error it answers with.
pub(crate) type Reply = Result<Answer, Answer>;

/// A 200 with this body and no events.
pub(crate) fn ok(body: Value) -> Reply {
    Ok(Answer { status: StatusCode::OK, body, events: Vec::new() })
}

/// A 200 with this body and these events.
pub(super) fn ok_with(body: Value, events: Vec<Value>) -> Reply {
    Ok(Answer { status: StatusCode::OK, body, events })
}

/// A failure: Clerk's error body, naming the parameter at fault when there is one.
pub(crate) fn fail(status: StatusCode, code: &str, message: &str, long: &str, param: Option<&str>) -> Answer {
    Answer { status, body: shapes::errors(code, message, long, param), events: Vec::new() }
}

/// A failure whose `meta` is given whole (`{"param_names": [...]}`, ...).
pub(super) fn fail_meta(status: StatusCode, code: &str, message: &str, long: &str, meta: Value) -> Answer {
    let mut body = shapes::errors(code, message, long, None);
    if let Some(error) = body.pointer_mut("/errors/0") {
        error["meta"] = meta;
    }
    Answer { status, body, events: Vec::new() }
}

/// A 400 with one of Clerk's codes, naming no parameter.
pub(super) fn bad_request(code: &str, message: &str, long: &str) -> Answer {
    fail(StatusCode::BAD_REQUEST, code, message, long, None)
}

/// A 422 about one parameter (`form_param_value_invalid`, `form_username_invalid_length`, ...).
pub(super) fn unprocessable(code: &str, param: &str, message: &str, long: &str) -> Answer {
    fail(StatusCode::UNPROCESSABLE_ENTITY, code, message, long, Some(param))
}

/// 400 for revoking an invitation that is no longer pending, with the
/// codes of Clerk's reference (`invitation_already_accepted`,
/// `invitation_already_revoked`); an expired one is answered as revoked.
pub(super) fn not_pending(status: &str) -> Answer {
    if status == "accepted" {
        let message = "Invitation is already accepted, try signing in instead.";
        bad_request("invitation_already_accepted", message, message)
    } else {
        bad_request("invitation_already_revoked", "Invitation is already revoked.", "Invitation is already revoked.")
    }
}

/// 404 `resource_not_found`.
pub(crate) fn not_found(what: &str) -> Answer {
    fail(
        StatusCode::NOT_FOUND,
        "resource_not_found",
        "not found",
        &format!("No {what} was found with the given id."),
        None,
    )
}

/// 422 `form_param_missing`.
pub(crate) fn missing(param: &str) -> Answer {
    fail(
        StatusCode::UNPROCESSABLE_ENTITY,
        "form_param_missing",
        &format!("{param} must be included."),
        &format!("The request must include `{param}`."),
        Some(param),
    )
}

/// 422 `form_param_format_invalid`.
pub(super) fn invalid(param: &str, why: &str) -> Answer {
    fail(
        StatusCode::UNPROCESSABLE_ENTITY,
        "form_param_format_invalid",
        &format!("{param} is invalid."),
        &format!("`{param}` {why}."),
        Some(param),
    )
}

/// 422 `form_identifier_exists`.
pub(super) fn taken(param: &str, what: &str) -> Answer {
    fail(
        StatusCode::UNPROCESSABLE_ENTITY,
        "form_identifier_exists",
        &format!("That {what} is taken. Please try another."),
        &format!("Another record already uses this {what}."),
        Some(param),
    )
}

/// 403 `not_allowed_access`: blocked, or not on an enforced allow-list.
pub(super) fn not_allowed(param: &str) -> Answer {
    fail(
        StatusCode::FORBIDDEN,
        "not_allowed_access",
        "Access not allowed.",
        "This identifier is blocked, or not on the allow-list while the allow-list is enforced.",
        Some(param),
    )
}
