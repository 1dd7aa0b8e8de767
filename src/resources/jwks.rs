//! `clerk.jwks()`: operations on jwks.
// Written by `cargo xtask regen` from openapi/clerk-backend-api.yaml; do not edit.

use crate::generated::builder;
use crate::Clerk;

/// Operations on jwks; get one with `clerk.jwks()` (cargo feature `jwks`).
#[derive(Clone, Copy)]
pub struct Jwks<'a> {
    pub(crate) clerk: &'a Clerk,
}

impl<'a> Jwks<'a> {
    pub(crate) fn new(clerk: &'a Clerk) -> Self {
        Self { clerk }
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/GetJWKS.md"))]
    pub fn get_jwks(&self) -> builder::GetJwks<'a> {
        self.clerk.generated().get_jwks()
    }
}
