//! `clerk.directories()`: operations on directories.
// Written by `cargo xtask regen` from openapi/clerk-backend-api.yaml; do not edit.

use crate::generated::builder;
use crate::Clerk;

/// Operations on directories; get one with `clerk.directories()` (cargo feature `directories`).
#[derive(Clone, Copy)]
pub struct Directories<'a> {
    pub(crate) clerk: &'a Clerk,
}

impl<'a> Directories<'a> {
    pub(crate) fn new(clerk: &'a Clerk) -> Self {
        Self { clerk }
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/ListDirectories.md"))]
    pub fn list(&self) -> builder::ListDirectories<'a> {
        self.clerk.generated().list_directories()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/CreateDirectory.md"))]
    pub fn create(&self) -> builder::CreateDirectory<'a> {
        self.clerk.generated().create_directory()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/GetDirectory.md"))]
    pub fn get(&self, directory_id: impl Into<String>) -> builder::GetDirectory<'a> {
        self.clerk.generated().get_directory().directory_id(directory_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/UpdateDirectory.md"))]
    pub fn update(&self, directory_id: impl Into<String>) -> builder::UpdateDirectory<'a> {
        self.clerk.generated().update_directory().directory_id(directory_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/DeleteDirectory.md"))]
    pub fn delete(&self, directory_id: impl Into<String>) -> builder::DeleteDirectory<'a> {
        self.clerk.generated().delete_directory().directory_id(directory_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/RotateDirectoryAPIKey.md"))]
    pub fn rotate_api_key(&self, directory_id: impl Into<String>) -> builder::RotateDirectoryApiKey<'a> {
        self.clerk.generated().rotate_directory_api_key().directory_id(directory_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/ListDirectoryGroupRoleMappings.md"))]
    pub fn list_group_role_mappings(
        &self,
        directory_id: impl Into<String>,
    ) -> builder::ListDirectoryGroupRoleMappings<'a> {
        self.clerk.generated().list_directory_group_role_mappings().directory_id(directory_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/CreateDirectoryGroupRoleMapping.md"))]
    pub fn create_group_role_mapping(
        &self,
        directory_id: impl Into<String>,
    ) -> builder::CreateDirectoryGroupRoleMapping<'a> {
        self.clerk.generated().create_directory_group_role_mapping().directory_id(directory_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/ReplaceDirectoryGroupRoleMappings.md"))]
    pub fn replace_group_role_mappings(
        &self,
        directory_id: impl Into<String>,
    ) -> builder::ReplaceDirectoryGroupRoleMappings<'a> {
        self.clerk.generated().replace_directory_group_role_mappings().directory_id(directory_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/DeleteDirectoryGroupRoleMapping.md"))]
    pub fn delete_group_role_mapping(
        &self,
        directory_id: impl Into<String>,
        mapping_id: impl Into<String>,
    ) -> builder::DeleteDirectoryGroupRoleMapping<'a> {
        self.clerk.generated().delete_directory_group_role_mapping().directory_id(directory_id).mapping_id(mapping_id)
    }
}
