//! `clerk.testing_tokens()`: operations on testing tokens.
// Written by `cargo xtask regen` from openapi/clerk-backend-api.yaml; do not edit.

use crate::generated::builder;
use crate::Clerk;

/// Operations on testing tokens; get one with `clerk.testing_tokens()` (cargo feature `testing_tokens`).
#[derive(Clone, Copy)]
pub struct TestingTokens<'a> {
    pub(crate) clerk: &'a Clerk,
}

impl<'a> TestingTokens<'a> {
    pub(crate) fn new(clerk: &'a Clerk) -> Self {
        Self { clerk }
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/CreateTestingToken.md"))]
    pub fn create(&self) -> builder::CreateTestingToken<'a> {
        self.clerk.generated().create_testing_token()
    }
}
