//! `clerk.email_addresses()`: operations on email addresses.
// Written by `cargo xtask regen` from openapi/clerk-backend-api.yaml; do not edit.

use crate::generated::builder;
use crate::Clerk;

/// Operations on email addresses; get one with `clerk.email_addresses()` (cargo feature `email_addresses`).
#[derive(Clone, Copy)]
pub struct EmailAddresses<'a> {
    pub(crate) clerk: &'a Clerk,
}

impl<'a> EmailAddresses<'a> {
    pub(crate) fn new(clerk: &'a Clerk) -> Self {
        Self { clerk }
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/CreateEmailAddress.md"))]
    pub fn create(&self) -> builder::CreateEmailAddress<'a> {
        self.clerk.generated().create_email_address()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/GetEmailAddress.md"))]
    pub fn get(&self, email_address_id: impl Into<String>) -> builder::GetEmailAddress<'a> {
        self.clerk.generated().get_email_address().email_address_id(email_address_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/DeleteEmailAddress.md"))]
    pub fn delete(&self, email_address_id: impl Into<String>) -> builder::DeleteEmailAddress<'a> {
        self.clerk.generated().delete_email_address().email_address_id(email_address_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/UpdateEmailAddress.md"))]
    pub fn update(&self, email_address_id: impl Into<String>) -> builder::UpdateEmailAddress<'a> {
        self.clerk.generated().update_email_address().email_address_id(email_address_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/PrepareEmailAddressVerification.md"))]
    pub fn prepare_verification(
        &self,
        email_address_id: impl Into<String>,
    ) -> builder::PrepareEmailAddressVerification<'a> {
        self.clerk.generated().prepare_email_address_verification().email_address_id(email_address_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/AttemptEmailAddressVerification.md"))]
    pub fn attempt_verification(
        &self,
        email_address_id: impl Into<String>,
    ) -> builder::AttemptEmailAddressVerification<'a> {
        self.clerk.generated().attempt_email_address_verification().email_address_id(email_address_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/ReplaceUserEmailAddress.md"))]
    pub fn replace_for_user(&self, user_id: impl Into<String>) -> builder::ReplaceUserEmailAddress<'a> {
        self.clerk.generated().replace_user_email_address().user_id(user_id)
    }
}
