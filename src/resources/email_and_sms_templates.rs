//! `clerk.email_and_sms_templates()`: operations on email and sms templates.
// Written by `cargo xtask regen` from openapi/clerk-backend-api.yaml; do not edit.

use crate::generated::builder;
use crate::Clerk;

/// Operations on email and sms templates; get one with `clerk.email_and_sms_templates()` (cargo feature `email_and_sms_templates`).
#[derive(Clone, Copy)]
pub struct EmailAndSmsTemplates<'a> {
    pub(crate) clerk: &'a Clerk,
}

impl<'a> EmailAndSmsTemplates<'a> {
    pub(crate) fn new(clerk: &'a Clerk) -> Self {
        Self { clerk }
    }

    #[doc = include_str!(concat!(env!("OUT_DIR"), "/docs/UpsertTemplate.md"))]
    pub fn upsert(&self, template_type: impl Into<String>, slug: impl Into<String>) -> builder::UpsertTemplate<'a> {
        self.clerk.generated().upsert_template().template_type(template_type.into()).slug(slug)
    }
}
