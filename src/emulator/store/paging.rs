//! Lists: Clerk's orderings with ties broken by creation order, pages by
//! limit and offset, and the `starting_after` cursor of user lists.

use super::{fail, ok, primary_email, Answer, Reply, Req, State};
use axum::http::StatusCode;
use serde_json::{json, Value};

/// A page of `items` (already filtered and sorted) and the total.
pub(super) fn slice(items: Vec<Value>, req: &Req) -> Result<(Vec<Value>, usize), Answer> {
    let (limit, offset) = req.page()?;
    let total = items.len();
    Ok((items.into_iter().skip(offset).take(limit).collect(), total))
}

/// `-created_at` and its kin: the direction (descending?) and the field.
fn direction(order_by: &str) -> (bool, &str) {
    match order_by.strip_prefix('-') {
        Some(f) => (true, f),
        // `+` is implied without a sign (and a `+` sent unencoded reads as a space).
        None => (false, order_by.trim_start_matches(['+', ' '])),
    }
}

impl State {
    /// Where the object was made in this emulator's creation order (0 when
    /// unknown: an object of a snapshot taken before the order was kept).
    pub(super) fn seq(&self, object: &Value) -> u64 {
        object.get("id").and_then(Value::as_str).and_then(|id| self.created.get(id)).copied().unwrap_or(0)
    }

    /// Sorts by an `order_by` value such as `-created_at` or `+name`
    /// (`-created_at` when none is given). Equal values keep creation
    /// order in the same direction: newest first when descending.
    pub(super) fn order(&self, items: &mut [Value], order_by: Option<&str>, allowed: &[&str]) -> Result<(), Answer> {
        self.order_with(items, order_by, allowed, |v, field| match v.get(field) {
            Some(own) if !own.is_null() => own.clone(),
            // A user sorts by its primary email address.
            _ if field == "email_address" => primary_email(v).map(Value::from).unwrap_or(Value::Null),
            _ => Value::Null,
        })
    }

    /// [`order`](Self::order) with the sorted value of each item given by `value_of(item, field)`.
    pub(super) fn order_with(
        &self,
        items: &mut [Value],
        order_by: Option<&str>,
        allowed: &[&str],
        value_of: impl Fn(&Value, &str) -> Value,
    ) -> Result<(), Answer> {
        let (desc, field) = direction(order_by.unwrap_or("-created_at"));
        if !allowed.contains(&field) {
            return Err(super::invalid(
                "order_by",
                &format!("must be one of {} (with `+` or `-`)", allowed.join(", ")),
            ));
        }
        let key = |v: &Value| -> (i64, String, u64) {
            let f = value_of(v, field);
            (f.as_i64().unwrap_or(0), f.as_str().map(str::to_lowercase).unwrap_or_default(), self.seq(v))
        };
        items.sort_by(|a, b| {
            let o = key(a).cmp(&key(b));
            if desc {
                o.reverse()
            } else {
                o
            }
        });
        Ok(())
    }

    /// A list Clerk answers as `{data, total_count}` (`wrapped`) or as a bare
    /// array unless `paginated=true` is asked; newest first.
    pub(super) fn list_plain(&self, mut items: Vec<Value>, req: &Req, wrapped: bool) -> Reply {
        self.order(&mut items, None, &["created_at"])?;
        let (page, total) = slice(items, req)?;
        if wrapped || req.flag("paginated") == Some(true) {
            ok(json!({"data": page, "total_count": total}))
        } else {
            ok(Value::Array(page))
        }
    }

    /// The users after the `starting_after` cursor (a user id), in the
    /// order already applied: only with a `created_at` ordering and no
    /// offset, as Clerk's spec says (both answered 422 otherwise).
    pub(super) fn after_cursor(&self, users: Vec<Value>, req: &Req) -> Result<Vec<Value>, Answer> {
        let Some(cursor) = req.q("starting_after").filter(|c| !c.is_empty()) else { return Ok(users) };
        let (desc, field) = direction(req.q("order_by").unwrap_or("-created_at"));
        let refuse = |long: &str| {
            fail(
                StatusCode::UNPROCESSABLE_ENTITY,
                "form_conditional_param_disallowed",
                "is not allowed",
                long,
                Some("starting_after"),
            )
        };
        if field != "created_at" {
            return Err(refuse(
                "`starting_after` is only allowed when `order_by` is `created_at`, `+created_at` or `-created_at`.",
            ));
        }
        if req.q("offset").is_some_and(|o| o.trim() != "0") {
            return Err(refuse("`starting_after` isn't allowed with a non-zero `offset`."));
        }
        let Some(at) = self.users.get(cursor) else {
            return Err(fail(
                StatusCode::UNPROCESSABLE_ENTITY,
                "form_param_value_invalid",
                "is invalid",
                "`starting_after` must be the id of an existing user.",
                Some("starting_after"),
            ));
        };
        let key = |v: &Value| (v.get("created_at").and_then(Value::as_i64).unwrap_or(0), self.seq(v));
        let mark = key(at);
        Ok(users.into_iter().filter(|u| if desc { key(u) < mark } else { key(u) > mark }).collect())
    }
}
