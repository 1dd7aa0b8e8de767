//! Invitations to join an organization.

use super::identifications::valid_email;
use super::{
    bad_request, email_event, event, invalid, new_id, not_found, not_pending, now, ok, ok_with, slice, text, Reply,
    Req, State,
};
use crate::emulator::shapes;
use serde_json::{json, Value};

impl State {
    pub(super) fn create_organization_invitation(&mut self, id_or_slug: &str, req: &Req) -> Reply {
        let org_id = self.org_id(id_or_slug)?;
        let email = req.required("email_address")?;
        let role = req.required("role")?;
        if !valid_email(&email) {
            return Err(invalid("email_address", "must be a valid email address"));
        }
        self.check_role(&role)?;
        let pending = self.organization_invitations.values().any(|i| {
            text(i, "organization_id").as_deref() == Some(org_id.as_str())
                && text(i, "email_address").is_some_and(|e| e.eq_ignore_ascii_case(&email))
                && text(i, "status").as_deref() == Some("pending")
        });
        if pending {
            return Err(bad_request(
                "organization_invitation_not_unique",
                "organization invitation not unique",
                "Organizations cannot have duplicate pending invitations for an email address.",
            ));
        }
        self.check_quota(&org_id)?;
        let days = req.body.get("expires_in_days").and_then(Value::as_i64).unwrap_or(30);
        if !(1..=365).contains(&days) {
            return Err(invalid("expires_in_days", "must be from 1 to 365"));
        }
        let id = new_id("orginv");
        let t = self.stamp(&id);
        let mut inv = shapes::organization_invitation(&id, &org_id, &email, &role, "pending", t);
        inv["expires_at"] = json!(t.saturating_add(days.saturating_mul(86_400_000)));
        for f in ["public_metadata", "private_metadata"] {
            if let Some(v) = req.body.get(f).filter(|v| v.is_object()) {
                inv[f] = v.clone();
            }
        }
        self.organization_invitations.insert(id, inv.clone());
        let mut events = vec![event("organizationInvitation.created", &inv)];
        if req.bool("notify") != Some(false) {
            events.push(email_event(
                &email,
                "organization_invitation",
                "You are invited to join an organization",
                None,
            ));
        }
        ok_with(inv, events)
    }

    pub(super) fn list_organization_invitations(&self, id_or_slug: &str, req: &Req) -> Reply {
        let org_id = self.org_id(id_or_slug)?;
        let statuses = req.qs("status");
        let email = req.q("email_address").filter(|e| !e.is_empty());
        let mut items: Vec<Value> = self
            .organization_invitations
            .values()
            .filter(|i| text(i, "organization_id").as_deref() == Some(org_id.as_str()))
            .filter(|i| {
                statuses.is_empty() || statuses.iter().any(|s| text(i, "status").as_deref() == Some(s.as_str()))
            })
            .filter(|i| email.is_none_or(|e| text(i, "email_address").is_some_and(|a| a.eq_ignore_ascii_case(e))))
            .cloned()
            .collect();
        self.order(&mut items, req.q("order_by"), &["created_at", "email_address"])?;
        let (page, total) = slice(items, req)?;
        ok(json!({"data": page, "total_count": total}))
    }

    /// `GET .../invitations/pending`: the pending ones, newest first.
    pub(super) fn list_pending_organization_invitations(&self, id_or_slug: &str, req: &Req) -> Reply {
        let org_id = self.org_id(id_or_slug)?;
        let mut items: Vec<Value> = self
            .organization_invitations
            .values()
            .filter(|i| text(i, "organization_id").as_deref() == Some(org_id.as_str()))
            .filter(|i| text(i, "status").as_deref() == Some("pending"))
            .cloned()
            .collect();
        self.order(&mut items, None, &["created_at"])?;
        let (page, total) = slice(items, req)?;
        ok(json!({"data": page, "total_count": total}))
    }

    pub(super) fn organization_invitation(&self, id_or_slug: &str, inv: &str) -> Reply {
        let org_id = self.org_id(id_or_slug)?;
        self.organization_invitations
            .get(inv)
            .filter(|i| text(i, "organization_id").as_deref() == Some(org_id.as_str()))
            .cloned()
            .map(ok)
            .unwrap_or_else(|| Err(not_found("organization invitation")))
    }

    pub(super) fn revoke_organization_invitation(&mut self, id_or_slug: &str, inv: &str) -> Reply {
        let org_id = self.org_id(id_or_slug)?;
        let Some(i) = self
            .organization_invitations
            .get_mut(inv)
            .filter(|i| text(i, "organization_id").as_deref() == Some(org_id.as_str()))
        else {
            return Err(not_found("organization invitation"));
        };
        match text(i, "status").as_deref() {
            Some("pending") => {}
            other => return Err(not_pending(other.unwrap_or_default())),
        }
        i["status"] = json!("revoked");
        i["updated_at"] = json!(now());
        let i = i.clone();
        ok_with(i.clone(), vec![event("organizationInvitation.revoked", &i)])
    }
}
