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

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/CreateOrganizationMembership.md"))]
    pub fn create(&self, organization_id: impl Into<String>) -> builder::CreateOrganizationMembership<'a> {
        self.clerk.generated().create_organization_membership().organization_id(organization_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/ListOrganizationMemberships.md"))]
    pub fn list(&self, organization_id: impl Into<String>) -> builder::ListOrganizationMemberships<'a> {
        self.clerk.generated().list_organization_memberships().organization_id(organization_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/UpdateOrganizationMembership.md"))]
    pub fn update(
        &self,
        organization_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> builder::UpdateOrganizationMembership<'a> {
        self.clerk.generated().update_organization_membership().organization_id(organization_id).user_id(user_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/DeleteOrganizationMembership.md"))]
    pub fn delete(
        &self,
        organization_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> builder::DeleteOrganizationMembership<'a> {
        self.clerk.generated().delete_organization_membership().organization_id(organization_id).user_id(user_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/UpdateOrganizationMembershipMetadata.md"))]
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
