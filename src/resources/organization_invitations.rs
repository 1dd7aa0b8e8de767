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

    /// Get all.
    ///
    /// `GET /organization_invitations` (operation `ListInstanceOrganizationInvitations`).
    pub fn get_all(&self) -> builder::ListInstanceOrganizationInvitations<'a> {
        self.clerk.generated().list_instance_organization_invitations()
    }

    /// Create.
    ///
    /// `POST /organizations/{organization_id}/invitations` (operation `CreateOrganizationInvitation`).
    pub fn create(&self, organization_id: impl Into<String>) -> builder::CreateOrganizationInvitation<'a> {
        self.clerk.generated().create_organization_invitation().organization_id(organization_id)
    }

    /// List.
    ///
    /// `GET /organizations/{organization_id}/invitations` (operation `ListOrganizationInvitations`).
    pub fn list(&self, organization_id: impl Into<String>) -> builder::ListOrganizationInvitations<'a> {
        self.clerk.generated().list_organization_invitations().organization_id(organization_id)
    }

    /// Bulk create.
    ///
    /// `POST /organizations/{organization_id}/invitations/bulk` (operation `CreateOrganizationInvitationBulk`).
    pub fn bulk_create(&self, organization_id: impl Into<String>) -> builder::CreateOrganizationInvitationBulk<'a> {
        self.clerk.generated().create_organization_invitation_bulk().organization_id(organization_id)
    }

    /// List pending.
    ///
    /// `GET /organizations/{organization_id}/invitations/pending` (operation `ListPendingOrganizationInvitations`).
    pub fn list_pending(&self, organization_id: impl Into<String>) -> builder::ListPendingOrganizationInvitations<'a> {
        self.clerk.generated().list_pending_organization_invitations().organization_id(organization_id)
    }

    /// Get.
    ///
    /// `GET /organizations/{organization_id}/invitations/{invitation_id}` (operation `GetOrganizationInvitation`).
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

    /// Revoke.
    ///
    /// `POST /organizations/{organization_id}/invitations/{invitation_id}/revoke` (operation `RevokeOrganizationInvitation`).
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
