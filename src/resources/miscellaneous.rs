//! `clerk.miscellaneous()`: operations on miscellaneous.
// Written by `cargo xtask regen` from openapi/clerk-backend-api.yaml; do not edit.

use crate::generated::builder;
use crate::Clerk;

/// Operations on miscellaneous; get one with `clerk.miscellaneous()` (cargo feature `miscellaneous`).
#[derive(Clone, Copy)]
pub struct Miscellaneous<'a> {
    pub(crate) clerk: &'a Clerk,
}

impl<'a> Miscellaneous<'a> {
    pub(crate) fn new(clerk: &'a Clerk) -> Self {
        Self { clerk }
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/GetPublicInterstitial.md"))]
    pub fn get_public_interstitial(&self) -> builder::GetPublicInterstitial<'a> {
        self.clerk.generated().get_public_interstitial()
    }
}
