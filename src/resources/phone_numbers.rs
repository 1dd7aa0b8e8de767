//! `clerk.phone_numbers()`: operations on phone numbers.
// Written by `cargo xtask regen` from openapi/clerk-backend-api.yaml; do not edit.

use crate::generated::builder;
use crate::Clerk;

/// Operations on phone numbers; get one with `clerk.phone_numbers()` (cargo feature `phone_numbers`).
#[derive(Clone, Copy)]
pub struct PhoneNumbers<'a> {
    pub(crate) clerk: &'a Clerk,
}

impl<'a> PhoneNumbers<'a> {
    pub(crate) fn new(clerk: &'a Clerk) -> Self {
        Self { clerk }
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/CreatePhoneNumber.md"))]
    pub fn create(&self) -> builder::CreatePhoneNumber<'a> {
        self.clerk.generated().create_phone_number()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/GetPhoneNumber.md"))]
    pub fn get(&self, phone_number_id: impl Into<String>) -> builder::GetPhoneNumber<'a> {
        self.clerk.generated().get_phone_number().phone_number_id(phone_number_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/DeletePhoneNumber.md"))]
    pub fn delete(&self, phone_number_id: impl Into<String>) -> builder::DeletePhoneNumber<'a> {
        self.clerk.generated().delete_phone_number().phone_number_id(phone_number_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/UpdatePhoneNumber.md"))]
    pub fn update(&self, phone_number_id: impl Into<String>) -> builder::UpdatePhoneNumber<'a> {
        self.clerk.generated().update_phone_number().phone_number_id(phone_number_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/PreparePhoneNumberVerification.md"))]
    pub fn prepare_verification(
        &self,
        phone_number_id: impl Into<String>,
    ) -> builder::PreparePhoneNumberVerification<'a> {
        self.clerk.generated().prepare_phone_number_verification().phone_number_id(phone_number_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/AttemptPhoneNumberVerification.md"))]
    pub fn attempt_verification(
        &self,
        phone_number_id: impl Into<String>,
    ) -> builder::AttemptPhoneNumberVerification<'a> {
        self.clerk.generated().attempt_phone_number_verification().phone_number_id(phone_number_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/ReplaceUserPhoneNumber.md"))]
    pub fn replace_for_user(&self, user_id: impl Into<String>) -> builder::ReplaceUserPhoneNumber<'a> {
        self.clerk.generated().replace_user_phone_number().user_id(user_id)
    }
}
