//! `clerk.invitations()`: operations on invitations.
// Written by `cargo xtask regen` from openapi/clerk-backend-api.yaml; do not edit.

use crate::generated::builder;
use crate::Clerk;

/// Operations on invitations; get one with `clerk.invitations()` (cargo feature `invitations`).
#[derive(Clone, Copy)]
pub struct Invitations<'a> {
    pub(crate) clerk: &'a Clerk,
}

impl<'a> Invitations<'a> {
    pub(crate) fn new(clerk: &'a Clerk) -> Self {
        Self { clerk }
    }

    /// Invites an email address to sign up; set `redirect_url`, `expires_in_days`, `notify` and metadata on the body.
    ///
    /// `POST /invitations` (operation `CreateInvitation`).
    pub fn create(&self) -> builder::CreateInvitation<'a> {
        self.clerk.generated().create_invitation()
    }

    /// Lists invitations; filter by `status` or `query`, page with `limit` and `offset`.
    ///
    /// `GET /invitations` (operation `ListInvitations`).
    pub fn list(&self) -> builder::ListInvitations<'a> {
        self.clerk.generated().list_invitations()
    }

    /// Sends many invitations in one request (a `Vec` of invitation bodies).
    ///
    /// `POST /invitations/bulk` (operation `CreateBulkInvitations`).
    pub fn bulk_create(&self) -> builder::CreateBulkInvitations<'a> {
        self.clerk.generated().create_bulk_invitations()
    }

    /// Revokes a pending invitation so its link no longer works.
    ///
    /// `POST /invitations/{invitation_id}/revoke` (operation `RevokeInvitation`).
    pub fn revoke(&self, invitation_id: impl Into<String>) -> builder::RevokeInvitation<'a> {
        self.clerk.generated().revoke_invitation().invitation_id(invitation_id)
    }
}
