//! `clerk.sign_in_tokens()`: operations on sign in tokens.
// Written by `cargo xtask regen` from openapi/clerk-backend-api.yaml; do not edit.

use crate::generated::builder;
use crate::Clerk;

/// Operations on sign in tokens; get one with `clerk.sign_in_tokens()` (cargo feature `sign_in_tokens`).
#[derive(Clone, Copy)]
pub struct SignInTokens<'a> {
    pub(crate) clerk: &'a Clerk,
}

impl<'a> SignInTokens<'a> {
    pub(crate) fn new(clerk: &'a Clerk) -> Self {
        Self { clerk }
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/CreateSignInToken.md"))]
    pub fn create(&self) -> builder::CreateSignInToken<'a> {
        self.clerk.generated().create_sign_in_token()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/RevokeSignInToken.md"))]
    pub fn revoke(&self, sign_in_token_id: impl Into<String>) -> builder::RevokeSignInToken<'a> {
        self.clerk.generated().revoke_sign_in_token().sign_in_token_id(sign_in_token_id)
    }
}
