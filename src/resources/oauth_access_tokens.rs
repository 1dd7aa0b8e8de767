//! `clerk.oauth_access_tokens()`: operations on oauth access tokens.
// Written by `cargo xtask regen` from openapi/clerk-backend-api.yaml; do not edit.

use crate::generated::builder;
use crate::Clerk;

/// Operations on oauth access tokens; get one with `clerk.oauth_access_tokens()` (cargo feature `oauth_access_tokens`).
#[derive(Clone, Copy)]
pub struct OauthAccessTokens<'a> {
    pub(crate) clerk: &'a Clerk,
}

impl<'a> OauthAccessTokens<'a> {
    pub(crate) fn new(clerk: &'a Clerk) -> Self {
        Self { clerk }
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/verifyOAuthAccessToken.md"))]
    pub fn verify(&self) -> builder::VerifyOAuthAccessToken<'a> {
        self.clerk.generated().verify_o_auth_access_token()
    }
}
