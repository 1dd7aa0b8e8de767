//! Email addresses and phone numbers: kept inside their user, found by id.

use super::params::{refuse_true, NO_EMAILS};
use super::{bad_request, event, invalid, new_id, not_found, now, ok_with, strs, taken, text, Reply, Req, State};
use crate::emulator::shapes;
use serde_json::{json, Value};

pub(super) fn valid_email(e: &str) -> bool {
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

pub(super) fn valid_phone(p: &str) -> bool {
    let digits = p.strip_prefix('+').unwrap_or("");
    (8..=15).contains(&digits.len()) && digits.chars().all(|c| c.is_ascii_digit())
}

#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Kind {
    Email,
    Phone,
}

impl Kind {
    pub(super) fn list(self) -> &'static str {
        match self {
            Kind::Email => "email_addresses",
            Kind::Phone => "phone_numbers",
        }
    }
    pub(super) fn field(self) -> &'static str {
        match self {
            Kind::Email => "email_address",
            Kind::Phone => "phone_number",
        }
    }
    pub(super) fn primary(self) -> &'static str {
        match self {
            Kind::Email => "primary_email_address_id",
            Kind::Phone => "primary_phone_number_id",
        }
    }
    pub(super) fn what(self) -> &'static str {
        match self {
            Kind::Email => "email address",
            Kind::Phone => "phone number",
        }
    }
    pub(super) fn object(self) -> &'static str {
        match self {
            Kind::Email => "email_address",
            Kind::Phone => "phone_number",
        }
    }
}

impl State {
    pub(super) fn identifier_taken(&self, kind: Kind, value: &str) -> bool {
        self.users.values().any(|u| strs(u, kind.list(), kind.field()).iter().any(|v| v.eq_ignore_ascii_case(value)))
    }

    /// An email address or phone number by id: (owner's id, the object).
    pub(super) fn identification(&self, id: &str, kind: Kind) -> Option<(String, Value)> {
        self.users.iter().find_map(|(uid, u)| {
            u.get(kind.list())
                .and_then(Value::as_array)?
                .iter()
                .find(|e| e.get("id").and_then(Value::as_str) == Some(id))
                .map(|e| (uid.clone(), e.clone()))
        })
    }

    pub(super) fn add_identification(&mut self, req: &Req, kind: Kind) -> Reply {
        refuse_true(req, "notify_primary_email_address_changed", NO_EMAILS)?;
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
        let second_factor = req.bool("reserved_for_second_factor") == Some(true);
        if second_factor && !verified {
            return Err(bad_request(
                "identification_create_second_factor_unverified",
                "Create failed",
                "Unverified identifications cannot be a second factor",
            ));
        }
        let mut obj = match kind {
            Kind::Email => shapes::email_address(&new_id("idn"), &value, verified, t),
            Kind::Phone => shapes::phone_number(&new_id("idn"), &value, verified, t),
        };
        let Some(user) = self.users.get_mut(&user_id) else { return Err(not_found("user")) };
        if second_factor {
            reserve_second_factor(user, &mut obj);
        }
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

    pub(super) fn update_identification(&mut self, id: &str, req: &Req, kind: Kind) -> Reply {
        refuse_true(req, "notify_primary_email_address_changed", NO_EMAILS)?;
        let Some((uid, current)) = self.identification(id, kind) else { return Err(not_found(kind.what())) };
        let second_factor = req.bool("reserved_for_second_factor");
        let verified = req.bool("verified").unwrap_or(!current["verification"].is_null());
        if second_factor == Some(true) && !verified {
            return Err(bad_request(
                "identification_update_second_factor_unverified",
                "Update failed",
                "Cannot update second factor attributes for unverified identification",
            ));
        }
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
                    if second_factor == Some(false) {
                        e["reserved_for_second_factor"] = json!(false);
                        e["default_second_factor"] = json!(false);
                    }
                    e["updated_at"] = json!(now());
                    updated = e.clone();
                }
            }
        }
        if second_factor == Some(true) {
            let mut phone = updated.clone();
            reserve_second_factor(user, &mut phone);
            if let Some(slot) = user
                .get_mut(kind.list())
                .and_then(Value::as_array_mut)
                .and_then(|l| l.iter_mut().find(|e| e.get("id").and_then(Value::as_str) == Some(id)))
            {
                *slot = phone.clone();
            }
            updated = phone;
        }
        if req.bool("primary") == Some(true) {
            user[kind.primary()] = json!(id);
        }
        let user = user.clone();
        ok_with(updated, vec![event("user.updated", &user)])
    }

    pub(super) fn delete_identification(&mut self, id: &str, kind: Kind) -> Reply {
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
}

/// Marks a phone number as reserved for second-factor use; it becomes the
/// default second factor when the user has no other.
fn reserve_second_factor(user: &Value, phone: &mut Value) {
    let others = user
        .get("phone_numbers")
        .and_then(Value::as_array)
        .is_some_and(|l| l.iter().any(|p| p.get("default_second_factor").and_then(Value::as_bool) == Some(true)));
    phone["reserved_for_second_factor"] = json!(true);
    phone["default_second_factor"] = json!(!others);
}
