//! `clerk.instance_settings()`: operations on instance settings.
// Written by `cargo xtask regen` from openapi/clerk-backend-api.yaml; do not edit.

use crate::generated::builder;
use crate::Clerk;

/// Operations on instance settings; get one with `clerk.instance_settings()` (cargo feature `instance_settings`).
#[derive(Clone, Copy)]
pub struct InstanceSettings<'a> {
    pub(crate) clerk: &'a Clerk,
}

impl<'a> InstanceSettings<'a> {
    pub(crate) fn new(clerk: &'a Clerk) -> Self {
        Self { clerk }
    }

    /// Get.
    ///
    /// `GET /instance` (operation `GetInstance`).
    pub fn get(&self) -> builder::GetInstance<'a> {
        self.clerk.generated().get_instance()
    }

    /// Update.
    ///
    /// `PATCH /instance` (operation `UpdateInstance`).
    pub fn update(&self) -> builder::UpdateInstance<'a> {
        self.clerk.generated().update_instance()
    }

    /// Update restrictions.
    ///
    /// `PATCH /instance/restrictions` (operation `UpdateInstanceRestrictions`).
    pub fn update_restrictions(&self) -> builder::UpdateInstanceRestrictions<'a> {
        self.clerk.generated().update_instance_restrictions()
    }

    /// Get protect.
    ///
    /// `GET /instance/protect` (operation `GetInstanceProtect`).
    pub fn get_protect(&self) -> builder::GetInstanceProtect<'a> {
        self.clerk.generated().get_instance_protect()
    }

    /// Update protect.
    ///
    /// `PATCH /instance/protect` (operation `UpdateInstanceProtect`).
    pub fn update_protect(&self) -> builder::UpdateInstanceProtect<'a> {
        self.clerk.generated().update_instance_protect()
    }

    /// Get communication.
    ///
    /// `GET /instance/communication` (operation `GetInstanceCommunication`).
    pub fn get_communication(&self) -> builder::GetInstanceCommunication<'a> {
        self.clerk.generated().get_instance_communication()
    }

    /// Update communication.
    ///
    /// `PATCH /instance/communication` (operation `UpdateInstanceCommunication`).
    pub fn update_communication(&self) -> builder::UpdateInstanceCommunication<'a> {
        self.clerk.generated().update_instance_communication()
    }

    /// Get oauth application settings.
    ///
    /// `GET /instance/oauth_application_settings` (operation `GetInstanceOAuthApplicationSettings`).
    pub fn get_oauth_application_settings(&self) -> builder::GetInstanceOAuthApplicationSettings<'a> {
        self.clerk.generated().get_instance_o_auth_application_settings()
    }

    /// Update oauth application settings.
    ///
    /// `PATCH /instance/oauth_application_settings` (operation `UpdateInstanceOAuthApplicationSettings`).
    pub fn update_oauth_application_settings(&self) -> builder::UpdateInstanceOAuthApplicationSettings<'a> {
        self.clerk.generated().update_instance_o_auth_application_settings()
    }

    /// Change domain.
    ///
    /// `POST /instance/change_domain` (operation `ChangeProductionInstanceDomain`).
    pub fn change_domain(&self) -> builder::ChangeProductionInstanceDomain<'a> {
        self.clerk.generated().change_production_instance_domain()
    }

    /// Get organization settings.
    ///
    /// `GET /instance/organization_settings` (operation `GetInstanceOrganizationSettings`).
    pub fn get_organization_settings(&self) -> builder::GetInstanceOrganizationSettings<'a> {
        self.clerk.generated().get_instance_organization_settings()
    }

    /// Update organization settings.
    ///
    /// `PATCH /instance/organization_settings` (operation `UpdateInstanceOrganizationSettings`).
    pub fn update_organization_settings(&self) -> builder::UpdateInstanceOrganizationSettings<'a> {
        self.clerk.generated().update_instance_organization_settings()
    }
}
