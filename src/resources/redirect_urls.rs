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

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/ListRedirectURLs.md"))]
    pub fn list(&self) -> builder::ListRedirectUrLs<'a> {
        self.clerk.generated().list_redirect_ur_ls()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/CreateRedirectURL.md"))]
    pub fn create(&self) -> builder::CreateRedirectUrl<'a> {
        self.clerk.generated().create_redirect_url()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/GetRedirectURL.md"))]
    pub fn get(&self, id: impl Into<String>) -> builder::GetRedirectUrl<'a> {
        self.clerk.generated().get_redirect_url().id(id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/DeleteRedirectURL.md"))]
    pub fn delete(&self, id: impl Into<String>) -> builder::DeleteRedirectUrl<'a> {
        self.clerk.generated().delete_redirect_url().id(id)
    }
}
