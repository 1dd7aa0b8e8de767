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

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/ListEnterpriseConnections.md"))]
    pub fn list(&self) -> builder::ListEnterpriseConnections<'a> {
        self.clerk.generated().list_enterprise_connections()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/CreateEnterpriseConnection.md"))]
    pub fn create(&self) -> builder::CreateEnterpriseConnection<'a> {
        self.clerk.generated().create_enterprise_connection()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/GetEnterpriseConnection.md"))]
    pub fn get(&self, enterprise_connection_id: impl Into<String>) -> builder::GetEnterpriseConnection<'a> {
        self.clerk.generated().get_enterprise_connection().enterprise_connection_id(enterprise_connection_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/UpdateEnterpriseConnection.md"))]
    pub fn update(&self, enterprise_connection_id: impl Into<String>) -> builder::UpdateEnterpriseConnection<'a> {
        self.clerk.generated().update_enterprise_connection().enterprise_connection_id(enterprise_connection_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/DeleteEnterpriseConnection.md"))]
    pub fn delete(&self, enterprise_connection_id: impl Into<String>) -> builder::DeleteEnterpriseConnection<'a> {
        self.clerk.generated().delete_enterprise_connection().enterprise_connection_id(enterprise_connection_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/ListEnterpriseConnectionTestRuns.md"))]
    pub fn list_test_runs(
        &self,
        enterprise_connection_id: impl Into<String>,
    ) -> builder::ListEnterpriseConnectionTestRuns<'a> {
        self.clerk.generated().list_enterprise_connection_test_runs().enterprise_connection_id(enterprise_connection_id)
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/CreateEnterpriseConnectionTestRun.md"))]
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
