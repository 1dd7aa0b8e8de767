//! `clerk.enterprise_connections()`: operations on enterprise connections.
// Written by `cargo xtask regen` from openapi/clerk-backend-api.yaml; do not edit.

use crate::generated::builder;
use crate::Clerk;

/// Operations on enterprise connections; get one with `clerk.enterprise_connections()` (cargo feature `enterprise_connections`).
#[derive(Clone, Copy)]
pub struct EnterpriseConnections<'a> {
    pub(crate) clerk: &'a Clerk,
}

impl<'a> EnterpriseConnections<'a> {
    pub(crate) fn new(clerk: &'a Clerk) -> Self {
        Self { clerk }
    }

    /// List.
    ///
    /// `GET /enterprise_connections` (operation `ListEnterpriseConnections`).
    pub fn list(&self) -> builder::ListEnterpriseConnections<'a> {
        self.clerk.generated().list_enterprise_connections()
    }

    /// Create.
    ///
    /// `POST /enterprise_connections` (operation `CreateEnterpriseConnection`).
    pub fn create(&self) -> builder::CreateEnterpriseConnection<'a> {
        self.clerk.generated().create_enterprise_connection()
    }

    /// Get.
    ///
    /// `GET /enterprise_connections/{enterprise_connection_id}` (operation `GetEnterpriseConnection`).
    pub fn get(&self, enterprise_connection_id: impl Into<String>) -> builder::GetEnterpriseConnection<'a> {
        self.clerk.generated().get_enterprise_connection().enterprise_connection_id(enterprise_connection_id)
    }

    /// Update.
    ///
    /// `PATCH /enterprise_connections/{enterprise_connection_id}` (operation `UpdateEnterpriseConnection`).
    pub fn update(&self, enterprise_connection_id: impl Into<String>) -> builder::UpdateEnterpriseConnection<'a> {
        self.clerk.generated().update_enterprise_connection().enterprise_connection_id(enterprise_connection_id)
    }

    /// Delete.
    ///
    /// `DELETE /enterprise_connections/{enterprise_connection_id}` (operation `DeleteEnterpriseConnection`).
    pub fn delete(&self, enterprise_connection_id: impl Into<String>) -> builder::DeleteEnterpriseConnection<'a> {
        self.clerk.generated().delete_enterprise_connection().enterprise_connection_id(enterprise_connection_id)
    }

    /// List test runs.
    ///
    /// `GET /enterprise_connections/{enterprise_connection_id}/test_runs` (operation `ListEnterpriseConnectionTestRuns`).
    pub fn list_test_runs(
        &self,
        enterprise_connection_id: impl Into<String>,
    ) -> builder::ListEnterpriseConnectionTestRuns<'a> {
        self.clerk.generated().list_enterprise_connection_test_runs().enterprise_connection_id(enterprise_connection_id)
    }

    /// Create test run.
    ///
    /// `POST /enterprise_connections/{enterprise_connection_id}/test_runs` (operation `CreateEnterpriseConnectionTestRun`).
    pub fn create_test_run(
        &self,
        enterprise_connection_id: impl Into<String>,
    ) -> builder::CreateEnterpriseConnectionTestRun<'a> {
        self.clerk
            .generated()
            .create_enterprise_connection_test_run()
            .enterprise_connection_id(enterprise_connection_id)
    }
}
