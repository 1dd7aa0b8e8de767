//! `clerk.role_sets()`: operations on role sets.
// Written by `cargo xtask regen` from openapi/clerk-backend-api.yaml; do not edit.

use crate::generated::builder;
use crate::Clerk;

/// Operations on role sets; get one with `clerk.role_sets()` (cargo feature `role_sets`).
#[derive(Clone, Copy)]
pub struct RoleSets<'a> {
    pub(crate) clerk: &'a Clerk,
}

impl<'a> RoleSets<'a> {
    pub(crate) fn new(clerk: &'a Clerk) -> Self {
        Self { clerk }
    }

    /// List.
    ///
    /// `GET /role_sets` (operation `ListRoleSets`).
    pub fn list(&self) -> builder::ListRoleSets<'a> {
        self.clerk.generated().list_role_sets()
    }

    /// Create.
    ///
    /// `POST /role_sets` (operation `CreateRoleSet`).
    pub fn create(&self) -> builder::CreateRoleSet<'a> {
        self.clerk.generated().create_role_set()
    }

    /// Get.
    ///
    /// `GET /role_sets/{role_set_key_or_id}` (operation `GetRoleSet`).
    pub fn get(&self, role_set_key_or_id: impl Into<String>) -> builder::GetRoleSet<'a> {
        self.clerk.generated().get_role_set().role_set_key_or_id(role_set_key_or_id)
    }

    /// Update.
    ///
    /// `PATCH /role_sets/{role_set_key_or_id}` (operation `UpdateRoleSet`).
    pub fn update(&self, role_set_key_or_id: impl Into<String>) -> builder::UpdateRoleSet<'a> {
        self.clerk.generated().update_role_set().role_set_key_or_id(role_set_key_or_id)
    }

    /// Replace.
    ///
    /// `POST /role_sets/{role_set_key_or_id}/replace` (operation `ReplaceRoleSet`).
    pub fn replace(&self, role_set_key_or_id: impl Into<String>) -> builder::ReplaceRoleSet<'a> {
        self.clerk.generated().replace_role_set().role_set_key_or_id(role_set_key_or_id)
    }

    /// Add roles.
    ///
    /// `POST /role_sets/{role_set_key_or_id}/roles` (operation `AddRolesToRoleSet`).
    pub fn add_roles(&self, role_set_key_or_id: impl Into<String>) -> builder::AddRolesToRoleSet<'a> {
        self.clerk.generated().add_roles_to_role_set().role_set_key_or_id(role_set_key_or_id)
    }

    /// Replace role.
    ///
    /// `POST /role_sets/{role_set_key_or_id}/roles/replace` (operation `ReplaceRoleInRoleSet`).
    pub fn replace_role(&self, role_set_key_or_id: impl Into<String>) -> builder::ReplaceRoleInRoleSet<'a> {
        self.clerk.generated().replace_role_in_role_set().role_set_key_or_id(role_set_key_or_id)
    }
}
