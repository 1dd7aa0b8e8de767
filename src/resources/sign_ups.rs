//! `clerk.sign_ups()`: operations on sign ups.
// Written by `cargo xtask regen` from openapi/clerk-backend-api.yaml; do not edit.

use crate::generated::builder;
use crate::Clerk;

/// Operations on sign ups; get one with `clerk.sign_ups()` (cargo feature `sign_ups`).
#[derive(Clone, Copy)]
pub struct SignUps<'a> {
    pub(crate) clerk: &'a Clerk,
}

impl<'a> SignUps<'a> {
    pub(crate) fn new(clerk: &'a Clerk) -> Self {
        Self { clerk }
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/GetSignUp.md"))]
    pub fn get(&self, id: impl Into<String>) -> builder::GetSignUp<'a> {
        self.clerk.generated().get_sign_up().id(id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/UpdateSignUp.md"))]
    pub fn update(&self, id: impl Into<String>) -> builder::UpdateSignUp<'a> {
        self.clerk.generated().update_sign_up().id(id)
    }
}
