//! Organizations: slugs, metadata, deletion with memberships and invitations.

use super::user_filters::IdSet;
use super::{
    bad_request, event, invalid, merge, new_id, not_found, now, ok, ok_with, slice, taken, text, Answer, Reply, Req,
    State,
};
use crate::emulator::shapes;
use serde_json::{json, Value};

impl State {
    pub(super) fn organization(&self, id_or_slug: &str) -> Option<&Value> {
        self.organizations
            .get(id_or_slug)
            .or_else(|| self.organizations.values().find(|o| text(o, "slug").as_deref() == Some(id_or_slug)))
    }

    pub(super) fn org_id(&self, id_or_slug: &str) -> Result<String, Answer> {
        self.organization(id_or_slug).and_then(|o| text(o, "id")).ok_or_else(|| not_found("organization"))
    }

    pub(super) fn list_organizations(&self, req: &Req) -> Reply {
        // Clerk: an exact match of the id, a partial one of the name or slug.
        let query = req.q("query").map(str::to_lowercase).filter(|q| !q.is_empty());
        let ids = IdSet::from(req.qs("organization_id"));
        let members = IdSet::from(req.qs("user_id"));
        let mut orgs: Vec<Value> = self
            .organizations
            .values()
            .filter(|o| {
                let id = text(o, "id").unwrap_or_default();
                let partial = [text(o, "name"), text(o, "slug")];
                let matches = query.as_ref().is_none_or(|q| {
                    id.to_lowercase() == *q || partial.iter().flatten().any(|h| h.to_lowercase().contains(q.as_str()))
                });
                let member_ids: Vec<&str> = if members.is_empty() {
                    Vec::new()
                } else {
                    self.memberships
                        .values()
                        .filter(|m| m.pointer("/organization/id").and_then(Value::as_str) == Some(id.as_str()))
                        .filter_map(|m| m.pointer("/public_user_data/user_id").and_then(Value::as_str))
                        .collect()
                };
                matches && ids.admits(&[id.as_str()]) && members.admits(&member_ids)
            })
            .cloned()
            .collect();
        if req.flag("include_members_count") == Some(true) {
            for o in orgs.iter_mut() {
                self.count_members_into(o);
            }
        }
        self.order(&mut orgs, req.q("order_by"), &["created_at", "name", "members_count"])?;
        let (page, total) = slice(orgs, req)?;
        ok(json!({"data": page, "total_count": total}))
    }

    /// Adds `members_count` to an organization (as `include_members_count` asks).
    pub(super) fn count_members_into(&self, org: &mut Value) {
        let id = text(org, "id").unwrap_or_default();
        org["members_count"] = json!(self.members_count(&id));
    }

    /// `GetOrganization`, by id or slug.
    pub(super) fn get_organization(&self, id_or_slug: &str, req: &Req) -> Reply {
        let Some(mut org) = self.organization(id_or_slug).cloned() else { return Err(not_found("organization")) };
        if req.flag("include_members_count") == Some(true) {
            self.count_members_into(&mut org);
        }
        ok(org)
    }

    pub(super) fn check_slug(&self, slug: &str, except: Option<&str>) -> Result<(), Answer> {
        let good = !slug.is_empty()
            && slug.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
        if !good {
            return Err(invalid("slug", "may hold only lowercase letters, digits, `-` and `_`"));
        }
        if self
            .organizations
            .values()
            .any(|o| text(o, "slug").as_deref() == Some(slug) && text(o, "id").as_deref() != except)
        {
            return Err(taken("slug", "slug"));
        }
        Ok(())
    }

    pub(super) fn create_organization(&mut self, req: &Req) -> Reply {
        let name = req.required("name")?;
        let slug = match req.str("slug") {
            Some(s) => s.to_string(),
            None => {
                let base: String = name
                    .to_lowercase()
                    .chars()
                    .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
                    .collect::<String>()
                    .trim_matches('-')
                    .to_string();
                let base = if base.is_empty() { "org".to_string() } else { base };
                let mut candidate = base.clone();
                let mut n = 1;
                while self.organizations.values().any(|o| text(o, "slug").as_deref() == Some(candidate.as_str())) {
                    n += 1;
                    candidate = format!("{base}-{n}");
                }
                candidate
            }
        };
        self.check_slug(&slug, None)?;
        let created_by = req.str("created_by").map(str::to_string);
        if let Some(u) = &created_by {
            if !self.users.contains_key(u) {
                return Err(bad_request(
                    "organization_creator_not_found",
                    "creator not found",
                    &format!("No users found with id {u}."),
                ));
            }
        }
        let created_at = req.time("created_at")?;
        let id = new_id("org");
        let t = self.stamp(&id);
        let mut org = shapes::organization(&id, &name, &slug, created_by.as_deref(), t);
        org["max_allowed_memberships"] = json!(self.settings.membership_limit);
        for f in ["public_metadata", "private_metadata"] {
            if let Some(v) = req.body.get(f).filter(|v| v.is_object()) {
                org[f] = v.clone();
            }
        }
        if let Some(n) = req.body.get("max_allowed_memberships").and_then(Value::as_i64) {
            org["max_allowed_memberships"] = json!(n);
        }
        if let Some(ms) = created_at {
            org["created_at"] = json!(ms);
        }
        self.organizations.insert(id.clone(), org.clone());
        let mut events = vec![event("organization.created", &org)];
        if let Some(u) = created_by {
            if let Ok(a) = self.add_membership(&id, &u, "org:admin") {
                events.extend(a.events);
            }
        }
        ok_with(org, events)
    }

    pub(super) fn update_organization(&mut self, id_or_slug: &str, req: &Req) -> Reply {
        let id = self.org_id(id_or_slug)?;
        if let Some(slug) = req.str("slug") {
            self.check_slug(slug, Some(&id))?;
        }
        let created_at = req.time("created_at")?;
        let Some(org) = self.organizations.get_mut(&id) else { return Err(not_found("organization")) };
        if let Some(ms) = created_at {
            org["created_at"] = json!(ms);
        }
        if let Some(on) = req.bool("admin_delete_enabled") {
            org["admin_delete_enabled"] = json!(on);
        }
        if let Some(name) = req.str("name") {
            if name.trim().is_empty() {
                return Err(invalid("name", "must not be empty"));
            }
            org["name"] = json!(name);
        }
        if let Some(slug) = req.str("slug") {
            org["slug"] = json!(slug);
        }
        // Metadata is replaced here only before 2026-05-12 (`params` refuses it after).
        for f in ["public_metadata", "private_metadata"] {
            if let Some(v) = req.body.get(f).filter(|v| v.is_object()) {
                org[f] = v.clone();
            }
        }
        if let Some(n) = req.body.get("max_allowed_memberships").and_then(Value::as_i64) {
            org["max_allowed_memberships"] = json!(n);
        }
        org["updated_at"] = json!(now());
        let org = org.clone();
        self.refresh_memberships_in(&id);
        ok_with(org.clone(), vec![event("organization.updated", &org)])
    }

    /// `PATCH .../metadata` merges (`merge`), `PUT` replaces each map given.
    pub(super) fn organization_metadata(&mut self, id_or_slug: &str, req: &Req, merging: bool) -> Reply {
        let id = self.org_id(id_or_slug)?;
        let Some(org) = self.organizations.get_mut(&id) else { return Err(not_found("organization")) };
        for f in ["public_metadata", "private_metadata"] {
            if let Some(patch) = req.body.get(f).filter(|v| v.is_object()) {
                if merging {
                    merge(&mut org[f], patch);
                } else {
                    org[f] = patch.clone();
                }
            }
        }
        org["updated_at"] = json!(now());
        let org = org.clone();
        self.refresh_memberships_in(&id);
        ok_with(org.clone(), vec![event("organization.updated", &org)])
    }

    pub(super) fn delete_organization(&mut self, id_or_slug: &str) -> Reply {
        let id = self.org_id(id_or_slug)?;
        self.organizations.remove(&id);
        let mut events = Vec::new();
        let gone: Vec<String> = self
            .memberships
            .iter()
            .filter(|(_, m)| m.pointer("/organization/id").and_then(Value::as_str) == Some(id.as_str()))
            .map(|(k, _)| k.clone())
            .collect();
        for k in gone {
            if let Some(m) = self.memberships.remove(&k) {
                events.push(event("organizationMembership.deleted", &m));
            }
        }
        self.organization_invitations
            .retain(|_, i| i.get("organization_id").and_then(Value::as_str) != Some(id.as_str()));
        let deleted = shapes::deleted(&id, "organization");
        events.push(event("organization.deleted", &deleted));
        ok_with(deleted, events)
    }
}
