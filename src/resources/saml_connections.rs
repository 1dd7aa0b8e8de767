//! `clerk.saml_connections()`: operations on saml connections.
// Written by `cargo xtask regen` from openapi/clerk-backend-api.yaml; do not edit.

use crate::generated::builder;
use crate::Clerk;

/// Operations on saml connections; get one with `clerk.saml_connections()` (cargo feature `saml_connections`).
#[derive(Clone, Copy)]
pub struct SamlConnections<'a> {
    pub(crate) clerk: &'a Clerk,
}

impl<'a> SamlConnections<'a> {
    pub(crate) fn new(clerk: &'a Clerk) -> Self {
        Self { clerk }
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/ListSAMLConnections.md"))]
    pub fn list(&self) -> builder::ListSamlConnections<'a> {
        self.clerk.generated().list_saml_connections()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/CreateSAMLConnection.md"))]
    pub fn create(&self) -> builder::CreateSamlConnection<'a> {
        self.clerk.generated().create_saml_connection()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/GetSAMLConnection.md"))]
    pub fn get(&self, saml_connection_id: impl Into<String>) -> builder::GetSamlConnection<'a> {
        self.clerk.generated().get_saml_connection().saml_connection_id(saml_connection_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/UpdateSAMLConnection.md"))]
    pub fn update(&self, saml_connection_id: impl Into<String>) -> builder::UpdateSamlConnection<'a> {
        self.clerk.generated().update_saml_connection().saml_connection_id(saml_connection_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/DeleteSAMLConnection.md"))]
    pub fn delete(&self, saml_connection_id: impl Into<String>) -> builder::DeleteSamlConnection<'a> {
        self.clerk.generated().delete_saml_connection().saml_connection_id(saml_connection_id)
    }
}
