//! `clerk.webhooks()`: operations on webhooks.
// Written by `cargo xtask regen` from openapi/clerk-backend-api.yaml; do not edit.

use crate::generated::builder;
use crate::Clerk;

/// Operations on webhooks; get one with `clerk.webhooks()` (cargo feature `webhooks`).
#[derive(Clone, Copy)]
pub struct Webhooks<'a> {
    pub(crate) clerk: &'a Clerk,
}

impl<'a> Webhooks<'a> {
    pub(crate) fn new(clerk: &'a Clerk) -> Self {
        Self { clerk }
    }

    /// Create svix app.
    ///
    /// `POST /webhooks/svix` (operation `CreateSvixApp`).
    pub fn create_svix_app(&self) -> builder::CreateSvixApp<'a> {
        self.clerk.generated().create_svix_app()
    }

    /// Delete svix app.
    ///
    /// `DELETE /webhooks/svix` (operation `DeleteSvixApp`).
    pub fn delete_svix_app(&self) -> builder::DeleteSvixApp<'a> {
        self.clerk.generated().delete_svix_app()
    }

    /// Generate svix auth url.
    ///
    /// `POST /webhooks/svix_url` (operation `GenerateSvixAuthURL`).
    pub fn generate_svix_auth_url(&self) -> builder::GenerateSvixAuthUrl<'a> {
        self.clerk.generated().generate_svix_auth_url()
    }
}
