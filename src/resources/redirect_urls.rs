//! `clerk.redirect_urls()`: operations on redirect urls.
// Written by `cargo xtask regen` from openapi/clerk-backend-api.yaml; do not edit.

use crate::generated::builder;
use crate::Clerk;

/// Operations on redirect urls; get one with `clerk.redirect_urls()` (cargo feature `redirect_urls`).
#[derive(Clone, Copy)]
pub struct RedirectUrls<'a> {
    pub(crate) clerk: &'a Clerk,
}

impl<'a> RedirectUrls<'a> {
    pub(crate) fn new(clerk: &'a Clerk) -> Self {
        Self { clerk }
    }

    /// List.
    ///
    /// `GET /redirect_urls` (operation `ListRedirectURLs`).
    pub fn list(&self) -> builder::ListRedirectUrLs<'a> {
        self.clerk.generated().list_redirect_ur_ls()
    }

    /// Create.
    ///
    /// `POST /redirect_urls` (operation `CreateRedirectURL`).
    pub fn create(&self) -> builder::CreateRedirectUrl<'a> {
        self.clerk.generated().create_redirect_url()
    }

    /// Get.
    ///
    /// `GET /redirect_urls/{id}` (operation `GetRedirectURL`).
    pub fn get(&self, id: impl Into<String>) -> builder::GetRedirectUrl<'a> {
        self.clerk.generated().get_redirect_url().id(id)
    }

    /// Delete.
    ///
    /// `DELETE /redirect_urls/{id}` (operation `DeleteRedirectURL`).
    pub fn delete(&self, id: impl Into<String>) -> builder::DeleteRedirectUrl<'a> {
        self.clerk.generated().delete_redirect_url().id(id)
    }
}
