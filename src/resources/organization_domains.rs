//! `clerk.organization_domains()`: operations on organization domains.
// Written by `cargo xtask regen` from openapi/clerk-backend-api.yaml; do not edit.

use crate::generated::builder;
use crate::Clerk;

/// Operations on organization domains; get one with `clerk.organization_domains()` (cargo feature `organization_domains`).
#[derive(Clone, Copy)]
pub struct OrganizationDomains<'a> {
    pub(crate) clerk: &'a Clerk,
}

impl<'a> OrganizationDomains<'a> {
    pub(crate) fn new(clerk: &'a Clerk) -> Self {
        Self { clerk }
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/CreateOrganizationDomain.md"))]
    pub fn create(&self, organization_id: impl Into<String>) -> builder::CreateOrganizationDomain<'a> {
        self.clerk.generated().create_organization_domain().organization_id(organization_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/ListOrganizationDomains.md"))]
    pub fn list(&self, organization_id: impl Into<String>) -> builder::ListOrganizationDomains<'a> {
        self.clerk.generated().list_organization_domains().organization_id(organization_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/UpdateOrganizationDomain.md"))]
    pub fn update(
        &self,
        organization_id: impl Into<String>,
        domain_id: impl Into<String>,
    ) -> builder::UpdateOrganizationDomain<'a> {
        self.clerk.generated().update_organization_domain().organization_id(organization_id).domain_id(domain_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/DeleteOrganizationDomain.md"))]
    pub fn delete(
        &self,
        organization_id: impl Into<String>,
        domain_id: impl Into<String>,
    ) -> builder::DeleteOrganizationDomain<'a> {
        self.clerk.generated().delete_organization_domain().organization_id(organization_id).domain_id(domain_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/VerifyOrganizationDomainOwnership.md"))]
    pub fn verify_ownership(
        &self,
        organization_id: impl Into<String>,
        domain_id: impl Into<String>,
    ) -> builder::VerifyOrganizationDomainOwnership<'a> {
        self.clerk
            .generated()
            .verify_organization_domain_ownership()
            .organization_id(organization_id)
            .domain_id(domain_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/ListAllOrganizationDomains.md"))]
    pub fn list_all(&self) -> builder::ListAllOrganizationDomains<'a> {
        self.clerk.generated().list_all_organization_domains()
    }
}
