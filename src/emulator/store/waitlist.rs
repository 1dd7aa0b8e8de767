//! The waitlist: joining (once per email address), inviting, rejecting.

use super::identifications::valid_email;
use super::{
    by_status_and_email, email_event, event, invalid, missing, new_id, not_found, now, ok, ok_with, slice, text,
    Answer, Reply, Req, State,
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

    /// Adds an entry (`waitlistEntry.created`, and the confirmation email
    /// unless `notify` is false); joining twice answers the entry there is.
    pub(super) fn create_waitlist_entry(&mut self, body: &Map<String, Value>) -> Result<(Value, Vec<Value>), Answer> {
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
            return Ok((existing.clone(), Vec::new()));
        }
        let id = new_id("wle");
        let t = self.stamp(&id);
        let entry = shapes::waitlist_entry(&id, &email, "pending", t);
        self.waitlist.insert(id, entry.clone());
        let mut events = vec![event("waitlistEntry.created", &entry)];
        if body.get("notify").and_then(Value::as_bool) != Some(false) {
            events.push(email_event(&email, "waitlist_confirmation", "You joined the waitlist", None));
        }
        Ok((entry, events))
    }

    pub(super) fn bulk_waitlist(&mut self, req: &Req) -> Reply {
        let Some(items) = req.body.get("items").and_then(Value::as_array).cloned() else {
            return Err(invalid("body", "must be a list of waitlist entries"));
        };
        let mut trial = self.clone();
        let mut out = Vec::new();
        let mut events = Vec::new();
        for item in &items {
            let Value::Object(body) = item else { return Err(invalid("body", "must be a list of objects")) };
            let (entry, e) = trial.create_waitlist_entry(body)?;
            out.push(entry);
            events.extend(e);
        }
        *self = trial;
        ok_with(Value::Array(out), events)
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
        body.insert("template_slug".into(), json!("waitlist_invitation"));
        let (inv, mut events) = self.create_invitation(&body)?;
        let Some(entry) = self.waitlist.get_mut(id) else { return Err(not_found("waitlist entry")) };
        entry["status"] = json!("invited");
        entry["invitation"] = inv;
        entry["updated_at"] = json!(now());
        events.push(event("waitlistEntry.updated", entry));
        ok_with(entry.clone(), events)
    }

    pub(super) fn reject_waitlist_entry(&mut self, id: &str) -> Reply {
        let Some(entry) = self.waitlist.get_mut(id) else { return Err(not_found("waitlist entry")) };
        entry["status"] = json!("rejected");
        entry["updated_at"] = json!(now());
        let entry = entry.clone();
        ok_with(entry.clone(), vec![event("waitlistEntry.updated", &entry)])
    }
}
