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

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/CreateInvitation.md"))]
    pub fn create(&self) -> builder::CreateInvitation<'a> {
        self.clerk.generated().create_invitation()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/ListInvitations.md"))]
    pub fn list(&self) -> builder::ListInvitations<'a> {
        self.clerk.generated().list_invitations()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/CreateBulkInvitations.md"))]
    pub fn bulk_create(&self) -> builder::CreateBulkInvitations<'a> {
        self.clerk.generated().create_bulk_invitations()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/RevokeInvitation.md"))]
    pub fn revoke(&self, invitation_id: impl Into<String>) -> builder::RevokeInvitation<'a> {
        self.clerk.generated().revoke_invitation().invitation_id(invitation_id)
    }
}
