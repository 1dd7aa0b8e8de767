//! API keys and machine-to-machine tokens, with their verify endpoints.

use super::params::not_emulated;
use super::{invalid, not_found, now, ok, slice, text, unprocessable, Answer, Reply, Req, State};
use crate::emulator::shapes;
use axum::http::StatusCode;
use serde_json::{json, Value};
use std::collections::BTreeMap;

/// Ids of API keys and M2M tokens: 32 hex digits.
pub(super) fn new_hex_id(prefix: &str) -> String {
    format!("{prefix}_{:016x}{:016x}", fastrand::u64(..), fastrand::u64(..))
}

/// The machine M2M tokens are issued to (the emulator has no machines of its own).
pub(super) const EMULATOR_MACHINE: &str = "mch_emulator0000000000000000000";

impl State {
    /// API keys of a subject, of `type` `api_key` (the only type there is),
    /// whose name holds `query`; revoked and expired ones only with
    /// `include_invalid=true`.
    pub(super) fn list_api_keys(&self, req: &Req) -> Reply {
        let subject = req.q("subject");
        let include_invalid = req.flag("include_invalid") == Some(true);
        let kind = req.q("type").unwrap_or("api_key");
        let query = req.q("query").map(str::to_lowercase).filter(|q| !q.is_empty());
        let t = now();
        let items: Vec<Value> = self
            .api_keys
            .values()
            .map(|k| with_expiry(k, t))
            .filter(|_| kind == "api_key")
            .filter(|k| subject.is_none_or(|s| text(k, "subject").as_deref() == Some(s)))
            .filter(|k| include_invalid || !(flag(k, "revoked") || flag(k, "expired")))
            .filter(|k| {
                query.as_ref().is_none_or(|q| text(k, "name").is_some_and(|n| n.to_lowercase().contains(q.as_str())))
            })
            .collect();
        self.list_plain(items, req, true)
    }

    pub(super) fn create_api_key(&mut self, req: &Req) -> Reply {
        let subject = req.required("subject")?;
        let name = req.required("name")?;
        if !(subject.starts_with("user_") || subject.starts_with("org_")) {
            return Err(invalid("subject", "must be a user id (`user_...`) or an organization id (`org_...`)"));
        }
        if req.str("type").is_some_and(|t| t != "api_key") {
            return Err(unprocessable("form_param_value_invalid", "type", "is invalid", "type must be `api_key`."));
        }
        let scopes: Vec<String> = req.strings("scopes");
        let id = new_hex_id("ak");
        let t = self.stamp(&id);
        let secret = format!("ak_{}", std::iter::repeat_with(fastrand::alphanumeric).take(40).collect::<String>());
        let mut key = shapes::api_key(&id, &subject, &name, None, &scopes, t);
        if let Some(c) = req.body.get("claims").filter(|v| v.is_object()) {
            key["claims"] = c.clone();
        }
        if let Some(s) = req.body.get("seconds_until_expiration").and_then(Value::as_i64) {
            key["expiration"] = json!(t.saturating_add(s.saturating_mul(1000)));
        }
        for f in ["description", "created_by"] {
            if let Some(v) = req.str(f) {
                key[f] = json!(v);
            }
        }
        self.api_keys.insert(id.clone(), key.clone());
        self.api_key_secrets.insert(id, secret.clone());
        let mut answer = key;
        answer["secret"] = json!(secret);
        ok(answer)
    }

    pub(super) fn revoke_api_key(&mut self, id: &str, req: &Req) -> Reply {
        revoke_in(&mut self.api_keys, id, req, "API key")
    }

    pub(super) fn verify_api_key(&self, req: &Req) -> Reply {
        verify_in(&self.api_key_secrets, &self.api_keys, &req.required("secret")?, "API key")
    }

    /// M2M tokens of a subject; revoked ones only with `revoked=true`, and
    /// expired ones only with `expired=true` (both default to false in Clerk's spec).
    pub(super) fn list_m2m(&self, req: &Req) -> Reply {
        let subject = req.q("subject");
        let revoked = req.flag("revoked") == Some(true);
        let expired = req.flag("expired") == Some(true);
        let t = now();
        let mut items: Vec<Value> = self
            .m2m_tokens
            .values()
            .map(|k| with_expiry(k, t))
            .filter(|k| subject.is_none_or(|s| text(k, "subject").as_deref() == Some(s)))
            .filter(|k| revoked || !flag(k, "revoked"))
            .filter(|k| expired || !flag(k, "expired"))
            .collect();
        self.order(&mut items, None, &["created_at"])?;
        let (page, total) = slice(items, req)?;
        ok(json!({"m2m_tokens": page, "total_count": total}))
    }

    /// A new opaque M2M token for the emulator's machine; with
    /// `min_remaining_ttl_seconds`, a live one with the same claims and at
    /// least that long to live is answered instead.
    pub(super) fn create_m2m(&mut self, req: &Req) -> Reply {
        match req.str("token_format") {
            None | Some("opaque") => {}
            Some("jwt") => return Err(not_emulated("token_format", "the emulator issues opaque M2M tokens only")),
            Some(_) => {
                return Err(unprocessable(
                    "form_param_value_invalid",
                    "token_format",
                    "is invalid",
                    "token_format must be `opaque` or `jwt`.",
                ))
            }
        }
        let claims = req.body.get("claims").filter(|v| v.is_object()).cloned().unwrap_or(Value::Null);
        if let Some(min) = req.body.get("min_remaining_ttl_seconds").and_then(Value::as_i64) {
            let t = now();
            let reusable = self.m2m_tokens.iter().find(|(_, m)| {
                !flag(m, "revoked")
                    && m.get("claims").unwrap_or(&Value::Null) == &claims
                    && m.get("expiration").and_then(Value::as_i64).is_some_and(|e| e - t >= min.saturating_mul(1000))
            });
            if let Some((id, m)) = reusable {
                let mut answer = m.clone();
                answer["token"] = json!(self.m2m_secrets.get(id).cloned().unwrap_or_default());
                return Ok(Answer { status: StatusCode::CREATED, body: answer, events: Vec::new() });
            }
        }
        let id = new_hex_id("mt");
        let t = self.stamp(&id);
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

    pub(super) fn revoke_m2m(&mut self, id: &str, req: &Req) -> Reply {
        revoke_in(&mut self.m2m_tokens, id, req, "M2M token")
    }

    pub(super) fn verify_m2m(&self, req: &Req) -> Reply {
        verify_in(&self.m2m_secrets, &self.m2m_tokens, &req.required("token")?, "M2M token")
    }
}

/// Revokes an API key or M2M token; it stays listed, marked revoked.
pub(super) fn revoke_in(objects: &mut BTreeMap<String, Value>, id: &str, req: &Req, what: &str) -> Reply {
    let Some(o) = objects.get_mut(id) else { return Err(not_found(what)) };
    o["revoked"] = json!(true);
    o["revocation_reason"] = req.body.get("revocation_reason").cloned().unwrap_or(Value::Null);
    o["updated_at"] = json!(now());
    ok(o.clone())
}

/// The API key or M2M token whose secret is `value`, while neither revoked
/// nor expired; anything else is unknown (404), as Clerk answers.
pub(super) fn verify_in(
    secrets: &BTreeMap<String, String>,
    objects: &BTreeMap<String, Value>,
    value: &str,
    what: &str,
) -> Reply {
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

/// A boolean field, false when absent.
fn flag(object: &Value, name: &str) -> bool {
    object.get(name).and_then(Value::as_bool).unwrap_or(false)
}

/// The object with `expired` computed for time `t` (milliseconds).
fn with_expiry(object: &Value, t: i64) -> Value {
    let mut object = object.clone();
    let expired = object.get("expiration").and_then(Value::as_i64).is_some_and(|e| e <= t);
    object["expired"] = json!(expired);
    object
}
