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

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/GetInstance.md"))]
    pub fn get(&self) -> builder::GetInstance<'a> {
        self.clerk.generated().get_instance()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/UpdateInstance.md"))]
    pub fn update(&self) -> builder::UpdateInstance<'a> {
        self.clerk.generated().update_instance()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/UpdateInstanceRestrictions.md"))]
    pub fn update_restrictions(&self) -> builder::UpdateInstanceRestrictions<'a> {
        self.clerk.generated().update_instance_restrictions()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/GetInstanceProtect.md"))]
    pub fn get_protect(&self) -> builder::GetInstanceProtect<'a> {
        self.clerk.generated().get_instance_protect()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/UpdateInstanceProtect.md"))]
    pub fn update_protect(&self) -> builder::UpdateInstanceProtect<'a> {
        self.clerk.generated().update_instance_protect()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/GetInstanceCommunication.md"))]
    pub fn get_communication(&self) -> builder::GetInstanceCommunication<'a> {
        self.clerk.generated().get_instance_communication()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/UpdateInstanceCommunication.md"))]
    pub fn update_communication(&self) -> builder::UpdateInstanceCommunication<'a> {
        self.clerk.generated().update_instance_communication()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/GetInstanceOAuthApplicationSettings.md"))]
    pub fn get_oauth_application_settings(&self) -> builder::GetInstanceOAuthApplicationSettings<'a> {
        self.clerk.generated().get_instance_o_auth_application_settings()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/UpdateInstanceOAuthApplicationSettings.md"))]
    pub fn update_oauth_application_settings(&self) -> builder::UpdateInstanceOAuthApplicationSettings<'a> {
        self.clerk.generated().update_instance_o_auth_application_settings()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/ChangeProductionInstanceDomain.md"))]
    pub fn change_domain(&self) -> builder::ChangeProductionInstanceDomain<'a> {
        self.clerk.generated().change_production_instance_domain()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/GetInstanceOrganizationSettings.md"))]
    pub fn get_organization_settings(&self) -> builder::GetInstanceOrganizationSettings<'a> {
        self.clerk.generated().get_instance_organization_settings()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/UpdateInstanceOrganizationSettings.md"))]
    pub fn update_organization_settings(&self) -> builder::UpdateInstanceOrganizationSettings<'a> {
        self.clerk.generated().update_instance_organization_settings()
    }
}
