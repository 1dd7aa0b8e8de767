//! `clerk.m2m()`: operations on m2m.
// Written by `cargo xtask regen` from openapi/clerk-backend-api.yaml; do not edit.

use crate::generated::builder;
use crate::Clerk;

/// Operations on m2m; get one with `clerk.m2m()` (cargo feature `m2m`).
#[derive(Clone, Copy)]
pub struct M2m<'a> {
    pub(crate) clerk: &'a Clerk,
}

impl<'a> M2m<'a> {
    pub(crate) fn new(clerk: &'a Clerk) -> Self {
        Self { clerk }
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/createM2MToken.md"))]
    pub fn create_token(&self) -> builder::CreateM2mToken<'a> {
        self.clerk.generated().create_m2m_token()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/getM2MTokens.md"))]
    pub fn list_tokens(&self) -> builder::GetM2mTokens<'a> {
        self.clerk.generated().get_m2m_tokens()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/revokeM2MToken.md"))]
    pub fn revoke_token(&self, m2m_token_id: impl Into<String>) -> builder::RevokeM2mToken<'a> {
        self.clerk.generated().revoke_m2m_token().m2m_token_id(m2m_token_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/verifyM2MToken.md"))]
    pub fn verify_token(&self) -> builder::VerifyM2mToken<'a> {
        self.clerk.generated().verify_m2m_token()
    }
}
