//! The waitlist: joining (once per email address), inviting, rejecting.

use super::identifications::valid_email;
use super::{
    by_status_and_email, invalid, missing, new_id, not_found, now, ok, ok_with, slice, text, Answer, Reply, Req, State,
};
use crate::emulator::shapes;
use serde_json::{json, Map, Value};

impl State {
    pub(super) fn list_waitlist(&self, req: &Req) -> Reply {
        let mut items = by_status_and_email(&self.waitlist, req);
        self.order(&mut items, req.q("order_by"), &["created_at", "email_address", "invited_at"])?;
        let (page, total) = slice(items, req)?;
        ok(json!({"data": page, "total_count": total}))
    }

    pub(super) fn create_waitlist_entry(&mut self, body: &Map<String, Value>) -> Result<Value, Answer> {
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
        let t = self.stamp(&id);
        let entry = shapes::waitlist_entry(&id, &email, "pending", t);
        self.waitlist.insert(id, entry.clone());
        Ok(entry)
    }

    pub(super) fn bulk_waitlist(&mut self, req: &Req) -> Reply {
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

    pub(super) fn delete_waitlist_entry(&mut self, id: &str) -> Reply {
        match self.waitlist.remove(id) {
            Some(_) => ok(shapes::deleted(id, "waitlist_entry")),
            None => Err(not_found("waitlist entry")),
        }
    }

    pub(super) fn invite_waitlist_entry(&mut self, id: &str, req: &Req) -> Reply {
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

    pub(super) fn reject_waitlist_entry(&mut self, id: &str) -> Reply {
        let Some(entry) = self.waitlist.get_mut(id) else { return Err(not_found("waitlist entry")) };
        entry["status"] = json!("rejected");
        entry["updated_at"] = json!(now());
        ok(entry.clone())
    }
}
