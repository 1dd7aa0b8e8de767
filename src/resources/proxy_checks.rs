//! `clerk.proxy_checks()`: operations on proxy checks.
// Written by `cargo xtask regen` from openapi/clerk-backend-api.yaml; do not edit.

use crate::generated::builder;
use crate::Clerk;

/// Operations on proxy checks; get one with `clerk.proxy_checks()` (cargo feature `proxy_checks`).
#[derive(Clone, Copy)]
pub struct ProxyChecks<'a> {
    pub(crate) clerk: &'a Clerk,
}

impl<'a> ProxyChecks<'a> {
    pub(crate) fn new(clerk: &'a Clerk) -> Self {
        Self { clerk }
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/VerifyDomainProxy.md"))]
    pub fn verify(&self) -> builder::VerifyDomainProxy<'a> {
        self.clerk.generated().verify_domain_proxy()
    }
}
