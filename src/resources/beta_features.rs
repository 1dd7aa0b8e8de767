//! `clerk.beta_features()`: operations on beta features.
// Written by `cargo xtask regen` from openapi/clerk-backend-api.yaml; do not edit.

use crate::generated::builder;
use crate::Clerk;

/// Operations on beta features; get one with `clerk.beta_features()` (cargo feature `beta_features`).
#[derive(Clone, Copy)]
pub struct BetaFeatures<'a> {
    pub(crate) clerk: &'a Clerk,
}

impl<'a> BetaFeatures<'a> {
    pub(crate) fn new(clerk: &'a Clerk) -> Self {
        Self { clerk }
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/UpdateInstanceAuthConfig.md"))]
    pub fn update_instance_settings(&self) -> builder::UpdateInstanceAuthConfig<'a> {
        self.clerk.generated().update_instance_auth_config()
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/UpdateProductionInstanceDomain.md"))]
    pub fn update_production_instance_domain(&self) -> builder::UpdateProductionInstanceDomain<'a> {
        self.clerk.generated().update_production_instance_domain()
    }
}
