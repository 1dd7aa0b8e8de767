//! The user filters Clerk's user lists, user counts and membership lists
//! share: identifiers, ids with `+`/`-` (include/exclude), partial-match
//! queries, `banned`, and time windows.

use super::{bad_request, strs, text, Answer, Req, State};
use serde_json::Value;

/// Values of an id filter, each `+id` or `id` (include) or `-id` (exclude).
#[derive(Default)]
pub(super) struct IdSet {
    include: Vec<String>,
    exclude: Vec<String>,
}

impl IdSet {
    /// The include and exclude sets of these values.
    pub(super) fn from(values: Vec<String>) -> IdSet {
        let mut set = IdSet::default();
        for v in values {
            if let Some(id) = v.strip_prefix('-') {
                set.exclude.push(id.to_string());
            } else {
                // A `+` sent unencoded arrives as a space.
                set.include.push(v.trim_start_matches(['+', ' ']).to_string());
            }
        }
        set
    }

    /// Whether the filter was given at all.
    pub(super) fn is_empty(&self) -> bool {
        self.include.is_empty() && self.exclude.is_empty()
    }

    /// Whether an object with these values passes: one of the included (when
    /// any are given) and none of the excluded.
    pub(super) fn admits(&self, have: &[&str]) -> bool {
        (self.include.is_empty() || self.include.iter().any(|w| have.contains(&w.as_str())))
            && !self.exclude.iter().any(|w| have.contains(&w.as_str()))
    }
}

/// A time window on one field: `< before`, `> after`, `>= since`.
struct Window {
    field: &'static str,
    before: Option<i64>,
    after: Option<i64>,
    since: Option<i64>,
}

impl Window {
    fn admits(&self, user: &Value) -> bool {
        if self.before.is_none() && self.after.is_none() && self.since.is_none() {
            return true;
        }
        let Some(t) = user.get(self.field).and_then(Value::as_i64) else { return false };
        self.before.is_none_or(|b| t < b) && self.after.is_none_or(|a| t > a) && self.since.is_none_or(|s| t >= s)
    }
}

/// The user filters of one request.
pub(super) struct UserFilter {
    emails: Vec<String>,
    phones: Vec<String>,
    usernames: Vec<String>,
    web3_wallets: Vec<String>,
    user_ids: IdSet,
    external_ids: IdSet,
    organization_ids: IdSet,
    query: Option<String>,
    email_query: Option<String>,
    phone_query: Option<String>,
    username_query: Option<String>,
    name_query: Option<String>,
    banned: Option<bool>,
    windows: Vec<Window>,
}

/// A query parameter that must be a whole number (Unix milliseconds).
fn millis(req: &Req, name: &str) -> Result<Option<i64>, Answer> {
    match req.q(name).filter(|v| !v.is_empty()) {
        None => Ok(None),
        Some(v) => v.trim().parse::<i64>().map(Some).map_err(|_| malformed(name)),
    }
}

/// 400 `malformed_request_parameters`, as Clerk answers a query value it cannot read.
fn malformed(name: &str) -> Answer {
    bad_request(
        "malformed_request_parameters",
        "Malformed request parameters",
        &format!("The request parameters are malformed and could not be parsed (`{name}`)."),
    )
}

/// A partial-match query, lowercased; `None` when absent or empty.
fn partial(req: &Req, name: &str) -> Option<String> {
    req.q(name).map(str::to_lowercase).filter(|q| !q.is_empty())
}

impl UserFilter {
    /// The filters of `req` (all absent ones pass everything).
    pub(super) fn from(req: &Req) -> Result<UserFilter, Answer> {
        let banned = match req.q("banned") {
            None => None,
            Some("true") => Some(true),
            Some("false") => Some(false),
            Some(_) => return Err(malformed("banned")),
        };
        let window = |field: &'static str, prefix: &str, since: bool| -> Result<Window, Answer> {
            Ok(Window {
                field,
                before: millis(req, &format!("{prefix}_before"))?,
                after: millis(req, &format!("{prefix}_after"))?,
                since: if since { millis(req, &format!("{prefix}_since"))? } else { None },
            })
        };
        Ok(UserFilter {
            emails: req.qs("email_address"),
            phones: req.qs("phone_number"),
            usernames: req.qs("username"),
            web3_wallets: req.qs("web3_wallet"),
            user_ids: IdSet::from(req.qs("user_id")),
            external_ids: IdSet::from(req.qs("external_id")),
            organization_ids: IdSet::from(req.qs("organization_id")),
            query: partial(req, "query"),
            email_query: partial(req, "email_address_query"),
            phone_query: partial(req, "phone_number_query"),
            username_query: partial(req, "username_query"),
            name_query: partial(req, "name_query"),
            banned,
            windows: vec![
                window("created_at", "created_at", false)?,
                window("last_active_at", "last_active_at", true)?,
                window("last_sign_in_at", "last_sign_in_at", false)?,
            ],
        })
    }

    /// Whether `user` passes every filter.
    pub(super) fn admits(&self, st: &State, user: &Value) -> bool {
        let id = text(user, "id").unwrap_or_default();
        let emails = strs(user, "email_addresses", "email_address");
        let phones = strs(user, "phone_numbers", "phone_number");
        let username = text(user, "username");
        let external = text(user, "external_id");
        let first = text(user, "first_name").unwrap_or_default();
        let last = text(user, "last_name").unwrap_or_default();
        let any = |want: &[String], have: &[&str]| {
            want.is_empty() || want.iter().any(|w| have.iter().any(|h| h.eq_ignore_ascii_case(w)))
        };
        let contains = |q: &Option<String>, hay: &[&str]| {
            q.as_ref().is_none_or(|q| hay.iter().any(|h| h.to_lowercase().contains(q.as_str())))
        };
        let member_of: Vec<&str> = if self.organization_ids.is_empty() {
            Vec::new()
        } else {
            st.memberships
                .values()
                .filter(|m| m.pointer("/public_user_data/user_id").and_then(Value::as_str) == Some(id.as_str()))
                .filter_map(|m| m.pointer("/organization/id").and_then(Value::as_str))
                .collect()
        };
        let full_name = format!("{first} {last}");
        let mut everything: Vec<&str> = vec![id.as_str(), first.as_str(), last.as_str()];
        everything.extend(&emails);
        everything.extend(&phones);
        everything.extend(username.as_deref());
        any(&self.emails, &emails)
            && any(&self.phones, &phones)
            && any(&self.usernames, &username.as_deref().into_iter().collect::<Vec<_>>())
            // Users have no web3 wallets in the emulator: a wallet filter matches none.
            && self.web3_wallets.is_empty()
            && self.user_ids.admits(&[id.as_str()])
            && self.external_ids.admits(&external.as_deref().into_iter().collect::<Vec<_>>())
            && self.organization_ids.admits(&member_of)
            && contains(&self.query, &everything)
            && contains(&self.email_query, &emails)
            && contains(&self.phone_query, &phones)
            && contains(&self.username_query, &username.as_deref().into_iter().collect::<Vec<_>>())
            && contains(&self.name_query, &[first.as_str(), last.as_str(), full_name.as_str()])
            && self.banned.is_none_or(|b| user.get("banned").and_then(Value::as_bool).unwrap_or(false) == b)
            && self.windows.iter().all(|w| w.admits(user))
    }
}
