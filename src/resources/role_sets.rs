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

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/ListRoleSets.md"))]
    pub fn list(&self) -> builder::ListRoleSets<'a> {
        self.clerk.generated().list_role_sets()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/CreateRoleSet.md"))]
    pub fn create(&self) -> builder::CreateRoleSet<'a> {
        self.clerk.generated().create_role_set()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/GetRoleSet.md"))]
    pub fn get(&self, role_set_key_or_id: impl Into<String>) -> builder::GetRoleSet<'a> {
        self.clerk.generated().get_role_set().role_set_key_or_id(role_set_key_or_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/UpdateRoleSet.md"))]
    pub fn update(&self, role_set_key_or_id: impl Into<String>) -> builder::UpdateRoleSet<'a> {
        self.clerk.generated().update_role_set().role_set_key_or_id(role_set_key_or_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/ReplaceRoleSet.md"))]
    pub fn replace(&self, role_set_key_or_id: impl Into<String>) -> builder::ReplaceRoleSet<'a> {
        self.clerk.generated().replace_role_set().role_set_key_or_id(role_set_key_or_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/AddRolesToRoleSet.md"))]
    pub fn add_roles(&self, role_set_key_or_id: impl Into<String>) -> builder::AddRolesToRoleSet<'a> {
        self.clerk.generated().add_roles_to_role_set().role_set_key_or_id(role_set_key_or_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/ReplaceRoleInRoleSet.md"))]
    pub fn replace_role(&self, role_set_key_or_id: impl Into<String>) -> builder::ReplaceRoleInRoleSet<'a> {
        self.clerk.generated().replace_role_in_role_set().role_set_key_or_id(role_set_key_or_id)
    }
}
