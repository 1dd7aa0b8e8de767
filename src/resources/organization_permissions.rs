//! `clerk.organization_permissions()`: operations on organization permissions.
// Written by `cargo xtask regen` from openapi/clerk-backend-api.yaml; do not edit.

use crate::generated::builder;
use crate::Clerk;

/// Operations on organization permissions; get one with `clerk.organization_permissions()` (cargo feature `organization_permissions`).
#[derive(Clone, Copy)]
pub struct OrganizationPermissions<'a> {
    pub(crate) clerk: &'a Clerk,
}

impl<'a> OrganizationPermissions<'a> {
    pub(crate) fn new(clerk: &'a Clerk) -> Self {
        Self { clerk }
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/ListOrganizationPermissions.md"))]
    pub fn list(&self) -> builder::ListOrganizationPermissions<'a> {
        self.clerk.generated().list_organization_permissions()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/CreateOrganizationPermission.md"))]
    pub fn create(&self) -> builder::CreateOrganizationPermission<'a> {
        self.clerk.generated().create_organization_permission()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/GetOrganizationPermission.md"))]
    pub fn get(&self, permission_id: impl Into<String>) -> builder::GetOrganizationPermission<'a> {
        self.clerk.generated().get_organization_permission().permission_id(permission_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/UpdateOrganizationPermission.md"))]
    pub fn update(&self, permission_id: impl Into<String>) -> builder::UpdateOrganizationPermission<'a> {
        self.clerk.generated().update_organization_permission().permission_id(permission_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/DeleteOrganizationPermission.md"))]
    pub fn delete(&self, permission_id: impl Into<String>) -> builder::DeleteOrganizationPermission<'a> {
        self.clerk.generated().delete_organization_permission().permission_id(permission_id)
    }
}
