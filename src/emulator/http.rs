//! The emulator's HTTP side: every request comes to [`serve`], which
//! answers the Frontend API's handshake, checks the secret key, reads the
//! body, and hands the request to the store's route table; what no route
//! takes is answered `501 not_emulated` when the spec has the operation.

use super::store::{self, fail, new_id, not_found, ok, parse_query, Answer, Reply, Req};
use super::{Shared, ROUTES};
use axum::body::Bytes;
use axum::extract::{ConnectInfo, State as AxumState};
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use serde_json::{Map, Value};
use std::net::SocketAddr;
use std::sync::Arc;

/// The axum handler every request goes to.
pub(crate) async fn serve(
    AxumState(shared): AxumState<Arc<Shared>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    // The Frontend API's handshake answers with a redirect, not JSON.
    let mut response = if method == Method::GET && uri.path() == super::frontend::HANDSHAKE_PATH {
        super::frontend::handshake(&shared, &uri)
    } else {
        let mut answer = answer(&shared, &method, &uri, &headers, &body).unwrap_or_else(|a| a);
        let agent = headers.get(axum::http::header::USER_AGENT).and_then(|v| v.to_str().ok()).unwrap_or_default();
        store::attribute(&mut answer.events, &peer.ip().to_string(), agent);
        shared.hooks.send(answer.events);
        (answer.status, axum::Json(answer.body)).into_response()
    };
    if let Ok(v) = axum::http::HeaderValue::from_str(&new_id("trace")) {
        response.headers_mut().insert("x-clerk-trace-id", v);
    }
    response
}

fn answer(shared: &Shared, method: &Method, uri: &Uri, headers: &HeaderMap, body: &[u8]) -> Reply {
    let Some(path) = uri.path().strip_prefix("/v1") else {
        return Err(not_found("route"));
    };
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    // The key set is public, as Clerk serves it.
    if method == Method::GET && segments == ["jwks"] {
        return ok(shared.keys.jwks());
    }
    let bearer = headers
        .get(axum::http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or("");
    if !(bearer.starts_with("sk_test_") || bearer.starts_with("sk_live_") || bearer.starts_with("ak_")) {
        return Err(fail(
            StatusCode::UNAUTHORIZED,
            "authentication_invalid",
            "Invalid authentication",
            "The request must carry a secret key (`Authorization: Bearer sk_...`).",
            None,
        ));
    }
    let body = if body.is_empty() {
        Map::new()
    } else {
        match serde_json::from_slice::<Value>(body) {
            Ok(Value::Object(m)) => m,
            Ok(Value::Array(items)) => {
                let mut m = Map::new();
                m.insert("items".into(), Value::Array(items));
                m
            }
            _ => {
                return Err(fail(
                    StatusCode::BAD_REQUEST,
                    "malformed_request",
                    "Malformed request",
                    "The request body is not a JSON object.",
                    None,
                ))
            }
        }
    };
    let req = Req::new(parse_query(uri.query()), body);
    let mut st = shared.lock();
    // The version asked for (`Clerk-API-Version`), else the instance's.
    let version = headers
        .get("clerk-api-version")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
        .unwrap_or_else(|| st.settings.api_version.clone());
    if let Some(operation) = operation_of(method, &segments) {
        store::params::check(operation, &req, &version)?;
    }
    store::route(&mut st, shared, method, &segments, &req)
}

/// The answer to a request no route takes: `501 not_emulated` naming the
/// operation when the spec has one at this method and path, else 404.
pub(super) fn unrouted(method: &Method, segments: &[&str]) -> Answer {
    match operation_of(method, segments) {
        Some(op) => fail(
            StatusCode::NOT_IMPLEMENTED,
            "not_emulated",
            &format!("{op} is not emulated"),
            &format!("The Clerk emulator does not implement operation {op}; it answers only the operations its documentation lists."),
            None,
        ),
        None => not_found("route"),
    }
}

/// The operation a request is, by the spec's method and path templates;
/// where several templates fit (`/users/count` and `/users/{user_id}`),
/// the one with the most literal segments.
fn operation_of(method: &Method, segments: &[&str]) -> Option<&'static str> {
    let mut best: Option<(usize, &'static str)> = None;
    for (m, template, id) in ROUTES {
        if *m != method.as_str() {
            continue;
        }
        let parts: Vec<&str> = template.split('/').filter(|s| !s.is_empty()).collect();
        let matches = parts.len() == segments.len()
            && parts.iter().zip(segments).all(|(p, s)| (p.starts_with('{') && p.ends_with('}')) || p == s);
        let literal = parts.iter().filter(|p| !p.starts_with('{')).count();
        if matches && best.is_none_or(|(n, _)| literal > n) {
            best = Some((literal, *id));
        }
    }
    best.map(|(_, id)| id)
}
