//! The emulator's state and its operations, one file per resource as
//! `src/resources/` is laid out; the HTTP side (authentication, bodies,
//! the 501 for operations not emulated) is in `super::http`.
//!
//! Objects are kept as the JSON Clerk answers with (built by `shapes`), so
//! what is stored is what is served. Every handler runs under the
//! emulator's one lock and never awaits.

mod identifications;
mod invitations;
mod keys;
mod lists;
mod memberships;
mod organization_invitations;
mod organizations;
mod paging;
pub(crate) mod params;
mod reply;
mod request;
mod sessions;
mod user_filters;
mod users;
mod waitlist;

use paging::slice;
use reply::{bad_request, fail_meta, invalid, not_allowed, not_pending, ok_with, taken, unprocessable};
pub(crate) use reply::{fail, missing, not_found, ok, Answer, Reply};
use request::{by_status_and_email, merge, primary_email, primary_phone, strs};
pub(crate) use request::{parse_query, text, Req};

use super::settings::Settings;
use super::Shared;
use axum::http::{Method, StatusCode};
use identifications::Kind;
use serde_json::{json, Value};
use std::collections::BTreeMap;

/// Now, in Unix milliseconds (Clerk's time stamps).
pub(super) fn now() -> i64 {
    let d = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    i64::try_from(d.as_millis()).unwrap_or(i64::MAX)
}

/// A new id: `prefix_` and 27 random letters and digits, as Clerk's ids look.
pub(crate) fn new_id(prefix: &str) -> String {
    let tail: String = std::iter::repeat_with(fastrand::alphanumeric).take(27).collect();
    format!("{prefix}_{tail}")
}

/// Everything an emulator holds. Serialized whole for snapshots.
#[derive(Clone, Default, serde::Serialize, serde::Deserialize)]
pub(crate) struct State {
    #[serde(skip)]
    url: String,
    /// The instance's settings (the emulator's, not saved in snapshots).
    #[serde(skip)]
    pub(crate) settings: Settings,
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
    /// Object id -> its place in creation order, which breaks ties
    /// between equal `created_at` times.
    #[serde(default)]
    created: BTreeMap<String, u64>,
    /// The last place given in `created`.
    #[serde(default)]
    last_seq: u64,
    /// The last `created_at` given: times never go back, even when the
    /// clock does.
    #[serde(default)]
    last_created_at: i64,
    /// The Frontend API side: dev browsers, clients, refresh tokens, nonces.
    #[serde(default)]
    pub(super) frontend: super::frontend::Frontend,
}

impl State {
    /// An empty state for the emulator at `url`, playing an instance with `settings`.
    pub(crate) fn new(url: &str, settings: Settings) -> State {
        State { url: url.to_string(), restrict_to_allowlist: settings.allowlist_only, settings, ..State::default() }
    }

    /// The creation time of a new object `id` (Unix milliseconds, never
    /// earlier than the last one given), and its place in creation order.
    pub(super) fn stamp(&mut self, id: &str) -> i64 {
        let t = now().max(self.last_created_at);
        self.last_created_at = t;
        self.last_seq += 1;
        self.created.insert(id.to_string(), self.last_seq);
        t
    }

    /// The whole state as JSON.
    pub(crate) fn snapshot(&self) -> Value {
        serde_json::to_value(self).unwrap_or(Value::Null)
    }

    /// A state read back from a snapshot, for the emulator at `url` (its settings kept).
    pub(crate) fn restore(snapshot: Value, url: &str, settings: Settings) -> Result<State, String> {
        let mut st: State = serde_json::from_value(snapshot).map_err(|e| e.to_string())?;
        st.url = url.to_string();
        st.settings = settings;
        Ok(st)
    }
}

/// A webhook event as Clerk sends it. Its `event_attributes` name the
/// emulator itself until [`attribute`] gives the request that caused it.
pub(super) fn event(kind: &str, data: &Value) -> Value {
    json!({
        "object": "event",
        "type": kind,
        "timestamp": now(),
        "instance_id": "ins_emulator",
        "event_attributes": {"http_request": {"client_ip": "127.0.0.1", "user_agent": "clerk-emulator"}},
        "data": data,
    })
}

/// Sets the `event_attributes` of `events` to the HTTP request that caused
/// them, as Clerk does: the caller's address and `User-Agent`.
pub(crate) fn attribute(events: &mut [Value], client_ip: &str, user_agent: &str) {
    for e in events {
        e["event_attributes"] = json!({"http_request": {"client_ip": client_ip, "user_agent": user_agent}});
    }
}

/// The `email.created` event of an email Clerk would send: `slug` names
/// its template; `url`, when given, is the link it carries.
pub(super) fn email_event(to: &str, slug: &str, subject: &str, url: Option<&str>) -> Value {
    let body = match url {
        Some(url) => format!("{subject}: {url}"),
        None => subject.to_string(),
    };
    event(
        "email.created",
        &json!({
            "object": "email",
            "id": new_id("ema"),
            "slug": slug,
            "to_email_address": to,
            "from_email_name": "notifications",
            "subject": subject,
            "body": body,
            "body_plain": body,
            "delivered_by_clerk": true,
            "status": "queued",
            "data": url.map(|u| json!({"url": u})).unwrap_or_else(|| json!({})),
        }),
    )
}

/// The three metadata maps of a user.
const METADATA: [&str; 3] = ["public_metadata", "private_metadata", "unsafe_metadata"];

/// The route table: each emulated operation by method and path, to its handler.
pub(crate) fn route(st: &mut State, shared: &Shared, method: &Method, seg: &[&str], req: &Req) -> Reply {
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
        (M::PATCH, ["users", id, "metadata"]) => st.user_metadata(id, req, true),
        (M::PUT, ["users", id, "metadata"]) => st.user_metadata(id, req, false),
        (M::POST, ["users", id, "ban"]) => st.set_user_flag(id, "banned", true),
        (M::POST, ["users", id, "unban"]) => st.set_user_flag(id, "banned", false),
        (M::POST, ["users", id, "lock"]) => st.set_user_flag(id, "locked", true),
        (M::POST, ["users", id, "unlock"]) => st.set_user_flag(id, "locked", false),
        // Email addresses and phone numbers
        (M::POST, ["email_addresses"]) => st.add_identification(req, Kind::Email),
        (M::GET, ["email_addresses", id]) => st
            .identification(id, Kind::Email)
            .map(|(_, v)| v)
            .map(ok)
            .unwrap_or_else(|| Err(not_found("email address"))),
        (M::PATCH, ["email_addresses", id]) => st.update_identification(id, req, Kind::Email),
        (M::DELETE, ["email_addresses", id]) => st.delete_identification(id, Kind::Email),
        (M::POST, ["phone_numbers"]) => st.add_identification(req, Kind::Phone),
        (M::GET, ["phone_numbers", id]) => {
            st.identification(id, Kind::Phone).map(|(_, v)| v).map(ok).unwrap_or_else(|| Err(not_found("phone number")))
        }
        (M::PATCH, ["phone_numbers", id]) => st.update_identification(id, req, Kind::Phone),
        (M::DELETE, ["phone_numbers", id]) => st.delete_identification(id, Kind::Phone),
        // Organizations
        (M::GET, ["organizations"]) => st.list_organizations(req),
        (M::POST, ["organizations"]) => st.create_organization(req),
        (M::GET, ["organizations", id]) => st.get_organization(id, req),
        (M::PATCH, ["organizations", id]) => st.update_organization(id, req),
        (M::DELETE, ["organizations", id]) => st.delete_organization(id),
        (M::PATCH, ["organizations", id, "metadata"]) => st.organization_metadata(id, req, true),
        (M::PUT, ["organizations", id, "metadata"]) => st.organization_metadata(id, req, false),
        (M::GET, ["organizations", id, "memberships"]) => st.list_memberships(id, req),
        (M::POST, ["organizations", id, "memberships"]) => st.create_membership(id, req),
        (M::PATCH, ["organizations", id, "memberships", user]) => st.update_membership(id, user, req),
        (M::DELETE, ["organizations", id, "memberships", user]) => st.delete_membership(id, user),
        (M::PATCH, ["organizations", id, "memberships", user, "metadata"]) => st.membership_metadata(id, user, req),
        (M::GET, ["organizations", id, "invitations"]) => st.list_organization_invitations(id, req),
        (M::POST, ["organizations", id, "invitations"]) => st.create_organization_invitation(id, req),
        (M::GET, ["organizations", id, "invitations", "pending"]) => st.list_pending_organization_invitations(id, req),
        (M::GET, ["organizations", id, "invitations", inv]) => st.organization_invitation(id, inv),
        (M::POST, ["organizations", id, "invitations", inv, "revoke"]) => st.revoke_organization_invitation(id, inv),
        // Invitations
        (M::GET, ["invitations"]) => st.list_invitations(req),
        (M::POST, ["invitations"]) => {
            st.create_invitation(&req.body).map(|(v, e)| Answer { status: StatusCode::OK, body: v, events: e })
        }
        (M::POST, ["invitations", "bulk"]) => st.bulk_invitations(req),
        (M::POST, ["invitations", id, "revoke"]) => st.revoke_invitation(id),
        // Waitlist
        (M::GET, ["waitlist_entries"]) => st.list_waitlist(req),
        (M::POST, ["waitlist_entries"]) => {
            st.create_waitlist_entry(&req.body).map(|(v, e)| Answer { status: StatusCode::OK, body: v, events: e })
        }
        (M::POST, ["waitlist_entries", "bulk"]) => st.bulk_waitlist(req),
        (M::DELETE, ["waitlist_entries", id]) => st.delete_waitlist_entry(id),
        (M::POST, ["waitlist_entries", id, "invite"]) => st.invite_waitlist_entry(id, req),
        (M::POST, ["waitlist_entries", id, "reject"]) => st.reject_waitlist_entry(id),
        // Allow-list and block-list
        (M::GET, ["allowlist_identifiers"]) => st.list_plain(st.allowlist.values().cloned().collect(), req, false),
        (M::POST, ["allowlist_identifiers"]) => st.add_listed(req, true),
        (M::DELETE, ["allowlist_identifiers", id]) => st.delete_listed(id, true),
        (M::GET, ["blocklist_identifiers"]) => st.list_plain(st.blocklist.values().cloned().collect(), req, true),
        (M::POST, ["blocklist_identifiers"]) => st.add_listed(req, false),
        (M::DELETE, ["blocklist_identifiers", id]) => st.delete_listed(id, false),
        // Sessions
        (M::GET, ["sessions"]) => st.list_sessions(req),
        (M::POST, ["sessions"]) => st.create_session(req),
        (M::GET, ["sessions", id]) => {
            st.sessions.get(*id).cloned().map(ok).unwrap_or_else(|| Err(not_found("session")))
        }
        (M::POST, ["sessions", id, "revoke"]) => st.revoke_session(id),
        (M::POST, ["sessions", id, "tokens"]) => st.session_jwt(shared, id, req),
        (M::POST, ["sessions", id, "refresh"]) => super::frontend::refresh(st, shared.keys, id, req),
        (M::GET, ["clients", "handshake_payload"]) => super::frontend::handshake_payload(st, req),
        // API keys and M2M tokens
        (M::GET, ["api_keys"]) => st.list_api_keys(req),
        (M::POST, ["api_keys"]) => st.create_api_key(req),
        (M::POST, ["api_keys", "verify"]) => st.verify_api_key(req),
        (M::GET, ["api_keys", id]) => {
            st.api_keys.get(*id).cloned().map(ok).unwrap_or_else(|| Err(not_found("API key")))
        }
        (M::POST, ["api_keys", id, "revoke"]) => st.revoke_api_key(id, req),
        (M::GET, ["m2m_tokens"]) => st.list_m2m(req),
        (M::POST, ["m2m_tokens"]) => st.create_m2m(req),
        (M::POST, ["m2m_tokens", "verify"]) => st.verify_m2m(req),
        (M::POST, ["m2m_tokens", id, "revoke"]) => st.revoke_m2m(id, req),
        (method, seg) => Err(super::http::unrouted(&method, seg)),
    }
}
