//! Organization memberships: each embeds its organization and its user.

use super::{bad_request, event, fail, new_id, not_found, now, ok, ok_with, slice, text, Answer, Reply, Req, State};
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
        self.add_membership(&org_id, &user_id, &role)
    }

    pub(super) fn list_memberships(&self, id_or_slug: &str, req: &Req) -> Reply {
        let org_id = self.org_id(id_or_slug)?;
        let roles = req.qs("role");
        let users = req.qs("user_id");
        let mut items: Vec<Value> = self
            .memberships
            .values()
            .filter(|m| m.pointer("/organization/id").and_then(Value::as_str) == Some(org_id.as_str()))
            .filter(|m| roles.is_empty() || roles.iter().any(|r| text(m, "role").as_deref() == Some(r.as_str())))
            .filter(|m| {
                users.is_empty()
                    || users
                        .iter()
                        .any(|u| m.pointer("/public_user_data/user_id").and_then(Value::as_str) == Some(u.as_str()))
            })
            .cloned()
            .collect();
        self.order(&mut items, req.q("order_by"), &["created_at", "updated_at", "role"])?;
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
