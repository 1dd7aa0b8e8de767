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

    /// List.
    ///
    /// `GET /saml_connections` (operation `ListSAMLConnections`).
    pub fn list(&self) -> builder::ListSamlConnections<'a> {
        self.clerk.generated().list_saml_connections()
    }

    /// Create.
    ///
    /// `POST /saml_connections` (operation `CreateSAMLConnection`).
    pub fn create(&self) -> builder::CreateSamlConnection<'a> {
        self.clerk.generated().create_saml_connection()
    }

    /// Get.
    ///
    /// `GET /saml_connections/{saml_connection_id}` (operation `GetSAMLConnection`).
    pub fn get(&self, saml_connection_id: impl Into<String>) -> builder::GetSamlConnection<'a> {
        self.clerk.generated().get_saml_connection().saml_connection_id(saml_connection_id)
    }

    /// Update.
    ///
    /// `PATCH /saml_connections/{saml_connection_id}` (operation `UpdateSAMLConnection`).
    pub fn update(&self, saml_connection_id: impl Into<String>) -> builder::UpdateSamlConnection<'a> {
        self.clerk.generated().update_saml_connection().saml_connection_id(saml_connection_id)
    }

    /// Delete.
    ///
    /// `DELETE /saml_connections/{saml_connection_id}` (operation `DeleteSAMLConnection`).
    pub fn delete(&self, saml_connection_id: impl Into<String>) -> builder::DeleteSamlConnection<'a> {
        self.clerk.generated().delete_saml_connection().saml_connection_id(saml_connection_id)
    }
}
