//! `clerk.blocklist_identifiers()`: operations on blocklist identifiers.
// Written by `cargo xtask regen` from openapi/clerk-backend-api.yaml; do not edit.

use crate::generated::builder;
use crate::Clerk;

/// Operations on blocklist identifiers; get one with `clerk.blocklist_identifiers()` (cargo feature `blocklist_identifiers`).
#[derive(Clone, Copy)]
pub struct BlocklistIdentifiers<'a> {
    pub(crate) clerk: &'a Clerk,
}

impl<'a> BlocklistIdentifiers<'a> {
    pub(crate) fn new(clerk: &'a Clerk) -> Self {
        Self { clerk }
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/ListBlocklistIdentifiers.md"))]
    pub fn list(&self) -> builder::ListBlocklistIdentifiers<'a> {
        self.clerk.generated().list_blocklist_identifiers()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/CreateBlocklistIdentifier.md"))]
    pub fn create(&self) -> builder::CreateBlocklistIdentifier<'a> {
        self.clerk.generated().create_blocklist_identifier()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/DeleteBlocklistIdentifier.md"))]
    pub fn delete(&self, identifier_id: impl Into<String>) -> builder::DeleteBlocklistIdentifier<'a> {
        self.clerk.generated().delete_blocklist_identifier().identifier_id(identifier_id)
    }
}
