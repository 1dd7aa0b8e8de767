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

    /// List.
    ///
    /// `GET /oauth_applications` (operation `ListOAuthApplications`).
    pub fn list(&self) -> builder::ListOAuthApplications<'a> {
        self.clerk.generated().list_o_auth_applications()
    }

    /// Create.
    ///
    /// `POST /oauth_applications` (operation `CreateOAuthApplication`).
    pub fn create(&self) -> builder::CreateOAuthApplication<'a> {
        self.clerk.generated().create_o_auth_application()
    }

    /// Get.
    ///
    /// `GET /oauth_applications/{oauth_application_id}` (operation `GetOAuthApplication`).
    pub fn get(&self, oauth_application_id: impl Into<String>) -> builder::GetOAuthApplication<'a> {
        self.clerk.generated().get_o_auth_application().oauth_application_id(oauth_application_id)
    }

    /// Update.
    ///
    /// `PATCH /oauth_applications/{oauth_application_id}` (operation `UpdateOAuthApplication`).
    pub fn update(&self, oauth_application_id: impl Into<String>) -> builder::UpdateOAuthApplication<'a> {
        self.clerk.generated().update_o_auth_application().oauth_application_id(oauth_application_id)
    }

    /// Delete.
    ///
    /// `DELETE /oauth_applications/{oauth_application_id}` (operation `DeleteOAuthApplication`).
    pub fn delete(&self, oauth_application_id: impl Into<String>) -> builder::DeleteOAuthApplication<'a> {
        self.clerk.generated().delete_o_auth_application().oauth_application_id(oauth_application_id)
    }

    /// Rotate secret.
    ///
    /// `POST /oauth_applications/{oauth_application_id}/rotate_secret` (operation `RotateOAuthApplicationSecret`).
    pub fn rotate_secret(&self, oauth_application_id: impl Into<String>) -> builder::RotateOAuthApplicationSecret<'a> {
        self.clerk.generated().rotate_o_auth_application_secret().oauth_application_id(oauth_application_id)
    }

    /// Revoke token.
    ///
    /// `POST /oauth_applications/{oauth_application_id}/revoke_token` (operation `RevokeOAuthApplicationToken`).
    pub fn revoke_token(&self, oauth_application_id: impl Into<String>) -> builder::RevokeOAuthApplicationToken<'a> {
        self.clerk.generated().revoke_o_auth_application_token().oauth_application_id(oauth_application_id)
    }
}
