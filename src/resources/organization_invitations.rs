//! `clerk.organization_invitations()`: operations on organization invitations.
// Written by `cargo xtask regen` from openapi/clerk-backend-api.yaml; do not edit.

use crate::generated::builder;
use crate::Clerk;

/// Operations on organization invitations; get one with `clerk.organization_invitations()` (cargo feature `organization_invitations`).
#[derive(Clone, Copy)]
pub struct OrganizationInvitations<'a> {
    pub(crate) clerk: &'a Clerk,
}

impl<'a> OrganizationInvitations<'a> {
    pub(crate) fn new(clerk: &'a Clerk) -> Self {
        Self { clerk }
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/ListInstanceOrganizationInvitations.md"))]
    pub fn get_all(&self) -> builder::ListInstanceOrganizationInvitations<'a> {
        self.clerk.generated().list_instance_organization_invitations()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/CreateOrganizationInvitation.md"))]
    pub fn create(&self, organization_id: impl Into<String>) -> builder::CreateOrganizationInvitation<'a> {
        self.clerk.generated().create_organization_invitation().organization_id(organization_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/ListOrganizationInvitations.md"))]
    pub fn list(&self, organization_id: impl Into<String>) -> builder::ListOrganizationInvitations<'a> {
        self.clerk.generated().list_organization_invitations().organization_id(organization_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/CreateOrganizationInvitationBulk.md"))]
    pub fn bulk_create(&self, organization_id: impl Into<String>) -> builder::CreateOrganizationInvitationBulk<'a> {
        self.clerk.generated().create_organization_invitation_bulk().organization_id(organization_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/ListPendingOrganizationInvitations.md"))]
    pub fn list_pending(&self, organization_id: impl Into<String>) -> builder::ListPendingOrganizationInvitations<'a> {
        self.clerk.generated().list_pending_organization_invitations().organization_id(organization_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/GetOrganizationInvitation.md"))]
    pub fn get(
        &self,
        organization_id: impl Into<String>,
        invitation_id: impl Into<String>,
    ) -> builder::GetOrganizationInvitation<'a> {
        self.clerk
            .generated()
            .get_organization_invitation()
            .organization_id(organization_id)
            .invitation_id(invitation_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/RevokeOrganizationInvitation.md"))]
    pub fn revoke(
        &self,
        organization_id: impl Into<String>,
        invitation_id: impl Into<String>,
    ) -> builder::RevokeOrganizationInvitation<'a> {
        self.clerk
            .generated()
            .revoke_organization_invitation()
            .organization_id(organization_id)
            .invitation_id(invitation_id)
    }
}
