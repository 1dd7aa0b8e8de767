//! `clerk.organization_roles()`: operations on organization roles.
// Written by `cargo xtask regen` from openapi/clerk-backend-api.yaml; do not edit.

use crate::generated::builder;
use crate::Clerk;

/// Operations on organization roles; get one with `clerk.organization_roles()` (cargo feature `organization_roles`).
#[derive(Clone, Copy)]
pub struct OrganizationRoles<'a> {
    pub(crate) clerk: &'a Clerk,
}

impl<'a> OrganizationRoles<'a> {
    pub(crate) fn new(clerk: &'a Clerk) -> Self {
        Self { clerk }
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/ListOrganizationRoles.md"))]
    pub fn list(&self) -> builder::ListOrganizationRoles<'a> {
        self.clerk.generated().list_organization_roles()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/CreateOrganizationRole.md"))]
    pub fn create(&self) -> builder::CreateOrganizationRole<'a> {
        self.clerk.generated().create_organization_role()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/GetOrganizationRole.md"))]
    pub fn get(&self, organization_role_id: impl Into<String>) -> builder::GetOrganizationRole<'a> {
        self.clerk.generated().get_organization_role().organization_role_id(organization_role_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/UpdateOrganizationRole.md"))]
    pub fn update(&self, organization_role_id: impl Into<String>) -> builder::UpdateOrganizationRole<'a> {
        self.clerk.generated().update_organization_role().organization_role_id(organization_role_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/DeleteOrganizationRole.md"))]
    pub fn delete(&self, organization_role_id: impl Into<String>) -> builder::DeleteOrganizationRole<'a> {
        self.clerk.generated().delete_organization_role().organization_role_id(organization_role_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/AssignPermissionToOrganizationRole.md"))]
    pub fn assign_permission(
        &self,
        organization_role_id: impl Into<String>,
        permission_id: impl Into<String>,
    ) -> builder::AssignPermissionToOrganizationRole<'a> {
        self.clerk
            .generated()
            .assign_permission_to_organization_role()
            .organization_role_id(organization_role_id)
            .permission_id(permission_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/RemovePermissionFromOrganizationRole.md"))]
    pub fn remove_permission(
        &self,
        organization_role_id: impl Into<String>,
        permission_id: impl Into<String>,
    ) -> builder::RemovePermissionFromOrganizationRole<'a> {
        self.clerk
            .generated()
            .remove_permission_from_organization_role()
            .organization_role_id(organization_role_id)
            .permission_id(permission_id)
    }
}
