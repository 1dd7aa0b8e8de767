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

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/GetClientList.md"))]
    pub fn list(&self) -> builder::GetClientList<'a> {
        self.clerk.generated().get_client_list()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/VerifyClient.md"))]
    pub fn verify(&self) -> builder::VerifyClient<'a> {
        self.clerk.generated().verify_client()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/GetClient.md"))]
    pub fn get(&self, client_id: impl Into<String>) -> builder::GetClient<'a> {
        self.clerk.generated().get_client().client_id(client_id)
    }
}
