//! The emulator's dashboard at its root (`GET /`), as the Firebase
//! Emulator UI has one: the instance's keys, the users, organizations with
//! their members and invitations, sessions (each with a button that copies
//! a fresh session token), invitations, and the webhook deliveries with
//! their payloads and what the receiver answered. Plain server-rendered
//! HTML; the one script is the copy button's.
//!
//! Everything is read through the emulator's own Backend API routes, so the
//! page shows what a client of the API would get.

use std::sync::Arc;

use axum::extract::State as AxumState;
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use axum::http::{HeaderValue, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use serde_json::{json, Value};

use super::html::{self, esc, time};
use super::signin::{call, items, user_label, user_name, SIGN_IN_PATH};
use super::store::{parse_query, State};
use super::Shared;

/// Where a fresh session token is served as text (`?session_id=`).
const TOKEN_PATH: &str = "/dashboard/token";

/// The dashboard's routes.
pub(crate) fn routes() -> Router<Arc<Shared>> {
    Router::new().route("/", get(show)).route(TOKEN_PATH, get(token))
}

/// `GET /dashboard/token?session_id=`: a fresh session token for an active
/// session, as `text/plain` (what the copy button puts on the clipboard).
async fn token(AxumState(shared): AxumState<Arc<Shared>>, uri: Uri) -> Response {
    let query = parse_query(uri.query());
    let id = query.iter().find(|(k, _)| k == "session_id").map(|(_, v)| v.as_str()).unwrap_or_default();
    let answer = {
        let mut st = shared.lock();
        call(&mut st, &shared, Method::POST, &format!("/sessions/{id}/tokens"), &[], json!({}))
    };
    let (status, text) = match answer {
        Ok(a) => (StatusCode::OK, a.body.get("jwt").and_then(Value::as_str).unwrap_or_default().to_string()),
        Err(a) => (
            a.status,
            a.body.pointer("/errors/0/long_message").and_then(Value::as_str).unwrap_or("no such session").to_string(),
        ),
    };
    let mut response = (status, text).into_response();
    response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("text/plain; charset=utf-8"));
    response.headers_mut().insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// What the dashboard shows, read under the lock.
struct Snapshot {
    users: Vec<Value>,
    organizations: Vec<(Value, Vec<Value>, Vec<Value>)>,
    sessions: Vec<Value>,
    invitations: Vec<Value>,
    /// The reads the Backend API refused (none unless the emulator is broken).
    failures: Vec<String>,
}

fn read(st: &mut State, shared: &Shared) -> Snapshot {
    let mut failures = Vec::new();
    let mut get = |path: &str, query: &[(&str, &str)]| match call(st, shared, Method::GET, path, query, json!({})) {
        Ok(answer) => items(answer.body),
        Err(answer) => {
            failures.push(format!("GET {path}: {} {}", answer.status, answer.body));
            Vec::new()
        }
    };
    let users = get("/users", &[("limit", "500"), ("order_by", "-created_at")]);
    let organizations = get("/organizations", &[("limit", "500")])
        .into_iter()
        .map(|org| {
            let id = org.get("id").and_then(Value::as_str).unwrap_or_default().to_string();
            let members = get(&format!("/organizations/{id}/memberships"), &[("limit", "500")]);
            let invitations = get(&format!("/organizations/{id}/invitations"), &[("limit", "500")]);
            (org, members, invitations)
        })
        .collect();
    let mut sessions: Vec<Value> = users
        .iter()
        .filter_map(|u| u.get("id").and_then(Value::as_str))
        .flat_map(|id| get("/sessions", &[("user_id", id), ("limit", "500")]))
        .collect();
    sessions.sort_by_key(|s| std::cmp::Reverse(s.get("created_at").and_then(Value::as_i64).unwrap_or(0)));
    let invitations = get("/invitations", &[("limit", "500")]);
    Snapshot { users, organizations, sessions, invitations, failures }
}

/// A field of an object as text (`-` when absent or null).
fn field(v: &Value, name: &str) -> String {
    match v.get(name) {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Null) | None => "-".to_string(),
        Some(other) => other.to_string(),
    }
}

fn when(v: &Value, name: &str) -> String {
    time(v.get(name).and_then(Value::as_i64))
}

/// A table with these headings and rows (cells already escaped), or `empty`.
fn table(headings: &[&str], rows: &[Vec<String>], empty: &str) -> String {
    if rows.is_empty() {
        return format!("<p class=\"muted\">{empty}</p>");
    }
    let mut out = String::from("<table><thead><tr>");
    for h in headings {
        out.push_str(&format!("<th>{h}</th>"));
    }
    out.push_str("</tr></thead><tbody>");
    for row in rows {
        out.push_str("<tr>");
        for cell in row {
            out.push_str(&format!("<td>{cell}</td>"));
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table>");
    out
}

/// What an endpoint answered (or why nothing came back): inline when
/// short, else folded.
fn answer_text(text: &str) -> String {
    let text = text.trim();
    if text.is_empty() {
        String::new()
    } else if text.len() <= 60 && !text.contains('\n') {
        format!("<code class=\"muted\">{}</code>", esc(text))
    } else {
        format!("<details><summary>answer</summary><pre>{}</pre></details>", esc(text))
    }
}

/// The copy button's script: fetches a fresh token and puts it on the
/// clipboard (or shows it, where the clipboard is refused).
const COPY_SCRIPT: &str = "<script>\
document.querySelectorAll('button[data-session]').forEach(function(b){\
var label=b.textContent;\
b.addEventListener('click',async function(){\
var r=await fetch('/dashboard/token?session_id='+encodeURIComponent(b.dataset.session));\
var t=await r.text();\
if(!r.ok){b.textContent='Failed: '+t;return;}\
try{await navigator.clipboard.writeText(t);b.textContent='Copied';}catch(e){window.prompt('Session token',t);}\
setTimeout(function(){b.textContent=label;},2000);});});\
</script>";

/// `GET /`: the dashboard.
async fn show(AxumState(shared): AxumState<Arc<Shared>>) -> Response {
    let data = {
        let mut st = shared.lock();
        read(&mut st, &shared)
    };
    let deliveries = shared.hooks.deliveries();
    let labels: std::collections::HashMap<String, String> =
        data.users.iter().map(|u| (field(u, "id"), user_label(u))).collect();
    let label_of = |id: &str| labels.get(id).cloned().unwrap_or_else(|| id.to_string());
    let mut body = String::new();
    for failure in &data.failures {
        body.push_str(&format!("<p class=\"error\">The dashboard could not read {}</p>", esc(failure)));
    }

    body.push_str(&format!(
        "<nav><a href=\"{SIGN_IN_PATH}\">Sign-in page</a><a href=\"#users\">Users ({})</a>\
         <a href=\"#organizations\">Organizations ({})</a><a href=\"#sessions\">Sessions ({})</a>\
         <a href=\"#invitations\">Invitations ({})</a><a href=\"#webhooks\">Webhook deliveries ({})</a></nav>",
        data.users.len(),
        data.organizations.len(),
        data.sessions.len(),
        data.invitations.len(),
        deliveries.len()
    ));
    body.push_str(&format!(
        "<div class=\"card\"><strong>Instance</strong>: secret key <code>{}</code> (any <code>sk_test_</code> key works), \
         publishable key <code>{}</code>, key set <a href=\"/v1/jwks\"><code>/v1/jwks</code></a>.</div>",
        esc(super::EMULATOR_SECRET_KEY),
        esc(&shared.publishable_key)
    ));

    let rows: Vec<Vec<String>> = data
        .users
        .iter()
        .map(|u| {
            let mut flags = Vec::new();
            if u.get("banned").and_then(Value::as_bool) == Some(true) {
                flags.push("banned");
            }
            if u.get("locked").and_then(Value::as_bool) == Some(true) {
                flags.push("locked");
            }
            vec![
                esc(&user_label(u)),
                esc(&user_name(u)),
                format!("<code>{}</code>", esc(&field(u, "id"))),
                esc(&when(u, "created_at")),
                esc(&when(u, "last_sign_in_at")),
                esc(&flags.join(", ")),
            ]
        })
        .collect();
    body.push_str("<h2 id=\"users\">Users</h2>");
    body.push_str(&table(
        &["User", "Name", "Id", "Created (UTC)", "Last sign-in", "Flags"],
        &rows,
        &format!(
            "No users yet. Create one with the Backend API or on the <a href=\"{SIGN_IN_PATH}\">sign-in page</a>."
        ),
    ));

    body.push_str("<h2 id=\"organizations\">Organizations</h2>");
    if data.organizations.is_empty() {
        body.push_str("<p class=\"muted\">No organizations yet.</p>");
    }
    for (org, members, invitations) in &data.organizations {
        body.push_str(&format!(
            "<div class=\"card\"><strong>{}</strong> <span class=\"muted\">/{} &middot; <code>{}</code> &middot; created {}</span>",
            esc(&field(org, "name")),
            esc(&field(org, "slug")),
            esc(&field(org, "id")),
            esc(&when(org, "created_at"))
        ));
        let rows: Vec<Vec<String>> = members
            .iter()
            .map(|m| {
                let user = m.pointer("/public_user_data/user_id").and_then(Value::as_str).unwrap_or_default();
                vec![esc(&label_of(user)), esc(&field(m, "role")), esc(&when(m, "created_at"))]
            })
            .collect();
        body.push_str(&table(&["Member", "Role", "Since"], &rows, "No members."));
        if !invitations.is_empty() {
            let rows: Vec<Vec<String>> = invitations
                .iter()
                .map(|i| {
                    vec![
                        esc(&field(i, "email_address")),
                        esc(&field(i, "role")),
                        esc(&field(i, "status")),
                        esc(&when(i, "created_at")),
                    ]
                })
                .collect();
            body.push_str("<p><strong>Invitations</strong></p>");
            body.push_str(&table(&["Email", "Role", "Status", "Created"], &rows, ""));
        }
        body.push_str("</div>");
    }

    let rows: Vec<Vec<String>> = data
        .sessions
        .iter()
        .map(|s| {
            let id = field(s, "id");
            let status = field(s, "status");
            let copy = if status == "active" {
                format!(
                    "<button type=\"button\" class=\"small\" data-session=\"{id}\">Copy a fresh token</button> \
                     <a href=\"{TOKEN_PATH}?session_id={id}\">show</a>",
                    id = esc(&id)
                )
            } else {
                String::new()
            };
            let class = if status == "active" { "ok" } else { "muted" };
            vec![
                esc(&label_of(&field(s, "user_id"))),
                format!("<span class=\"{class}\">{}</span>", esc(&status)),
                format!("<code>{}</code>", esc(&id)),
                esc(&when(s, "created_at")),
                esc(&when(s, "last_active_at")),
                copy,
            ]
        })
        .collect();
    body.push_str("<h2 id=\"sessions\">Sessions</h2>");
    body.push_str(&table(
        &["User", "Status", "Id", "Started (UTC)", "Last active", "Session token"],
        &rows,
        "No sessions yet: sign in on the sign-in page, or start one with the Backend API.",
    ));

    let rows: Vec<Vec<String>> = data
        .invitations
        .iter()
        .map(|i| {
            vec![
                esc(&field(i, "email_address")),
                esc(&field(i, "status")),
                format!("<code>{}</code>", esc(&field(i, "id"))),
                esc(&when(i, "created_at")),
                esc(&when(i, "expires_at")),
            ]
        })
        .collect();
    body.push_str("<h2 id=\"invitations\">Invitations</h2>");
    body.push_str(&table(&["Email", "Status", "Id", "Created (UTC)", "Expires"], &rows, "No invitations."));

    body.push_str("<h2 id=\"webhooks\">Webhook deliveries</h2>");
    if deliveries.is_empty() {
        body.push_str(
            "<p class=\"muted\">None yet. Events are delivered once an endpoint is added \
             (<code>emulator.webhook_endpoint(url, \"whsec_...\")</code>).</p>",
        );
    } else {
        body.push_str(
            "<table><thead><tr><th>Sent (UTC)</th><th>Event</th><th>Endpoint</th><th>Answer</th></tr></thead><tbody>",
        );
        for (i, d) in deliveries.iter().rev().enumerate() {
            let answer = match &d.answer {
                Ok((status, text)) => {
                    let class = if (200..300).contains(status) { "ok" } else { "bad" };
                    format!("<span class=\"{class}\">{status}</span> {}", answer_text(text))
                }
                Err(e) => format!("<span class=\"bad\">not delivered</span> {}", answer_text(e)),
            };
            let payload = serde_json::from_str::<Value>(&d.payload)
                .and_then(|v| serde_json::to_string_pretty(&v))
                .unwrap_or_else(|_| d.payload.clone());
            // The payload on a row of its own, the newest shown open.
            body.push_str(&format!(
                "<tr class=\"delivery\"><td>{}</td><td><strong>{}</strong> <code class=\"muted\">{}</code></td>\
                 <td><code>{}</code></td><td>{answer}</td></tr>\
                 <tr><td colspan=\"4\"><details{}><summary>payload</summary><pre>{}</pre></details></td></tr>",
                esc(&time(Some(d.at))),
                esc(&d.event_type),
                esc(&d.id),
                esc(&d.url),
                if i == 0 { " open" } else { "" },
                esc(&payload)
            ));
        }
        body.push_str("</tbody></table>");
    }
    body.push_str(COPY_SCRIPT);
    html::answer(StatusCode::OK, html::page("Clerk emulator", &body))
}
