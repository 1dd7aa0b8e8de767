//! The emulator's state and its HTTP answers.
//!
//! Objects are kept as the JSON Clerk answers with (built by `shapes`), so
//! what is stored is what is served. Every handler runs under the
//! emulator's one lock and never awaits.

use super::{shapes, Shared, ROUTES};
use axum::body::Bytes;
use axum::extract::State as AxumState;
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;
use std::sync::Arc;

/// An answer: status, JSON body, and the webhook events the change caused.
pub(crate) struct Answer {
    status: StatusCode,
    body: Value,
    events: Vec<Value>,
}

pub(super) type Reply = Result<Answer, Answer>;

pub(super) fn ok(body: Value) -> Reply {
    Ok(Answer { status: StatusCode::OK, body, events: Vec::new() })
}

fn ok_with(body: Value, events: Vec<Value>) -> Reply {
    Ok(Answer { status: StatusCode::OK, body, events })
}

pub(super) fn fail(status: StatusCode, code: &str, message: &str, long: &str, param: Option<&str>) -> Answer {
    Answer { status, body: shapes::errors(code, message, long, param), events: Vec::new() }
}

pub(super) fn not_found(what: &str) -> Answer {
    fail(
        StatusCode::NOT_FOUND,
        "resource_not_found",
        "not found",
        &format!("No {what} was found with the given id."),
        None,
    )
}

pub(super) fn missing(param: &str) -> Answer {
    fail(
        StatusCode::UNPROCESSABLE_ENTITY,
        "form_param_missing",
        &format!("{param} must be included."),
        &format!("The request must include `{param}`."),
        Some(param),
    )
}

fn invalid(param: &str, why: &str) -> Answer {
    fail(
        StatusCode::UNPROCESSABLE_ENTITY,
        "form_param_format_invalid",
        &format!("{param} is invalid."),
        &format!("`{param}` {why}."),
        Some(param),
    )
}

fn taken(param: &str, what: &str) -> Answer {
    fail(
        StatusCode::UNPROCESSABLE_ENTITY,
        "form_identifier_exists",
        &format!("That {what} is taken. Please try another."),
        &format!("Another record already uses this {what}."),
        Some(param),
    )
}

fn not_allowed(param: &str) -> Answer {
    fail(
        StatusCode::FORBIDDEN,
        "not_allowed_access",
        "Access not allowed.",
        "This identifier is blocked, or not on the allow-list while the allow-list is enforced.",
        Some(param),
    )
}

fn now() -> i64 {
    let d = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    i64::try_from(d.as_millis()).unwrap_or(i64::MAX)
}

pub(super) fn new_id(prefix: &str) -> String {
    let tail: String = std::iter::repeat_with(fastrand::alphanumeric).take(27).collect();
    format!("{prefix}_{tail}")
}

/// Ids of API keys and M2M tokens: 32 hex digits.
fn new_hex_id(prefix: &str) -> String {
    format!("{prefix}_{:016x}{:016x}", fastrand::u64(..), fastrand::u64(..))
}

/// The machine M2M tokens are issued to (the emulator has no machines of its own).
pub(crate) const EMULATOR_MACHINE: &str = "mch_emulator0000000000000000000";

/// Everything an emulator holds. Serialized whole for snapshots.
#[derive(Clone, Default, serde::Serialize, serde::Deserialize)]
pub(crate) struct State {
    #[serde(skip)]
    url: String,
    users: BTreeMap<String, Value>,
    organizations: BTreeMap<String, Value>,
    /// Membership id -> membership (with the organization and user data embedded).
    memberships: BTreeMap<String, Value>,
    organization_invitations: BTreeMap<String, Value>,
    invitations: BTreeMap<String, Value>,
    waitlist: BTreeMap<String, Value>,
    allowlist: BTreeMap<String, Value>,
    blocklist: BTreeMap<String, Value>,
    sessions: BTreeMap<String, Value>,
    api_keys: BTreeMap<String, Value>,
    /// API key id -> its secret.
    api_key_secrets: BTreeMap<String, String>,
    m2m_tokens: BTreeMap<String, Value>,
    /// M2M token id -> its token.
    m2m_secrets: BTreeMap<String, String>,
    pub(crate) restrict_to_allowlist: bool,
    /// The Frontend API side: dev browsers, clients, refresh tokens, nonces.
    #[serde(default)]
    pub(super) frontend: super::frontend::Frontend,
}

impl State {
    pub(crate) fn new(url: &str) -> State {
        State { url: url.to_string(), ..State::default() }
    }

    pub(crate) fn snapshot(&self) -> Value {
        serde_json::to_value(self).unwrap_or(Value::Null)
    }

    pub(crate) fn restore(snapshot: Value, url: &str) -> Result<State, String> {
        let mut st: State = serde_json::from_value(snapshot).map_err(|e| e.to_string())?;
        st.url = url.to_string();
        Ok(st)
    }

    /// Starts an active session for a user (signing in), with its event.
    pub(crate) fn start_session(&mut self, user_id: &str) -> Option<(Value, Vec<Value>)> {
        self.start_session_on(user_id, &new_id("client"))
    }

    /// Starts an active session for a user on the given client.
    pub(super) fn start_session_on(&mut self, user_id: &str, client_id: &str) -> Option<(Value, Vec<Value>)> {
        if !self.users.contains_key(user_id) {
            return None;
        }
        let t = now();
        let id = new_id("sess");
        let session = shapes::session(&id, user_id, client_id, "active", t + 7 * 24 * 3600 * 1000, t);
        self.sessions.insert(id, session.clone());
        if let Some(u) = self.users.get_mut(user_id) {
            u["last_sign_in_at"] = json!(t);
            u["last_active_at"] = json!(t);
        }
        let event = event("session.created", &session);
        Some((session, vec![event]))
    }

    /// A session by id, whatever its status.
    pub(super) fn session(&self, id: &str) -> Option<&Value> {
        self.sessions.get(id)
    }

    /// A user by id.
    pub(super) fn has_user(&self, id: &str) -> bool {
        self.users.contains_key(id)
    }
}

/// A webhook event as Clerk sends it.
fn event(kind: &str, data: &Value) -> Value {
    json!({
        "object": "event",
        "type": kind,
        "timestamp": now(),
        "instance_id": "ins_emulator",
        "data": data,
    })
}

// ---------------------------------------------------------------- request

/// What a handler reads from a request.
pub(super) struct Req {
    query: Vec<(String, String)>,
    body: Map<String, Value>,
}

impl Req {
    pub(super) fn q(&self, name: &str) -> Option<&str> {
        self.query.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }

    /// Every value of a query parameter, repeated (`a=1&a=2`) or with `[]`.
    fn qs(&self, name: &str) -> Vec<String> {
        let bracketed = format!("{name}[]");
        self.query
            .iter()
            .filter(|(k, _)| k == name || *k == bracketed)
            .flat_map(|(_, v)| v.split(',').map(str::to_string).collect::<Vec<_>>())
            .filter(|v| !v.is_empty())
            .collect()
    }

    fn flag(&self, name: &str) -> Option<bool> {
        self.q(name).map(|v| v == "true")
    }

    pub(super) fn str(&self, name: &str) -> Option<&str> {
        self.body.get(name).and_then(Value::as_str)
    }

    fn bool(&self, name: &str) -> Option<bool> {
        self.body.get(name).and_then(Value::as_bool)
    }

    pub(super) fn required(&self, name: &str) -> Result<String, Answer> {
        match self.str(name).map(str::trim) {
            Some(v) if !v.is_empty() => Ok(v.to_string()),
            _ => Err(missing(name)),
        }
    }

    /// A string or a list of strings (`email_address` on user creation is a list).
    fn strings(&self, name: &str) -> Vec<String> {
        match self.body.get(name) {
            Some(Value::String(s)) => vec![s.clone()],
            Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).map(str::to_string).collect(),
            _ => Vec::new(),
        }
    }

    /// Limit and offset, checked as Clerk checks them.
    fn page(&self) -> Result<(usize, usize), Answer> {
        let limit = match self.q("limit") {
            None => 10,
            Some(v) => match v.parse::<i64>() {
                Ok(n) if (1..=500).contains(&n) => n as usize,
                _ => return Err(invalid("limit", "must be a whole number from 1 to 500")),
            },
        };
        let offset = match self.q("offset") {
            None => 0,
            Some(v) => match v.parse::<i64>() {
                Ok(n) if n >= 0 => n as usize,
                _ => return Err(invalid("offset", "must be a whole number, 0 or more")),
            },
        };
        Ok((limit, offset))
    }
}

pub(super) fn parse_query(raw: Option<&str>) -> Vec<(String, String)> {
    let decode = |s: &str| {
        let s = s.replace('+', " ");
        percent_encoding::percent_decode_str(&s).decode_utf8_lossy().into_owned()
    };
    raw.unwrap_or("")
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| match p.split_once('=') {
            Some((k, v)) => (decode(k), decode(v)),
            None => (decode(p), String::new()),
        })
        .collect()
}

/// The axum handler every request goes to.
pub(crate) async fn serve(
    AxumState(shared): AxumState<Arc<Shared>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    // The Frontend API's handshake answers with a redirect, not JSON.
    let mut response = if method == Method::GET && uri.path() == super::frontend::HANDSHAKE_PATH {
        super::frontend::handshake(&shared, &uri)
    } else {
        let answer = answer(&shared, &method, &uri, &headers, &body).unwrap_or_else(|a| a);
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
    let req = Req { query: parse_query(uri.query()), body };
    let mut st = shared.lock();
    route(&mut st, shared, method, &segments, &req)
}

/// The operation id of a request the emulator does not handle.
fn operation_of(method: &Method, segments: &[&str]) -> Option<&'static str> {
    ROUTES.iter().find_map(|(m, template, id)| {
        if *m != method.as_str() {
            return None;
        }
        let parts: Vec<&str> = template.split('/').filter(|s| !s.is_empty()).collect();
        let matches = parts.len() == segments.len()
            && parts.iter().zip(segments).all(|(p, s)| (p.starts_with('{') && p.ends_with('}')) || p == s);
        matches.then_some(*id)
    })
}

fn route(st: &mut State, shared: &Shared, method: &Method, seg: &[&str], req: &Req) -> Reply {
    use Method as M;
    let m = method.clone();
    match (m, seg) {
        // Users
        (M::GET, ["users"]) => st.list_users(req),
        (M::GET, ["users", "count"]) => st.count_users(req),
        (M::POST, ["users"]) => st.create_user(req),
        (M::GET, ["users", id]) => st.user(id).cloned().map(ok).unwrap_or_else(|| Err(not_found("user"))),
        (M::PATCH, ["users", id]) => st.update_user(id, req),
        (M::DELETE, ["users", id]) => st.delete_user(id),
        (M::PATCH, ["users", id, "metadata"]) => st.merge_user_metadata(id, req),
        (M::POST, ["users", id, "ban"]) => st.set_user_flag(id, "banned", true),
        (M::POST, ["users", id, "unban"]) => st.set_user_flag(id, "banned", false),
        (M::POST, ["users", id, "lock"]) => st.set_user_flag(id, "locked", true),
        (M::POST, ["users", id, "unlock"]) => st.set_user_flag(id, "locked", false),
        // Email addresses and phone numbers
        (M::POST, ["email_addresses"]) => st.add_identification(req, Kind::Email),
        (M::GET, ["email_addresses", id]) => st.identification(id, Kind::Email).map(|(_, v)| v).map(ok).unwrap_or_else(|| Err(not_found("email address"))),
        (M::PATCH, ["email_addresses", id]) => st.update_identification(id, req, Kind::Email),
        (M::DELETE, ["email_addresses", id]) => st.delete_identification(id, Kind::Email),
        (M::POST, ["phone_numbers"]) => st.add_identification(req, Kind::Phone),
        (M::GET, ["phone_numbers", id]) => st.identification(id, Kind::Phone).map(|(_, v)| v).map(ok).unwrap_or_else(|| Err(not_found("phone number"))),
        (M::PATCH, ["phone_numbers", id]) => st.update_identification(id, req, Kind::Phone),
        (M::DELETE, ["phone_numbers", id]) => st.delete_identification(id, Kind::Phone),
        // Organizations
        (M::GET, ["organizations"]) => st.list_organizations(req),
        (M::POST, ["organizations"]) => st.create_organization(req),
        (M::GET, ["organizations", id]) => st.organization(id).cloned().map(ok).unwrap_or_else(|| Err(not_found("organization"))),
        (M::PATCH, ["organizations", id]) => st.update_organization(id, req),
        (M::DELETE, ["organizations", id]) => st.delete_organization(id),
        (M::PATCH, ["organizations", id, "metadata"]) => st.merge_organization_metadata(id, req),
        (M::GET, ["organizations", id, "memberships"]) => st.list_memberships(id, req),
        (M::POST, ["organizations", id, "memberships"]) => st.create_membership(id, req),
        (M::PATCH, ["organizations", id, "memberships", user]) => st.update_membership(id, user, req),
        (M::DELETE, ["organizations", id, "memberships", user]) => st.delete_membership(id, user),
        (M::GET, ["organizations", id, "invitations"]) => st.list_organization_invitations(id, req),
        (M::POST, ["organizations", id, "invitations"]) => st.create_organization_invitation(id, req),
        (M::GET, ["organizations", id, "invitations", inv]) => st.organization_invitation(id, inv),
        (M::POST, ["organizations", id, "invitations", inv, "revoke"]) => st.revoke_organization_invitation(id, inv),
        // Invitations
        (M::GET, ["invitations"]) => st.list_invitations(req),
        (M::POST, ["invitations"]) => st.create_invitation(&req.body).map(|(v, e)| Answer { status: StatusCode::OK, body: v, events: e }),
        (M::POST, ["invitations", "bulk"]) => st.bulk_invitations(req),
        (M::POST, ["invitations", id, "revoke"]) => st.revoke_invitation(id),
        // Waitlist
        (M::GET, ["waitlist_entries"]) => st.list_waitlist(req),
        (M::POST, ["waitlist_entries"]) => st.create_waitlist_entry(&req.body).map(|v| Answer { status: StatusCode::OK, body: v, events: Vec::new() }),
        (M::POST, ["waitlist_entries", "bulk"]) => st.bulk_waitlist(req),
        (M::DELETE, ["waitlist_entries", id]) => st.delete_waitlist_entry(id),
        (M::POST, ["waitlist_entries", id, "invite"]) => st.invite_waitlist_entry(id, req),
        (M::POST, ["waitlist_entries", id, "reject"]) => st.reject_waitlist_entry(id),
        // Allow-list and block-list
        (M::GET, ["allowlist_identifiers"]) => list_plain(st.allowlist.values().cloned().collect(), req, false),
        (M::POST, ["allowlist_identifiers"]) => st.add_listed(req, true),
        (M::DELETE, ["allowlist_identifiers", id]) => st.delete_listed(id, true),
        (M::GET, ["blocklist_identifiers"]) => list_plain(st.blocklist.values().cloned().collect(), req, true),
        (M::POST, ["blocklist_identifiers"]) => st.add_listed(req, false),
        (M::DELETE, ["blocklist_identifiers", id]) => st.delete_listed(id, false),
        // Sessions
        (M::GET, ["sessions"]) => st.list_sessions(req),
        (M::POST, ["sessions"]) => {
            let user = req.required("user_id")?;
            st.start_session(&user).map(|(s, e)| Answer { status: StatusCode::OK, body: s, events: e }).ok_or_else(|| not_found("user"))
        }
        (M::GET, ["sessions", id]) => st.sessions.get(*id).cloned().map(ok).unwrap_or_else(|| Err(not_found("session"))),
        (M::POST, ["sessions", id, "revoke"]) => st.revoke_session(id),
        (M::POST, ["sessions", id, "tokens"]) => st.session_jwt(shared, id),
        (M::POST, ["sessions", id, "refresh"]) => super::frontend::refresh(st, shared.keys, id, req),
        (M::GET, ["clients", "handshake_payload"]) => super::frontend::handshake_payload(st, req),
        // API keys and M2M tokens
        (M::GET, ["api_keys"]) => st.list_api_keys(req),
        (M::POST, ["api_keys"]) => st.create_api_key(req),
        (M::POST, ["api_keys", "verify"]) => st.verify_api_key(req),
        (M::GET, ["api_keys", id]) => st.api_keys.get(*id).cloned().map(ok).unwrap_or_else(|| Err(not_found("API key"))),
        (M::POST, ["api_keys", id, "revoke"]) => st.revoke_api_key(id, req),
        (M::GET, ["m2m_tokens"]) => st.list_m2m(req),
        (M::POST, ["m2m_tokens"]) => st.create_m2m(req),
        (M::POST, ["m2m_tokens", "verify"]) => st.verify_m2m(req),
        (M::POST, ["m2m_tokens", id, "revoke"]) => st.revoke_m2m(id, req),
        (method, seg) => Err(match operation_of(&method, seg) {
            Some(op) => fail(
                StatusCode::NOT_IMPLEMENTED,
                "not_emulated",
                &format!("{op} is not emulated"),
                &format!("The Clerk emulator does not implement operation {op}; it answers only the operations its documentation lists."),
                None,
            ),
            None => not_found("route"),
        }),
    }
}

// ---------------------------------------------------------------- lists

/// A page of `items` (already filtered and sorted).
fn slice(items: Vec<Value>, req: &Req) -> Result<(Vec<Value>, usize), Answer> {
    let (limit, offset) = req.page()?;
    let total = items.len();
    Ok((items.into_iter().skip(offset).take(limit).collect(), total))
}

/// A list Clerk answers as `{data, total_count}` (`wrapped`) or as a bare
/// array unless `paginated=true` is asked.
fn list_plain(mut items: Vec<Value>, req: &Req, wrapped: bool) -> Reply {
    items.sort_by_key(|v| std::cmp::Reverse(v.get("created_at").and_then(Value::as_i64).unwrap_or(0)));
    let (page, total) = slice(items, req)?;
    if wrapped || req.flag("paginated") == Some(true) {
        ok(json!({"data": page, "total_count": total}))
    } else {
        ok(Value::Array(page))
    }
}

/// Sorts by an `order_by` value such as `-created_at` or `+name`.
fn order(items: &mut [Value], order_by: Option<&str>, allowed: &[&str]) -> Result<(), Answer> {
    let order_by = order_by.unwrap_or("-created_at");
    let (desc, field) = match order_by.strip_prefix('-') {
        Some(f) => (true, f),
        None => (false, order_by.strip_prefix('+').unwrap_or(order_by)),
    };
    if !allowed.contains(&field) {
        return Err(invalid("order_by", &format!("must be one of {} (with `+` or `-`)", allowed.join(", "))));
    }
    let key = |v: &Value| -> (i64, String) {
        let f = match v.get(field) {
            Some(own) if !own.is_null() => own.clone(),
            // A user sorts by its primary email address.
            _ if field == "email_address" => primary_email(v).map(Value::from).unwrap_or(Value::Null),
            _ => Value::Null,
        };
        (f.as_i64().unwrap_or(0), f.as_str().map(str::to_lowercase).unwrap_or_default())
    };
    items.sort_by(|a, b| {
        let o = key(a).cmp(&key(b));
        if desc {
            o.reverse()
        } else {
            o
        }
    });
    Ok(())
}

fn primary_email(user: &Value) -> Option<&str> {
    let primary = user.get("primary_email_address_id").and_then(Value::as_str);
    let emails = user.get("email_addresses").and_then(Value::as_array)?;
    emails
        .iter()
        .find(|e| e.get("id").and_then(Value::as_str) == primary)
        .or_else(|| emails.first())
        .and_then(|e| e.get("email_address"))
        .and_then(Value::as_str)
}

fn strs<'a>(v: &'a Value, list: &str, field: &str) -> Vec<&'a str> {
    v.get(list)
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(|x| x.get(field).and_then(Value::as_str)).collect())
        .unwrap_or_default()
}

pub(super) fn text(v: &Value, field: &str) -> Option<String> {
    v.get(field).and_then(Value::as_str).map(str::to_string)
}

/// Merges `patch` into `target` as Clerk merges metadata: objects merge key
/// by key at every depth, `null` deletes a key, anything else replaces.
fn merge(target: &mut Value, patch: &Value) {
    match (target.as_object_mut(), patch.as_object()) {
        (Some(t), Some(p)) => {
            for (k, v) in p {
                if v.is_null() {
                    t.remove(k);
                } else if v.is_object() && t.get(k).map(Value::is_object).unwrap_or(false) {
                    if let Some(slot) = t.get_mut(k) {
                        merge(slot, v);
                    }
                } else {
                    t.insert(k.clone(), v.clone());
                }
            }
        }
        _ => *target = patch.clone(),
    }
}

const METADATA: [&str; 3] = ["public_metadata", "private_metadata", "unsafe_metadata"];

fn valid_email(e: &str) -> bool {
    match e.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !e.contains(' ')
        }
        None => false,
    }
}

fn valid_phone(p: &str) -> bool {
    let digits = p.strip_prefix('+').unwrap_or("");
    (8..=15).contains(&digits.len()) && digits.chars().all(|c| c.is_ascii_digit())
}

#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Kind {
    Email,
    Phone,
}

impl Kind {
    fn list(self) -> &'static str {
        match self {
            Kind::Email => "email_addresses",
            Kind::Phone => "phone_numbers",
        }
    }
    fn field(self) -> &'static str {
        match self {
            Kind::Email => "email_address",
            Kind::Phone => "phone_number",
        }
    }
    fn primary(self) -> &'static str {
        match self {
            Kind::Email => "primary_email_address_id",
            Kind::Phone => "primary_phone_number_id",
        }
    }
    fn what(self) -> &'static str {
        match self {
            Kind::Email => "email address",
            Kind::Phone => "phone number",
        }
    }
    fn object(self) -> &'static str {
        match self {
            Kind::Email => "email_address",
            Kind::Phone => "phone_number",
        }
    }
}

// ---------------------------------------------------------------- handlers

impl State {
    fn user(&self, id: &str) -> Option<&Value> {
        self.users.get(id)
    }

    /// Whether `value` may be added as an identifier (block-list, allow-list).
    fn admissible(&self, value: &str, param: &str) -> Result<(), Answer> {
        let listed = |list: &BTreeMap<String, Value>| {
            list.values().any(|e| {
                e.get("identifier").and_then(Value::as_str).is_some_and(|i| {
                    i.eq_ignore_ascii_case(value)
                        || i.strip_prefix("*@")
                            .is_some_and(|d| value.to_lowercase().ends_with(&format!("@{}", d.to_lowercase())))
                })
            })
        };
        if listed(&self.blocklist) || (self.restrict_to_allowlist && !listed(&self.allowlist)) {
            return Err(not_allowed(param));
        }
        Ok(())
    }

    fn identifier_taken(&self, kind: Kind, value: &str) -> bool {
        self.users.values().any(|u| strs(u, kind.list(), kind.field()).iter().any(|v| v.eq_ignore_ascii_case(value)))
    }

    fn list_users(&self, req: &Req) -> Reply {
        let mut users: Vec<Value> = self.filtered_users(req);
        order(
            &mut users,
            req.q("order_by"),
            &[
                "created_at",
                "updated_at",
                "email_address",
                "web3wallet",
                "first_name",
                "last_name",
                "phone_number",
                "username",
                "last_active_at",
                "last_sign_in_at",
            ],
        )?;
        let (page, _) = slice(users, req)?;
        ok(Value::Array(page))
    }

    fn count_users(&self, req: &Req) -> Reply {
        ok(json!({"object": "total_count", "total_count": self.filtered_users(req).len()}))
    }

    fn filtered_users(&self, req: &Req) -> Vec<Value> {
        let emails = req.qs("email_address");
        let phones = req.qs("phone_number");
        let ids = req.qs("user_id");
        let externals = req.qs("external_id");
        let usernames = req.qs("username");
        let orgs = req.qs("organization_id");
        let query = req.q("query").map(str::to_lowercase).filter(|q| !q.is_empty());
        let any = |want: &[String], have: &[&str]| {
            want.is_empty() || want.iter().any(|w| have.iter().any(|h| h.eq_ignore_ascii_case(w)))
        };
        self.users
            .values()
            .filter(|u| {
                let id = text(u, "id").unwrap_or_default();
                let member_of: Vec<&str> = self
                    .memberships
                    .values()
                    .filter(|m| m.pointer("/public_user_data/user_id").and_then(Value::as_str) == Some(id.as_str()))
                    .filter_map(|m| m.pointer("/organization/id").and_then(Value::as_str))
                    .collect();
                let matches_query = query.as_ref().is_none_or(|q| {
                    let mut hay = vec![id.clone()];
                    hay.extend(strs(u, "email_addresses", "email_address").into_iter().map(str::to_string));
                    hay.extend(strs(u, "phone_numbers", "phone_number").into_iter().map(str::to_string));
                    for f in ["username", "first_name", "last_name", "external_id"] {
                        hay.extend(text(u, f));
                    }
                    hay.iter().any(|h| h.to_lowercase().contains(q.as_str()))
                });
                any(&emails, &strs(u, "email_addresses", "email_address"))
                    && any(&phones, &strs(u, "phone_numbers", "phone_number"))
                    && any(&ids, &[id.as_str()])
                    && any(&externals, &text(u, "external_id").as_deref().into_iter().collect::<Vec<_>>())
                    && any(&usernames, &text(u, "username").as_deref().into_iter().collect::<Vec<_>>())
                    && (orgs.is_empty() || orgs.iter().any(|o| member_of.contains(&o.as_str())))
                    && matches_query
            })
            .cloned()
            .collect()
    }

    fn create_user(&mut self, req: &Req) -> Reply {
        let emails = req.strings("email_address");
        let phones = req.strings("phone_number");
        for e in &emails {
            if !valid_email(e) {
                return Err(invalid("email_address", "must be a valid email address"));
            }
            self.admissible(e, "email_address")?;
            if self.identifier_taken(Kind::Email, e) {
                return Err(taken("email_address", "email address"));
            }
        }
        for p in &phones {
            if !valid_phone(p) {
                return Err(invalid("phone_number", "must be in E.164 form, such as +15555550100"));
            }
            self.admissible(p, "phone_number")?;
            if self.identifier_taken(Kind::Phone, p) {
                return Err(taken("phone_number", "phone number"));
            }
        }
        if let Some(username) = req.str("username") {
            if username.len() < 4 || username.len() > 64 {
                return Err(invalid("username", "must be 4 to 64 characters long"));
            }
            if self.users.values().any(|u| text(u, "username").is_some_and(|n| n.eq_ignore_ascii_case(username))) {
                return Err(taken("username", "username"));
            }
        }
        if let Some(external) = req.str("external_id") {
            if self.users.values().any(|u| text(u, "external_id").as_deref() == Some(external)) {
                return Err(taken("external_id", "external id"));
            }
        }
        if let Some(password) = req.str("password") {
            if password.chars().count() < 8 {
                return Err(fail(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "form_password_length_too_short",
                    "Passwords must be 8 characters or more.",
                    "The password is shorter than 8 characters.",
                    Some("password"),
                ));
            }
        }
        let t = now();
        let id = new_id("user");
        let mut user = shapes::user(&id, t);
        for f in ["first_name", "last_name", "username", "external_id"] {
            if let Some(v) = req.str(f) {
                user[f] = json!(v);
            }
        }
        for f in METADATA {
            if let Some(v) = req.body.get(f).filter(|v| v.is_object()) {
                user[f] = v.clone();
            }
        }
        if req.str("password").is_some() || req.str("password_digest").is_some() {
            user["password_enabled"] = json!(true);
        }
        let email_values: Vec<Value> =
            emails.iter().map(|e| shapes::email_address(&new_id("idn"), e, true, t)).collect();
        let phone_values: Vec<Value> =
            phones.iter().map(|p| shapes::phone_number(&new_id("idn"), p, true, t)).collect();
        if let Some(first) = email_values.first() {
            user["primary_email_address_id"] = first["id"].clone();
        }
        if let Some(first) = phone_values.first() {
            user["primary_phone_number_id"] = first["id"].clone();
        }
        user["email_addresses"] = Value::Array(email_values);
        user["phone_numbers"] = Value::Array(phone_values);
        self.users.insert(id, user.clone());
        let e = event("user.created", &user);
        ok_with(user, vec![e])
    }

    fn update_user(&mut self, id: &str, req: &Req) -> Reply {
        let Some(current) = self.users.get(id).cloned() else { return Err(not_found("user")) };
        if let Some(Value::String(username)) = req.body.get("username") {
            if self.users.values().any(|u| {
                text(u, "id").as_deref() != Some(id)
                    && text(u, "username").is_some_and(|n| n.eq_ignore_ascii_case(username))
            }) {
                return Err(taken("username", "username"));
            }
        }
        if let Some(Value::String(external)) = req.body.get("external_id") {
            if self.users.values().any(|u| {
                text(u, "id").as_deref() != Some(id) && text(u, "external_id").as_deref() == Some(external.as_str())
            }) {
                return Err(taken("external_id", "external id"));
            }
        }
        for (kind, field) in [(Kind::Email, "primary_email_address_id"), (Kind::Phone, "primary_phone_number_id")] {
            if let Some(Value::String(v)) = req.body.get(field) {
                if !strs(&current, kind.list(), "id").contains(&v.as_str()) {
                    return Err(invalid(field, &format!("must be the id of one of the user's {}s", kind.what())));
                }
            }
        }
        let Some(user) = self.users.get_mut(id) else { return Err(not_found("user")) };
        for f in [
            "first_name",
            "last_name",
            "username",
            "external_id",
            "primary_email_address_id",
            "primary_phone_number_id",
            "locale",
        ] {
            match req.body.get(f) {
                Some(Value::Null) => user[f] = Value::Null,
                Some(Value::String(s)) => user[f] = json!(s),
                _ => {}
            }
        }
        for f in METADATA {
            match req.body.get(f) {
                Some(v @ Value::Object(_)) => user[f] = v.clone(),
                Some(Value::Null) => user[f] = json!({}),
                _ => {}
            }
        }
        if req.str("password").is_some() {
            user["password_enabled"] = json!(true);
        }
        user["updated_at"] = json!(now());
        let user = user.clone();
        self.refresh_memberships_of(id);
        let e = event("user.updated", &user);
        ok_with(user, vec![e])
    }

    fn merge_user_metadata(&mut self, id: &str, req: &Req) -> Reply {
        let Some(user) = self.users.get_mut(id) else { return Err(not_found("user")) };
        for f in METADATA {
            if let Some(patch) = req.body.get(f).filter(|v| v.is_object()) {
                merge(&mut user[f], patch);
            }
        }
        user["updated_at"] = json!(now());
        let user = user.clone();
        let e = event("user.updated", &user);
        ok_with(user, vec![e])
    }

    fn set_user_flag(&mut self, id: &str, flag: &str, on: bool) -> Reply {
        let Some(user) = self.users.get_mut(id) else { return Err(not_found("user")) };
        user[flag] = json!(on);
        if flag == "locked" {
            user["lockout_expires_in_seconds"] = if on { json!(3600) } else { Value::Null };
        }
        user["updated_at"] = json!(now());
        let user = user.clone();
        if flag == "banned" && on {
            // A ban ends the user's sessions.
            let mut events = Vec::new();
            for s in self.sessions.values_mut() {
                if s.get("user_id").and_then(Value::as_str) == Some(id)
                    && s.get("status").and_then(Value::as_str) == Some("active")
                {
                    s["status"] = json!("revoked");
                    s["updated_at"] = json!(now());
                    events.push(event("session.revoked", s));
                }
            }
            events.push(event("user.updated", &user));
            return ok_with(user, events);
        }
        let e = event("user.updated", &user);
        ok_with(user, vec![e])
    }

    fn delete_user(&mut self, id: &str) -> Reply {
        if self.users.remove(id).is_none() {
            return Err(not_found("user"));
        }
        let mut events = Vec::new();
        let gone: Vec<String> = self
            .memberships
            .iter()
            .filter(|(_, m)| m.pointer("/public_user_data/user_id").and_then(Value::as_str) == Some(id))
            .map(|(k, _)| k.clone())
            .collect();
        for k in gone {
            if let Some(m) = self.memberships.remove(&k) {
                events.push(event("organizationMembership.deleted", &m));
            }
        }
        self.sessions.retain(|_, s| s.get("user_id").and_then(Value::as_str) != Some(id));
        let deleted = shapes::deleted(id, "user");
        events.push(event("user.deleted", &deleted));
        ok_with(deleted, events)
    }

    /// An email address or phone number by id: (owner's id, the object).
    fn identification(&self, id: &str, kind: Kind) -> Option<(String, Value)> {
        self.users.iter().find_map(|(uid, u)| {
            u.get(kind.list())
                .and_then(Value::as_array)?
                .iter()
                .find(|e| e.get("id").and_then(Value::as_str) == Some(id))
                .map(|e| (uid.clone(), e.clone()))
        })
    }

    fn add_identification(&mut self, req: &Req, kind: Kind) -> Reply {
        let user_id = req.required("user_id")?;
        let value = req.required(kind.field())?;
        let ok_format = match kind {
            Kind::Email => valid_email(&value),
            Kind::Phone => valid_phone(&value),
        };
        if !ok_format {
            return Err(invalid(kind.field(), &format!("must be a valid {}", kind.what())));
        }
        if !self.users.contains_key(&user_id) {
            return Err(not_found("user"));
        }
        self.admissible(&value, kind.field())?;
        if self.identifier_taken(kind, &value) {
            return Err(taken(kind.field(), kind.what()));
        }
        let t = now();
        let verified = req.bool("verified").unwrap_or(false);
        let obj = match kind {
            Kind::Email => shapes::email_address(&new_id("idn"), &value, verified, t),
            Kind::Phone => shapes::phone_number(&new_id("idn"), &value, verified, t),
        };
        let Some(user) = self.users.get_mut(&user_id) else { return Err(not_found("user")) };
        if let Some(list) = user.get_mut(kind.list()).and_then(Value::as_array_mut) {
            list.push(obj.clone());
        }
        if req.bool("primary") == Some(true) || user.get(kind.primary()).is_none_or(Value::is_null) {
            user[kind.primary()] = obj["id"].clone();
        }
        user["updated_at"] = json!(t);
        let user = user.clone();
        ok_with(obj, vec![event("user.updated", &user)])
    }

    fn update_identification(&mut self, id: &str, req: &Req, kind: Kind) -> Reply {
        let Some((uid, _)) = self.identification(id, kind) else { return Err(not_found(kind.what())) };
        let Some(user) = self.users.get_mut(&uid) else { return Err(not_found("user")) };
        let mut updated = Value::Null;
        if let Some(list) = user.get_mut(kind.list()).and_then(Value::as_array_mut) {
            for e in list.iter_mut() {
                if e.get("id").and_then(Value::as_str) == Some(id) {
                    if let Some(v) = req.bool("verified") {
                        let value = text(e, kind.field()).unwrap_or_default();
                        let fresh = match kind {
                            Kind::Email => shapes::email_address(id, &value, v, now()),
                            Kind::Phone => shapes::phone_number(id, &value, v, now()),
                        };
                        e["verification"] = fresh["verification"].clone();
                    }
                    e["updated_at"] = json!(now());
                    updated = e.clone();
                }
            }
        }
        if req.bool("primary") == Some(true) {
            user[kind.primary()] = json!(id);
        }
        let user = user.clone();
        ok_with(updated, vec![event("user.updated", &user)])
    }

    fn delete_identification(&mut self, id: &str, kind: Kind) -> Reply {
        let Some((uid, _)) = self.identification(id, kind) else { return Err(not_found(kind.what())) };
        let Some(user) = self.users.get_mut(&uid) else { return Err(not_found("user")) };
        if let Some(list) = user.get_mut(kind.list()).and_then(Value::as_array_mut) {
            list.retain(|e| e.get("id").and_then(Value::as_str) != Some(id));
        }
        if user.get(kind.primary()).and_then(Value::as_str) == Some(id) {
            let next = user
                .get(kind.list())
                .and_then(Value::as_array)
                .and_then(|l| l.first())
                .and_then(|e| e.get("id"))
                .cloned();
            user[kind.primary()] = next.unwrap_or(Value::Null);
        }
        let user = user.clone();
        ok_with(shapes::deleted(id, kind.object()), vec![event("user.updated", &user)])
    }

    // ------------------------------------------------------------ organizations

    fn organization(&self, id_or_slug: &str) -> Option<&Value> {
        self.organizations
            .get(id_or_slug)
            .or_else(|| self.organizations.values().find(|o| text(o, "slug").as_deref() == Some(id_or_slug)))
    }

    fn org_id(&self, id_or_slug: &str) -> Result<String, Answer> {
        self.organization(id_or_slug).and_then(|o| text(o, "id")).ok_or_else(|| not_found("organization"))
    }

    fn members_count(&self, org_id: &str) -> usize {
        self.memberships
            .values()
            .filter(|m| m.pointer("/organization/id").and_then(Value::as_str) == Some(org_id))
            .count()
    }

    fn list_organizations(&self, req: &Req) -> Reply {
        let query = req.q("query").map(str::to_lowercase).filter(|q| !q.is_empty());
        let ids = req.qs("organization_id");
        let mut orgs: Vec<Value> = self
            .organizations
            .values()
            .filter(|o| {
                let hay = [text(o, "id"), text(o, "name"), text(o, "slug")];
                query.as_ref().is_none_or(|q| hay.iter().flatten().any(|h| h.to_lowercase().contains(q.as_str())))
                    && (ids.is_empty() || ids.iter().any(|i| text(o, "id").as_deref() == Some(i.as_str())))
            })
            .cloned()
            .collect();
        if req.flag("include_members_count") == Some(true) {
            for o in orgs.iter_mut() {
                let id = text(o, "id").unwrap_or_default();
                o["members_count"] = json!(self.members_count(&id));
            }
        }
        order(&mut orgs, req.q("order_by"), &["created_at", "name", "members_count"])?;
        let (page, total) = slice(orgs, req)?;
        ok(json!({"data": page, "total_count": total}))
    }

    fn check_slug(&self, slug: &str, except: Option<&str>) -> Result<(), Answer> {
        let good = !slug.is_empty()
            && slug.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
        if !good {
            return Err(invalid("slug", "may hold only lowercase letters, digits, `-` and `_`"));
        }
        if self
            .organizations
            .values()
            .any(|o| text(o, "slug").as_deref() == Some(slug) && text(o, "id").as_deref() != except)
        {
            return Err(taken("slug", "slug"));
        }
        Ok(())
    }

    fn create_organization(&mut self, req: &Req) -> Reply {
        let name = req.required("name")?;
        let slug = match req.str("slug") {
            Some(s) => s.to_string(),
            None => {
                let base: String = name
                    .to_lowercase()
                    .chars()
                    .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
                    .collect::<String>()
                    .trim_matches('-')
                    .to_string();
                let base = if base.is_empty() { "org".to_string() } else { base };
                let mut candidate = base.clone();
                let mut n = 1;
                while self.organizations.values().any(|o| text(o, "slug").as_deref() == Some(candidate.as_str())) {
                    n += 1;
                    candidate = format!("{base}-{n}");
                }
                candidate
            }
        };
        self.check_slug(&slug, None)?;
        let created_by = req.str("created_by").map(str::to_string);
        if let Some(u) = &created_by {
            if !self.users.contains_key(u) {
                return Err(not_found("user"));
            }
        }
        let t = now();
        let id = new_id("org");
        let mut org = shapes::organization(&id, &name, &slug, created_by.as_deref(), t);
        for f in ["public_metadata", "private_metadata"] {
            if let Some(v) = req.body.get(f).filter(|v| v.is_object()) {
                org[f] = v.clone();
            }
        }
        if let Some(n) = req.body.get("max_allowed_memberships").and_then(Value::as_i64) {
            org["max_allowed_memberships"] = json!(n);
        }
        self.organizations.insert(id.clone(), org.clone());
        let mut events = vec![event("organization.created", &org)];
        if let Some(u) = created_by {
            if let Ok(a) = self.add_membership(&id, &u, "org:admin") {
                events.extend(a.events);
            }
        }
        ok_with(org, events)
    }

    fn update_organization(&mut self, id_or_slug: &str, req: &Req) -> Reply {
        let id = self.org_id(id_or_slug)?;
        if let Some(slug) = req.str("slug") {
            self.check_slug(slug, Some(&id))?;
        }
        let Some(org) = self.organizations.get_mut(&id) else { return Err(not_found("organization")) };
        if let Some(name) = req.str("name") {
            if name.trim().is_empty() {
                return Err(invalid("name", "must not be empty"));
            }
            org["name"] = json!(name);
        }
        if let Some(slug) = req.str("slug") {
            org["slug"] = json!(slug);
        }
        for f in ["public_metadata", "private_metadata"] {
            if let Some(v) = req.body.get(f).filter(|v| v.is_object()) {
                org[f] = v.clone();
            }
        }
        if let Some(n) = req.body.get("max_allowed_memberships").and_then(Value::as_i64) {
            org["max_allowed_memberships"] = json!(n);
        }
        org["updated_at"] = json!(now());
        let org = org.clone();
        self.refresh_memberships_in(&id);
        ok_with(org.clone(), vec![event("organization.updated", &org)])
    }

    fn merge_organization_metadata(&mut self, id_or_slug: &str, req: &Req) -> Reply {
        let id = self.org_id(id_or_slug)?;
        let Some(org) = self.organizations.get_mut(&id) else { return Err(not_found("organization")) };
        for f in ["public_metadata", "private_metadata"] {
            if let Some(patch) = req.body.get(f).filter(|v| v.is_object()) {
                merge(&mut org[f], patch);
            }
        }
        org["updated_at"] = json!(now());
        let org = org.clone();
        self.refresh_memberships_in(&id);
        ok_with(org.clone(), vec![event("organization.updated", &org)])
    }

    fn delete_organization(&mut self, id_or_slug: &str) -> Reply {
        let id = self.org_id(id_or_slug)?;
        self.organizations.remove(&id);
        let mut events = Vec::new();
        let gone: Vec<String> = self
            .memberships
            .iter()
            .filter(|(_, m)| m.pointer("/organization/id").and_then(Value::as_str) == Some(id.as_str()))
            .map(|(k, _)| k.clone())
            .collect();
        for k in gone {
            if let Some(m) = self.memberships.remove(&k) {
                events.push(event("organizationMembership.deleted", &m));
            }
        }
        self.organization_invitations
            .retain(|_, i| i.get("organization_id").and_then(Value::as_str) != Some(id.as_str()));
        let deleted = shapes::deleted(&id, "organization");
        events.push(event("organization.deleted", &deleted));
        ok_with(deleted, events)
    }

    /// Memberships embed their organization and user: keep them current.
    fn refresh_memberships_in(&mut self, org_id: &str) {
        let Some(org) = self.organizations.get(org_id).cloned() else { return };
        for m in self.memberships.values_mut() {
            if m.pointer("/organization/id").and_then(Value::as_str) == Some(org_id) {
                m["organization"] = org.clone();
            }
        }
    }

    fn refresh_memberships_of(&mut self, user_id: &str) {
        let Some(user) = self.users.get(user_id).cloned() else { return };
        for m in self.memberships.values_mut() {
            if m.pointer("/public_user_data/user_id").and_then(Value::as_str) == Some(user_id) {
                let id = text(m, "id").unwrap_or_default();
                let role = text(m, "role").unwrap_or_default();
                let created = m.get("created_at").and_then(Value::as_i64).unwrap_or(0);
                let org = m["organization"].clone();
                let mut fresh = shapes::membership(&id, &org, &user, &role, created);
                fresh["updated_at"] = json!(now());
                *m = fresh;
            }
        }
    }

    fn membership_key(&self, org_id: &str, user_id: &str) -> Option<String> {
        self.memberships
            .iter()
            .find(|(_, m)| {
                m.pointer("/organization/id").and_then(Value::as_str) == Some(org_id)
                    && m.pointer("/public_user_data/user_id").and_then(Value::as_str) == Some(user_id)
            })
            .map(|(k, _)| k.clone())
    }

    fn add_membership(&mut self, org_id: &str, user_id: &str, role: &str) -> Reply {
        let Some(user) = self.users.get(user_id).cloned() else { return Err(not_found("user")) };
        let Some(org) = self.organizations.get(org_id).cloned() else { return Err(not_found("organization")) };
        if self.membership_key(org_id, user_id).is_some() {
            return Err(fail(
                StatusCode::UNPROCESSABLE_ENTITY,
                "already_a_member_in_organization",
                "Already a member.",
                "This user is already a member of the organization.",
                Some("user_id"),
            ));
        }
        let max = org.get("max_allowed_memberships").and_then(Value::as_i64).unwrap_or(0);
        if max > 0 && self.members_count(org_id) as i64 >= max {
            return Err(fail(
                StatusCode::FORBIDDEN,
                "organization_membership_quota_exceeded",
                "Membership quota exceeded.",
                "The organization has reached its maximum number of members.",
                None,
            ));
        }
        let id = new_id("orgmem");
        let m = shapes::membership(&id, &org, &user, role, now());
        self.memberships.insert(id, m.clone());
        ok_with(m.clone(), vec![event("organizationMembership.created", &m)])
    }

    fn create_membership(&mut self, id_or_slug: &str, req: &Req) -> Reply {
        let org_id = self.org_id(id_or_slug)?;
        let user_id = req.required("user_id")?;
        let role = req.required("role")?;
        self.add_membership(&org_id, &user_id, &role)
    }

    fn list_memberships(&self, id_or_slug: &str, req: &Req) -> Reply {
        let org_id = self.org_id(id_or_slug)?;
        let roles = req.qs("role");
        let users = req.qs("user_id");
        let mut items: Vec<Value> = self
            .memberships
            .values()
            .filter(|m| m.pointer("/organization/id").and_then(Value::as_str) == Some(org_id.as_str()))
            .filter(|m| roles.is_empty() || roles.iter().any(|r| text(m, "role").as_deref() == Some(r.as_str())))
            .filter(|m| {
                users.is_empty()
                    || users
                        .iter()
                        .any(|u| m.pointer("/public_user_data/user_id").and_then(Value::as_str) == Some(u.as_str()))
            })
            .cloned()
            .collect();
        order(&mut items, req.q("order_by"), &["created_at", "updated_at", "role"])?;
        let (page, total) = slice(items, req)?;
        ok(json!({"data": page, "total_count": total}))
    }

    fn update_membership(&mut self, id_or_slug: &str, user_id: &str, req: &Req) -> Reply {
        let org_id = self.org_id(id_or_slug)?;
        let role = req.required("role")?;
        let Some(key) = self.membership_key(&org_id, user_id) else { return Err(not_found("membership")) };
        let Some(m) = self.memberships.get_mut(&key) else { return Err(not_found("membership")) };
        m["role"] = json!(role);
        m["updated_at"] = json!(now());
        let m = m.clone();
        ok_with(m.clone(), vec![event("organizationMembership.updated", &m)])
    }

    fn delete_membership(&mut self, id_or_slug: &str, user_id: &str) -> Reply {
        let org_id = self.org_id(id_or_slug)?;
        let Some(key) = self.membership_key(&org_id, user_id) else { return Err(not_found("membership")) };
        let Some(m) = self.memberships.remove(&key) else { return Err(not_found("membership")) };
        ok_with(m.clone(), vec![event("organizationMembership.deleted", &m)])
    }

    fn create_organization_invitation(&mut self, id_or_slug: &str, req: &Req) -> Reply {
        let org_id = self.org_id(id_or_slug)?;
        let email = req.required("email_address")?;
        let role = req.required("role")?;
        if !valid_email(&email) {
            return Err(invalid("email_address", "must be a valid email address"));
        }
        let pending = self.organization_invitations.values().any(|i| {
            text(i, "organization_id").as_deref() == Some(org_id.as_str())
                && text(i, "email_address").is_some_and(|e| e.eq_ignore_ascii_case(&email))
                && text(i, "status").as_deref() == Some("pending")
        });
        if pending {
            return Err(fail(
                StatusCode::UNPROCESSABLE_ENTITY,
                "duplicate_record",
                "Already invited.",
                "A pending invitation to this organization already exists for this email address.",
                Some("email_address"),
            ));
        }
        let id = new_id("orginv");
        let mut inv = shapes::organization_invitation(&id, &org_id, &email, &role, "pending", now());
        if let Some(v) = req.body.get("public_metadata").filter(|v| v.is_object()) {
            inv["public_metadata"] = v.clone();
        }
        self.organization_invitations.insert(id, inv.clone());
        ok_with(inv.clone(), vec![event("organizationInvitation.created", &inv)])
    }

    fn list_organization_invitations(&self, id_or_slug: &str, req: &Req) -> Reply {
        let org_id = self.org_id(id_or_slug)?;
        let statuses = req.qs("status");
        let mut items: Vec<Value> = self
            .organization_invitations
            .values()
            .filter(|i| text(i, "organization_id").as_deref() == Some(org_id.as_str()))
            .filter(|i| {
                statuses.is_empty() || statuses.iter().any(|s| text(i, "status").as_deref() == Some(s.as_str()))
            })
            .cloned()
            .collect();
        order(&mut items, None, &["created_at"])?;
        let (page, total) = slice(items, req)?;
        ok(json!({"data": page, "total_count": total}))
    }

    fn organization_invitation(&self, id_or_slug: &str, inv: &str) -> Reply {
        let org_id = self.org_id(id_or_slug)?;
        self.organization_invitations
            .get(inv)
            .filter(|i| text(i, "organization_id").as_deref() == Some(org_id.as_str()))
            .cloned()
            .map(ok)
            .unwrap_or_else(|| Err(not_found("organization invitation")))
    }

    fn revoke_organization_invitation(&mut self, id_or_slug: &str, inv: &str) -> Reply {
        let org_id = self.org_id(id_or_slug)?;
        let Some(i) = self
            .organization_invitations
            .get_mut(inv)
            .filter(|i| text(i, "organization_id").as_deref() == Some(org_id.as_str()))
        else {
            return Err(not_found("organization invitation"));
        };
        if text(i, "status").as_deref() != Some("pending") {
            return Err(fail(
                StatusCode::BAD_REQUEST,
                "organization_invitation_not_pending",
                "Only pending invitations can be revoked.",
                "This organization invitation is no longer pending.",
                None,
            ));
        }
        i["status"] = json!("revoked");
        i["updated_at"] = json!(now());
        let i = i.clone();
        ok_with(i.clone(), vec![event("organizationInvitation.revoked", &i)])
    }

    // ------------------------------------------------------------ invitations

    fn list_invitations(&self, req: &Req) -> Reply {
        let mut items = by_status_and_email(&self.invitations, req);
        order(&mut items, req.q("order_by"), &["created_at", "email_address", "expires_at"])?;
        let (page, total) = slice(items, req)?;
        if req.flag("paginated") == Some(true) {
            ok(json!({"data": page, "total_count": total}))
        } else {
            ok(Value::Array(page))
        }
    }

    fn create_invitation(&mut self, body: &Map<String, Value>) -> Result<(Value, Vec<Value>), Answer> {
        let email = match body.get("email_address").and_then(Value::as_str).map(str::trim) {
            Some(e) if !e.is_empty() => e.to_string(),
            _ => return Err(missing("email_address")),
        };
        if !valid_email(&email) {
            return Err(invalid("email_address", "must be a valid email address"));
        }
        let ignore_existing = body.get("ignore_existing").and_then(Value::as_bool).unwrap_or(false);
        if !ignore_existing {
            if self.identifier_taken(Kind::Email, &email) {
                return Err(taken("email_address", "email address"));
            }
            let pending = self.invitations.values().any(|i| {
                text(i, "email_address").is_some_and(|e| e.eq_ignore_ascii_case(&email))
                    && text(i, "status").as_deref() == Some("pending")
            });
            if pending {
                return Err(fail(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "duplicate_record",
                    "Already invited.",
                    "A pending invitation already exists for this email address; set `ignore_existing` to send another.",
                    Some("email_address"),
                ));
            }
        }
        let days = body.get("expires_in_days").and_then(Value::as_i64).unwrap_or(30);
        if !(1..=365).contains(&days) {
            return Err(invalid("expires_in_days", "must be from 1 to 365"));
        }
        let t = now();
        let id = new_id("inv");
        let url = format!("{}/v1/tickets/accept?ticket={}", self.url, new_id("ticket"));
        let mut inv = shapes::invitation(
            &id,
            &email,
            "pending",
            Some(&url),
            Some(t.saturating_add(days.saturating_mul(86_400_000))),
            t,
        );
        if let Some(v) = body.get("public_metadata").filter(|v| v.is_object()) {
            inv["public_metadata"] = v.clone();
        }
        self.invitations.insert(id, inv.clone());
        let mut events = Vec::new();
        if body.get("notify").and_then(Value::as_bool) != Some(false) {
            events.push(event(
                "email.created",
                &json!({
                    "object": "email",
                    "id": new_id("ema"),
                    "slug": "invitation",
                    "to_email_address": email,
                    "from_email_name": "invitations",
                    "subject": "You are invited",
                    "body": format!("Accept your invitation: {url}"),
                    "body_plain": format!("Accept your invitation: {url}"),
                    "delivered_by_clerk": true,
                    "status": "queued",
                    "data": {"url": url},
                }),
            ));
        }
        Ok((inv, events))
    }

    fn bulk_invitations(&mut self, req: &Req) -> Reply {
        let Some(items) = req.body.get("items").and_then(Value::as_array).cloned() else {
            return Err(invalid("body", "must be a list of invitations"));
        };
        // All or nothing: check every item first on a copy.
        let mut trial = self.clone();
        let mut out = Vec::new();
        let mut events = Vec::new();
        for item in &items {
            let Value::Object(body) = item else { return Err(invalid("body", "must be a list of objects")) };
            let (inv, e) = trial.create_invitation(body)?;
            out.push(inv);
            events.extend(e);
        }
        *self = trial;
        ok_with(Value::Array(out), events)
    }

    fn revoke_invitation(&mut self, id: &str) -> Reply {
        let Some(inv) = self.invitations.get_mut(id) else { return Err(not_found("invitation")) };
        if text(inv, "status").as_deref() != Some("pending") {
            return Err(fail(
                StatusCode::BAD_REQUEST,
                "invitation_not_pending",
                "Only pending invitations can be revoked.",
                "This invitation was already accepted, revoked or has expired.",
                None,
            ));
        }
        inv["status"] = json!("revoked");
        inv["revoked"] = json!(true);
        inv["updated_at"] = json!(now());
        ok(inv.clone())
    }

    // ------------------------------------------------------------ waitlist

    fn list_waitlist(&self, req: &Req) -> Reply {
        let mut items = by_status_and_email(&self.waitlist, req);
        order(&mut items, req.q("order_by"), &["created_at", "email_address", "invited_at"])?;
        let (page, total) = slice(items, req)?;
        ok(json!({"data": page, "total_count": total}))
    }

    fn create_waitlist_entry(&mut self, body: &Map<String, Value>) -> Result<Value, Answer> {
        let email = match body.get("email_address").and_then(Value::as_str).map(str::trim) {
            Some(e) if !e.is_empty() => e.to_string(),
            _ => return Err(missing("email_address")),
        };
        if !valid_email(&email) {
            return Err(invalid("email_address", "must be a valid email address"));
        }
        // Joining twice keeps the one entry, as Clerk does.
        if let Some(existing) =
            self.waitlist.values().find(|w| text(w, "email_address").is_some_and(|e| e.eq_ignore_ascii_case(&email)))
        {
            return Ok(existing.clone());
        }
        let id = new_id("wle");
        let entry = shapes::waitlist_entry(&id, &email, "pending", now());
        self.waitlist.insert(id, entry.clone());
        Ok(entry)
    }

    fn bulk_waitlist(&mut self, req: &Req) -> Reply {
        let Some(items) = req.body.get("items").and_then(Value::as_array).cloned() else {
            return Err(invalid("body", "must be a list of waitlist entries"));
        };
        let mut trial = self.clone();
        let mut out = Vec::new();
        for item in &items {
            let Value::Object(body) = item else { return Err(invalid("body", "must be a list of objects")) };
            out.push(trial.create_waitlist_entry(body)?);
        }
        *self = trial;
        ok(Value::Array(out))
    }

    fn delete_waitlist_entry(&mut self, id: &str) -> Reply {
        match self.waitlist.remove(id) {
            Some(_) => ok(shapes::deleted(id, "waitlist_entry")),
            None => Err(not_found("waitlist entry")),
        }
    }

    fn invite_waitlist_entry(&mut self, id: &str, req: &Req) -> Reply {
        let Some(entry) = self.waitlist.get(id).cloned() else { return Err(not_found("waitlist entry")) };
        let email = text(&entry, "email_address").unwrap_or_default();
        let mut body = Map::new();
        body.insert("email_address".into(), json!(email));
        body.insert("ignore_existing".into(), json!(req.bool("ignore_existing").unwrap_or(false)));
        let (inv, events) = self.create_invitation(&body)?;
        let Some(entry) = self.waitlist.get_mut(id) else { return Err(not_found("waitlist entry")) };
        entry["status"] = json!("invited");
        entry["invitation"] = inv;
        entry["updated_at"] = json!(now());
        ok_with(entry.clone(), events)
    }

    fn reject_waitlist_entry(&mut self, id: &str) -> Reply {
        let Some(entry) = self.waitlist.get_mut(id) else { return Err(not_found("waitlist entry")) };
        entry["status"] = json!("rejected");
        entry["updated_at"] = json!(now());
        ok(entry.clone())
    }

    // ------------------------------------------------------------ allow-list, block-list

    fn add_listed(&mut self, req: &Req, allow: bool) -> Reply {
        let identifier = req.required("identifier")?;
        let list = if allow { &self.allowlist } else { &self.blocklist };
        if list.values().any(|e| text(e, "identifier").is_some_and(|i| i.eq_ignore_ascii_case(&identifier))) {
            return Err(fail(
                StatusCode::UNPROCESSABLE_ENTITY,
                "duplicate_record",
                "Already listed.",
                "This identifier is already on the list.",
                Some("identifier"),
            ));
        }
        let t = now();
        let (id, entry) = if allow {
            let id = new_id("alid");
            (id.clone(), shapes::allowlist_identifier(&id, &identifier, t))
        } else {
            let id = new_id("blid");
            (id.clone(), shapes::blocklist_identifier(&id, &identifier, t))
        };
        if allow {
            self.allowlist.insert(id, entry.clone());
        } else {
            self.blocklist.insert(id, entry.clone());
        }
        ok(entry)
    }

    fn delete_listed(&mut self, id: &str, allow: bool) -> Reply {
        let removed = if allow { self.allowlist.remove(id) } else { self.blocklist.remove(id) };
        match removed {
            Some(_) => ok(shapes::deleted(id, if allow { "allowlist_identifier" } else { "blocklist_identifier" })),
            None => Err(not_found("identifier")),
        }
    }

    // ------------------------------------------------------------ sessions

    fn list_sessions(&self, req: &Req) -> Reply {
        let user = req.q("user_id");
        let client = req.q("client_id");
        if user.is_none() && client.is_none() {
            return Err(fail(
                StatusCode::UNPROCESSABLE_ENTITY,
                "form_param_missing",
                "user_id or client_id must be included.",
                "Listing sessions needs `user_id` or `client_id`.",
                Some("user_id"),
            ));
        }
        let status = req.q("status");
        let items: Vec<Value> = self
            .sessions
            .values()
            .filter(|s| user.is_none_or(|u| text(s, "user_id").as_deref() == Some(u)))
            .filter(|s| client.is_none_or(|c| text(s, "client_id").as_deref() == Some(c)))
            .filter(|s| status.is_none_or(|st| text(s, "status").as_deref() == Some(st)))
            .cloned()
            .collect();
        list_plain(items, req, false)
    }

    fn revoke_session(&mut self, id: &str) -> Reply {
        let Some(s) = self.sessions.get_mut(id) else { return Err(not_found("session")) };
        s["status"] = json!("revoked");
        s["updated_at"] = json!(now());
        let s = s.clone();
        ok_with(s.clone(), vec![event("session.revoked", &s)])
    }

    fn session_jwt(&self, shared: &Shared, id: &str) -> Reply {
        let Some(s) = self.sessions.get(id) else { return Err(not_found("session")) };
        if text(s, "status").as_deref() != Some("active") {
            return Err(fail(
                StatusCode::NOT_FOUND,
                "resource_not_found",
                "not found",
                "The session is not active.",
                None,
            ));
        }
        let user = text(s, "user_id").unwrap_or_default();
        let jwt = shared.keys.session(user).session_id(id.to_string()).sign();
        ok(json!({"object": "token", "jwt": jwt}))
    }

    // ------------------------------------------------------------ API keys, M2M tokens

    fn list_api_keys(&self, req: &Req) -> Reply {
        let subject = req.q("subject");
        let include_invalid = req.flag("include_invalid") == Some(true);
        let items: Vec<Value> = self
            .api_keys
            .values()
            .filter(|k| subject.is_none_or(|s| text(k, "subject").as_deref() == Some(s)))
            .filter(|k| include_invalid || k.get("revoked").and_then(Value::as_bool) != Some(true))
            .cloned()
            .collect();
        list_plain(items, req, true)
    }

    fn create_api_key(&mut self, req: &Req) -> Reply {
        let subject = req.required("subject")?;
        let name = req.required("name")?;
        if !(subject.starts_with("user_") || subject.starts_with("org_")) {
            return Err(invalid("subject", "must be a user id (`user_...`) or an organization id (`org_...`)"));
        }
        let scopes: Vec<String> = req.strings("scopes");
        let t = now();
        let id = new_hex_id("ak");
        let secret = format!("ak_{}", std::iter::repeat_with(fastrand::alphanumeric).take(40).collect::<String>());
        let mut key = shapes::api_key(&id, &subject, &name, None, &scopes, t);
        if let Some(c) = req.body.get("claims").filter(|v| v.is_object()) {
            key["claims"] = c.clone();
        }
        if let Some(s) = req.body.get("seconds_until_expiration").and_then(Value::as_i64) {
            key["expiration"] = json!(t.saturating_add(s.saturating_mul(1000)));
        }
        self.api_keys.insert(id.clone(), key.clone());
        self.api_key_secrets.insert(id, secret.clone());
        let mut answer = key;
        answer["secret"] = json!(secret);
        ok(answer)
    }

    fn revoke_api_key(&mut self, id: &str, req: &Req) -> Reply {
        revoke_in(&mut self.api_keys, id, req, "API key")
    }

    fn verify_api_key(&self, req: &Req) -> Reply {
        verify_in(&self.api_key_secrets, &self.api_keys, &req.required("secret")?, "API key")
    }

    fn list_m2m(&self, req: &Req) -> Reply {
        let subject = req.q("subject");
        let mut items: Vec<Value> = self
            .m2m_tokens
            .values()
            .filter(|k| subject.is_none_or(|s| text(k, "subject").as_deref() == Some(s)))
            .cloned()
            .collect();
        items.sort_by_key(|v| std::cmp::Reverse(v.get("created_at").and_then(Value::as_i64).unwrap_or(0)));
        let (page, total) = slice(items, req)?;
        ok(json!({"m2m_tokens": page, "total_count": total}))
    }

    fn create_m2m(&mut self, req: &Req) -> Reply {
        let t = now();
        let id = new_hex_id("mt");
        let token = format!("mt_{}", std::iter::repeat_with(fastrand::alphanumeric).take(40).collect::<String>());
        let ttl = req.body.get("seconds_until_expiration").and_then(Value::as_i64).unwrap_or(3600);
        let expiration = t.saturating_add(ttl.saturating_mul(1000));
        let mut m = shapes::m2m_token(&id, EMULATOR_MACHINE, None, &[], Some(expiration), t);
        if let Some(c) = req.body.get("claims").filter(|v| v.is_object()) {
            m["claims"] = c.clone();
        }
        self.m2m_tokens.insert(id.clone(), m.clone());
        self.m2m_secrets.insert(id, token.clone());
        let mut answer = m;
        answer["token"] = json!(token);
        Ok(Answer { status: StatusCode::CREATED, body: answer, events: Vec::new() })
    }

    fn revoke_m2m(&mut self, id: &str, req: &Req) -> Reply {
        revoke_in(&mut self.m2m_tokens, id, req, "M2M token")
    }

    fn verify_m2m(&self, req: &Req) -> Reply {
        verify_in(&self.m2m_secrets, &self.m2m_tokens, &req.required("token")?, "M2M token")
    }
}

/// Revokes an API key or M2M token; it stays listed, marked revoked.
fn revoke_in(objects: &mut BTreeMap<String, Value>, id: &str, req: &Req, what: &str) -> Reply {
    let Some(o) = objects.get_mut(id) else { return Err(not_found(what)) };
    o["revoked"] = json!(true);
    o["revocation_reason"] = req.body.get("revocation_reason").cloned().unwrap_or(Value::Null);
    o["updated_at"] = json!(now());
    ok(o.clone())
}

/// The API key or M2M token whose secret is `value`, while neither revoked
/// nor expired; anything else is unknown (404), as Clerk answers.
fn verify_in(secrets: &BTreeMap<String, String>, objects: &BTreeMap<String, Value>, value: &str, what: &str) -> Reply {
    let t = now();
    let found = secrets.iter().find(|(_, s)| s.as_str() == value).and_then(|(id, _)| objects.get(id));
    match found {
        Some(o)
            if o.get("revoked").and_then(Value::as_bool) != Some(true)
                && o.get("expiration").and_then(Value::as_i64).is_none_or(|e| e > t) =>
        {
            ok(o.clone())
        }
        _ => Err(not_found(what)),
    }
}

/// Objects with an `email_address` and a `status`, filtered as Clerk's
/// lists filter them: `status` (any of the values given) and `query` (a
/// case-insensitive part of the email address).
fn by_status_and_email(objects: &BTreeMap<String, Value>, req: &Req) -> Vec<Value> {
    let statuses = req.qs("status");
    let query = req.q("query").map(str::to_lowercase).filter(|q| !q.is_empty());
    objects
        .values()
        .filter(|o| statuses.is_empty() || statuses.iter().any(|s| text(o, "status").as_deref() == Some(s.as_str())))
        .filter(|o| {
            query
                .as_ref()
                .is_none_or(|q| text(o, "email_address").is_some_and(|e| e.to_lowercase().contains(q.as_str())))
        })
        .cloned()
        .collect()
}
