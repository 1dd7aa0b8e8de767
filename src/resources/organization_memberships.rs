//! `clerk.organization_memberships()`: operations on organization memberships.
// Written by `cargo xtask regen` from openapi/clerk-backend-api.yaml; do not edit.

use crate::generated::builder;
use crate::Clerk;

/// Operations on organization memberships; get one with `clerk.organization_memberships()` (cargo feature `organization_memberships`).
#[derive(Clone, Copy)]
pub struct OrganizationMemberships<'a> {
    pub(crate) clerk: &'a Clerk,
}

impl<'a> OrganizationMemberships<'a> {
    pub(crate) fn new(clerk: &'a Clerk) -> Self {
        Self { clerk }
    }

    /// Create.
    ///
    /// `POST /organizations/{organization_id}/memberships` (operation `CreateOrganizationMembership`).
    pub fn create(&self, organization_id: impl Into<String>) -> builder::CreateOrganizationMembership<'a> {
        self.clerk.generated().create_organization_membership().organization_id(organization_id)
    }

    /// List.
    ///
    /// `GET /organizations/{organization_id}/memberships` (operation `ListOrganizationMemberships`).
    pub fn list(&self, organization_id: impl Into<String>) -> builder::ListOrganizationMemberships<'a> {
        self.clerk.generated().list_organization_memberships().organization_id(organization_id)
    }

    /// Update.
    ///
    /// `PATCH /organizations/{organization_id}/memberships/{user_id}` (operation `UpdateOrganizationMembership`).
    pub fn update(
        &self,
        organization_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> builder::UpdateOrganizationMembership<'a> {
        self.clerk.generated().update_organization_membership().organization_id(organization_id).user_id(user_id)
    }

    /// Delete.
    ///
    /// `DELETE /organizations/{organization_id}/memberships/{user_id}` (operation `DeleteOrganizationMembership`).
    pub fn delete(
        &self,
        organization_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> builder::DeleteOrganizationMembership<'a> {
        self.clerk.generated().delete_organization_membership().organization_id(organization_id).user_id(user_id)
    }

    /// Update metadata.
    ///
    /// `PATCH /organizations/{organization_id}/memberships/{user_id}/metadata` (operation `UpdateOrganizationMembershipMetadata`).
    pub fn update_metadata(
        &self,
        organization_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> builder::UpdateOrganizationMembershipMetadata<'a> {
        self.clerk
            .generated()
            .update_organization_membership_metadata()
            .organization_id(organization_id)
            .user_id(user_id)
    }
}
