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

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/CreateSvixApp.md"))]
    pub fn create_svix_app(&self) -> builder::CreateSvixApp<'a> {
        self.clerk.generated().create_svix_app()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/DeleteSvixApp.md"))]
    pub fn delete_svix_app(&self) -> builder::DeleteSvixApp<'a> {
        self.clerk.generated().delete_svix_app()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/GenerateSvixAuthURL.md"))]
    pub fn generate_svix_auth_url(&self) -> builder::GenerateSvixAuthUrl<'a> {
        self.clerk.generated().generate_svix_auth_url()
    }
}
