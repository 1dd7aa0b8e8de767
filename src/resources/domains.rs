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

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/ListDomains.md"))]
    pub fn list(&self) -> builder::ListDomains<'a> {
        self.clerk.generated().list_domains()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/AddDomain.md"))]
    pub fn add(&self) -> builder::AddDomain<'a> {
        self.clerk.generated().add_domain()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/DeleteDomain.md"))]
    pub fn delete(&self, domain_id: impl Into<String>) -> builder::DeleteDomain<'a> {
        self.clerk.generated().delete_domain().domain_id(domain_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/UpdateDomain.md"))]
    pub fn update(&self, domain_id: impl Into<String>) -> builder::UpdateDomain<'a> {
        self.clerk.generated().update_domain().domain_id(domain_id)
    }
}
