//! Organization memberships: each embeds its organization and its user.

use super::user_filters::UserFilter;
use super::{
    bad_request, event, fail, merge, new_id, not_found, now, ok, ok_with, primary_email, primary_phone, slice, text,
    Answer, Reply, Req, State,
};
use crate::emulator::shapes;
use axum::http::StatusCode;
use serde_json::{json, Value};

impl State {
    pub(super) fn members_count(&self, org_id: &str) -> usize {
        self.memberships
            .values()
            .filter(|m| m.pointer("/organization/id").and_then(Value::as_str) == Some(org_id))
            .count()
    }

    /// Memberships embed their organization and user: keep them current.
    pub(super) fn refresh_memberships_in(&mut self, org_id: &str) {
        let Some(org) = self.organizations.get(org_id).cloned() else { return };
        for m in self.memberships.values_mut() {
            if m.pointer("/organization/id").and_then(Value::as_str) == Some(org_id) {
                m["organization"] = org.clone();
            }
        }
    }

    pub(super) fn refresh_memberships_of(&mut self, user_id: &str) {
        let Some(user) = self.users.get(user_id).cloned() else { return };
        for m in self.memberships.values_mut() {
            if m.pointer("/public_user_data/user_id").and_then(Value::as_str) == Some(user_id) {
                let id = text(m, "id").unwrap_or_default();
                let role = text(m, "role").unwrap_or_default();
                let created = m.get("created_at").and_then(Value::as_i64).unwrap_or(0);
                let org = m["organization"].clone();
                let mut fresh = shapes::membership(&id, &org, &user, &role, created);
                for f in ["public_metadata", "private_metadata"] {
                    fresh[f] = m[f].clone();
                }
                fresh["updated_at"] = json!(now());
                *m = fresh;
            }
        }
    }

    /// A role must be `org:admin`, `org:member` or one the instance
    /// defines. Clerk's reference answers a role that does not exist with
    /// 404 `resource_not_found` naming the parameter.
    pub(super) fn check_role(&self, role: &str) -> Result<(), Answer> {
        if self.settings.has_role(role) {
            return Ok(());
        }
        Err(fail(
            StatusCode::NOT_FOUND,
            "resource_not_found",
            "not found",
            &format!("Organization role not found: {role}"),
            Some("role"),
        ))
    }

    /// An organization is full when its members and pending invitations
    /// reach its `max_allowed_memberships` (0: no limit), as Clerk counts.
    pub(super) fn check_quota(&self, org_id: &str) -> Result<(), Answer> {
        let Some(org) = self.organizations.get(org_id) else { return Err(not_found("organization")) };
        let max = org.get("max_allowed_memberships").and_then(Value::as_i64).unwrap_or(0);
        let pending = self
            .organization_invitations
            .values()
            .filter(|i| {
                text(i, "organization_id").as_deref() == Some(org_id) && text(i, "status").as_deref() == Some("pending")
            })
            .count();
        if max > 0 && (self.members_count(org_id) + pending) as i64 >= max {
            return Err(fail(
                StatusCode::FORBIDDEN,
                "organization_membership_quota_exceeded",
                "organization membership quota exceeded",
                &format!(
                    "You have reached your limit of {max} organization memberships, including outstanding invitations."
                ),
                None,
            ));
        }
        Ok(())
    }

    /// Whether `membership` is the organization's only admin: removing or
    /// demoting it is refused with 400 `organization_minimum_permissions_needed`.
    pub(super) fn check_not_last_admin(&self, org_id: &str, membership: &str) -> Result<(), Answer> {
        let admins: Vec<&String> = self
            .memberships
            .iter()
            .filter(|(_, m)| {
                m.pointer("/organization/id").and_then(Value::as_str) == Some(org_id)
                    && text(m, "role").as_deref() == Some("org:admin")
            })
            .map(|(k, _)| k)
            .collect();
        if admins.len() == 1 && admins[0] == membership {
            return Err(bad_request(
                "organization_minimum_permissions_needed",
                "minimum organization permissions needed",
                "There has to be at least one organization member with the minimum required permissions",
            ));
        }
        Ok(())
    }

    pub(super) fn membership_key(&self, org_id: &str, user_id: &str) -> Option<String> {
        self.memberships
            .iter()
            .find(|(_, m)| {
                m.pointer("/organization/id").and_then(Value::as_str) == Some(org_id)
                    && m.pointer("/public_user_data/user_id").and_then(Value::as_str) == Some(user_id)
            })
            .map(|(k, _)| k.clone())
    }

    pub(super) fn add_membership(&mut self, org_id: &str, user_id: &str, role: &str) -> Reply {
        let Some(user) = self.users.get(user_id).cloned() else { return Err(not_found("user")) };
        let Some(org) = self.organizations.get(org_id).cloned() else { return Err(not_found("organization")) };
        if self.membership_key(org_id, user_id).is_some() {
            return Err(bad_request(
                "already_a_member_in_organization",
                "already a member",
                &format!("{user_id} is already a member of the organization."),
            ));
        }
        self.check_role(role)?;
        self.check_quota(org_id)?;
        let id = new_id("orgmem");
        let t = self.stamp(&id);
        let m = shapes::membership(&id, &org, &user, role, t);
        self.memberships.insert(id, m.clone());
        ok_with(m.clone(), vec![event("organizationMembership.created", &m)])
    }

    pub(super) fn create_membership(&mut self, id_or_slug: &str, req: &Req) -> Reply {
        let org_id = self.org_id(id_or_slug)?;
        let user_id = req.required("user_id")?;
        let role = req.required("role")?;
        let mut answer = self.add_membership(&org_id, &user_id, &role)?;
        let id = text(&answer.body, "id").unwrap_or_default();
        if let Some(m) = self.memberships.get_mut(&id) {
            for f in ["public_metadata", "private_metadata"] {
                if let Some(v) = req.body.get(f).filter(|v| v.is_object()) {
                    m[f] = v.clone();
                }
            }
            answer.body = m.clone();
            answer.events = vec![event("organizationMembership.created", m)];
        }
        Ok(answer)
    }

    /// `PATCH .../memberships/{user_id}/metadata`: merges the maps given.
    pub(super) fn membership_metadata(&mut self, id_or_slug: &str, user_id: &str, req: &Req) -> Reply {
        let org_id = self.org_id(id_or_slug)?;
        let Some(key) = self.membership_key(&org_id, user_id) else { return Err(not_found("membership")) };
        let Some(m) = self.memberships.get_mut(&key) else { return Err(not_found("membership")) };
        for f in ["public_metadata", "private_metadata"] {
            if let Some(patch) = req.body.get(f).filter(|v| v.is_object()) {
                merge(&mut m[f], patch);
            }
        }
        m["updated_at"] = json!(now());
        let m = m.clone();
        ok_with(m.clone(), vec![event("organizationMembership.updated", &m)])
    }

    /// An organization's members, filtered by role and by Clerk's user
    /// filters (applied to each member's user), ordered by the membership's
    /// `created_at` or the user's name, username, email address or phone number.
    pub(super) fn list_memberships(&self, id_or_slug: &str, req: &Req) -> Reply {
        let org_id = self.org_id(id_or_slug)?;
        let roles = req.qs("role");
        let filter = UserFilter::from(req)?;
        let user_of =
            |m: &Value| m.pointer("/public_user_data/user_id").and_then(Value::as_str).and_then(|u| self.users.get(u));
        let mut items: Vec<Value> = self
            .memberships
            .values()
            .filter(|m| m.pointer("/organization/id").and_then(Value::as_str) == Some(org_id.as_str()))
            .filter(|m| roles.is_empty() || roles.iter().any(|r| text(m, "role").as_deref() == Some(r.as_str())))
            .filter(|m| user_of(m).is_some_and(|u| filter.admits(self, u)))
            .cloned()
            .collect();
        let by_user = ["phone_number", "email_address", "first_name", "last_name", "username"];
        self.order_with(
            &mut items,
            req.q("order_by"),
            &["created_at", "phone_number", "email_address", "first_name", "last_name", "username"],
            |m, field| {
                if !by_user.contains(&field) {
                    return m.get(field).cloned().unwrap_or(Value::Null);
                }
                let Some(user) = user_of(m) else { return Value::Null };
                match field {
                    "email_address" => primary_email(user).map(Value::from).unwrap_or(Value::Null),
                    "phone_number" => primary_phone(user).map(Value::from).unwrap_or(Value::Null),
                    _ => user.get(field).cloned().unwrap_or(Value::Null),
                }
            },
        )?;
        let (page, total) = slice(items, req)?;
        ok(json!({"data": page, "total_count": total}))
    }

    pub(super) fn update_membership(&mut self, id_or_slug: &str, user_id: &str, req: &Req) -> Reply {
        let org_id = self.org_id(id_or_slug)?;
        let role = req.required("role")?;
        let Some(key) = self.membership_key(&org_id, user_id) else { return Err(not_found("membership")) };
        self.check_role(&role)?;
        if role != "org:admin" {
            self.check_not_last_admin(&org_id, &key)?;
        }
        let Some(m) = self.memberships.get_mut(&key) else { return Err(not_found("membership")) };
        m["role"] = json!(role);
        m["updated_at"] = json!(now());
        let m = m.clone();
        ok_with(m.clone(), vec![event("organizationMembership.updated", &m)])
    }

    pub(super) fn delete_membership(&mut self, id_or_slug: &str, user_id: &str) -> Reply {
        let org_id = self.org_id(id_or_slug)?;
        let Some(key) = self.membership_key(&org_id, user_id) else { return Err(not_found("membership")) };
        self.check_not_last_admin(&org_id, &key)?;
        let Some(m) = self.memberships.remove(&key) else { return Err(not_found("membership")) };
        ok_with(m.clone(), vec![event("organizationMembership.deleted", &m)])
    }
}
