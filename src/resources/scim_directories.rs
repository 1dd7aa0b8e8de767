//! `clerk.scim_directories()`: operations on scim directories.
// Written by `cargo xtask regen` from openapi/clerk-backend-api.yaml; do not edit.

use crate::generated::builder;
use crate::Clerk;

/// Operations on scim directories; get one with `clerk.scim_directories()` (cargo feature `scim_directories`).
#[derive(Clone, Copy)]
pub struct ScimDirectories<'a> {
    pub(crate) clerk: &'a Clerk,
}

impl<'a> ScimDirectories<'a> {
    pub(crate) fn new(clerk: &'a Clerk) -> Self {
        Self { clerk }
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/ListSCIMDirectories.md"))]
    pub fn list(&self) -> builder::ListScimDirectories<'a> {
        self.clerk.generated().list_scim_directories()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/CreateSCIMDirectory.md"))]
    pub fn create(&self) -> builder::CreateScimDirectory<'a> {
        self.clerk.generated().create_scim_directory()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/GetSCIMDirectory.md"))]
    pub fn get(&self, scim_directory_id: impl Into<String>) -> builder::GetScimDirectory<'a> {
        self.clerk.generated().get_scim_directory().scim_directory_id(scim_directory_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/UpdateSCIMDirectory.md"))]
    pub fn update(&self, scim_directory_id: impl Into<String>) -> builder::UpdateScimDirectory<'a> {
        self.clerk.generated().update_scim_directory().scim_directory_id(scim_directory_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/DeleteSCIMDirectory.md"))]
    pub fn delete(&self, scim_directory_id: impl Into<String>) -> builder::DeleteScimDirectory<'a> {
        self.clerk.generated().delete_scim_directory().scim_directory_id(scim_directory_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/RotateSCIMDirectoryAPIKey.md"))]
    pub fn rotate_api_key(&self, scim_directory_id: impl Into<String>) -> builder::RotateScimDirectoryApiKey<'a> {
        self.clerk.generated().rotate_scim_directory_api_key().scim_directory_id(scim_directory_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/ListSCIMGroupRoleMappings.md"))]
    pub fn list_group_role_mappings(
        &self,
        scim_directory_id: impl Into<String>,
    ) -> builder::ListScimGroupRoleMappings<'a> {
        self.clerk.generated().list_scim_group_role_mappings().scim_directory_id(scim_directory_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/CreateSCIMGroupRoleMapping.md"))]
    pub fn create_group_role_mapping(
        &self,
        scim_directory_id: impl Into<String>,
    ) -> builder::CreateScimGroupRoleMapping<'a> {
        self.clerk.generated().create_scim_group_role_mapping().scim_directory_id(scim_directory_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/ReplaceSCIMGroupRoleMappings.md"))]
    pub fn replace_group_role_mappings(
        &self,
        scim_directory_id: impl Into<String>,
    ) -> builder::ReplaceScimGroupRoleMappings<'a> {
        self.clerk.generated().replace_scim_group_role_mappings().scim_directory_id(scim_directory_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/DeleteSCIMGroupRoleMapping.md"))]
    pub fn delete_group_role_mapping(
        &self,
        scim_directory_id: impl Into<String>,
        mapping_id: impl Into<String>,
    ) -> builder::DeleteScimGroupRoleMapping<'a> {
        self.clerk
            .generated()
            .delete_scim_group_role_mapping()
            .scim_directory_id(scim_directory_id)
            .mapping_id(mapping_id)
    }
}
