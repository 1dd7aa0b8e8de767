//! The emulator's sign-in and sign-out pages, on its Frontend API side: a
//! developer signs in to an app with a real browser, offline, with no Clerk
//! account.
//!
//! `GET /sign-in?redirect_url=` lists the users (each a button showing its
//! email) and a form that creates a user from an email address. Choosing
//! (`POST /sign-in`) signs the browser in as Clerk's pages do: a client on
//! the browser's dev browser (the `__clerk_db_jwt` cookie the app's
//! handshake gave it, or a new one), an active session, and the cookies a
//! handshake would set (`__session`, `__client_uat`, `__clerk_db_jwt`),
//! then sends it back to `redirect_url` with a 303. The app and the emulator
//! both run on 127.0.0.1 and cookies ignore ports, so the app reads those
//! cookies; once the session token expires, the app's handshake comes back
//! here and finds the dev browser signed in.
//!
//! `GET` or `POST /sign-out?redirect_url=` ends the browser's session,
//! clears the session cookies (`__session` with `Max-Age=0`,
//! `__client_uat=0`) and sends it back.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::State as AxumState;
use axum::http::header::{CACHE_CONTROL, COOKIE, LOCATION, SET_COOKIE};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use serde_json::{json, Map, Value};

use super::html::{self, esc};
use super::store::{self, parse_query, Req, State};
use super::{frontend, Emulator, Shared};

/// Where the sign-in page is served.
pub(crate) const SIGN_IN_PATH: &str = "/sign-in";

/// Where a browser signs out.
pub(crate) const SIGN_OUT_PATH: &str = "/sign-out";

/// The dev browser cookie.
const DEV_BROWSER: &str = "__clerk_db_jwt";

/// The routes of the sign-in and sign-out pages.
pub(crate) fn routes() -> Router<Arc<Shared>> {
    Router::new().route(SIGN_IN_PATH, get(show).post(choose)).route(SIGN_OUT_PATH, get(sign_out).post(sign_out))
}

impl Emulator {
    /// The emulator's sign-in page (`http://127.0.0.1:PORT/sign-in`), to
    /// sign in to an app with a real browser. Link to it with
    /// `?redirect_url=` and the page to come back to: the page lists the
    /// users and creates new ones from an email address (no password), and
    /// choosing one signs the browser in (the cookies Clerk's pages would
    /// leave: `__session`, `__client_uat`, `__clerk_db_jwt`) and sends it
    /// back. An app on 127.0.0.1 with [`publishable_key`](Self::publishable_key)
    /// and [`frontend_api_url`](Self::frontend_api_url) as its proxy URL
    /// then sees the user signed in, through its handshake with the
    /// emulator once the session token expires.
    pub fn sign_in_url(&self) -> String {
        format!("{}{SIGN_IN_PATH}", self.url)
    }

    /// Where a browser signs out (`http://127.0.0.1:PORT/sign-out`; `GET`
    /// or `POST`, with `?redirect_url=` the page to come back to): its
    /// session is revoked and its session cookies cleared.
    pub fn sign_out_url(&self) -> String {
        format!("{}{SIGN_OUT_PATH}", self.url)
    }
}

/// A cookie the request carries (the first of that name), when not empty.
fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(n, _)| *n == name)
        .map(|(_, v)| v)
        .filter(|v| !v.is_empty())
}

/// The browser's dev browser: the plain cookie, else the suffixed one.
fn dev_browser<'a>(headers: &'a HeaderMap, suffix: &str) -> Option<&'a str> {
    cookie(headers, DEV_BROWSER).or_else(|| cookie(headers, &format!("{DEV_BROWSER}_{suffix}")))
}

/// Whether the browser keeps the suffixed session cookies (newer Clerk
/// scripts set both forms): then signing in sets both too.
fn has_suffixed_cookies(headers: &HeaderMap, suffix: &str) -> bool {
    ["__session", "__client_uat"].iter().any(|name| cookie(headers, &format!("{name}_{suffix}")).is_some())
}

/// `redirect_url`: none when absent or empty; refused (with the page that
/// says why) unless an absolute http(s) URL.
fn redirect_url(value: Option<&str>) -> Result<Option<url::Url>, Box<Response>> {
    let Some(value) = value.filter(|v| !v.is_empty()) else { return Ok(None) };
    match url::Url::parse(value) {
        Ok(u) if matches!(u.scheme(), "http" | "https") => Ok(Some(u)),
        _ => Err(Box::new(html::answer(
            StatusCode::BAD_REQUEST,
            html::page(
                "Clerk emulator: sign in",
                &format!(
                    "<p class=\"error\"><code>redirect_url</code> must be an absolute http(s) URL; it is <code>{}</code>.</p>",
                    esc(value)
                ),
            ),
        ))),
    }
}

/// A value of a parsed query or form.
fn param<'a>(pairs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
}

/// A Backend API call made by the pages themselves, through the emulator's
/// own route table (so it checks, answers and sends events as the API does).
pub(crate) fn call(
    st: &mut State,
    shared: &Shared,
    method: Method,
    path: &str,
    query: &[(&str, &str)],
    body: Value,
) -> store::Reply {
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let query = query.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    let body = match body {
        Value::Object(m) => m,
        _ => Map::new(),
    };
    store::route(st, shared, &method, &segments, &Req::new(query, body))
}

/// The items of a list answer, whether a bare array or `{data: [...]}`.
pub(crate) fn items(list: Value) -> Vec<Value> {
    match list {
        Value::Array(items) => items,
        Value::Object(mut m) => match m.remove("data") {
            Some(Value::Array(items)) => items,
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

/// What to show for a user: the primary email address, else any email,
/// phone number, username or the id.
pub(crate) fn user_label(user: &Value) -> String {
    let primary = user.get("primary_email_address_id").and_then(Value::as_str);
    let emails = user.get("email_addresses").and_then(Value::as_array).cloned().unwrap_or_default();
    let email = emails
        .iter()
        .find(|e| primary.is_some() && e.get("id").and_then(Value::as_str) == primary)
        .or_else(|| emails.first())
        .and_then(|e| e.get("email_address"))
        .and_then(Value::as_str);
    let phone = user.pointer("/phone_numbers/0/phone_number").and_then(Value::as_str);
    email
        .or(phone)
        .or_else(|| user.get("username").and_then(Value::as_str))
        .or_else(|| user.get("id").and_then(Value::as_str))
        .unwrap_or_default()
        .to_string()
}

/// A user's first and last name, when set.
pub(crate) fn user_name(user: &Value) -> String {
    let part = |f: &str| user.get(f).and_then(Value::as_str).unwrap_or_default().to_string();
    format!("{} {}", part("first_name"), part("last_name")).trim().to_string()
}

/// `GET /sign-in`: the page.
async fn show(AxumState(shared): AxumState<Arc<Shared>>, uri: Uri, headers: HeaderMap) -> Response {
    let query = parse_query(uri.query());
    let back = match redirect_url(param(&query, "redirect_url")) {
        Ok(back) => back,
        Err(refused) => return *refused,
    };
    render(&shared, back.as_ref(), dev_browser(&headers, &shared.cookie_suffix), None, StatusCode::OK)
}

/// The sign-in page, with `error` above the choices when a choice failed.
fn render(
    shared: &Shared,
    back: Option<&url::Url>,
    dev_browser: Option<&str>,
    error: Option<&str>,
    status: StatusCode,
) -> Response {
    let (users, current) = {
        let mut st = shared.lock();
        let users =
            call(&mut st, shared, Method::GET, "/users", &[("limit", "500"), ("order_by", "-created_at")], json!({}))
                .map(|a| items(a.body))
                .map_err(|a| format!("The users could not be listed: {} {}", a.status, a.body));
        let current = dev_browser
            .and_then(|db| frontend::browser_user(&st, db))
            .and_then(|(user, _)| st_user_label(&mut st, shared, &user));
        (users, current)
    };
    let redirect_field = back
        .map(|b| format!("<input type=\"hidden\" name=\"redirect_url\" value=\"{}\">", esc(b.as_str())))
        .unwrap_or_default();
    let mut body = String::new();
    if let Some(error) = error {
        body.push_str(&format!("<p class=\"error\">{}</p>", esc(error)));
    }
    let users = users.unwrap_or_else(|failure| {
        body.push_str(&format!("<p class=\"error\">{}</p>", esc(&failure)));
        Vec::new()
    });
    match back {
        Some(b) => body.push_str(&format!(
            "<p>Choose who to sign in as; you will be sent back to <code>{}</code>.</p>",
            esc(b.as_str())
        )),
        None => body.push_str("<p>Choose who to sign in as. (Link here with <code>?redirect_url=</code> to be sent back to your app.)</p>"),
    }
    if let Some(current) = current {
        let out = match back {
            Some(b) => format!("{SIGN_OUT_PATH}?redirect_url={}", percent(b.as_str())),
            None => SIGN_OUT_PATH.to_string(),
        };
        body.push_str(&format!(
            "<p class=\"note\">This browser is signed in as <strong>{}</strong>. Choosing below replaces that session. \
             <a href=\"{}\">Sign out</a></p>",
            esc(&current),
            esc(&out)
        ));
    }
    body.push_str("<div class=\"card\"><h2>Sign in as an existing user</h2>");
    if users.is_empty() {
        body.push_str("<p class=\"muted\">No users yet: create one below.</p>");
    } else {
        body.push_str(&format!("<form method=\"post\" action=\"{SIGN_IN_PATH}\">{redirect_field}<ul class=\"users\">"));
        for user in &users {
            let id = user.get("id").and_then(Value::as_str).unwrap_or_default();
            let name = user_name(user);
            body.push_str(&format!(
                "<li><button class=\"user\" type=\"submit\" name=\"user_id\" value=\"{}\">{}</button> <span class=\"muted\">{}</span></li>",
                esc(id),
                esc(&user_label(user)),
                esc(&name)
            ));
        }
        body.push_str("</ul></form>");
    }
    body.push_str(&format!(
        "</div><div class=\"card\"><h2>Or create a user</h2>\
         <form method=\"post\" action=\"{SIGN_IN_PATH}\">{redirect_field}\
         <label>Email address <input type=\"email\" name=\"email_address\" required placeholder=\"you@example.com\"></label> \
         <button id=\"create\" type=\"submit\">Create and sign in</button></form>\
         <p class=\"muted\">The user is created through the Backend API (<code>user.created</code> is sent), with no password.</p></div>\
         <p><a href=\"/\">Emulator dashboard</a></p>"
    ));
    html::answer(status, html::page("Clerk emulator: sign in", &body))
}

/// The label of a user by id, read through the Backend API.
fn st_user_label(st: &mut State, shared: &Shared, user_id: &str) -> Option<String> {
    call(st, shared, Method::GET, &format!("/users/{user_id}"), &[], json!({})).ok().map(|a| user_label(&a.body))
}

/// `s` as a query parameter value.
fn percent(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

/// Refuses a form posted from another site (the app and the emulator are
/// the same site: cookies and sites ignore ports).
fn cross_site(headers: &HeaderMap) -> bool {
    headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) == Some("cross-site")
}

/// `POST /sign-in`: sign in as `user_id`, or as the user with
/// `email_address` (created when there is none), and go back.
async fn choose(AxumState(shared): AxumState<Arc<Shared>>, headers: HeaderMap, body: Bytes) -> Response {
    let form: Vec<(String, String)> = url::form_urlencoded::parse(&body).into_owned().collect();
    let back = match redirect_url(param(&form, "redirect_url")) {
        Ok(back) => back,
        Err(refused) => return *refused,
    };
    let browser = dev_browser(&headers, &shared.cookie_suffix);
    if cross_site(&headers) {
        let error = "This form was posted from another site; sign in from this page.";
        return render(&shared, back.as_ref(), browser, Some(error), StatusCode::FORBIDDEN);
    }
    let signed_in = {
        let mut st = shared.lock();
        sign_in(&mut st, &shared, &form, browser, has_suffixed_cookies(&headers, &shared.cookie_suffix))
    };
    let cookies = match signed_in {
        Ok((cookies, events)) => {
            shared.hooks.send(events);
            cookies
        }
        Err((status, error, events)) => {
            shared.hooks.send(events);
            return render(&shared, back.as_ref(), browser, Some(&error), status);
        }
    };
    let location = back.map_or_else(|| SIGN_IN_PATH.to_string(), |b| b.to_string());
    see_other(&location, &cookies)
}

/// Why a sign-in failed: the status to answer with, the message, and the
/// events of what was done before it failed.
type Refusal = (StatusCode, String, Vec<Value>);

/// The sign-in itself, under the lock: the user chosen or created, the
/// browser's previous session ended, a new one started. Returns the
/// cookies to set and the events to send.
fn sign_in(
    st: &mut State,
    shared: &Shared,
    form: &[(String, String)],
    browser: Option<&str>,
    suffixed: bool,
) -> Result<(Vec<String>, Vec<Value>), Refusal> {
    let mut events = Vec::new();
    let user_id = if let Some(id) = param(form, "user_id").filter(|v| !v.is_empty()) {
        if !st.has_user(id) {
            return Err((StatusCode::NOT_FOUND, format!("No user has the id {id}."), events));
        }
        id.to_string()
    } else if let Some(email) = param(form, "email_address").map(str::trim).filter(|v| !v.is_empty()) {
        let found = call(st, shared, Method::GET, "/users", &[("email_address", email)], json!({}))
            .map(|a| items(a.body))
            .unwrap_or_default();
        match found.first().and_then(|u| u.get("id")).and_then(Value::as_str) {
            Some(id) => id.to_string(),
            None => {
                let body = json!({"email_address": [email], "skip_password_requirement": true});
                match call(st, shared, Method::POST, "/users", &[], body) {
                    Ok(answer) => {
                        events.extend(answer.events);
                        store::text(&answer.body, "id").unwrap_or_default()
                    }
                    Err(answer) => {
                        let message = answer
                            .body
                            .pointer("/errors/0/long_message")
                            .or_else(|| answer.body.pointer("/errors/0/message"))
                            .and_then(Value::as_str)
                            .unwrap_or("The user could not be created.")
                            .to_string();
                        return Err((answer.status, message, events));
                    }
                }
            }
        }
    } else {
        return Err((StatusCode::UNPROCESSABLE_ENTITY, "Choose a user or enter an email address.".to_string(), events));
    };
    events.extend(end_session(st, shared, browser));
    match frontend::sign_in_page(st, shared.keys, &user_id, browser, suffixed) {
        Some((cookies, more)) => {
            events.extend(more);
            Ok((cookies, events))
        }
        None => Err((StatusCode::NOT_FOUND, format!("No user has the id {user_id}."), events)),
    }
}

/// Signs the browser's client out and revokes its session through the
/// Backend API; the events of that.
fn end_session(st: &mut State, shared: &Shared, browser: Option<&str>) -> Vec<Value> {
    let Some(session_id) = browser.and_then(|db| frontend::sign_out_browser(st, db)) else { return Vec::new() };
    match call(st, shared, Method::POST, &format!("/sessions/{session_id}/revoke"), &[], json!({})) {
        Ok(answer) => answer.events,
        Err(_) => Vec::new(),
    }
}

/// `GET` or `POST /sign-out`: the browser's session revoked, its session
/// cookies cleared, and back to `redirect_url` (else the sign-in page).
async fn sign_out(
    AxumState(shared): AxumState<Arc<Shared>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let mut pairs = parse_query(uri.query());
    if method == Method::POST {
        pairs.extend(url::form_urlencoded::parse(&body).into_owned());
        if cross_site(&headers) {
            return html::answer(
                StatusCode::FORBIDDEN,
                html::page(
                    "Clerk emulator: sign out",
                    "<p class=\"error\">This form was posted from another site.</p>",
                ),
            );
        }
    }
    let back = match redirect_url(param(&pairs, "redirect_url")) {
        Ok(back) => back,
        Err(refused) => return *refused,
    };
    let events = {
        let mut st = shared.lock();
        end_session(&mut st, &shared, dev_browser(&headers, &shared.cookie_suffix))
    };
    shared.hooks.send(events);
    let location = back.map_or_else(|| SIGN_IN_PATH.to_string(), |b| b.to_string());
    let settings = shared.lock().settings.clone();
    see_other(&location, &frontend::signed_out_cookies(shared.keys, &settings))
}

/// A 303 to `location` setting `cookies`.
fn see_other(location: &str, cookies: &[String]) -> Response {
    let mut response = StatusCode::SEE_OTHER.into_response();
    let headers = response.headers_mut();
    if let Ok(location) = HeaderValue::from_str(location) {
        headers.insert(LOCATION, location);
    }
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    for cookie in cookies {
        if let Ok(v) = HeaderValue::from_str(cookie) {
            headers.append(SET_COOKIE, v);
        }
    }
    response
}
