//! `clerk.allowlist_identifiers()`: operations on allowlist identifiers.
// Written by `cargo xtask regen` from openapi/clerk-backend-api.yaml; do not edit.

use crate::generated::builder;
use crate::Clerk;

/// Operations on allowlist identifiers; get one with `clerk.allowlist_identifiers()` (cargo feature `allowlist_identifiers`).
#[derive(Clone, Copy)]
pub struct AllowlistIdentifiers<'a> {
    pub(crate) clerk: &'a Clerk,
}

impl<'a> AllowlistIdentifiers<'a> {
    pub(crate) fn new(clerk: &'a Clerk) -> Self {
        Self { clerk }
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/ListAllowlistIdentifiers.md"))]
    pub fn list(&self) -> builder::ListAllowlistIdentifiers<'a> {
        self.clerk.generated().list_allowlist_identifiers()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/CreateAllowlistIdentifier.md"))]
    pub fn create(&self) -> builder::CreateAllowlistIdentifier<'a> {
        self.clerk.generated().create_allowlist_identifier()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/DeleteAllowlistIdentifier.md"))]
    pub fn delete(&self, identifier_id: impl Into<String>) -> builder::DeleteAllowlistIdentifier<'a> {
        self.clerk.generated().delete_allowlist_identifier().identifier_id(identifier_id)
    }
}
