//! Users: Clerk's list filters and orderings, creation with identifiers,
//! metadata, ban and lock, deletion with the user's memberships and sessions.

use super::identifications::{valid_email, valid_phone, Kind};
use super::params::{refuse_true, NO_EMAILS};
use super::user_filters::UserFilter;
use super::{
    event, fail, fail_meta, invalid, merge, new_id, not_found, now, ok, ok_with, slice, strs, taken, text,
    unprocessable, Answer, Reply, Req, State, METADATA,
};
use crate::emulator::shapes;
use axum::http::StatusCode;
use serde_json::{json, Value};

impl State {
    pub(super) fn user(&self, id: &str) -> Option<&Value> {
        self.users.get(id)
    }

    pub(super) fn list_users(&self, req: &Req) -> Reply {
        let mut users: Vec<Value> = self.filtered_users(req)?;
        self.order(
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
        let users = self.after_cursor(users, req)?;
        let (page, _) = slice(users, req)?;
        ok(Value::Array(page))
    }

    pub(super) fn count_users(&self, req: &Req) -> Reply {
        ok(json!({"object": "total_count", "total_count": self.filtered_users(req)?.len()}))
    }

    /// The users that pass the request's filters.
    pub(super) fn filtered_users(&self, req: &Req) -> Result<Vec<Value>, Answer> {
        let filter = UserFilter::from(req)?;
        Ok(self.users.values().filter(|u| filter.admits(self, u)).cloned().collect())
    }

    pub(super) fn create_user(&mut self, req: &Req) -> Reply {
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
            check_username(username)?;
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
            if req.bool("skip_password_checks") != Some(true) {
                check_password(password)?;
            }
        }
        let identifiers = !emails.is_empty() || !phones.is_empty() || req.str("username").is_some();
        if !identifiers {
            return Err(data_missing(&["email_address", "phone_number", "username"]));
        }
        let has_password = req.str("password").is_some() || req.str("password_digest").is_some();
        if self.settings.password_required && !has_password && req.bool("skip_password_requirement") != Some(true) {
            return Err(data_missing(&["password"]));
        }
        let mut settings = account_fields(req)?;
        for flag in ["banned", "locked"] {
            if let Some(on) = req.bool(flag) {
                settings.push((flag, json!(on)));
            }
        }
        if req.bool("locked") == Some(true) {
            settings.push(("lockout_expires_in_seconds", json!(LOCKOUT_SECONDS)));
        }
        let id = new_id("user");
        let t = self.stamp(&id);
        let mut user = shapes::user(&id, t);
        for (field, value) in settings {
            user[field] = value;
        }
        for f in ["first_name", "last_name", "username", "external_id", "locale"] {
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

    pub(super) fn update_user(&mut self, id: &str, req: &Req) -> Reply {
        let Some(current) = self.users.get(id).cloned() else { return Err(not_found("user")) };
        if let Some(Value::String(username)) = req.body.get("username") {
            check_username(username)?;
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
        if let Some(password) = req.str("password") {
            if req.bool("skip_password_checks") != Some(true) {
                check_password(password)?;
            }
        }
        for (kind, field) in [(Kind::Email, "primary_email_address_id"), (Kind::Phone, "primary_phone_number_id")] {
            if let Some(Value::String(v)) = req.body.get(field) {
                if !strs(&current, kind.list(), "id").contains(&v.as_str()) {
                    return Err(invalid(field, &format!("must be the id of one of the user's {}s", kind.what())));
                }
            }
        }
        refuse_true(req, "notify_primary_email_address_changed", NO_EMAILS)?;
        let sign_out = req.bool("sign_out_of_other_sessions") == Some(true);
        if sign_out && req.str("password").is_none() {
            return Err(fail(
                StatusCode::UNPROCESSABLE_ENTITY,
                "form_conditional_param_missing",
                "is missing",
                "`password` is required when `sign_out_of_other_sessions` is present.",
                Some("password"),
            ));
        }
        let settings = account_fields(req)?;
        let Some(user) = self.users.get_mut(id) else { return Err(not_found("user")) };
        for (field, value) in settings {
            user[field] = value;
        }
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
        // Metadata is replaced here only before 2026-05-12 (`params` refuses it after).
        for f in METADATA {
            match req.body.get(f) {
                Some(v @ Value::Object(_)) => user[f] = v.clone(),
                Some(Value::Null) => user[f] = json!({}),
                _ => {}
            }
        }
        if req.str("password").is_some() || req.str("password_digest").is_some() {
            user["password_enabled"] = json!(true);
            user["password_last_updated_at"] = json!(now());
        }
        user["updated_at"] = json!(now());
        let user = user.clone();
        self.refresh_memberships_of(id);
        let mut events = if sign_out { self.end_sessions_of(id) } else { Vec::new() };
        events.push(event("user.updated", &user));
        ok_with(user, events)
    }

    /// `PATCH /users/{id}/metadata` merges (`merging`), `PUT` replaces each map given.
    pub(super) fn user_metadata(&mut self, id: &str, req: &Req, merging: bool) -> Reply {
        let Some(user) = self.users.get_mut(id) else { return Err(not_found("user")) };
        for f in METADATA {
            if let Some(patch) = req.body.get(f).filter(|v| v.is_object()) {
                if merging {
                    merge(&mut user[f], patch);
                } else {
                    user[f] = patch.clone();
                }
            }
        }
        user["updated_at"] = json!(now());
        let user = user.clone();
        let e = event("user.updated", &user);
        ok_with(user, vec![e])
    }

    pub(super) fn set_user_flag(&mut self, id: &str, flag: &str, on: bool) -> Reply {
        let Some(user) = self.users.get_mut(id) else { return Err(not_found("user")) };
        user[flag] = json!(on);
        if flag == "locked" {
            user["lockout_expires_in_seconds"] = if on { json!(LOCKOUT_SECONDS) } else { Value::Null };
        }
        user["updated_at"] = json!(now());
        let user = user.clone();
        if flag == "banned" && on {
            // A ban ends the user's sessions.
            let mut events = self.end_sessions_of(id);
            events.push(event("user.updated", &user));
            return ok_with(user, events);
        }
        let e = event("user.updated", &user);
        ok_with(user, vec![e])
    }

    /// Revokes the user's active sessions; their `session.revoked` events.
    pub(super) fn end_sessions_of(&mut self, user_id: &str) -> Vec<Value> {
        let mut events = Vec::new();
        for s in self.sessions.values_mut() {
            if s.get("user_id").and_then(Value::as_str) == Some(user_id)
                && s.get("status").and_then(Value::as_str) == Some("active")
            {
                s["status"] = json!("revoked");
                s["updated_at"] = json!(now());
                events.push(event("session.revoked", s));
            }
        }
        events
    }

    pub(super) fn delete_user(&mut self, id: &str) -> Reply {
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
}

/// Clerk's username rules: 4 to 64 characters, letters, digits, `-` and `_`.
fn check_username(username: &str) -> Result<(), Answer> {
    let length = username.chars().count();
    if !(4..=64).contains(&length) {
        return Err(unprocessable(
            "form_username_invalid_length",
            "username",
            "Username must be between 4 and 64 characters long.",
            "Username must be between 4 and 64 characters long.",
        ));
    }
    if !username.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
        return Err(unprocessable(
            "form_username_invalid_character",
            "username",
            "Username can only contain letters, numbers and '_' or '-'.",
            "Username can only contain letters, numbers and '_' or '-'.",
        ));
    }
    Ok(())
}

/// Passwords found in breaches that the emulator knows (a handful of the
/// most common; Clerk checks a full list).
const PWNED: [&str; 8] =
    ["password", "password1", "12345678", "123456789", "1234567890", "qwertyuiop", "iloveyou", "11111111"];

/// Clerk's password rules: at least 8 characters, at most 72 bytes (its
/// hash's limit), not a known breached password.
fn check_password(password: &str) -> Result<(), Answer> {
    if password.chars().count() < 8 {
        let message = "Passwords must be 8 characters or more.";
        return Err(unprocessable("form_password_length_too_short", "password", message, message));
    }
    if password.len() > 72 {
        let message = "Your password is too long. Please use a shorter one.";
        return Err(unprocessable("form_password_size_in_bytes_exceeded", "password", message, message));
    }
    if PWNED.contains(&password.to_lowercase().as_str()) {
        return Err(unprocessable(
            "form_password_pwned",
            "password",
            "Password has been found in an online data breach.",
            "Password has been found in an online data breach. For account safety, please use a different password.",
        ));
    }
    Ok(())
}

/// 422 `form_data_missing`: what the instance requires of a user is absent.
fn data_missing(names: &[&str]) -> Answer {
    fail_meta(
        StatusCode::UNPROCESSABLE_ENTITY,
        "form_data_missing",
        "missing data",
        &format!("{:?} data doesn't match user requirements set for this instance", names.join(", ")),
        json!({ "param_names": names }),
    )
}

/// How long a lock lasts, in seconds (Clerk's default lockout: one hour).
const LOCKOUT_SECONDS: i64 = 3600;

/// The account fields `CreateUser` and `UpdateUser` share, read and checked
/// before anything changes: flags, the organization limit, and the two
/// RFC 3339 times (`created_at`, `legal_accepted_at`) kept in milliseconds.
fn account_fields(req: &Req) -> Result<Vec<(&'static str, Value)>, Answer> {
    let mut fields = Vec::new();
    for flag in ["delete_self_enabled", "create_organization_enabled", "bypass_client_trust"] {
        if let Some(on) = req.bool(flag) {
            fields.push((flag, json!(on)));
        }
    }
    if let Some(n) = req.body.get("create_organizations_limit").and_then(Value::as_i64) {
        fields.push(("create_organizations_limit", if n == 0 { Value::Null } else { json!(n) }));
    }
    for time in ["created_at", "legal_accepted_at"] {
        if let Some(ms) = req.time(time)? {
            fields.push((time, json!(ms)));
        }
    }
    Ok(fields)
}
