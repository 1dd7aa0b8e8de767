//! `clerk.api_keys()`: operations on api keys.
// Written by `cargo xtask regen` from openapi/clerk-backend-api.yaml; do not edit.

use crate::generated::builder;
use crate::Clerk;

/// Operations on api keys; get one with `clerk.api_keys()` (cargo feature `api_keys`).
#[derive(Clone, Copy)]
pub struct ApiKeys<'a> {
    pub(crate) clerk: &'a Clerk,
}

impl<'a> ApiKeys<'a> {
    pub(crate) fn new(clerk: &'a Clerk) -> Self {
        Self { clerk }
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/createApiKey.md"))]
    pub fn create(&self) -> builder::CreateApiKey<'a> {
        self.clerk.generated().create_api_key()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/getApiKeys.md"))]
    pub fn list(&self) -> builder::GetApiKeys<'a> {
        self.clerk.generated().get_api_keys()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/getApiKey.md"))]
    pub fn get(&self, api_key_id: impl Into<String>) -> builder::GetApiKey<'a> {
        self.clerk.generated().get_api_key().api_key_id(api_key_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/updateApiKey.md"))]
    pub fn update(&self, api_key_id: impl Into<String>) -> builder::UpdateApiKey<'a> {
        self.clerk.generated().update_api_key().api_key_id(api_key_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/deleteApiKey.md"))]
    pub fn delete(&self, api_key_id: impl Into<String>) -> builder::DeleteApiKey<'a> {
        self.clerk.generated().delete_api_key().api_key_id(api_key_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/getApiKeySecret.md"))]
    pub fn get_secret(&self, api_key_id: impl Into<String>) -> builder::GetApiKeySecret<'a> {
        self.clerk.generated().get_api_key_secret().api_key_id(api_key_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/revokeApiKey.md"))]
    pub fn revoke(&self, api_key_id: impl Into<String>) -> builder::RevokeApiKey<'a> {
        self.clerk.generated().revoke_api_key().api_key_id(api_key_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/verifyApiKey.md"))]
    pub fn verify(&self) -> builder::VerifyApiKey<'a> {
        self.clerk.generated().verify_api_key()
    }
}
