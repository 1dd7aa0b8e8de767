//! Invitations to sign up, one at a time or in bulk (all or nothing).

use super::identifications::{valid_email, Kind};
use super::{
    by_status_and_email, email_event, fail_meta, invalid, missing, new_id, not_found, not_pending, now, ok, ok_with,
    slice, taken, text, Answer, Reply, Req, State,
};
use crate::emulator::shapes;
use axum::http::StatusCode;
use serde_json::{json, Map, Value};

impl State {
    pub(super) fn list_invitations(&self, req: &Req) -> Reply {
        let mut items = by_status_and_email(&self.invitations, req);
        self.order(&mut items, req.q("order_by"), &["created_at", "email_address", "expires_at"])?;
        let (page, total) = slice(items, req)?;
        if req.flag("paginated") == Some(true) {
            ok(json!({"data": page, "total_count": total}))
        } else {
            ok(Value::Array(page))
        }
    }

    pub(super) fn create_invitation(&mut self, body: &Map<String, Value>) -> Result<(Value, Vec<Value>), Answer> {
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
                return Err(fail_meta(
                    StatusCode::BAD_REQUEST,
                    "duplicate_record",
                    "duplicate invitation",
                    &format!("There are already pending invitations for the following email addresses: {email}"),
                    json!({"email_addresses": [email]}),
                ));
            }
        }
        let days = body.get("expires_in_days").and_then(Value::as_i64).unwrap_or(30);
        if !(1..=365).contains(&days) {
            return Err(invalid("expires_in_days", "must be from 1 to 365"));
        }
        let template = match body.get("template_slug").and_then(Value::as_str) {
            None => "invitation",
            Some(slug @ ("invitation" | "waitlist_invitation")) => slug,
            Some(_) => {
                return Err(super::unprocessable(
                    "form_param_value_invalid",
                    "template_slug",
                    "is invalid",
                    "template_slug must be one of `invitation`, `waitlist_invitation`.",
                ))
            }
        };
        let id = new_id("inv");
        let t = self.stamp(&id);
        let mut url = format!("{}/v1/tickets/accept?ticket={}", self.url, new_id("ticket"));
        if let Some(redirect) = body.get("redirect_url").and_then(Value::as_str) {
            let encoded: String = url::form_urlencoded::byte_serialize(redirect.as_bytes()).collect();
            url.push_str(&format!("&redirect_url={encoded}"));
        }
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
            events.push(email_event(&email, template, "You are invited", Some(&url)));
        }
        Ok((inv, events))
    }

    pub(super) fn bulk_invitations(&mut self, req: &Req) -> Reply {
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

    pub(super) fn revoke_invitation(&mut self, id: &str) -> Reply {
        let Some(inv) = self.invitations.get_mut(id) else { return Err(not_found("invitation")) };
        match text(inv, "status").as_deref() {
            Some("pending") => {}
            other => return Err(not_pending(other.unwrap_or_default())),
        }
        inv["status"] = json!("revoked");
        inv["revoked"] = json!(true);
        inv["updated_at"] = json!(now());
        ok(inv.clone())
    }
}
