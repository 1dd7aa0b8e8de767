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

    /// List.
    ///
    /// `GET /directories` (operation `ListDirectories`).
    pub fn list(&self) -> builder::ListDirectories<'a> {
        self.clerk.generated().list_directories()
    }

    /// Create.
    ///
    /// `POST /directories` (operation `CreateDirectory`).
    pub fn create(&self) -> builder::CreateDirectory<'a> {
        self.clerk.generated().create_directory()
    }

    /// Get.
    ///
    /// `GET /directories/{directory_id}` (operation `GetDirectory`).
    pub fn get(&self, directory_id: impl Into<String>) -> builder::GetDirectory<'a> {
        self.clerk.generated().get_directory().directory_id(directory_id)
    }

    /// Update.
    ///
    /// `PATCH /directories/{directory_id}` (operation `UpdateDirectory`).
    pub fn update(&self, directory_id: impl Into<String>) -> builder::UpdateDirectory<'a> {
        self.clerk.generated().update_directory().directory_id(directory_id)
    }

    /// Delete.
    ///
    /// `DELETE /directories/{directory_id}` (operation `DeleteDirectory`).
    pub fn delete(&self, directory_id: impl Into<String>) -> builder::DeleteDirectory<'a> {
        self.clerk.generated().delete_directory().directory_id(directory_id)
    }

    /// Rotate api key.
    ///
    /// `POST /directories/{directory_id}/rotate_api_key` (operation `RotateDirectoryAPIKey`).
    pub fn rotate_api_key(&self, directory_id: impl Into<String>) -> builder::RotateDirectoryApiKey<'a> {
        self.clerk.generated().rotate_directory_api_key().directory_id(directory_id)
    }

    /// List group role mappings.
    ///
    /// `GET /directories/{directory_id}/group_role_mappings` (operation `ListDirectoryGroupRoleMappings`).
    pub fn list_group_role_mappings(
        &self,
        directory_id: impl Into<String>,
    ) -> builder::ListDirectoryGroupRoleMappings<'a> {
        self.clerk.generated().list_directory_group_role_mappings().directory_id(directory_id)
    }

    /// Create group role mapping.
    ///
    /// `POST /directories/{directory_id}/group_role_mappings` (operation `CreateDirectoryGroupRoleMapping`).
    pub fn create_group_role_mapping(
        &self,
        directory_id: impl Into<String>,
    ) -> builder::CreateDirectoryGroupRoleMapping<'a> {
        self.clerk.generated().create_directory_group_role_mapping().directory_id(directory_id)
    }

    /// Replace group role mappings.
    ///
    /// `PUT /directories/{directory_id}/group_role_mappings` (operation `ReplaceDirectoryGroupRoleMappings`).
    pub fn replace_group_role_mappings(
        &self,
        directory_id: impl Into<String>,
    ) -> builder::ReplaceDirectoryGroupRoleMappings<'a> {
        self.clerk.generated().replace_directory_group_role_mappings().directory_id(directory_id)
    }

    /// Delete group role mapping.
    ///
    /// `DELETE /directories/{directory_id}/group_role_mappings/{mapping_id}` (operation `DeleteDirectoryGroupRoleMapping`).
    pub fn delete_group_role_mapping(
        &self,
        directory_id: impl Into<String>,
        mapping_id: impl Into<String>,
    ) -> builder::DeleteDirectoryGroupRoleMapping<'a> {
        self.clerk.generated().delete_directory_group_role_mapping().directory_id(directory_id).mapping_id(mapping_id)
    }
}
