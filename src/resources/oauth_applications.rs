//! `clerk.oauth_applications()`: operations on oauth applications.
// Written by `cargo xtask regen` from openapi/clerk-backend-api.yaml; do not edit.

use crate::generated::builder;
use crate::Clerk;

/// Operations on oauth applications; get one with `clerk.oauth_applications()` (cargo feature `oauth_applications`).
#[derive(Clone, Copy)]
pub struct OauthApplications<'a> {
    pub(crate) clerk: &'a Clerk,
}

impl<'a> OauthApplications<'a> {
    pub(crate) fn new(clerk: &'a Clerk) -> Self {
        Self { clerk }
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/ListOAuthApplications.md"))]
    pub fn list(&self) -> builder::ListOAuthApplications<'a> {
        self.clerk.generated().list_o_auth_applications()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/CreateOAuthApplication.md"))]
    pub fn create(&self) -> builder::CreateOAuthApplication<'a> {
        self.clerk.generated().create_o_auth_application()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/GetOAuthApplication.md"))]
    pub fn get(&self, oauth_application_id: impl Into<String>) -> builder::GetOAuthApplication<'a> {
        self.clerk.generated().get_o_auth_application().oauth_application_id(oauth_application_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/UpdateOAuthApplication.md"))]
    pub fn update(&self, oauth_application_id: impl Into<String>) -> builder::UpdateOAuthApplication<'a> {
        self.clerk.generated().update_o_auth_application().oauth_application_id(oauth_application_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/DeleteOAuthApplication.md"))]
    pub fn delete(&self, oauth_application_id: impl Into<String>) -> builder::DeleteOAuthApplication<'a> {
        self.clerk.generated().delete_o_auth_application().oauth_application_id(oauth_application_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/RotateOAuthApplicationSecret.md"))]
    pub fn rotate_secret(&self, oauth_application_id: impl Into<String>) -> builder::RotateOAuthApplicationSecret<'a> {
        self.clerk.generated().rotate_o_auth_application_secret().oauth_application_id(oauth_application_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/RevokeOAuthApplicationToken.md"))]
    pub fn revoke_token(&self, oauth_application_id: impl Into<String>) -> builder::RevokeOAuthApplicationToken<'a> {
        self.clerk.generated().revoke_o_auth_application_token().oauth_application_id(oauth_application_id)
    }
}
