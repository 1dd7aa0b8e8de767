//! Sessions: started by signing in (or the Backend API), listed, revoked,
//! and the session tokens minted for them.

use super::{event, fail, new_id, not_found, now, ok, ok_with, text, Reply, Req, State};
use crate::emulator::{shapes, Shared};
use axum::http::StatusCode;
use serde_json::{json, Value};

impl State {
    /// Starts an active session for a user (signing in), with its event.
    pub(crate) fn start_session(&mut self, user_id: &str) -> Option<(Value, Vec<Value>)> {
        self.start_session_on(user_id, &new_id("client"))
    }

    /// Starts an active session for a user on the given client.
    pub(crate) fn start_session_on(&mut self, user_id: &str, client_id: &str) -> Option<(Value, Vec<Value>)> {
        if !self.users.contains_key(user_id) {
            return None;
        }
        let id = new_id("sess");
        let t = self.stamp(&id);
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
    pub(crate) fn session(&self, id: &str) -> Option<&Value> {
        self.sessions.get(id)
    }

    /// A user by id.
    pub(crate) fn has_user(&self, id: &str) -> bool {
        self.users.contains_key(id)
    }

    pub(super) fn list_sessions(&self, req: &Req) -> Reply {
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
        self.list_plain(items, req, false)
    }

    pub(super) fn revoke_session(&mut self, id: &str) -> Reply {
        let Some(s) = self.sessions.get_mut(id) else { return Err(not_found("session")) };
        s["status"] = json!("revoked");
        s["updated_at"] = json!(now());
        let s = s.clone();
        ok_with(s.clone(), vec![event("session.revoked", &s)])
    }

    pub(super) fn session_jwt(&self, shared: &Shared, id: &str) -> Reply {
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
}
