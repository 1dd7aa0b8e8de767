//! Sessions: started by signing in (or the Backend API), listed, revoked,
//! and the session tokens minted for them.

use super::unprocessable;
use super::{event, fail, new_id, not_found, now, ok, ok_with, text, Reply, Req, State};
use crate::emulator::{shapes, Shared};
use crate::testing::{TestKeys, TestToken};
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

    /// `POST /sessions`: a session for a user, with `active_organization_id`
    /// set as its active organization (which must exist).
    pub(super) fn create_session(&mut self, req: &Req) -> Reply {
        let user = req.required("user_id")?;
        let active = req.str("active_organization_id").filter(|o| !o.is_empty()).map(str::to_string);
        if let Some(org) = &active {
            if !self.organizations.contains_key(org) {
                return Err(not_found("organization"));
            }
        }
        let (mut session, events) = self.start_session(&user).ok_or_else(|| not_found("user"))?;
        if let Some(org) = active {
            session["last_active_organization_id"] = json!(org);
            let id = text(&session, "id").unwrap_or_default();
            self.sessions.insert(id, session.clone());
        }
        ok_with(session, events)
    }

    /// A session token as the instance mints them: its issuer, its
    /// lifetime, its `azp` when set, and the claims of the session's active
    /// organization when the user is a member of it.
    pub(crate) fn session_token<'k>(&self, keys: &'k TestKeys, user_id: &str, session_id: &str) -> TestToken<'k> {
        let settings = &self.settings;
        let mut token = keys
            .session(user_id)
            .session_id(session_id)
            .issuer(settings.issuer())
            .expires_in(settings.session_token_lifetime);
        if let Some(azp) = &settings.authorized_party {
            token = token.azp(azp.clone());
        }
        let active = self.sessions.get(session_id).and_then(|s| text(s, "last_active_organization_id"));
        if let Some(org_id) = active {
            let org = self.organizations.get(&org_id);
            let membership = self.membership_key(&org_id, user_id).and_then(|k| self.memberships.get(&k));
            if let (Some(org), Some(membership)) = (org, membership) {
                let slug = text(org, "slug").unwrap_or_default();
                let role = text(membership, "role").unwrap_or_default();
                token = token.org(org_id, slug, &role);
            }
        }
        token
    }

    /// `POST /sessions/{id}/tokens`: a session token for an active session,
    /// valid for `expires_in_seconds` (30 to 315360000) when given.
    pub(super) fn session_jwt(&self, shared: &Shared, id: &str, req: &Req) -> Reply {
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
        let mut token = self.session_token(shared.keys, &user, id);
        if let Some(seconds) = req.body.get("expires_in_seconds").filter(|v| !v.is_null()) {
            match seconds.as_u64().filter(|s| (30..=315_360_000).contains(s)) {
                Some(s) => token = token.expires_in(std::time::Duration::from_secs(s)),
                None => {
                    return Err(unprocessable(
                        "form_param_value_invalid",
                        "expires_in_seconds",
                        "is invalid",
                        "expires_in_seconds must be a whole number from 30 to 315360000.",
                    ))
                }
            }
        }
        ok(json!({"object": "token", "jwt": token.sign()}))
    }
}
