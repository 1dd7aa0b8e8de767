//! `clerk.domains()`: operations on domains.
// Written by `cargo xtask regen` from openapi/clerk-backend-api.yaml; do not edit.

use crate::generated::builder;
use crate::Clerk;

/// Operations on domains; get one with `clerk.domains()` (cargo feature `domains`).
#[derive(Clone, Copy)]
pub struct Domains<'a> {
    pub(crate) clerk: &'a Clerk,
}

impl<'a> Domains<'a> {
    pub(crate) fn new(clerk: &'a Clerk) -> Self {
        Self { clerk }
    }

    /// List.
    ///
    /// `GET /domains` (operation `ListDomains`).
    pub fn list(&self) -> builder::ListDomains<'a> {
        self.clerk.generated().list_domains()
    }

    /// Add.
    ///
    /// `POST /domains` (operation `AddDomain`).
    pub fn add(&self) -> builder::AddDomain<'a> {
        self.clerk.generated().add_domain()
    }

    /// Delete.
    ///
    /// `DELETE /domains/{domain_id}` (operation `DeleteDomain`).
    pub fn delete(&self, domain_id: impl Into<String>) -> builder::DeleteDomain<'a> {
        self.clerk.generated().delete_domain().domain_id(domain_id)
    }

    /// Update.
    ///
    /// `PATCH /domains/{domain_id}` (operation `UpdateDomain`).
    pub fn update(&self, domain_id: impl Into<String>) -> builder::UpdateDomain<'a> {
        self.clerk.generated().update_domain().domain_id(domain_id)
    }
}
