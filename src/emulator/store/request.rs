//! What a handler reads from a request, and the small readers of stored
//! objects every resource shares.

use super::{invalid, missing, Answer};
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// What a handler reads from a request.
pub(crate) struct Req {
    pub(super) query: Vec<(String, String)>,
    pub(super) body: Map<String, Value>,
}

impl Req {
    /// A request of these query pairs and this JSON body.
    pub(crate) fn new(query: Vec<(String, String)>, body: Map<String, Value>) -> Req {
        Req { query, body }
    }

    pub(crate) fn q(&self, name: &str) -> Option<&str> {
        self.query.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }

    /// Every value of a query parameter, repeated (`a=1&a=2`) or with `[]`.
    pub(super) fn qs(&self, name: &str) -> Vec<String> {
        let bracketed = format!("{name}[]");
        self.query
            .iter()
            .filter(|(k, _)| k == name || *k == bracketed)
            .flat_map(|(_, v)| v.split(',').map(str::to_string).collect::<Vec<_>>())
            .filter(|v| !v.is_empty())
            .collect()
    }

    pub(super) fn flag(&self, name: &str) -> Option<bool> {
        self.q(name).map(|v| v == "true")
    }

    pub(crate) fn str(&self, name: &str) -> Option<&str> {
        self.body.get(name).and_then(Value::as_str)
    }

    pub(super) fn bool(&self, name: &str) -> Option<bool> {
        self.body.get(name).and_then(Value::as_bool)
    }

    pub(crate) fn required(&self, name: &str) -> Result<String, Answer> {
        match self.str(name).map(str::trim) {
            Some(v) if !v.is_empty() => Ok(v.to_string()),
            _ => Err(missing(name)),
        }
    }

    /// An RFC 3339 time in the body, in Unix milliseconds (422
    /// `form_param_invalid_time` when it is not one).
    pub(super) fn time(&self, name: &str) -> Result<Option<i64>, Answer> {
        let Some(value) = self.str(name) else { return Ok(None) };
        match chrono::DateTime::parse_from_rfc3339(value) {
            Ok(t) => Ok(Some(t.timestamp_millis())),
            Err(_) => Err(super::fail(
                axum::http::StatusCode::UNPROCESSABLE_ENTITY,
                "form_param_invalid_time",
                "invalid format",
                &format!(
                    "{name} must contain a datetime specified in RFC3339 format (e.g. `2022-10-20T10:00:27.645Z`)."
                ),
                Some(name),
            )),
        }
    }

    /// A string or a list of strings (`email_address` on user creation is a list).
    pub(super) fn strings(&self, name: &str) -> Vec<String> {
        match self.body.get(name) {
            Some(Value::String(s)) => vec![s.clone()],
            Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).map(str::to_string).collect(),
            _ => Vec::new(),
        }
    }

    /// Limit and offset, checked as Clerk checks them (a limit over 500
    /// is taken as 500).
    pub(super) fn page(&self) -> Result<(usize, usize), Answer> {
        let limit = match self.q("limit") {
            None => 10,
            Some(v) => match v.parse::<i64>() {
                // Clerk answers at most 500 items whatever more is asked.
                Ok(n) if n >= 1 => n.min(500) as usize,
                _ => return Err(invalid("limit", "must be a whole number, 1 or more")),
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

pub(crate) fn parse_query(raw: Option<&str>) -> Vec<(String, String)> {
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

pub(super) fn primary_email(user: &Value) -> Option<&str> {
    let primary = user.get("primary_email_address_id").and_then(Value::as_str);
    let emails = user.get("email_addresses").and_then(Value::as_array)?;
    emails
        .iter()
        .find(|e| e.get("id").and_then(Value::as_str) == primary)
        .or_else(|| emails.first())
        .and_then(|e| e.get("email_address"))
        .and_then(Value::as_str)
}

/// The user's primary phone number (or first), when it has one.
pub(super) fn primary_phone(user: &Value) -> Option<&str> {
    let primary = user.get("primary_phone_number_id").and_then(Value::as_str);
    let phones = user.get("phone_numbers").and_then(Value::as_array)?;
    phones
        .iter()
        .find(|e| e.get("id").and_then(Value::as_str) == primary)
        .or_else(|| phones.first())
        .and_then(|e| e.get("phone_number"))
        .and_then(Value::as_str)
}

pub(super) fn strs<'a>(v: &'a Value, list: &str, field: &str) -> Vec<&'a str> {
    v.get(list)
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(|x| x.get(field).and_then(Value::as_str)).collect())
        .unwrap_or_default()
}

pub(crate) fn text(v: &Value, field: &str) -> Option<String> {
    v.get(field).and_then(Value::as_str).map(str::to_string)
}

/// Merges `patch` into `target` as Clerk merges metadata: objects merge key
/// by key at every depth, `null` deletes a key, anything else replaces.
pub(super) fn merge(target: &mut Value, patch: &Value) {
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

/// Objects with an `email_address` and a `status`, filtered as Clerk's
/// lists filter them: `status` (any of the values given) and `query` (a
/// case-insensitive part of the email address).
pub(super) fn by_status_and_email(objects: &BTreeMap<String, Value>, req: &Req) -> Vec<Value> {
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
