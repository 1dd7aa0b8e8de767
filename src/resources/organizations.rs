//! `clerk.organizations()`: operations on organizations.
// Written by `cargo xtask regen` from openapi/clerk-backend-api.yaml; do not edit.

use crate::generated::builder;
use crate::Clerk;

/// Operations on organizations; get one with `clerk.organizations()` (cargo feature `organizations`).
#[derive(Clone, Copy)]
pub struct Organizations<'a> {
    pub(crate) clerk: &'a Clerk,
}

impl<'a> Organizations<'a> {
    pub(crate) fn new(clerk: &'a Clerk) -> Self {
        Self { clerk }
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/ListOrganizations.md"))]
    pub fn list(&self) -> builder::ListOrganizations<'a> {
        self.clerk.generated().list_organizations()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/CreateOrganization.md"))]
    pub fn create(&self) -> builder::CreateOrganization<'a> {
        self.clerk.generated().create_organization()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/GetOrganization.md"))]
    pub fn get(&self, organization_id: impl Into<String>) -> builder::GetOrganization<'a> {
        self.clerk.generated().get_organization().organization_id(organization_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/UpdateOrganization.md"))]
    pub fn update(&self, organization_id: impl Into<String>) -> builder::UpdateOrganization<'a> {
        self.clerk.generated().update_organization().organization_id(organization_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/DeleteOrganization.md"))]
    pub fn delete(&self, organization_id: impl Into<String>) -> builder::DeleteOrganization<'a> {
        self.clerk.generated().delete_organization().organization_id(organization_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/MergeOrganizationMetadata.md"))]
    pub fn merge_metadata(&self, organization_id: impl Into<String>) -> builder::MergeOrganizationMetadata<'a> {
        self.clerk.generated().merge_organization_metadata().organization_id(organization_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/ReplaceOrganizationMetadata.md"))]
    pub fn replace_metadata(&self, organization_id: impl Into<String>) -> builder::ReplaceOrganizationMetadata<'a> {
        self.clerk.generated().replace_organization_metadata().organization_id(organization_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/DeleteOrganizationLogo.md"))]
    pub fn delete_logo(&self, organization_id: impl Into<String>) -> builder::DeleteOrganizationLogo<'a> {
        self.clerk.generated().delete_organization_logo().organization_id(organization_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/GetOrganizationBillingSubscription.md"))]
    pub fn get_billing_subscription(
        &self,
        organization_id: impl Into<String>,
    ) -> builder::GetOrganizationBillingSubscription<'a> {
        self.clerk.generated().get_organization_billing_subscription().organization_id(organization_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/GetOrganizationBillingCreditBalance.md"))]
    pub fn get_billing_credit_balance(
        &self,
        organization_id: impl Into<String>,
    ) -> builder::GetOrganizationBillingCreditBalance<'a> {
        self.clerk.generated().get_organization_billing_credit_balance().organization_id(organization_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/AdjustOrganizationBillingCreditBalance.md"))]
    pub fn adjust_billing_credit_balance(
        &self,
        organization_id: impl Into<String>,
    ) -> builder::AdjustOrganizationBillingCreditBalance<'a> {
        self.clerk.generated().adjust_organization_billing_credit_balance().organization_id(organization_id)
    }
}
