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

    /// Adds an email address to a user; `verified` and `primary` control its state.
    ///
    /// `POST /email_addresses` (operation `CreateEmailAddress`).
    pub fn create(&self) -> builder::CreateEmailAddress<'a> {
        self.clerk.generated().create_email_address()
    }

    /// Fetches one email address by id.
    ///
    /// `GET /email_addresses/{email_address_id}` (operation `GetEmailAddress`).
    pub fn get(&self, email_address_id: impl Into<String>) -> builder::GetEmailAddress<'a> {
        self.clerk.generated().get_email_address().email_address_id(email_address_id)
    }

    /// Deletes an email address from its user.
    ///
    /// `DELETE /email_addresses/{email_address_id}` (operation `DeleteEmailAddress`).
    pub fn delete(&self, email_address_id: impl Into<String>) -> builder::DeleteEmailAddress<'a> {
        self.clerk.generated().delete_email_address().email_address_id(email_address_id)
    }

    /// Changes whether an email address is verified or primary.
    ///
    /// `PATCH /email_addresses/{email_address_id}` (operation `UpdateEmailAddress`).
    pub fn update(&self, email_address_id: impl Into<String>) -> builder::UpdateEmailAddress<'a> {
        self.clerk.generated().update_email_address().email_address_id(email_address_id)
    }

    /// Prepare verification.
    ///
    /// `POST /email_addresses/{email_address_id}/prepare_verification` (operation `PrepareEmailAddressVerification`).
    pub fn prepare_verification(
        &self,
        email_address_id: impl Into<String>,
    ) -> builder::PrepareEmailAddressVerification<'a> {
        self.clerk.generated().prepare_email_address_verification().email_address_id(email_address_id)
    }

    /// Attempt verification.
    ///
    /// `POST /email_addresses/{email_address_id}/attempt_verification` (operation `AttemptEmailAddressVerification`).
    pub fn attempt_verification(
        &self,
        email_address_id: impl Into<String>,
    ) -> builder::AttemptEmailAddressVerification<'a> {
        self.clerk.generated().attempt_email_address_verification().email_address_id(email_address_id)
    }

    /// Replace for user.
    ///
    /// `PUT /users/{user_id}/email_address` (operation `ReplaceUserEmailAddress`).
    pub fn replace_for_user(&self, user_id: impl Into<String>) -> builder::ReplaceUserEmailAddress<'a> {
        self.clerk.generated().replace_user_email_address().user_id(user_id)
    }
}
