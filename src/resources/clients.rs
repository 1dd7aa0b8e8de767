//! `clerk.clients()`: operations on clients.
// Written by `cargo xtask regen` from openapi/clerk-backend-api.yaml; do not edit.

use crate::generated::builder;
use crate::Clerk;

/// Operations on clients; get one with `clerk.clients()` (cargo feature `clients`).
#[derive(Clone, Copy)]
pub struct Clients<'a> {
    pub(crate) clerk: &'a Clerk,
}

impl<'a> Clients<'a> {
    pub(crate) fn new(clerk: &'a Clerk) -> Self {
        Self { clerk }
    }

    /// List.
    ///
    /// `GET /clients` (operation `GetClientList`).
    pub fn list(&self) -> builder::GetClientList<'a> {
        self.clerk.generated().get_client_list()
    }

    /// Verify.
    ///
    /// `POST /clients/verify` (operation `VerifyClient`).
    pub fn verify(&self) -> builder::VerifyClient<'a> {
        self.clerk.generated().verify_client()
    }

    /// Get.
    ///
    /// `GET /clients/{client_id}` (operation `GetClient`).
    pub fn get(&self, client_id: impl Into<String>) -> builder::GetClient<'a> {
        self.clerk.generated().get_client().client_id(client_id)
    }
}
