//! `clerk.admin_portal_link_tokens()`: operations on admin portal link tokens.
// Written by `cargo xtask regen` from openapi/clerk-backend-api.yaml; do not edit.

use crate::generated::builder;
use crate::Clerk;

/// Operations on admin portal link tokens; get one with `clerk.admin_portal_link_tokens()` (cargo feature `admin_portal_link_tokens`).
#[derive(Clone, Copy)]
pub struct AdminPortalLinkTokens<'a> {
    pub(crate) clerk: &'a Clerk,
}

impl<'a> AdminPortalLinkTokens<'a> {
    pub(crate) fn new(clerk: &'a Clerk) -> Self {
        Self { clerk }
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/createAdminPortalLinkToken.md"))]
    pub fn create(&self) -> builder::CreateAdminPortalLinkToken<'a> {
        self.clerk.generated().create_admin_portal_link_token()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/revokeAdminPortalLinkToken.md"))]
    pub fn revoke(&self, admin_portal_link_token_id: impl Into<String>) -> builder::RevokeAdminPortalLinkToken<'a> {
        self.clerk.generated().revoke_admin_portal_link_token().admin_portal_link_token_id(admin_portal_link_token_id)
    }
}
